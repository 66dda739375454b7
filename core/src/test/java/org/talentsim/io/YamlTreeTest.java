package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The limits and positions of {@link YamlTree}, at their boundaries: the characters YAML allows,
 * line and column as SnakeYAML counts them, the size, line, depth and alias limits (the limit
 * itself is allowed, one more is refused, with the position and the reason).
 */
class YamlTreeTest {
    static ScenarioException refused(String text) {
        return assertThrows(ScenarioException.class, () -> YamlTree.parse(text, "f.yaml"));
    }

    @Test
    void theCharactersYamlAllowsAreExactlyThoseAccepted() {
        int[] ok = {0x9, 0xA, 0xD, 0x20, 0x7E, 0x85, 0xA0, 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF};
        int[] bad = {0x0, 0x8, 0xB, 0x1F, 0x7F, 0x84, 0x86, 0x9F, 0xFFFE, 0xFFFF};
        for (int c : ok) {
            assertEquals(-1, YamlTree.unprintable("a" + new String(Character.toChars(c)) + "b"), Integer.toHexString(c));
        }
        for (int c : bad) {
            assertEquals(1, YamlTree.unprintable("a" + new String(Character.toChars(c)) + "b"), Integer.toHexString(c));
        }
        assertEquals(1, YamlTree.unprintable("a\uD800b"), "a lone high surrogate");
        assertEquals(1, YamlTree.unprintable("a\uDFFFb"), "a lone low surrogate");
    }

    @Test
    void aSpecialCharacterAtTheVeryStartIsNamedWithItsPosition() {
        ScenarioException e = refused("\u0001version: 1\n");
        assertTrue(e.getMessage().contains("special characters are not allowed (U+0001)"), e.getMessage());
        assertTrue(e.getMessage().contains("f.yaml:1:1"), e.getMessage());
        ScenarioException later = refused("version: 1\nname: a\u0007b\n");
        assertTrue(later.getMessage().contains("f.yaml:2:8") && later.getMessage().contains("(U+0007)"), later.getMessage());
    }

    @Test
    void positionsCountLineBreaksAsSnakeYamlDoes() {
        assertArrayEquals(new int[] {2, 1}, YamlTree.position("a\r", 2), "a CR at the very end is a line break");
        assertArrayEquals(new int[] {2, 1}, YamlTree.position("a\r\n", 3), "CR LF is one break");
        assertArrayEquals(new int[] {3, 2}, YamlTree.position("a\rb\u2028cd", 5));
        assertArrayEquals(new int[] {1, 3}, YamlTree.position("\uFEFFab", 3), "a byte order mark takes no column");
        assertArrayEquals(new int[] {1, 3}, YamlTree.position("\uD83D\uDE00xy", 3), "columns in code points");
    }

    @Test
    void aLineMayBeAsLongAsTheLimitAndNoLonger() {
        String key = "name: ";
        String atLimit = key + "x".repeat(YamlTree.MAX_LINE - key.length());
        YNode root = YamlTree.parse(atLimit + "\n", "f.yaml");
        assertTrue(root instanceof YNode.Mapping);
        ScenarioException e = refused(atLimit + "x\n");
        assertTrue(e.getMessage().contains("longer than the limit"), e.getMessage());
        assertTrue(e.getMessage().contains("f.yaml:1:" + (YamlTree.MAX_LINE + 1)), e.getMessage());
    }

    @Test
    void nestingUpToTheLimitIsReadAndOneLevelMoreIsRefused() {
        assertTrue(YamlTree.parse(nested(YamlTree.MAX_DEPTH), "f.yaml") instanceof YNode.Sequence);
        ScenarioException e = refused(nested(YamlTree.MAX_DEPTH + 1));
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("nest"), e.getMessage());
        assertTrue(YamlTree.parse(nestedMaps(YamlTree.MAX_DEPTH), "f.yaml") instanceof YNode.Mapping);
        ScenarioException m = refused(nestedMaps(YamlTree.MAX_DEPTH + 1));
        assertTrue(m.getMessage().toLowerCase(java.util.Locale.ROOT).contains("nest"), m.getMessage());
    }

    /** Flow sequences whose innermost value is at depth {@code depth} (the root at 0): {@code [[[1]]]} is depth 3. */
    static String nested(int depth) {
        return "[".repeat(depth) + "1" + "]".repeat(depth) + "\n";
    }

    /** Flow mappings whose innermost value is at depth {@code depth}. */
    static String nestedMaps(int depth) {
        return "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n";
    }

    @Test
    void asManyAliasesAsTheLimitAreReadAndOneMoreIsRefused() {
        assertTrue(YamlTree.parse(aliases(YamlTree.MAX_ALIASES), "f.yaml") instanceof YNode.Mapping);
        ScenarioException e = refused(aliases(YamlTree.MAX_ALIASES + 1));
        assertTrue(e.getMessage().contains("more than " + YamlTree.MAX_ALIASES + " aliases"), e.getMessage());
    }

    static String aliases(int n) {
        StringBuilder b = new StringBuilder("base: &b [1, 2]\n");
        for (int k = 0; k < n; k++) {
            b.append("k").append(k).append(": *b\n");
        }
        return b.toString();
    }

    /** A file of exactly the limit's number of characters is read; one more is refused, as a whole. */
    @Test
    void aFileMayBeAsLargeAsTheLimitAndNoLarger() {
        StringBuilder b = new StringBuilder(YamlTree.MAX_CODE_POINTS + 1).append("a: 1\n");
        String comment = "#" + "x".repeat(99_998) + "\n";
        while (b.length() + comment.length() <= YamlTree.MAX_CODE_POINTS) {
            b.append(comment);
        }
        b.append('#');
        b.append("y".repeat(YamlTree.MAX_CODE_POINTS - b.length()));
        assertEquals(YamlTree.MAX_CODE_POINTS, b.length());
        assertTrue(YamlTree.parse(b.toString(), "f.yaml") instanceof YNode.Mapping);
        ScenarioException e = refused(b.append('y').toString());
        assertTrue(e.getMessage().contains("larger than the limit of " + YamlTree.MAX_CODE_POINTS), e.getMessage());
    }
}
