package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note naming the cells that gave the same runs names a few groups and a few cells of each,
 * then how many more: a grid of 1,260 cells, most of them alike, wrote one line of 85,864
 * characters on the terminal and a paragraph screens tall above the report's charts (a
 * strategist's review).
 */
class SameResultsTest {
    /** runs.csv of {@code cells} cells, two replications each, cell k's runs those of group k % groups. */
    private static Csv runs(Path dir, int cells, int groups) throws Exception {
        StringBuilder b = new StringBuilder("run,cell,replication,seed,A.hires,A.quits\n");
        int run = 0;
        for (int k = 0; k < cells; k++) {
            for (int rep = 0; rep < 2; rep++) {
                b.append(run++).append(",c").append(k).append(',').append(rep).append(",7,").append(k % groups).append(',').append(rep)
                        .append('\n');
            }
        }
        return Csv.read(Files.writeString(dir.resolve("runs" + cells + "-" + groups + ".csv"), b));
    }

    @Test
    void aFewGroupsAndAFewCellsOfEachThenHowManyMore(@TempDir Path dir) throws Exception {
        assertNull(ExperimentReport.sameResults(runs(dir, 5, 5), "cells"), "every cell differs");
        assertEquals("Note: cells c0, c2 and c4; c1, c3 and c5 gave, each group, the same runs: every one of the 2 metrics in runs.csv,"
                + " replication by replication. What they change made no difference in these runs (e.g. a policy that never comes"
                + " into play, or a budget that never binds).", ExperimentReport.sameResults(runs(dir, 6, 2), "cells"));
        String many = ExperimentReport.sameResults(runs(dir, 1260, 20), "cells");
        assertTrue(many.startsWith("Note: cells c0, c20, c40, c60, c80, c100, c120 and 56 more; c1, c21, "), many);
        assertTrue(many.contains("; and 14 more groups (runs.csv has them all) gave, each group, the same runs"), many);
        assertTrue(many.length() < 1000, many.length() + " characters");
        assertEquals(ExperimentReport.SAME_GROUPS + 1, many.split("; ").length, many);
    }
}
