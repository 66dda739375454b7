package org.talentsim.io;

import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.talentsim.internal.Names;

/** A node of a parsed YAML document that remembers where it starts (1-based line and column). */
abstract class YNode {
    final int line;
    final int col;

    private YNode(int line, int col) {
        this.line = line;
        this.col = col;
    }

    /** The longest text echoed in a message; longer text is cut to 57 characters and "...". */
    static final int SHOWN = 60;

    /**
     * {@code text} as a message shows it: in single quotes, cut after {@value #SHOWN} characters,
     * control characters written as {@code \}{@code uXXXX} ({@link Names#quote}), so that the
     * message stays on one line.
     */
    static String quoted(String text) {
        return Names.quote(clip(text));
    }

    /** {@code text} cut to at most {@value #SHOWN} characters (57 and "..."), never inside a surrogate pair. */
    static String clip(String text) {
        if (text.length() <= SHOWN) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(56)) ? 56 : 57;
        return text.substring(0, end) + "...";
    }

    /** How the node reads in an error message after "was". */
    abstract String describe();

    /** Whether this is an explicit null ({@code ~}, {@code null}) or an empty value. */
    boolean isNull() {
        return false;
    }

    /** A scalar: its token kind and its text as written. */
    static final class Scalar extends YNode {
        final JsonToken token;
        final String text;

        Scalar(int line, int col, JsonToken token, String text) {
            super(line, col);
            this.token = token;
            this.text = text == null ? "" : text;
        }

        @Override
        boolean isNull() {
            return token == JsonToken.VALUE_NULL || (token == JsonToken.VALUE_STRING && text.isEmpty());
        }

        boolean isNumber() {
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isBoolean() {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }

        @Override
        String describe() {
            if (isNull()) {
                return "nothing";
            }
            if (isNumber() || isBoolean()) {
                return clip(text);
            }
            return quoted(text);
        }
    }

    /** A mapping, in the order written; keys are unique. */
    static final class Mapping extends YNode {
        private final Map<String, Entry> entries = new LinkedHashMap<>();

        Mapping(int line, int col) {
            super(line, col);
        }

        /** A key and its value. */
        record Entry(Scalar key, YNode value) {}

        /** The earlier entry of the same key when there is one (then nothing is added). */
        Entry put(Scalar key, YNode value) {
            Entry old = entries.get(key.text);
            if (old == null) {
                entries.put(key.text, new Entry(key, value));
            }
            return old;
        }

        /** Sets {@code key} to {@code value}: in place when present, else at the end (an override's edit). */
        void set(Scalar key, YNode value) {
            entries.put(key.text, new Entry(key, value));
        }

        Entry entry(String key) {
            return entries.get(key);
        }

        /** Removes {@code key} and its value, if present (an override's edit). */
        void remove(String key) {
            entries.remove(key);
        }

        Map<String, Entry> entries() {
            return Collections.unmodifiableMap(entries);
        }

        @Override
        String describe() {
            return "a mapping";
        }
    }

    /** A sequence. */
    static final class Sequence extends YNode {
        private final List<YNode> items = new ArrayList<>();

        Sequence(int line, int col) {
            super(line, col);
        }

        void add(YNode n) {
            items.add(n);
        }

        /** Replaces item {@code i} (an override's edit). */
        void set(int i, YNode n) {
            items.set(i, n);
        }

        /** Removes the items that are {@code gone} (by identity): events an override removed. */
        void removeAll(java.util.Set<YNode> gone) {
            items.removeIf(gone::contains);
        }

        List<YNode> items() {
            return Collections.unmodifiableList(items);
        }

        @Override
        String describe() {
            return "a list";
        }
    }
}
