package org.talentsim.internal;

/**
 * The rule for names of labs, teams, researchers and scenarios: non-blank, free of what
 * would break a CSV cell or a terminal line — no comma, no double quote, no control character
 * (line breaks, tabs, escape sequences, U+2028/U+2029), no unpaired UTF-16 surrogate — and of what
 * makes two names look alike: no space at either end, no space but the plain one, no invisible
 * character (zero-width space, bidirectional controls, byte order mark; a zero-width joiner only
 * between two letters outside ASCII), and composed (Unicode NFC). One rule for records built in
 * code and for scenario files.
 */
public final class Names {
    private Names() {}

    /** What is wrong with {@code v} as a name ("is empty", "contains a comma", …), or {@code null} if nothing is. */
    public static String problem(String v) {
        if (v == null) {
            return "is missing";
        }
        if (v.isBlank()) {
            return "is empty";
        }
        int first = v.codePointAt(0);
        if (space(first)) {
            return String.format(java.util.Locale.ROOT, "begins with a space (U+%04X), so that it looks like another name", first);
        }
        int last = v.codePointBefore(v.length());
        if (space(last)) {
            return String.format(java.util.Locale.ROOT, "ends with a space (U+%04X), so that it looks like another name", last);
        }
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c != ' ' && space(c)) {
                return String.format(java.util.Locale.ROOT,
                        "contains a space other than the plain one (U+%04X), so that it looks like another name", (int) c);
            }
            if (Character.getType(c) == Character.FORMAT && !joiner(v, k)) {
                return String.format(java.util.Locale.ROOT,
                        "contains an invisible character (U+%04X), so that it looks like another name", (int) c);
            }
            if (c == ',') {
                return "contains a comma";
            }
            if (c == '"') {
                return "contains a double quote";
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return String.format(java.util.Locale.ROOT, "contains a control character (U+%04X)", (int) c);
            }
            if (Character.isHighSurrogate(c) && k + 1 < v.length() && Character.isLowSurrogate(v.charAt(k + 1))) {
                // an invisible character beyond the first 65,536 (a tag character, U+E0041) is one
                // only as a whole code point (its two halves are surrogates; found by a review)
                int cp = v.codePointAt(k);
                if (Character.getType(cp) == Character.FORMAT) {
                    return String.format(java.util.Locale.ROOT,
                            "contains an invisible character (U+%04X), so that it looks like another name", cp);
                }
                k++;
            } else if (Character.isSurrogate(c)) {
                return String.format(java.util.Locale.ROOT, "contains an unpaired surrogate (U+%04X)", (int) c);
            }
        }
        if (!java.text.Normalizer.isNormalized(v, java.text.Normalizer.Form.NFC)) {
            return "is not in Unicode's composed form (NFC): a letter and a separate accent look the same as the accented"
                    + " letter but make another name; save the file (or write the name) in NFC";
        }
        return null;
    }

    /** A space of any kind (white space, or a Unicode space such as the no-break space) that is not a control character. */
    private static boolean space(int c) {
        return (Character.isWhitespace(c) || Character.isSpaceChar(c)) && !Character.isISOControl(c) && c != '\u2028'
                && c != '\u2029';
    }

    /**
     * A zero-width (non-)joiner between two letters outside ASCII, where it changes how a
     * script (Persian, Indic, emoji sequences) is written; anywhere else it is only invisible.
     */
    private static boolean joiner(String v, int k) {
        char c = v.charAt(k);
        if (c != '\u200C' && c != '\u200D' || k == 0 || k + 1 >= v.length()) {
            return false;
        }
        int before = v.codePointBefore(k);
        int after = v.codePointAt(k + 1);
        return before > 0x7F && after > 0x7F && !space(before) && !space(after);
    }

    /** What pandas ({@code read_csv}'s default {@code na_values}) and R ({@code read.csv}'s {@code na.strings}) read as a missing value. */
    private static final java.util.Set<String> MISSING = java.util.Set.of("#n/a", "#n/a n/a", "#na", "-1.#ind",
            "-1.#qnan", "-nan", "1.#ind", "1.#qnan", "<na>", "n/a", "na", "null", "nan", "none");
    /**
     * What pandas or R's {@code read.csv} reads as a logical value (pandas all six; R 4.2 {@code
     * TRUE} and {@code FALSE}, and also {@code T} and {@code F}, which stay allowed: a one-letter
     * team name is common, and R makes a column logical only when every name in it is T or F).
     */
    private static final java.util.Set<String> LOGICAL = java.util.Set.of("TRUE", "FALSE", "True", "False", "true",
            "false");
    /** A number as pandas or R reads a CSV cell: decimal, with or without exponent; hexadecimal; infinity. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "[+-]?(?:(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?|0[xX][0-9a-fA-F]+|(?i:inf|infinity))");

    /**
     * What is wrong with {@code v} as the name of a lab, team or researcher, which the result
     * files write in their cells: beyond {@link #problem}, a name that pandas or R would not read
     * back as text — a missing-value marker in any case ({@code NA}, {@code NaN}, {@code None},
     * {@code null}, {@code N/A}, {@code #N/A}, ...: a lab so named would merge with the pool, whose
     * cells are empty), a number ({@code 1}, {@code 2.5}, {@code 1e3}, {@code 0x10}, {@code Inf})
     * or a logical value ({@code TRUE}, {@code false}, ...), which turn the column into numbers or
     * logicals — or one beginning with {@code =}, {@code +}, {@code -} or {@code @}, which a
     * spreadsheet opening the file reads as a formula; {@code null} if nothing is wrong.
     */
    public static String cellProblem(String v) {
        String p = problem(v);
        if (p != null) {
            return p;
        }
        if (v.indexOf(']') >= 0) {
            // it ends the name in a path (--set labs[NAME].prestige=...): such a lab could not be named there
            return "contains ']', which would end it in a path such as labs[NAME].prestige";
        }
        return readProblem(v);
    }

    /** pandas' default missing-value markers (and R's {@code NA}), as written: pandas reads {@code none} as text. */
    private static final java.util.Set<String> MISSING_EXACT = java.util.Set.of("#N/A", "#N/A N/A", "#NA", "-1.#IND",
            "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null");

    /**
     * As {@link #readProblem}, with the missing-value markers as pandas and R read them, case and
     * all, and refusing {@code T} and {@code F} too (R reads a column of arms named only so as
     * logical): for the name of an experiment's arm, where {@code none} (an arm without retention,
     * the README's) is common and read back as text, but {@code NA} or {@code None} made the arm's
     * rows missing (a reliability review).
     */
    public static String armProblem(String v) {
        String t = v.strip();
        if (MISSING_EXACT.contains(t)) {
            return "is what pandas or R reads as a missing value, as if the cell were empty";
        }
        if (t.equals("T") || t.equals("F")) {
            // arms named T and F (treatment, control) made R read the whole column as logical (a student's review)
            return "is what R reads as a logical value in a column of T and F, not a name";
        }
        return MISSING.contains(t.toLowerCase(java.util.Locale.ROOT)) ? formulaProblem(t) : readProblem(v);
    }

    /**
     * Why {@code v}, a text written in a cell of a result file, would not be read back as that
     * text by pandas, R or a spreadsheet: a missing-value marker, a number, a logical value, or a
     * formula ({@link #formulaProblem}); {@code null} if nothing is wrong. Unlike {@link
     * #cellProblem}, a {@code ']'} is allowed (a calibration's parameter may be named by its path,
     * {@code labs[Raider].offer.premium}).
     */
    public static String readProblem(String v) {
        String t = v.strip();
        if (MISSING.contains(t.toLowerCase(java.util.Locale.ROOT))) {
            return "is what pandas or R reads as a missing value, as if the cell were empty";
        }
        if (NUMBER.matcher(t).matches()) {
            return "is what pandas or R reads as a number, not a name";
        }
        if (LOGICAL.contains(t)) {
            return "is what pandas or R reads as a logical value, not a name";
        }
        return formulaProblem(t);
    }

    /**
     * Why {@code v}, written in a cell of a result file, would be read by a spreadsheet (Excel,
     * LibreOffice) as a formula and run when the file is opened ({@code =HYPERLINK(...)}, {@code
     * +cmd|...}: CSV formula injection, from a file a student may have been sent): it begins with
     * {@code =}, {@code +}, {@code -} or {@code @}; {@code null} if it does not.
     */
    public static String formulaProblem(String v) {
        char first = v == null || v.isEmpty() ? ' ' : v.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@') {
            return "begins with '" + first + "', which a spreadsheet (Excel, LibreOffice) reads as the start of a formula"
                    + " when it opens the result files";
        }
        return null;
    }

    /**
     * Why {@code v}, a varied value of a sweep written as given in a cell of {@code cells.csv} and
     * {@code summary.csv}, would be run as a formula by a spreadsheet opening the file: it begins
     * (after any spaces) with {@code =}, {@code +}, {@code -} or {@code @} and is not a number
     * ({@code -0.5}, {@code +2e3} are numbers); {@code null} if it would not.
     */
    public static String valueProblem(String v) {
        String t = v.strip();
        if (NUMBER.matcher(t).matches()) {
            return null;
        }
        String p = formulaProblem(t);
        return p == null ? null : p + "; write a number as a plain number and text without that sign in front";
    }

    /** Why an event's id may not be digits only. */
    public static final String DIGITS_ID = "an id of digits only would read as an index in an override (events[2] is the"
            + " third event), so that --set could not tell the two apart; give the event an id with a letter in it";

    /** Whether {@code v} is one or more ASCII digits (what an override's selector takes for an index). */
    public static boolean digitsOnly(String v) {
        return !v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * {@code v} in single quotes, with control characters and unpaired surrogates written as
     * {@code \}{@code uXXXX}, so that a message quoting it stays on one line and prints safely.
     */
    public static String quote(String v) {
        return v == null ? "null" : "'" + escape(v) + "'";
    }

    /** The most characters of a value a message echoes (docs/SCENARIO_FORMAT.md, "Safety limits"). */
    public static final int MAX_SHOWN = 60;

    /** {@link #escape} of {@code v} cut after {@link #MAX_SHOWN} characters, with an ellipsis. */
    public static String shown(String v) {
        if (v != null && v.codePointCount(0, v.length()) > MAX_SHOWN) {
            v = v.substring(0, v.offsetByCodePoints(0, MAX_SHOWN)) + "\u2026";
        }
        return escape(v);
    }

    /**
     * {@code v} as it is, but with control characters (line breaks, tabs, escape sequences,
     * U+2028/U+2029), invisible ones other than the joiners (direction marks and overrides, tag
     * characters) and unpaired surrogates written as {@code \}{@code uXXXX} ({@code \}{@code
     * UXXXXXXXX} beyond U+FFFF): safe to put on one line of a message or a terminal.
     */
    public static String escape(String v) {
        if (v == null) {
            return "null";
        }
        int k = 0;
        while (k < v.length() && !unsafe(v, k)) {
            k++;
        }
        if (k == v.length()) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length() + 8).append(v, 0, k);
        for (; k < v.length(); k++) {
            char c = v.charAt(k);
            if (unsafe(v, k)) {
                int cp = v.codePointAt(k);
                // beyond U+FFFF as \U and eight digits: "\uE0041" would read as U+E004 and a 1
                b.append(cp > 0xFFFF ? String.format(java.util.Locale.ROOT, "\\U%08X", cp)
                        : String.format(java.util.Locale.ROOT, "\\u%04X", cp));
                k += Character.charCount(cp) - 1;
            } else if (Character.isHighSurrogate(c) && k + 1 < v.length() && Character.isLowSurrogate(v.charAt(k + 1))) {
                b.append(c).append(v.charAt(++k));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Whether the character at {@code k} would change how a message's line reads: a control
     * character, an unpaired surrogate, or an invisible one other than the joiners (a
     * right-to-left override, U+202E, turned the rest of the line around; found by a review).
     */
    private static boolean unsafe(String v, int k) {
        char c = v.charAt(k);
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            return true;
        }
        int cp = v.codePointAt(k);
        if (Character.getType(cp) == Character.FORMAT && cp != '\u200C' && cp != '\u200D') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return !(k + 1 < v.length() && Character.isLowSurrogate(v.charAt(k + 1)));
        }
        return Character.isLowSurrogate(c) && !(k > 0 && Character.isHighSurrogate(v.charAt(k - 1)));
    }
}
