package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line the experiment commands end with when runs skipped parts of events points to the
 * report only when one is drawn: with --no-report it sent the reader to a page that was not there
 * (a review of the day's changes).
 */
class SkippedLineTest {
    @Test
    void itPointsToTheReportOnlyWhenOneIsDrawn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("runs.csv"), "run,cell,replication,seed,L.hires,market.events_skipped\n"
                + "0,baseline,0,11,3,0\n1,baseline,1,12,4,1\n2,none,0,11,5,0\n3,none,1,12,2,0\n");
        String start = "1 of the 4 runs skipped parts of the scenario's events (baseline 1 of 2; none 0 of 2; runs.csv's market.events_skipped): ";
        assertEquals(start + "report.html says which runs", Report.skippedLine(dir, true));
        assertEquals(start + "runs.csv says which runs (seed by seed)", Report.skippedLine(dir, false));
        assertEquals(Report.skippedLine(dir, true), Report.skippedLine(dir));
        Files.writeString(dir.resolve("runs.csv"), "run,cell,replication,seed,L.hires,market.events_skipped\n0,baseline,0,11,3,0\n");
        assertNull(Report.skippedLine(dir, false), "none skipped: nothing to say");
    }
}
