package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.talentsim.rng.Streams;

/** The counter-based draws of the search (CounterDraw): what they are, and that they look uniform and independent. */
class CounterDrawTest {

    /** Draw n of a key is the (n + 1)-th double of the JDK's SplittableRandom seeded with the key. */
    @Test
    void drawsAreSplitMix64SeededWithTheKey() {
        for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
            long key = CounterDraw.key(seed, 3, StreamKeys.SEARCH);
            assertEquals(Streams.mix3(seed, 3, StreamKeys.SEARCH, 0), key);
            SplittableRandom r = new SplittableRandom(key);
            for (int n = 0; n < 1000; n++) {
                assertEquals(r.nextDouble(), CounterDraw.uniform(key, n), "seed " + seed + ", draw " + n);
            }
        }
    }

    /** Keys differ by seed, tick and phase. */
    @Test
    void keysDependOnSeedTickAndPhase() {
        long k = CounterDraw.key(42, 5, StreamKeys.SEARCH);
        assertNotEquals(k, CounterDraw.key(43, 5, StreamKeys.SEARCH));
        assertNotEquals(k, CounterDraw.key(42, 6, StreamKeys.SEARCH));
        assertNotEquals(k, CounterDraw.key(42, 5, StreamKeys.ORDER));
    }

    /**
     * Over 20 ticks of a million researchers, the first and the second draw of each researcher
     * are uniform (chi-square over 1,000 cells), draws of neighbouring researchers and the two
     * draws of one researcher are uncorrelated, and so are a researcher's draws in successive ticks.
     */
    @Test
    void drawsAreUniformAndUncorrelated() {
        int n = 1_000_000;
        int cells = 1000;
        ChiSquareTest chi = new ChiSquareTest();
        double[] uniform = new double[cells];
        java.util.Arrays.fill(uniform, 1.0 / cells);
        double worstP = 1;
        double worstCorr = 0;
        for (int tick = 1; tick <= 20; tick++) {
            long key = CounterDraw.key(2026, tick, StreamKeys.SEARCH);
            long next = CounterDraw.key(2026, tick + 1, StreamKeys.SEARCH);
            long[] first = new long[cells];
            long[] second = new long[cells];
            double sxy = 0, sxz = 0, sxw = 0;
            double prev = CounterDraw.uniform(key, 0);
            for (int i = 0; i < n; i++) {
                double x = CounterDraw.uniform(key, 2L * i);
                double y = CounterDraw.uniform(key, 2L * i + 1);
                double w = CounterDraw.uniform(next, 2L * i);
                assertTrue(x >= 0 && x < 1 && y >= 0 && y < 1);
                first[(int) (x * cells)]++;
                second[(int) (y * cells)]++;
                sxy += (x - 0.5) * (y - 0.5);
                sxz += (x - 0.5) * (prev - 0.5);
                sxw += (x - 0.5) * (w - 0.5);
                prev = x;
            }
            worstP = Math.min(worstP, Math.min(chi.chiSquareTest(uniform, first), chi.chiSquareTest(uniform, second)));
            // a correlation of uniforms has sd 1/sqrt(n) = 0.001; var(u) = 1/12
            for (double s : new double[] {sxy, sxz, sxw}) {
                worstCorr = Math.max(worstCorr, Math.abs(12 * s / n));
            }
        }
        // 40 chi-square tests: the smallest p-value of uniform draws is below 1e-4 with chance 0.4%
        assertTrue(worstP > 1e-4, "smallest chi-square p-value " + worstP);
        // 60 correlations with sd 0.001: all within 5 sd
        assertTrue(worstCorr < 0.005, "largest correlation " + worstCorr);
    }
}
