package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The experiment commands and {@code check} of an experiment file say the notes {@code run} and
 * {@code check} say of a scenario (an event after the run's end, a budget without its unit),
 * per cell or arm; a sweep of an event's date past the horizon ran its cell silently (found by a
 * scenario author's review).
 */
class ExperimentNotesTest {
    static final Path TINY = CliTest.TINY;

    @Test
    void aSweepSaysWhichCellsEventNeverHappens(@TempDir Path dir) {
        Cli r = Cli.run("sweep", TINY.toString(), "--vary", "months=4,12", "-r", "1", "--out", dir.resolve("s").toString(),
                "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains(TINY + ": note: cell months=4: the layoff event of 2025-10 (tick 10) falls after the run's last"
                + " tick (4): it will not happen\n"), r.err());
        assertFalse(r.err().contains("cell months=12"), r.err());
    }

    @Test
    void aNoteEveryArmHasIsSaidOnce(@TempDir Path dir) {
        Cli r = Cli.run("compare", TINY.toString(), "--set", "months=4", "--arm", "quiet:market.separation=0/year", "-r", "2",
                "--out", dir.resolve("c").toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains(TINY + ": note: the layoff event of 2025-10 (tick 10) falls after the run's last tick (4): it will not"
                + " happen\n"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("the layoff event of 2025-10")).count(), r.err());
    }

    /** Arms whose names differ only in case are noted, as labs' are (a reliability review). */
    @Test
    void armsThatDifferOnlyInCaseAreNoted(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: '" + TINY.toAbsolutePath()
                + "'\nreplications: 2\noverrides: [months=3]\narms:\n  baseline: []\n  Baseline: ['market.separation=0/year']\n");
        Cli r = Cli.run("check", f.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains(f + ": note: arms 'baseline' and 'Baseline' differ only in case"), r.out());
        Cli other = Cli.run("compare", TINY.toString(), "--set", "months=3", "--arm", "calm:market.separation=0/year", "-r", "2",
                "--out", dir.resolve("c").toString(), "-q", "--no-report");
        assertEquals(0, other.exit(), other.err());
        assertFalse(other.err().contains("differ only in case"), other.err());
    }

    @Test
    void checkOfAnExperimentFileSaysItsNotes(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: '" + TINY.toAbsolutePath()
                + "'\nreplications: 2\nvary:\n  months: [4, 12]\n");
        Cli r = Cli.run("check", f.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().contains(f + ": note: cell months=4: the layoff event of 2025-10 (tick 10) falls after the run's last tick (4)"),
                r.out());
    }

    /** Arms of other lengths: their totals were set against each other, with p-values, without a word (a strategist's review). */
    @Test
    void armsOfOtherLengthsAreSaidToMixTheLengthIn(@TempDir Path dir) {
        Cli r = Cli.run("compare", TINY.toString(), "--set", "months=12", "--arm", "short:months=6", "-r", "2", "--out",
                dir.resolve("c").toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains(TINY + ": note: the arms run for other lengths (baseline 12 months; short 6 months): their totals"
                + " (hires, quits, spend, flows) cover other spans"), r.err());
        Cli same = Cli.run("compare", TINY.toString(), "--set", "months=12", "--arm", "calm:market.separation=0/year", "-r", "2",
                "--out", dir.resolve("d").toString(), "-q", "--no-report");
        assertEquals(0, same.exit(), same.err());
        assertFalse(same.err().contains("other lengths"), same.err());
        // 12 months from 2025-01 and 52 weeks end within a week of each other: one span
        Cli weeks = Cli.run("compare", TINY.toString(), "--set", "months=12", "--arm", "w:tick=week", "-r", "2", "--out",
                dir.resolve("w").toString(), "-q", "--no-report");
        assertFalse(weeks.err().contains("other lengths"), weeks.err());
    }

    /** An experiment file of one arm adds no baseline: check says so, as the run did only after running it. */
    @Test
    void checkOfOneArmSaysThereIsNothingToCompare(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: '" + TINY.toAbsolutePath()
                + "'\nreplications: 2\narms:\n  calm: ['market.separation=0/year']\n");
        Cli r = Cli.run("check", f.toString());
        assertEquals(0, r.exit(), r.err() + r.out());
        assertTrue(r.out().startsWith("OK: " + f + " (experiment of "), r.out());
        assertTrue(r.out().contains(": 1 arm x 2 replications = 2 runs;"), r.out());
        assertTrue(r.out().contains(f + ": note: One arm: nothing to compare it with. Add a baseline arm (under arms:,"
                + " 'baseline: []' runs the scenario as it is)"), r.out());
    }

    /** A file without replications runs one (its default), where -r is 10: check and the run say nothing can be tested. */
    @Test
    void oneReplicationIsSaid(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: '" + TINY.toAbsolutePath()
                + "'\narms:\n  baseline: []\n  calm: ['market.separation=0/year']\n");
        String note = "One replication: no difference can be tested (a paired difference needs 2 or more, and its interval more"
                + " still). Give 2 or more: -r N on the command line (10 unless given), replications: N in an experiment file (1"
                + " unless given).";
        Cli check = Cli.run("check", f.toString());
        assertEquals(0, check.exit(), check.err() + check.out());
        assertTrue(check.out().contains(f + ": note: " + note), check.out());
        Cli run = Cli.run("experiment", f.toString(), "--out", dir.resolve("o").toString(), "-q", "--no-report");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(note), run.out());
        Path two = Files.writeString(dir.resolve("two.yaml"), Files.readString(f) + "replications: 2\n");
        assertFalse(Cli.run("check", two.toString()).out().contains("One replication"), "none with two");
    }
}
