package org.talentsim.scenario;

/**
 * The rule for names of labs, teams, researchers and scenarios: non-blank, and free of what
 * would break a CSV cell or a terminal line — no comma, no double quote, no control character
 * (line breaks, tabs, escape sequences, U+2028/U+2029), no unpaired UTF-16 surrogate. One rule
 * for records built in code and for scenario files.
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
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
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
                k++;
            } else if (Character.isSurrogate(c)) {
                return String.format(java.util.Locale.ROOT, "contains an unpaired surrogate (U+%04X)", (int) c);
            }
        }
        return null;
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
     * U+2028/U+2029) and unpaired surrogates written as {@code \}{@code uXXXX}: safe to put on
     * one line of a message or a terminal.
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
            if (Character.isHighSurrogate(c) && k + 1 < v.length() && Character.isLowSurrogate(v.charAt(k + 1))) {
                b.append(c).append(v.charAt(++k));
            } else if (unsafe(v, k)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean unsafe(String v, int k) {
        char c = v.charAt(k);
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return !(k + 1 < v.length() && Character.isLowSurrogate(v.charAt(k + 1)));
        }
        return Character.isLowSurrogate(c) && !(k > 0 && Character.isHighSurrogate(v.charAt(k - 1)));
    }
}
