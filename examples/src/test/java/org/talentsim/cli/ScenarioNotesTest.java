package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slips `check` accepted without a word (found by a reviewer): a budget written without its unit
 * (2.1 for 2.1B) laid Meta's whole staff off in month 1, and a layoff of 6,000 from a lab of
 * 3,550 ran as "all of them". Both are accepted (either can be meant) with a note, from `check`
 * and from `run`; no example scenario gets one.
 */
class ScenarioNotesTest {
    static final String MASS = "scenarios/mass-layoff.yaml";

    @Test
    void aBudgetWithItsUnitLeftOutGetsANote() {
        Cli r = Cli.run("check", MASS, "--set", "labs[BigCo].budget=2.1");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(MASS + ": note: labs[BigCo].budget is $2.1 a year for 2000 researchers at the start, under a"
                + " tenth of their pay at the pay scale's base ($300k each)"), r.out());
        // 300k for 180 people (300M meant) laid off 174 of them in month 1 without a word (found by a reviewer)
        Cli thousands = Cli.run("check", MASS, "--set", "labs[BigCo].budget=300k");
        assertTrue(thousands.out().contains("note: labs[BigCo].budget is $300k a year"), thousands.out());
        // a tenth of the base's pay is no slip's mark (a lab may be meant to shed staff): no note
        Cli fine = Cli.run("check", MASS, "--set", "labs[BigCo].budget=60M");
        assertEquals(0, fine.exit(), fine.err());
        assertTrue(!fine.out().contains("note:"), fine.out());
    }

    /** A named salary far below the market's pay at its skill, and an acqui-hire's raise of 20 meant as 20%. */
    @Test
    void aStarsSalaryWithoutItsUnitAndARaiseOfTwentyGetNotes(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(ReportOptionsTest.TINY).replace("salary: 20M", "salary: 20k")
                + "  - {date: 2025-06, type: acquiHire, lab: Meta, team: TBD Lab, fromLab: OpenAI, fromTeam: Research, price: 1B,"
                + " payRaise: 20}\n";
        Path file = Files.writeString(dir.resolve("slips.yaml"), yaml);
        Cli r = Cli.run("check", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("note: Star One's salary (labs[Meta], team TBD Lab) is $20k a year, under a hundredth of the"
                + " market's pay at skill 6 ($7.547M)"), r.out());
        assertTrue(r.out().contains("note: the acquiHire at tick 6 raises each person's pay by 2000%, to 21 times it (payRaise is a"
                + " share: 0.2 for 20%)"), r.out());
        // a raid of 500 from a team of 100
        Path raid = Files.writeString(dir.resolve("raid.yaml"), yaml.replace("count: 5\n", "count: 500\n").replace("fromLab: OpenAI\n",
                "fromLab: OpenAI\n    fromTeam: Research\n"));
        Cli r2 = Cli.run("check", raid.toString());
        assertEquals(0, r2.exit(), r2.err());
        assertTrue(r2.out().contains("note: the raid at tick 4 takes 500 from OpenAI's Research, which starts with 100: unless it grows"
                + " by then, it takes all of them"), r2.out());
        // as meant: no notes
        Path meant = Files.writeString(dir.resolve("meant.yaml"), yaml.replace("salary: 20k", "salary: 20M").replace("payRaise: 20", "payRaise: 0.2"));
        Cli ok = Cli.run("check", meant.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(!ok.out().contains("note:"), ok.out());
    }

    @Test
    void aLayoffOfMoreThanTheTeamsHoldGetsANoteFromCheckAndRun(@TempDir Path dir) throws Exception {
        String note = MASS + ": note: the layoff at tick 4 lays off 60000 from BigCo's unprotected teams, which start with 2000:"
                + " unless they grow by then, it lays off all of them";
        Cli check = Cli.run("check", MASS, "--set", "events[0].count=60000");
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains(note), check.out());
        Cli run = Cli.run("run", MASS, "--set", "events[0].count=60000", "--out", dir.resolve("r").toString(), "-q", "--no-report");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(note), run.err());
        assertTrue(Files.exists(dir.resolve("r/summary.json")), "the run ran");
        Cli asIs = Cli.run("check", MASS, "--set", "events[0].count=2000");
        assertTrue(!asIs.out().contains("note:"), asIs.out());
    }

    @Test
    void noExampleScenarioGetsANote() throws Exception {
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Cli r = Cli.run("check", f.toString());
                assertEquals(0, r.exit(), f + ": " + r.err());
                assertTrue(!r.out().contains("note:"), f + ": " + r.out());
            }
        }
    }
}
