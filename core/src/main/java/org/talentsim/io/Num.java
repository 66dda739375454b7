package org.talentsim.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Plain number formatting for result files: '.' decimal point, no thousands separators, no
 * exponent, at most 10 significant digits, no trailing zeros; NaN and infinities as empty.
 */
public final class Num {
    private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

    private Num() {}

    /** The plain decimal form of {@code x}, or "" when it is not finite. */
    public static String format(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = new BigDecimal(x).round(DIGITS).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** The value as a JSON-friendly BigDecimal (10 significant digits), or null when not finite. */
    public static BigDecimal decimal(double x) {
        if (!Double.isFinite(x)) {
            return null;
        }
        return new BigDecimal(format(x));
    }
}
