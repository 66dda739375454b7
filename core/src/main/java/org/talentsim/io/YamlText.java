package org.talentsim.io;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.Rate;

/** Text forms of values for writing scenario files; each reads back to the same value. */
final class YamlText {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9 _.()+-]*[A-Za-z0-9_.)+-]|[A-Za-z_]");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");
    private static final String[] SUFFIX = {"B", "M", "k"};
    private static final int[] SHIFT = {9, 6, 3};

    private YamlText() {}

    /** A string: plain when safe (in block and flow context), else double-quoted. */
    static String str(String s) {
        if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                            || c == 0xfffe || c == 0xffff || (Character.isSurrogate(c) && !pair(s, i))) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean pair(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** A number that parses back to exactly {@code x}. */
    static String num(double x) {
        if (Double.isNaN(x)) {
            return ".nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? ".inf" : "-.inf";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0.0" : "0";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }

    /** An amount in USD: {@code 450k}, {@code 2.5M}, {@code 14.3B} when exact, else a plain number. */
    static String money(double x) {
        if (!Double.isFinite(x) || x == 0) {
            return num(x);
        }
        BigDecimal exact = new BigDecimal(x);
        for (int k = 0; k < SUFFIX.length; k++) {
            if (Math.abs(x) >= Math.pow(10, SHIFT[k])) {
                BigDecimal q = exact.movePointLeft(SHIFT[k]).stripTrailingZeros();
                if (q.scale() <= 3) {
                    return q.toPlainString() + SUFFIX[k];
                }
            }
        }
        return num(x);
    }

    /** A rate with its unit, e.g. {@code 0.2/year}. */
    static String rate(Rate r) {
        return num(r.value()) + "/" + r.per().name().toLowerCase(Locale.ROOT);
    }

    /** A distribution: a bare number for a constant, else {@code kind(a, b)}. */
    static String dist(Dist d, boolean money) {
        boolean moneyB = money && (d.kind() == Dist.Kind.UNIFORM || d.kind() == Dist.Kind.NORMAL);
        String a = money ? money(d.a()) : num(d.a());
        if (d.kind() == Dist.Kind.CONSTANT) {
            return a;
        }
        return d.kind().name().toLowerCase(Locale.ROOT) + "(" + a + ", " + (moneyB ? money(d.b()) : num(d.b())) + ")";
    }
}
