package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.Rate;

/** The text forms ScenarioWriter writes: exact strings, each of which reads back to its value. */
class YamlTextTest {
    @Test
    void plainStringsStayPlainTheRestIsQuotedAndEscaped() {
        assertEquals("Meta", YamlText.str("Meta"));
        assertEquals("a", YamlText.str("a"));
        assertEquals("TBD Lab (2025)", YamlText.str("TBD Lab (2025)"));
        assertEquals("\"yes\"", YamlText.str("yes"));
        assertEquals("\"Null\"", YamlText.str("Null"));
        assertEquals("\"\"", YamlText.str(""));
        assertEquals("\"1st\"", YamlText.str("1st"));
        assertEquals("\"trailing \"", YamlText.str("trailing "));
        assertEquals("\"a: b\"", YamlText.str("a: b"));
        assertEquals("\"q\\\"b\\\\s\\n\\t\\r\"", YamlText.str("q\"b\\s\n\t\r"));
        assertEquals("\"\\u0001\\u007f\\u0085\\u2028\\u2029\\ufeff\\ufffe\\uffff\"",
                YamlText.str("\u0001\u007f\u0085\u2028\u2029\ufeff\ufffe\uffff"));
        assertEquals("\"é \u00a0x\"", YamlText.str("é \u00a0x"));
        // a surrogate pair is kept, a lone surrogate escaped
        assertEquals("\"\ud83d\ude00\"", YamlText.str("\ud83d\ude00"));
        assertEquals("\"\\ud83d.\"", YamlText.str("\ud83d."));
        assertEquals("\".\\ude00\"", YamlText.str(".\ude00"));
        assertEquals("\"\\ude00\\ud83d\"", YamlText.str("\ude00\ud83d"));
        assertEquals("\"x\\ud83d\"", YamlText.str("x\ud83d"));
    }

    @Test
    void numbersReadBackExactly() {
        assertEquals(".nan", YamlText.num(Double.NaN));
        assertEquals(".inf", YamlText.num(Double.POSITIVE_INFINITY));
        assertEquals("-.inf", YamlText.num(Double.NEGATIVE_INFINITY));
        assertEquals("0", YamlText.num(0.0));
        assertEquals("-0.0", YamlText.num(-0.0));
        assertEquals("42", YamlText.num(42));
        assertEquals("-7", YamlText.num(-7));
        assertEquals("0.25", YamlText.num(0.25));
        assertEquals("999999999999999", YamlText.num(999_999_999_999_999.0));
        assertEquals("1.0E15", YamlText.num(1e15));
        assertEquals("-1.0E15", YamlText.num(-1e15));
    }

    @Test
    void moneyUsesTheLargestExactSuffix() {
        assertEquals("450k", YamlText.money(450_000));
        assertEquals("2.5M", YamlText.money(2_500_000));
        assertEquals("14.3B", YamlText.money(14.3e9));
        assertEquals("1B", YamlText.money(1e9));
        assertEquals("1M", YamlText.money(1e6));
        assertEquals("1k", YamlText.money(1e3));
        assertEquals("-2.5M", YamlText.money(-2.5e6));
        assertEquals("1.234k", YamlText.money(1_234));
        assertEquals("1234.5", YamlText.money(1_234.5), "four decimals in thousands: a plain number");
        assertEquals("1234.5k", YamlText.money(1_234_500), "not exact in millions (4 decimals), exact in thousands");
        assertEquals("999", YamlText.money(999));
        assertEquals("0", YamlText.money(0));
        assertEquals(".inf", YamlText.money(Double.POSITIVE_INFINITY));
        assertEquals(".nan", YamlText.money(Double.NaN));
    }

    @Test
    void ratesAndDistributions() {
        assertEquals("0.2/year", YamlText.rate(Rate.perYear(0.2)));
        assertEquals("1/month", YamlText.rate(Rate.perMonth(1)));
        assertEquals("0.5/week", YamlText.rate(Rate.perWeek(0.5)));
        assertEquals("300k", YamlText.dist(Dist.constant(300_000), true));
        assertEquals("300000", YamlText.dist(Dist.constant(300_000), false));
        assertEquals("uniform(100k, 200k)", YamlText.dist(Dist.uniform(100_000, 200_000), true));
        assertEquals("normal(1M, 250k)", YamlText.dist(Dist.normal(1e6, 250_000), true));
        assertEquals("lognormal(300k, 0.5)", YamlText.dist(Dist.lognormal(300_000, 0.5), true));
        assertEquals("pareto(1, 3)", YamlText.dist(Dist.pareto(1, 3), false));
        assertEquals("beta(2, 5)", YamlText.dist(Dist.beta(2, 5), false));
        assertEquals("uniform(100000, 200000)", YamlText.dist(Dist.uniform(100_000, 200_000), false));
    }

    /**
     * A number is read up to 400 characters, as SCENARIO_FORMAT.md says; past that the error has
     * the line, column and field. (The YAML parser's own limit of 200 refused 201-400 with neither.)
     */
    @Test
    void numbersUpTo400CharactersAreReadAndLongerOnesArePlacedErrors() {
        String head = "version: 1\nname: t\nmonths: ";
        String tail = "\nlabs:\n  - name: A\n    teams: [{name: T, focus: research, headcount: 10}]\n";
        // (a whole number of 400 digits is out of range or has leading zeros, which are refused
        // below: the length is read on a number with a fraction)
        String share = "version: 1\nname: t\nlabs:\n  - name: A\n    prestige: ";
        String rest = "\n    teams: [{name: T, focus: research, headcount: 10}]\n";
        assertEquals(0.5, ScenarioFiles.parse(share + "0.5" + "0".repeat(397) + rest, "n.yaml").labs().get(0).prestige());
        org.talentsim.io.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(org.talentsim.io.ScenarioException.class,
                () -> ScenarioFiles.parse(head + "1".repeat(401) + tail, "n.yaml"));
        assertEquals("n.yaml:3:9: months: expected a whole number of at most 400 characters, was 401 characters long", e.getMessage());
    }

    /**
     * A whole number with a leading zero is refused where it is written: YAML 1.1 tools (PyYAML,
     * which a user's script may read the same file with) take 010 for octal 8, where it read as
     * 10 here (a reviewer). Zero itself, and numbers with a fraction, are as before.
     */
    @Test
    void aWholeNumberWithALeadingZeroIsRefused() {
        String head = "version: 1\nname: t\nmonths: ";
        String tail = "\nlabs:\n  - name: A\n    teams: [{name: T, focus: research, headcount: 10}]\n";
        for (String v : new String[] {"010", "-010", "+07", "00"}) {
            org.talentsim.io.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(org.talentsim.io.ScenarioException.class,
                    () -> ScenarioFiles.parse(head + v + tail, "n.yaml"), v);
            assertEquals("n.yaml:3:9: months: expected a whole number without a leading zero (other YAML tools read 010 as octal 8),"
                    + " was " + v, e.getMessage());
        }
        assertEquals(10, ScenarioFiles.parse(head + "10" + tail, "n.yaml").months());
        // in a number field too (capability: 0100 read 100 here, 64 in PyYAML: a re-check); 0.5 and 0 as before
        String cap = "version: 1\nname: t\nlabs:\n  - name: A\n    capability: ";
        String rest = "\n    teams: [{name: T, focus: research, headcount: 10}]\n";
        org.talentsim.io.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(org.talentsim.io.ScenarioException.class,
                () -> ScenarioFiles.parse(cap + "0100" + rest, "n.yaml"));
        assertEquals("n.yaml:5:17: labs[0].capability: expected a number without a leading zero (other YAML tools read 010 as"
                + " octal 8), was 0100", e.getMessage());
        assertEquals(0.5, ScenarioFiles.parse(cap + "0.5" + rest, "n.yaml").labs().get(0).capability());
        assertEquals(0, ScenarioFiles.parse(cap + "0" + rest, "n.yaml").labs().get(0).capability());
        assertEquals(0, ScenarioFiles.parse(head.replace("months: ", "seed: ") + "0" + tail, "n.yaml").seed());
    }
}
