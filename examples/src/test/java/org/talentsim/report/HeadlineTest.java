package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison report's headline (a review of the day it came): a difference from a baseline of
 * 0 (layoffs switched on) is named first, as "from 0", not left out; a share of a negative
 * baseline mean has the sign of the change, as the forest plot draws it; only the metrics shown
 * are named; an arm with none beyond chance says so.
 */
class HeadlineTest {
    static final String HEADER = "arm,metric,mean,ci_low,ci_high,difference,diff_ci_low,diff_ci_high,p,p_holm,share_higher,share_lower,n,pairs\n";

    @Test
    void fromZeroFirstSignOfTheChangeOnlyWhatIsShown(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("comparison.csv"), HEADER
                + "baseline,L.layoffs,0,0,0,,,,,,,,4,\n"
                + "baseline,L.net,-200,-210,-190,,,,,,,,4,\n"
                + "baseline,L.hires,100,90,110,,,,,,,,4,\n"
                + "baseline,R.hires,100,90,110,,,,,,,,4,\n"
                + "cut,L.layoffs,465,456,474,465,456,474,1e-9,1e-8,1,0,4,4\n"
                + "cut,L.net,14,4,24,214,200,228,1e-8,1e-7,1,0,4,4\n"
                + "cut,L.hires,110,100,120,10,8,12,1e-4,0.001,1,0,4,4\n"
                + "cut,R.hires,500,490,510,400,390,410,1e-9,1e-8,1,0,4,4\n"
                + "same,L.layoffs,0,0,0,0,0,0,,,0,0,4,4\n"
                + "same,L.net,-201,-210,-190,-1,-5,3,0.5,1,0.5,0.5,4,4\n"
                + "same,L.hires,100,90,110,0,-2,2,0.9,1,0.5,0.5,4,4\n"
                + "same,R.hires,100,90,110,0,-2,2,0.9,1,0.5,0.5,4,4\n");
        Csv c = Csv.read(f);
        assertEquals("In short, of the metrics shown, the largest differences beyond chance (p (Holm) below 0.05), as a share of the"
                + " baseline's mean: arm cut against baseline: L.layoffs +465 (from 0), L.net +214 (+107%), L.hires +10 (+10%);"
                + " arm same differs from the baseline in none of them beyond chance. The plot and the table below give each with"
                + " its 95% interval.", ExperimentReport.headline(c, "baseline", Set.of("L.layoffs", "L.net", "L.hires")));
        assertNull(ExperimentReport.headline(c, "baseline", Set.of("nothing")), "no tested difference among those shown");
    }
}
