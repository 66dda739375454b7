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

    /** y = x1 + 2 x2 on uniforms: V = 1/12 + 4/12, so S1 = 0.2, S2 = 0.8, x3 nothing; no interactions (S_T = S). */
    @Test
    void additiveFunction() {
        int n = 4096;
        List<double[]> d = Sobol.design(n, 3, 42);
        assertEquals(n * 5, d.size());
        double[][] s = Sobol.indices(values(d, x -> x[0] + 2 * x[1]), n, 3);
        assertEquals(0.2, s[0][0], 0.05, "first order: the estimator's se at N = 4096 is about 0.02");
        assertEquals(0.8, s[1][0], 0.05);
        assertEquals(0, s[2][0], 0.01);
        assertEquals(0.2, s[0][1], 0.02);
        assertEquals(0.8, s[1][1], 0.02);
        assertEquals(0, s[2][1], 1e-12, "a parameter the output ignores has total index 0 exactly");
    }

    /** y = x1 · x2 (centred): all of the variance is interaction, so first order ~0 and total order ~1 for both. */
    @Test
    void pureInteraction() {
        int n = 4096;
        List<double[]> d = Sobol.design(n, 2, 7);
        double[][] s = Sobol.indices(values(d, x -> (x[0] - 0.5) * (x[1] - 0.5)), n, 2);
        assertEquals(0, s[0][0], 0.05);
        assertEquals(0, s[1][0], 0.05);
        assertEquals(1, s[0][1], 0.08);
        assertEquals(1, s[1][1], 0.08);
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
