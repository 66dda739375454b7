package org.talentsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.internal.Names;
import org.talentsim.model.Focus;

/** One rule for names in code and in files: nothing that breaks a CSV cell or a terminal line. */
class NamesTest {
    @Test
    void refusesWhatBreaksCsvOrTerminals() {
        assertEquals("is empty", Names.problem(" "));
        assertEquals("is missing", Names.problem(null));
        assertEquals("contains a comma", Names.problem("a,b"));
        assertEquals("contains a double quote", Names.problem("a\"b"));
        // a lab named Open]AI could not be named in --set labs[Open]AI].prestige (found by a reviewer)
        assertEquals("contains ']', which would end it in a path such as labs[NAME].prestige", Names.cellProblem("Open]AI"));
        assertEquals(null, Names.cellProblem("Open[AI"));
        assertEquals(null, Names.problem("labs[Keeper].prestige=0.5"), "a cell's label is no lab's name");
        assertEquals("contains a control character (U+000D)", Names.problem("a\rb"));
        assertEquals("contains a control character (U+001B)", Names.problem("\u001b[31mred"));
        assertEquals("contains a control character (U+2028)", Names.problem("a\u2028b"));
        assertEquals("contains an unpaired surrogate (U+D800)", Names.problem("a\uD800b"));
        assertEquals("contains an unpaired surrogate (U+DC00)", Names.problem("\uDC00"));
        assertNull(Names.problem("Google DeepMind"));
        assertNull(Names.problem("Équipe 🚀 Paris"), "a surrogate pair is a character");
    }

    /** CSV formula injection: a cell a spreadsheet would run as a formula is not a name; the same characters inside a name are. */
    @Test
    void aNameASpreadsheetWouldRunIsRefused() {
        for (String formula : new String[] {"=HYPERLINK(A1)", "+cmd|calc", "-x", "@SUM(A1)", "=1+2"}) {
            String p = Names.cellProblem(formula);
            assertTrue(p != null && p.startsWith("begins with '" + formula.charAt(0) + "', which a spreadsheet"), formula + ": " + p);
        }
        for (String fine : new String[] {"A-Team", "x=y", "Meta+", "team@lab", "T"}) {
            assertEquals(null, Names.cellProblem(fine), fine);
        }
        // a signed number or a missing-value marker keeps its own, more precise message
        assertEquals("is what pandas or R reads as a number, not a name", Names.cellProblem("-1"));
        assertEquals("is what pandas or R reads as a number, not a name", Names.cellProblem("+2.5"));
        assertEquals("is what pandas or R reads as a missing value, as if the cell were empty", Names.cellProblem("-nan"));
        // a scenario's own name is no cell of a CSV file
        assertEquals(null, Names.problem("=scenario"));
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
    /** A lab called NA merged with the pool in pandas and R (its cells read as empty); a lab called 1 made a column of numbers. */
    @Test
    void refusesNamesThatCsvReadersDoNotReadAsText() {
        for (String v : new String[] {"NA", "na", "N/A", "NaN", "-nan", "None", "NONE", "null", "NULL", "#N/A", "<NA>",
                "1.#IND"}) {
            assertTrue(Names.cellProblem(v).contains("missing value"), v);
        }
        for (String v : new String[] {"1", "0", "-2", "+3", "2.5", ".5", "5.", "1e3", "1E-3", "0x1F", "inf", "-Inf",
                "Infinity"}) {
            assertTrue(Names.cellProblem(v).contains("number"), v);
        }
        for (String v : new String[] {"TRUE", "false", "True"}) {
            assertTrue(Names.cellProblem(v).contains("logical"), v);
        }
        for (String v : new String[] {"T", "F", "NAVER", "Nan Lab", "Lab 1", "1st", "e3", "0x", "x1", "Infinite", "1.2.3",
                "2025-10", "N", "A"}) {
            assertNull(Names.cellProblem(v), v);
        }
        assertEquals("contains a comma", Names.cellProblem("a,b"), "the general rule first");
    }

    /** 'Meta ' and 'Meta', or 'Café' composed and decomposed, were two labs that print alike in every table. */
    @Test
    void refusesNamesThatLookLikeAnotherName() {
        assertEquals("ends with a space (U+0020), so that it looks like another name", Names.problem("Meta "));
        assertEquals("begins with a space (U+0020), so that it looks like another name", Names.problem(" Meta"));
        assertEquals("ends with a space (U+00A0), so that it looks like another name", Names.problem("Meta\u00A0"));
        assertEquals("begins with a space (U+3000), so that it looks like another name", Names.problem("\u3000Meta"));
        assertEquals("contains a space other than the plain one (U+00A0), so that it looks like another name",
                Names.problem("Google\u00A0DeepMind"));
        assertEquals("contains a space other than the plain one (U+2009), so that it looks like another name",
                Names.problem("Google\u2009DeepMind"));
        for (String v : new String[] {"Me\u200Bta", "Meta\u200B", "\uFEFFMeta", "Me\u200Dta", "Meta\u200C", "\u202EateM",
                "Me\u2060ta", "Me\u00ADta"}) {
            assertTrue(Names.problem(v).startsWith("contains an invisible character (U+"), v);
        }
        assertTrue(Names.problem("Cafe\u0301").startsWith("is not in Unicode's composed form (NFC)"));
        assertNull(Names.problem("Caf\u00E9"), "the composed form");
        assertNull(Names.problem("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"), "a joiner inside Persian text");
        assertNull(Names.problem("\uD83D\uDC69\u200D\uD83D\uDD2C Lab"), "an emoji sequence");
        // invisible characters beyond U+FFFF, two chars each: a tag character made "Alpha" and
        // Alpha plus U+E0041 two labs that look the same (found by a review)
        assertEquals("contains an invisible character (U+E0041), so that it looks like another name",
                Names.problem("Alpha\uDB40\uDC41"));
        assertEquals("contains an invisible character (U+1D173), so that it looks like another name",
                Names.problem("Mus\uD834\uDD73ic"));
        // and messages quote them, and direction overrides, escaped (U+202E turned the line around)
        assertEquals("Be\\u202Eta", Names.escape("Be\u202Eta"));
        assertEquals("Alpha\\U000E0041", Names.escape("Alpha\uDB40\uDC41"), "not \\uE0041, which reads as U+E004 and a 1");
        assertEquals("a\\u2066b\\u200Fc", Names.escape("a\u2066b\u200Fc"));
        assertEquals("\uD83D\uDC69\u200D\uD83D\uDD2C Lab", Names.escape("\uD83D\uDC69\u200D\uD83D\uDD2C Lab"), "joiners stay");
        assertEquals("Caf\u00E9 \uD83D\uDE00", Names.escape("Caf\u00E9 \uD83D\uDE00"));
        assertEquals("x\\uD800y", Names.escape("x\uD800y"), "an unpaired surrogate");
        assertNull(Names.problem("Google DeepMind"));
        assertTrue(Names.cellProblem(" NA ").startsWith("begins with a space"), "the general rule first");
        IllegalArgumentException lab = assertThrows(IllegalArgumentException.class,
                () -> Scenario.builder("s").lab("Meta ", l -> l.team("T", Focus.RESEARCH, 1, t -> { })).build());
        assertTrue(lab.getMessage().endsWith("it ends with a space (U+0020), so that it looks like another name, was 'Meta '"), lab.getMessage());
    }

    @Test
    void labsTeamsAndResearchersBuiltInCodeFollowIt() {
        IllegalArgumentException lab = assertThrows(IllegalArgumentException.class,
                () -> Scenario.builder("s").lab("NA", l -> l.team("T", Focus.RESEARCH, 1, t -> { })).build());
        assertTrue(lab.getMessage().contains("lab.name 'NA' is what pandas or R reads as a missing value"), lab.getMessage());
        IllegalArgumentException team = assertThrows(IllegalArgumentException.class,
                () -> Scenario.builder("s").lab("A", l -> l.team("1", Focus.RESEARCH, 1, t -> { })).build());
        assertTrue(team.getMessage().contains("team.name '1' is what pandas or R reads as a number"), team.getMessage());
        IllegalArgumentException star = assertThrows(IllegalArgumentException.class,
                () -> new StarSpec("None", 2, 100_000, 0.5, false));
        assertTrue(star.getMessage().contains("star.name 'None' is what pandas or R reads as a missing value"),
                star.getMessage());
    }

    @Test
    void eventIdsOfDigitsAreRefusedInCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new EventSpec.BudgetChange(3, "A", 2, 0, "12"));
        assertTrue(e.getMessage().contains("would read as an index in an override"), e.getMessage());
        assertNull(new EventSpec.BudgetChange(3, "A", 2, 0, null).id());
        assertEquals("q3", new EventSpec.BudgetChange(3, "A", 2, 0, "q3").id());
    }
}
