package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics the tables show, when they cannot show every one, take in after the selection by lab
 * and kind every metric whose difference to the baseline is beyond chance in some arm: the
 * selection left out the one difference a comparison found (Millennium.poached_out, -52.5, p
 * (Holm) 0.035), from the table, the page and its headline (a scenario author's review). Not a
 * chance tie (the same difference in each of 2 pairs of varying values), not a p of 0.05 or more.
 */
class BeyondChanceShownTest {
    static final String HEAD = "arm,metric,mean,ci_low,ci_high,difference,diff_ci_low,diff_ci_high,p,p_holm,share_higher,share_lower,n,"
            + "pairs,no_spread,unit\n";

    @Test
    void differencesBeyondChanceJoinTheShownMetrics(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("comparison.csv"), HEAD
                + "base,A.quits,10,8,12,,,,,,,,4,,,researchers\n"
                + "base,B.poached_out,55,50,60,,,,,,,,4,,,researchers\n"
                + "base,C.hires,5,4,6,,,,,,,,2,,,researchers\n"
                + "base,D.hires,5,5,5,,,,,,,,4,,,researchers\n"
                + "x,A.quits,11,9,13,1,-1,3,0.3,0.6,0.5,0.5,4,4,FALSE,researchers\n"
                + "x,B.poached_out,2.75,1,4,-52.5,-65.6,-39.4,0.001,0.035,0,1,4,4,FALSE,researchers\n"
                + "x,C.hires,4,3,5,-1,-1,-1,0,0,0,1,2,2,TRUE,researchers\n"   // a chance tie over 2 pairs
                + "x,D.hires,2,2,2,-3,-3,-3,0,0,0,1,4,4,TRUE,researchers\n"   // exact: no values vary
                + "x,E.hires,9,8,10,4,1,7,0.01,0.07,1,0,4,4,FALSE,researchers\n");
        Report.Shown shown = new Report.Shown(List.of("A.quits"), "the first 1");
        Report.Shown more = Report.withBeyondChance(shown, dir, "base");
        assertEquals(List.of("A.quits", "B.poached_out", "D.hires"), more.metrics());
        assertEquals("the first 1; and 2 more whose difference to base is beyond chance: B.poached_out, D.hires", more.which());
        // all shown already, or no comparison in the folder: as it was
        Report.Shown all = new Report.Shown(List.of("A.quits", "B.poached_out"), "all");
        assertSame(all, Report.withBeyondChance(all, dir, "base"));
        assertSame(shown, Report.withBeyondChance(shown, dir.resolve("none"), "base"));
    }

    /** A few, the largest as a share of the baseline's mean: 41 of the flagship's at 50 replications made a table of 72 rows. */
    @Test
    void theLargestFewAreTaken(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder(HEAD);
        for (int k = 1; k <= 10; k++) {
            b.append("base,L").append(k).append(".hires,100,90,110,,,,,,,,50,,,researchers\n");
            b.append("x,L").append(k).append(".hires,").append(100 + k).append(",95,115,").append(k).append(",1,9,0.001,0.01,1,0,50,50,FALSE,")
                    .append("researchers\n");
        }
        Files.writeString(dir.resolve("comparison.csv"), b.toString());
        Report.Shown more = Report.withBeyondChance(new Report.Shown(List.of("A.quits"), "the first 1"), dir, "base");
        assertEquals(List.of("A.quits", "L10.hires", "L9.hires", "L8.hires", "L7.hires", "L6.hires", "L5.hires", "L4.hires", "L3.hires"),
                more.metrics());
        assertEquals("the first 1; and the 8 largest of the 10 more whose difference to base is beyond chance: L10.hires, L9.hires,"
                + " L8.hires, L7.hires, \u2026", more.which());
    }
}
