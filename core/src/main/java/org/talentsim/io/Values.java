package org.talentsim.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentsim.scenario.Dist;
import org.talentsim.internal.Names;
import org.talentsim.scenario.Rate;

/** Parses the text forms of scenario values: numbers, money, rates, distributions, months. */
final class Values {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DIST = Pattern.compile("([A-Za-z]+)\\s*\\((.*)\\)");
    static final String DISTS = "a number, constant(a), uniform(low, high), normal(mean, sd), lognormal(median, sigma),"
            + " beta(alpha, beta) or pareto(scale, shape)";

    /**
     * The longest number (or whole number, or number inside a rate or distribution) read, in
     * characters: a double needs at most about 330 written out in full; longer text is refused
     * before it is converted (converting millions of digits takes minutes).
     */
    static final int MAX_NUMBER_CHARS = 400;

    private Values() {}

    /** Refuses number text longer than {@link #MAX_NUMBER_CHARS}, before any work on it. */
    private static void bounded(String t, String what) {
        if (t.length() > MAX_NUMBER_CHARS) {
            throw new Bad("expected " + what + " of at most " + MAX_NUMBER_CHARS + " characters, was " + t.length()
                    + " characters long", true);
        }
    }

    /** A value that does not parse; {@code complete} when the message already says what was found. */
    static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final boolean complete;
        /** A number written well but out of a double's range: said as it is inside a rate or distribution too. */
        final boolean range;

        Bad(String message, boolean complete) {
            this(message, complete, false);
        }

        Bad(String message, boolean complete, boolean range) {
            super(message, null, false, false);
            this.complete = complete;
            this.range = range;
        }
    }

    /** A number; with {@code money}, also {@code 450k}, {@code 2.5M}, {@code 14.3B}. */
    static double number(String text, boolean money) {
        String t = text.trim();
        bounded(t, money ? "an amount" : "a number");
        plainDigits(t, money ? "an amount" : "a number");
        t = t.replace("_", "");
        if (OCTAL_LOOKING.matcher(t).matches()) {
            // as for whole numbers: 0100 is 64 to YAML 1.1 tools (a re-check found capability: 0100
            // read as 100 here)
            throw new Bad("expected " + (money ? "an amount" : "a number") + " without a leading zero (other YAML tools read 010"
                    + " as octal 8)", false);
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case ".inf", "+.inf" -> { return Double.POSITIVE_INFINITY; }
            case "-.inf" -> { return Double.NEGATIVE_INFINITY; }
            case ".nan" -> { return Double.NaN; }
            default -> { }
        }
        int shift = 0;
        if (money && t.length() > 1) {
            switch (t.charAt(t.length() - 1)) {
                case 'k', 'K' -> shift = 3;
                case 'm', 'M' -> shift = 6;
                case 'b', 'B' -> shift = 9;
                default -> { }
            }
            if (shift > 0) {
                t = t.substring(0, t.length() - 1);
            }
        }
        if (t.isEmpty() || !(Character.isDigit(t.charAt(t.length() - 1)) || t.charAt(t.length() - 1) == '.')) {
            throw bad(money);
        }
        double v;
        BigDecimal exact;
        try {
            exact = new BigDecimal(t).movePointRight(shift);
            v = exact.doubleValue();
        } catch (NumberFormatException e) {
            throw bad(money);
        } catch (ArithmeticException e) { // an exponent beyond the int range of BigDecimal's scale
            throw tooLarge(money);
        }
        if (Double.isInfinite(v)) {
            throw tooLarge(money);
        }
        if (v == 0 && exact.signum() != 0) { // 1e-400 is not 0: refuse rather than read it as 0
            throw new Bad((money ? "expected an amount in USD" : "expected a number")
                    + " of magnitude at least 4.9e-324, or 0 (a smaller one is not 0 but reads as 0)", false, true);
        }
        return v == 0 && t.startsWith("-") ? -0.0 : v;
    }

    private static final java.util.regex.Pattern LOOSE_UNDERSCORE = java.util.regex.Pattern.compile("(^|[^0-9])_|_($|[^0-9])");

    /**
     * Digits 0-9 only, and an underscore only between two of them (1_000): Java's parsers read
     * other scripts' digits (٣ as 3) and the underscores were dropped wherever they stood (_1, 1_,
     * 100_M), forms the format does not document and other YAML readers read otherwise (found by a
     * review).
     */
    private static void plainDigits(String t, String what) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (c > 127 && Character.isDigit(c)) {
                throw new Bad(String.format(Locale.ROOT, "expected %s written with the digits 0-9, found U+%04X", what, (int) c),
                        false);
            }
        }
        if (t.indexOf('_') >= 0 && LOOSE_UNDERSCORE.matcher(t).find()) {
            throw new Bad("expected " + what + " with an underscore only between two digits (1_000)", false);
        }
    }

    /** A finite number written too large for a double (only {@code .inf} or {@code unlimited} mean infinity). */
    private static Bad tooLarge(boolean money) {
        return new Bad((money ? "expected an amount in USD" : "expected a number") + " of magnitude below 1.8e308", false,
                true);
    }

    private static Bad bad(boolean money) {
        return new Bad(money ? "expected an amount in USD like 450000, 450k, 2.5M or 14.3B" : "expected a number", false);
    }

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    /** A whole number written with a leading zero (010, -07): octal to YAML 1.1 readers. */
    private static final Pattern OCTAL_LOOKING = Pattern.compile("[+-]?0[0-9]+");

    /** A whole number (no fraction, no exponent). */
    static long whole(String text) {
        String t = text.trim();
        bounded(t, "a whole number");
        plainDigits(t, "a whole number");
        t = t.replace("_", "");
        if (OCTAL_LOOKING.matcher(t).matches()) {
            // YAML 1.1 tools (PyYAML, the scenario's other readers) take 010 for octal 8: refused
            // rather than read as 10 here and 8 there (a reviewer)
            throw new Bad("expected a whole number without a leading zero (other YAML tools read 010 as octal 8)", false);
        }
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            if (WHOLE.matcher(t).matches()) {
                // a whole number all the same: say what is wrong with it (a calibrator's review)
                throw new Bad("expected a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE, false, true);
            }
            throw new Bad("expected a whole number", false);
        }
    }

    /** A rate with its unit: {@code 0.2/year}, {@code 0.05/month}, {@code 1/week}. */
    static Rate rate(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new Bad("expected a rate with its unit, like 0.2/year (per week, month or year)", false);
        }
        String unit = text.substring(slash + 1).trim();
        Rate.Per per = switch (unit) {
            case "week" -> Rate.Per.WEEK;
            case "month" -> Rate.Per.MONTH;
            case "year" -> Rate.Per.YEAR;
            default -> throw new Bad("expected a rate per week, month or year, like 0.2/year", false);
        };
        double v;
        try {
            v = number(text.substring(0, slash), false);
        } catch (Bad e) {
            throw e.complete || e.range ? e : new Bad("expected a rate like 0.2/year, with a number before the '/'", false);
        }
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new Bad("must be a finite number >= 0, was " + Names.shown(text.trim()), true);
        }
        return new Rate(v, per);
    }

    /** A distribution: a bare number (constant) or {@code kind(a, b)}. */
    static Dist dist(String text, boolean money) {
        String t = text.trim();
        Matcher m = DIST.matcher(t);
        if (!m.matches()) {
            try {
                return construct(Dist.Kind.CONSTANT, number(t, money), 0);
            } catch (Bad e) {
                throw e.range ? e : new Bad("expected a distribution: " + DISTS, false);
            }
        }
        Dist.Kind kind;
        try {
            kind = Dist.Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Bad("expected a distribution: " + DISTS, false);
        }
        String[] args = m.group(2).split(",", -1);
        int want = kind == Dist.Kind.CONSTANT ? 1 : 2;
        String name = kind.name().toLowerCase(Locale.ROOT);
        if (args.length != want) {
            throw new Bad(name + " takes " + want + (want == 1 ? " number" : " numbers") + ", was " + YNode.quoted(t), true);
        }
        double a;
        double b;
        try {
            a = number(args[0], money);
            b = want == 2 ? number(args[1], money && (kind == Dist.Kind.UNIFORM || kind == Dist.Kind.NORMAL)) : 0;
        } catch (Bad e) {
            throw new Bad(name + ": " + e.getMessage() + (e.complete ? "" : " as each parameter, was " + YNode.quoted(t)), true);
        }
        return construct(kind, a, b);
    }

    private static Dist construct(Dist.Kind kind, double a, double b) {
        try {
            return new Dist(kind, a, b);
        } catch (IllegalArgumentException e) {
            throw new Bad(e.getMessage(), true);
        }
    }

    /** A calendar month {@code YYYY-MM}. */
    static YearMonth month(String text) {
        Matcher m = MONTH.matcher(text.trim());
        if (m.matches()) {
            try {
                return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                // falls through to the message below
            }
        }
        throw new Bad("expected a month as YYYY-MM, like 2025-10", false);
    }
}
