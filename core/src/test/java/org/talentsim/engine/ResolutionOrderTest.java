package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.model.Focus;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;
import org.talentsim.testkit.Digests;

/**
 * Issue 11 item 8: the order in which a tick's offers are resolved carries no systematic
 * priority. Researchers are indexed in the file's lab order, so resolving in index order gave the
 * first lab listed the first claim on its budget room every tick (its counter-offers came before
 * its hires); the draws are now resolved in a uniform permutation drawn from the tick's stream
 * (MODEL.md §3.2, §7.5).
 */
class ResolutionOrderTest {
    @TempDir
    Path tmp;

    /**
     * Two identical labs with budgets that bind (raises and hires press against them), which
     * poach from each other, counter, and hire from a common pool; listed East first or West
     * first.
     */
    static Scenario symmetric(long seed, boolean eastFirst) {
        ScenarioBuilder b = Scenario.builder("symmetric").seed(seed).months(24);
        for (String name : eastFirst ? new String[] {"East", "West"} : new String[] {"West", "East"}) {
            b.lab(name, l -> l.prestige(0.5).budget(180e6).offer(PolicySpec.of("premium"))
                    .retention(PolicySpec.of("match"))
                    .team("R", Focus.RESEARCH, 500, t -> t.target(600)));
        }
        return b.pool(500).build();
    }

    /**
     * East hires (from the pool and by poaching) as many when it is listed first as when it is
     * listed second: over 200 seeds of each order the difference of the means is within 3
     * standard errors. Resolving in index order failed this with t ≈ −5.7 (the lab listed second
     * hired about 8% more); the drawn order passes.
     */
    // a statistical check over many seeds (9 s); the exact shuffle is pinned by the tests below for the mutation run
    @Tag("slow")
    @Test
    void identicalLabsHireAlikeWhicheverIsListedFirst() {
        int seeds = 200;
        double[] first = new double[seeds];
        double[] second = new double[seeds];
        Talentsim ts = Talentsim.defaults();
        for (int s = 0; s < seeds; s++) {
            first[s] = hires(ts.run(symmetric(s + 1, true)));
            second[s] = hires(ts.run(symmetric(s + 1, false)));
        }
        double t = welch(first, second);
        assertTrue(Math.abs(t) < 3, "East listed first hires " + mean(first) + ", listed second " + mean(second)
                + " (t = " + t + ")");
    }

    /** The drawn order is the same for any thread count (several chunks, so threads do split the work). */
    @Test
    void theDrawnOrderDoesNotDependOnThreads() {
        Scenario s = DeterminismTest.multiChunk(29);
        String one = Digests.ofRun(s, 1, tmp);
        assertEquals(one, Digests.ofRun(s, 2, tmp), "2 threads");
        assertEquals(one, Digests.ofRun(s, 5, tmp), "5 threads");
    }

    private static double hires(RunResult r) {
        var east = r.lab("East");
        return east.hires() + east.poachedIn();
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static double welch(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double va = 0;
        double vb = 0;
        for (double v : a) {
            va += (v - ma) * (v - ma);
        }
        for (double v : b) {
            vb += (v - mb) * (v - mb);
        }
        va /= a.length - 1;
        vb /= b.length - 1;
        return (ma - mb) / Math.sqrt(va / a.length + vb / b.length);
    }
}
