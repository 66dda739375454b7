package org.talentsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The arithmetic of the simulated method of moments against hand-computed values. */
class SmmTest {
    static Calibration calibration(String targets) {
        return Calibration.parse("version: 1\nkind: calibration\nscenario: small.yaml\nparameters:\n"
                + "  - {name: a, path: market.offersEmployed, lower: 0.3, upper: 2.5, unit: /year}\n"
                + "  - {name: b, path: market.separation, lower: 0.02, upper: 0.3, unit: /year}\ntargets:\n" + targets
                + "replications: 4\n", "smm.yaml", Path.of("src/test/resources/calibration"));
    }

    static final String THREE = "  - {metric: Keeper.quits, observed: 10, se: 2}\n"
            + "  - {metric: Leaker.quits, observed: 20, se: 4}\n"
            + "  - {name: r, ratio: [Leaker.quits, Keeper.quits], observed: 1.5, se: 0.5}\n";

    @Test
    void momentsAreMeansAndRatiosOfMeans() {
        Calibration c = calibration(THREE);
        assertEquals(java.util.List.of("Keeper.quits", "Leaker.quits"), c.metrics());
        double[][] v = {{8, 20}, {12, 16}, {10, 30}, {10, 14}}; // [replication][metric]
        double[] m = Smm.moments(c, v);
        assertEquals(10, m[0], 1e-12);
        assertEquals(20, m[1], 1e-12);
        assertEquals(2, m[2], 1e-12);
        // (0/2)² + (0/4)² + (−0.5/0.5)²
        assertEquals(1, Smm.objective(c, m), 1e-12);
        assertEquals(Smm.PENALTY, Smm.objective(c, new double[] {10, 20, Double.NaN}));
    }

    /** With an se for every target, Σ = (1 + 1/R) diag(se²) and Var = (1 + 1/R)(G'WG)⁻¹; J = Σ (g/√Σ)². */
    @Test
    void sandwichReducesToTheEfficientFormWithStandardErrors() {
        Calibration c = calibration(THREE);
        double[][] v = {{8, 20}, {12, 16}, {10, 30}, {10, 14}};
        double[][] sigma = Smm.sigma(c, v, 4);
        assertEquals(1.25 * 4, sigma[0][0], 1e-12);
        assertEquals(1.25 * 16, sigma[1][1], 1e-12);
        assertEquals(0, sigma[0][1]);
        double[][] g = {{2, 0}, {0, 3}, {1, 1}};
        double[] sim = {9, 21, 1.2};
        Smm.Inference inf = Smm.inference(c, sim, g, sigma);
        // G'WG with W = diag(1/4, 1/16, 4): [[1 + 4, 4], [4, 9/16 + 4]]
        double a11 = 5;
        double a12 = 4;
        double a22 = 4.5625;
        double det = a11 * a22 - a12 * a12;
        assertEquals(1.25 * a22 / det, inf.cov()[0][0], 1e-9);
        assertEquals(1.25 * a11 / det, inf.cov()[1][1], 1e-9);
        assertEquals(-1.25 * a12 / det, inf.cov()[0][1], 1e-9);
        double j = (1 * 1) / 5.0 + (1 * 1) / 20.0 + (0.3 * 0.3) / (1.25 * 0.25);
        assertEquals(j, inf.j(), 1e-9);
        assertEquals(1, inf.df());
        assertEquals(org.apache.commons.math3.special.Erf.erfc(Math.sqrt(j / 2)), inf.p(), 1e-9, "P(chi2(1) > J)");
    }

    /** Without se's, Ω is the covariance of one replication's moments across the sample; a ratio is linearised. */
    @Test
    void estimatedCovarianceOfWeightedTargets() {
        Calibration c = calibration("  - {metric: Keeper.quits, observed: 10, weight: 1}\n"
                + "  - {name: r, ratio: [Leaker.quits, Keeper.quits], observed: 2, weight: 1}\n");
        double[][] v = {{8, 16}, {12, 24}, {10, 20}, {10, 20}}; // the ratio is 2 in every replication
        double[][] sigma = Smm.sigma(c, v, 8);
        assertEquals((1 + 1 / 8.0) * (4 + 4 + 0 + 0) / 3, sigma[0][0], 1e-12);
        assertEquals(0, sigma[1][1], 1e-12, "a ratio that never varies has no variance");
        assertEquals(0, sigma[0][1], 1e-12);
    }

    /** A parameter the targets do not depend on is not identified: its se is NaN, not a number made up. */
    @Test
    void unidentifiedParametersHaveNoStandardError() {
        Calibration c = calibration(THREE);
        double[][] g = {{2, 0}, {1, 0}, {1, 0}};
        Smm.Inference inf = Smm.inference(c, new double[] {10, 20, 1.5}, g, Smm.sigma(c, new double[][] {{8, 20}, {12, 16}}, 4));
        assertTrue(Double.isNaN(inf.cov()[1][1]), java.util.Arrays.deepToString(inf.cov()));
    }
}
