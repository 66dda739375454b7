package org.talentsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;

/** One rule for names in code and in files: nothing that breaks a CSV cell or a terminal line. */
class NamesTest {
    @Test
    void refusesWhatBreaksCsvOrTerminals() {
        assertEquals("is empty", Names.problem(" "));
        assertEquals("is missing", Names.problem(null));
        assertEquals("contains a comma", Names.problem("a,b"));
        assertEquals("contains a double quote", Names.problem("a\"b"));
        assertEquals("contains a control character (U+000D)", Names.problem("a\rb"));
        assertEquals("contains a control character (U+001B)", Names.problem("\u001b[31mred"));
        assertEquals("contains a control character (U+2028)", Names.problem("a\u2028b"));
        assertEquals("contains an unpaired surrogate (U+D800)", Names.problem("a\uD800b"));
        assertEquals("contains an unpaired surrogate (U+DC00)", Names.problem("\uDC00"));
        assertNull(Names.problem("Google DeepMind"));
        assertNull(Names.problem("Équipe 🚀 Paris"), "a surrogate pair is a character");
    }

    @Test
    void quotingKeepsAMessageOnOneLine() {
        assertEquals("'a\\u000Ab'", Names.quote("a\nb"));
        assertEquals("'x\\uD800'", Names.quote("x\uD800"));
        assertEquals("'🚀'", Names.quote("🚀"));
    }

    @Test
    void recordsBuiltInCodeFollowTheSameRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.builder("s").lab("Open\rAI", l -> l.team("T", Focus.RESEARCH, 1, t -> { })).build());
        assertTrue(e.getMessage().contains("control character (U+000D)") && e.getMessage().contains("'Open\\u000DAI'"),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\r"));
    }
}
