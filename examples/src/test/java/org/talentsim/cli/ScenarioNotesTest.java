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
        assertTrue(r.out().contains(MASS + ": note: labs[BigCo].budget is $2.1 a year for 2000 researchers at the start, less than"
                + " $1,000 each"), r.out());
        // $1,000 a head is no slip's mark: no note
        Cli fine = Cli.run("check", MASS, "--set", "labs[BigCo].budget=2M");
        assertEquals(0, fine.exit(), fine.err());
        assertTrue(!fine.out().contains("note:"), fine.out());
    }

    @Test
    void aLayoffOfMoreThanTheTeamsHoldGetsANoteFromCheckAndRun(@TempDir Path dir) throws Exception {
        String note = MASS + ": note: events[0] (layoff) lays off 60000 from BigCo's unprotected teams, which start with 2000:"
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
