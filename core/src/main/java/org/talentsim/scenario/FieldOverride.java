package org.talentsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change of a scenario by path: {@code PATH=VALUE}, where the path names a key of the
 * scenario file and the value is written as in the file.
 *
 * <pre>
 * override = path "=" value
 * path     = step ("." step)*
 * step     = key ["[" selector "]"]
 * key      = a letter, then letters, digits or '_'
 * selector = the name of a list item (a lab, team or named researcher), an event's id, or an
 *            index from 0; any characters but ']'
 * value    = YAML as after "key: " in a file (money 400k, rates 0.2/year, unlimited, policy
 *            names, {name: match, upTo: 1}); empty: the key is removed (its default applies)
 * </pre>
 *
 * Examples: {@code market.separation=0.2/year}, {@code labs[Meta].retention.upTo=1},
 * {@code labs[Meta].teams[TBD Lab].payLevel=3}, {@code events[tbd-spree].payLevel=3},
 * {@code seed=7}. Parsing checks only the grammar; what the path and value mean is checked when
 * the override is applied (by the scenario file reader, with its rules, units and domains).
 *
 * @param text the override as given
 * @param path the path, as written before '='
 * @param steps the path's steps
 * @param value the value, as written after '='
 */
public record FieldOverride(String text, String path, List<Step> steps, String value) {
    /** A step of a path: a key, and the item of the list under it when {@code selector} is not null. */
    public record Step(String key, String selector) {
        /** Checks that the key is given (NullPointerException otherwise); a null selector names no list item. */
        public Step {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return selector == null ? key : key + "[" + selector + "]";
        }
    }

    /**
     * Checks that the text, path and value are given (NullPointerException otherwise) and that the path
     * has at least one step (IllegalArgumentException otherwise); copies the steps (unmodifiable).
     */
    public FieldOverride {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(path, "path");
        steps = List.copyOf(steps);
        Objects.requireNonNull(value, "value");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an override needs a path");
        }
    }

    /**
     * Parses {@code PATH=VALUE}.
     *
     * @throws OverrideException when it does not follow the grammar
     */
    public static FieldOverride parse(String text) {
        Objects.requireNonNull(text, "override");
        int eq = -1;
        boolean inBracket = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                inBracket = true;
            } else if (c == ']') {
                inBracket = false;
            } else if (c == '=' && !inBracket) {
                eq = i;
                break;
            }
        }
        if (eq < 0 && inBracket) {
            throw new OverrideException(text, "expected ']' to close '" + text.substring(text.lastIndexOf('[')) + "'");
        }
        if (eq < 0) {
            throw new OverrideException(text, "expected PATH=VALUE, like market.separation=0.2/year");
        }
        String path = text.substring(0, eq).strip();
        return new FieldOverride(text, path, steps(text, path), text.substring(eq + 1));
    }

    /** {@code path=value}. */
    public static FieldOverride of(String path, String value) {
        // not "null=x", refused only when applied (found by a reviewer)
        java.util.Objects.requireNonNull(path, "path");
        java.util.Objects.requireNonNull(value, "value");
        return parse(path + "=" + value);
    }

    private static List<Step> steps(String text, String path) {
        List<Step> out = new ArrayList<>();
        int i = 0;
        int n = path.length();
        if (n == 0) {
            throw new OverrideException(text, "expected a path before '=', like market.separation");
        }
        while (true) {
            int start = i;
            while (i < n && (Character.isLetterOrDigit(path.charAt(i)) || path.charAt(i) == '_')) {
                i++;
            }
            String key = path.substring(start, i);
            if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
                throw new OverrideException(text, "expected a key at character " + (start + 1) + " of the path '" + path
                        + "' (keys start with a letter; write a list item as key[name])");
            }
            String selector = null;
            if (i < n && path.charAt(i) == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    throw new OverrideException(text, "expected ']' after '" + path.substring(i) + "'");
                }
                selector = path.substring(i + 1, end).strip();
                if (selector.isEmpty()) {
                    throw new OverrideException(text, "expected a name, id or index inside " + key + "[ ]");
                }
                i = end + 1;
            }
            out.add(new Step(key, selector));
            if (i == n) {
                return out;
            }
            if (path.charAt(i) != '.') {
                throw new OverrideException(text, "expected '.' or '=' after '" + path.substring(0, i) + "', found '"
                        + path.charAt(i) + "'");
            }
            i++;
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
