package org.talentsim.report;

import java.util.Locale;

/** Numbers for reading: a few significant digits, k/M/B for thousands, millions, billions. */
public final class Fmt {
    private Fmt() {}

    /** USD: {@code $1.36M}, {@code $840k}, {@code $2.5B}. */
    static String money(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        return (v < 0 ? "\u2212$" : "$") + num(Math.abs(v));
    }

    /** 4 significant digits at most, with k, M or B; "–" when not finite (the command line's tables use it too). */
    public static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "\u2013";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return sig(v / 1e9) + "B";
        }
        if (a >= 1e6) {
            return sig(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return sig(v / 1e3) + "k";
        }
        return sig(v);
    }

    /** A p-value: {@code 0.032}, {@code <0.001}. */
    static String p(double p) {
        return Double.isNaN(p) ? "\u2013" : p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** 4 significant digits, without k/M/B (estimates and their standard errors): {@code 0.002763}, {@code 1.6}. */
    static String sig4(double v) {
        if (!Double.isFinite(v)) {
            return "\u2013";
        }
        if (v == 0) {
            return "0";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A count with thousands separators: {@code 3,552}. */
    static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static String sig(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 4;
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }
}
