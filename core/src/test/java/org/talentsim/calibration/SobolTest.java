package org.talentsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.experiment.LocalExecutor;

/** Sobol's indices by Saltelli's sampling: known values of test functions, and what they find on the small scenario. */
class SobolTest {
    static double[] values(List<double[]> points, java.util.function.ToDoubleFunction<double[]> f) {
        return points.stream().mapToDouble(f).toArray();
    }

    /**
     * y = x1 + 2 x2 on uniforms: V = 1/12 + 4/12, so S1 = 0.2, S2 = 0.8, x3 nothing; no
     * interactions (S_T = S). Over 20 designs: each estimate within four of its standard errors
     * at N = 4096 (over 200 designs: 0.009 and 0.018 for the first-order indices, 0.004 and 0.016
     * for the total ones), their means within four standard errors of a mean of 20, and x3's
     * total index 0 exactly.
     */
    @Test
    void additiveFunction() {
        int n = 4096;
        int designs = 20;
        double[] expected = {0.2, 0.8, 0.2, 0.8};
        double[] se = {0.009, 0.018, 0.004, 0.016};
        double[] mean = new double[4];
        for (long seed = 1; seed <= designs; seed++) {
            List<double[]> d = Sobol.design(n, 3, seed);
            assertEquals(n * 5, d.size());
            double[][] s = Sobol.indices(values(d, x -> x[0] + 2 * x[1]), n, 3);
            double[] got = {s[0][0], s[1][0], s[0][1], s[1][1]};
            for (int k = 0; k < 4; k++) {
                assertEquals(expected[k], got[k], 4 * se[k], "design " + seed + ", index " + k);
                mean[k] += got[k] / designs;
            }
            assertEquals(0, s[2][0], 0.01, "design " + seed);
            assertEquals(0, s[2][1], 1e-12, "a parameter the output ignores has total index 0 exactly");
        }
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], mean[k], 4 * se[k] / Math.sqrt(designs), "mean over designs, index " + k);
        }
    }

    /**
     * The bootstrap intervals cover the true indices about as often as they say: y = x1 + 2 x2
     * over 200 designs of N = 128, the 95% intervals of S1 = 0.2, S2 = 0.8 (first and total order)
     * each cover the truth in at least 88% of the designs (a percentile bootstrap of so small a
     * sample falls a little short of 95%), hold their point estimate, and are the same on every call.
     */
    @Test
    void bootstrapIntervalsCoverTheTruth() {
        int n = 128;
        int designs = 200;
        double[] truth = {0.2, 0.8, 0.2, 0.8};
        int[] covered = new int[4];
        for (long seed = 1; seed <= designs; seed++) {
            double[] y = values(Sobol.design(n, 2, seed), x -> x[0] + 2 * x[1]);
            double[][] point = Sobol.indices(y, n, 2);
            double[][] ci = Sobol.intervals(y, n, 2, 0, 400);
            for (int k = 0; k < 4; k++) {
                int j = k % 2;
                int o = k / 2;
                double lo = ci[j][2 * o];
                double hi = ci[j][2 * o + 1];
                assertTrue(lo <= point[j][o] && point[j][o] <= hi, "design " + seed + ", index " + k + ": " + point[j][o]
                        + " outside [" + lo + ", " + hi + "]");
                covered[k] += lo <= truth[k] && truth[k] <= hi ? 1 : 0;
            }
            if (seed == 1) {
                assertTrue(java.util.Arrays.deepEquals(ci, Sobol.intervals(y, n, 2, 0, 400)), "the same resamples on every call");
            }
        }
        for (int k = 0; k < 4; k++) {
            assertTrue(covered[k] >= 0.88 * designs, "index " + k + " covered in " + covered[k] + " of " + designs);
        }
    }

    /**
     * y = x1 · x2 (centred): all of the variance is interaction, so first order ~0 and total order
     * ~1 for both. Over 20 designs, each within four standard errors (over 200 designs at N =
     * 4096: 0.026 first order, 0.024 total), the means within four of a mean's.
     */
    @Test
    void pureInteraction() {
        int n = 4096;
        int designs = 20;
        double[] expected = {0, 0, 1, 1};
        double se = 0.026;
        double[] mean = new double[4];
        for (long seed = 1; seed <= designs; seed++) {
            List<double[]> d = Sobol.design(n, 2, seed);
            double[][] s = Sobol.indices(values(d, x -> (x[0] - 0.5) * (x[1] - 0.5)), n, 2);
            double[] got = {s[0][0], s[1][0], s[0][1], s[1][1]};
            for (int k = 0; k < 4; k++) {
                assertEquals(expected[k], got[k], 4 * se, "design " + seed + ", index " + k);
                mean[k] += got[k] / designs;
            }
        }
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], mean[k], 4 * se / Math.sqrt(designs), "mean over designs, index " + k);
        }
        assertTrue(Double.isNaN(Sobol.indices(new double[4 * 4], 4, 2)[0][0]), "a constant output has no indices");
    }

    /** On the small scenario: the separation rate carries Leaker's quits, the offer rate the job-to-job moves. */
    @Test
    void onTheSmallScenario() {
        Calibration c = Calibration.parse("version: 1\nkind: calibration\nscenario: small.yaml\noverrides: ['months=12']\n"
                + "parameters:\n"
                + "  - {name: offers, path: market.offersEmployed, lower: 0.3, upper: 2.5, unit: /year}\n"
                + "  - {name: separation, path: market.separation, lower: 0.02, upper: 0.3, unit: /year}\n"
                + "targets:\n"
                + "  - {metric: market.poached_per_month, observed: 5, se: 0.5}\n"
                + "  - {metric: Leaker.quits, observed: 20, se: 5}\n"
                + "replications: 2\nseed: 3\nsensitivity: {trajectories: 2, levels: 4, sobol: 16}\n",
                "sobol.yaml", SensitivityTest.DIR);
        Sensitivity.Result r;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            r = Sensitivity.analyse(c, ex);
        }
        assertEquals(2 * 3 + 16 * 4, r.points());
        assertEquals(4, r.sobol().size());
        Sensitivity.SobolIndex offersOnPoached = r.sobol().get(0);
        Sensitivity.SobolIndex separationOnQuits = r.sobol().get(3);
        assertEquals("offers", offersOnPoached.parameter());
        assertEquals("Leaker.quits", separationOnQuits.target());
        assertTrue(offersOnPoached.totalOrder() > 0.5, r.sobol().toString());
        assertTrue(separationOnQuits.totalOrder() > 0.5, r.sobol().toString());
        assertTrue(r.sobol().get(1).totalOrder() < separationOnQuits.totalOrder(), r.sobol().toString());
    }
}
