package org.talentsim.io;

/** Block-style YAML lines with two-space indentation; list items start with "- ". */
final class YamlOut {
    private final StringBuilder b = new StringBuilder();
    private boolean dash;

    /** A line at {@code indent} levels; the first line of a list item gets its dash. */
    YamlOut line(int indent, String text) {
        if (dash) {
            b.append("  ".repeat(indent - 1)).append("- ");
            dash = false;
        } else {
            b.append("  ".repeat(indent));
        }
        b.append(text).append('\n');
        return this;
    }

    /** {@code key: value}. */
    YamlOut kv(int indent, String key, String value) {
        return line(indent, key + ": " + value);
    }

    /** Starts a list item whose mapping lines are written at {@code indent} levels next. */
    YamlOut item() {
        dash = true;
        return this;
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
