package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a resume, the counts of the warnings said once are of the runs run now, and say so, beside
 * the count of runs that skipped events, which is of every run ("1 of the 6 runs said" above "1 of
 * the 8 runs skipped" read as a contradiction: a strategist's review). The flagship's baseline run
 * 0 skips its dismissal; the journal is left with runs 1 and 2 only, so that run 0 runs again.
 */
class ResumedCountsTest {
    @Test
    void theCountsAfterAResumeSayWhichRuns(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rs");
        String[] args = {"compare", ReportTest.META.toString(), "--arm", "none:labs[Meta].retention=none", "-r", "4", "--months", "12",
                "--out", out.toString(), "--no-report", "-q"};
        assertEquals(0, Cli.run(args).exit());
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        Files.write(out.resolve("runs.csv"), List.of(lines.get(0), lines.get(2), lines.get(3)));
        Files.delete(out.resolve("manifest.json"));
        List<String> again = new ArrayList<>(List.of(args));
        again.add("--resume");
        Cli r = Cli.run(again.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("talentsim: 1 of the 6 runs run now (2 resumed) said: WARN LayoffDesk: 2025-10: dismissal of"),
                r.err());
        assertTrue(r.err().contains("talentsim: 1 of the 8 runs skipped parts of the scenario's events"), r.err());
    }
}
