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
        if (v == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(v.length() + 2).append('\'');
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            boolean pair = Character.isHighSurrogate(c) && k + 1 < v.length() && Character.isLowSurrogate(v.charAt(k + 1));
            if (pair) {
                b.append(c).append(v.charAt(++k));
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('\'').toString();
    }
}
