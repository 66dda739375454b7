package org.talentsim.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Plain number formatting for result files: '.' decimal point, no thousands separators, no
 * exponent, at most 10 significant digits, no trailing zeros; NaN and infinities as empty.
 *
 * <p>The digits are those of the double's exact binary value rounded to 10 significant digits,
 * half to even. Most values are formatted from {@link Double#toString}'s digits, which identify the
 * double and so lie within half an ulp of its exact value: rounding them gives the same 10 digits
 * unless the digits after the tenth are within 1e-5 of a half (4999 9… or 5000 0…) or the double
 * is subnormal, where the exact value is rounded with {@link BigDecimal} (a few values in a
 * hundred thousand; {@code NumTest} checks that the two paths agree).
 */
public final class Num {
    private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);
    private static final int SIGNIFICANT = 10;

    private Num() {}

    /**
     * A flag as every result file writes one: {@code TRUE} or {@code FALSE}, which R's {@code
     * read.csv} (4.2: "true" and "True" stay text there), readr, data.table and pandas all read as
     * logical (comparison.csv wrote "true" and estimates.csv "TRUE": an R user's review).
     */
    public static String flag(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    /** The plain decimal form of {@code x}, or "" when it is not finite. */
    public static String format(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String s = fast(x);
        return s != null ? s : exact(x);
    }

    /**
     * A value for a message: {@link #format}'s plain digits, but in powers of ten when huge or
     * tiny ({@code 1E+300} for 1e300, which {@link #format} writes in 301 digits: an adversarial
     * review), and {@code NaN} or {@code Infinity} as such.
     */
    public static String said(double x) {
        if (!Double.isFinite(x)) {
            return String.valueOf(x);
        }
        if (x != 0 && (Math.abs(x) >= 1e15 || Math.abs(x) < 1e-6)) {
            return new BigDecimal(x).round(DIGITS).stripTrailingZeros().toString();
        }
        return format(x);
    }

    /** {@link #format}'s digits by rounding the exact binary value (the reference; slow). */
    static String exact(double x) {
        String s = new BigDecimal(x).round(DIGITS).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** {@link #format}'s digits from {@link Double#toString}, or null near a rounding tie. */
    static String fast(double x) {
        if (Math.abs(x) < Double.MIN_NORMAL) {
            return null; // subnormal: too few bits for Double.toString's digits to fix ten
        }
        String s = Double.toString(Math.abs(x));
        int e = s.indexOf('E');
        int end = e < 0 ? s.length() : e;
        int exponent = e < 0 ? 0 : Integer.parseInt(s, e + 1, s.length(), 10);
        // the significant digits d1 d2 … and the point's place: value = 0.d1d2… × 10^point
        char[] d = new char[end];
        int n = 0;
        int point = 0;
        boolean before = true;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                before = false;
            } else if (n == 0 && c == '0') {
                if (!before) {
                    point--;
                }
            } else {
                d[n++] = c;
                if (before) {
                    point++;
                }
            }
        }
        point += exponent;
        while (n > 0 && d[n - 1] == '0') {
            n--;
        }
        if (n == 0) {
            return null;
        }
        if (n > SIGNIFICANT) {
            char t0 = d[SIGNIFICANT];
            if (nearHalf(d, n)) {
                return null; // near a tie: the exact value decides
            }
            n = SIGNIFICANT;
            if (t0 >= '5') {
                int i = n - 1;
                while (i >= 0 && d[i] == '9') {
                    d[i--] = '0';
                }
                if (i < 0) { // 9999999999.x → 10000000000
                    d[0] = '1';
                    point++;
                } else {
                    d[i]++;
                }
            }
            while (n > 0 && d[n - 1] == '0') {
                n--;
            }
        }
        StringBuilder b = new StringBuilder(n + 24);
        if (x < 0) {
            b.append('-');
        }
        if (point <= 0) {
            b.append("0.");
            for (int i = point; i < 0; i++) {
                b.append('0');
            }
            b.append(d, 0, n);
        } else if (point >= n) {
            b.append(d, 0, n);
            for (int i = n; i < point; i++) {
                b.append('0');
            }
        } else {
            b.append(d, 0, point).append('.').append(d, point, n - point);
        }
        return b.toString();
    }

    /**
     * Whether the digits after the tenth, {@code d[10..n)}, lie within 1e-5 of a half of the tenth
     * digit's unit. Double.toString's digits are within half an ulp of the exact value, and half
     * an ulp is at most 2^-53 of the value, at most 1.2e-6 of the tenth digit's unit: farther from
     * the half than that, the digits and the exact value round to the same ten digits. The tail is
     * read to seven digits (Double.toString gives at most 17).
     */
    private static boolean nearHalf(char[] d, int n) {
        long tail = 0;
        for (int i = SIGNIFICANT; i < SIGNIFICANT + 7; i++) {
            tail = tail * 10 + (i < n ? d[i] - '0' : 0);
        }
        return Math.abs(tail - 5_000_000) <= 100;
    }

    /** The value as a JSON-friendly BigDecimal (10 significant digits), or null when not finite. */
    public static BigDecimal decimal(double x) {
        if (!Double.isFinite(x)) {
            return null;
        }
        return new BigDecimal(format(x));
    }

    /**
     * Amounts of memory in one unit, GB from a gibibyte up and MB below, with as many decimals (1
     * to 3) as it takes for different amounts to read differently ("0.05" and "0.07", not "0.1"
     * and "0.1"); the unit is the last element. One rule for every message of memory (a run's
     * said "the JVM may use 0.0 GB" for 48 MB, an experiment's "256.0 MB" where a run's said
     * "0.3 GB": a review).
     */
    public static String[] memory(long... bytes) {
        long most = 0;
        for (long b : bytes) {
            most = Math.max(most, b);
        }
        double unit = most >= 1L << 30 ? 1L << 30 : 1L << 20;
        String[] out = new String[bytes.length + 1];
        out[bytes.length] = most >= 1L << 30 ? "GB" : "MB";
        for (int d = 1; d <= 3; d++) {
            boolean apart = true;
            for (int k = 0; k < bytes.length; k++) {
                out[k] = String.format(java.util.Locale.ROOT, "%." + d + "f", bytes[k] / unit);
                for (int j = 0; j < k; j++) {
                    apart &= bytes[j] == bytes[k] || !out[j].equals(out[k]);
                }
            }
            if (apart) {
                break;
            }
        }
        return out;
    }
}
