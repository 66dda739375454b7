package org.talentsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The arithmetic of the simulated method of moments against hand-computed values. */
class SmmTest {
    /**
     * Two parameters whose ranges are wide beside the steps the tests' Jacobians imply from
     * {@link #MID}, so that the linearised minimum lies inside them (see {@link
     * #aStepBeyondARangeHoldsTheParameterAtItsBound} for one that does not).
     */
    static Calibration calibration(String targets) {
        return Calibration.parse("version: 1\nkind: calibration\nscenario: small.yaml\nparameters:\n"
                + "  - {name: a, path: 'labs[Keeper].budget', lower: 1000, upper: 100000, unit: M}\n"
                + "  - {name: b, path: 'labs[Leaker].budget', lower: 1000, upper: 100000, unit: M}\ntargets:\n" + targets
                + "replications: 4\n", "smm.yaml", Path.of("src/test/resources/calibration"));
    }

    /** The middle of {@link #calibration}'s ranges. */
    static final double[] MID = {50500, 50500};

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

    /**
     * With an se for every target, Σ = diag(se²) + Ω_sim / R: the data's variances plus the
     * simulation noise of R replications, measured by one replication's covariance across the
     * sample (cross-target terms included). It was (1 + 1/R)·diag(se²), which holds only when one
     * replication of the model varies exactly as the data do.
     */
    @Test
    void sigmaAddsTheModelsOwnSimulationNoiseToTheDatasVariance() {
        Calibration c = calibration(THREE);
        double[][] v = {{8, 20}, {12, 16}, {10, 30}, {10, 14}};
        double[][] sigma = Smm.sigma(c, v, 4);
        // one replication's covariance (n − 1): Keeper 8/3, Leaker 152/3, the ratio's linearised
        // (L − 2K)/10 = 0.4, −0.8, 1.0, −0.6: 0.72; cross terms −8/3, −0.8, 5.6
        assertEquals(4 + 8.0 / 3 / 4, sigma[0][0], 1e-12);
        assertEquals(16 + 152.0 / 3 / 4, sigma[1][1], 1e-12);
        assertEquals(0.25 + 0.72 / 4, sigma[2][2], 1e-12);
        assertEquals(-8.0 / 3 / 4, sigma[0][1], 1e-12);
        assertEquals(-0.8 / 4, sigma[0][2], 1e-12);
        assertEquals(5.6 / 4, sigma[1][2], 1e-12);
        assertEquals(sigma[1][2], sigma[2][1], 0);
        // more replications an evaluation, less simulation noise: the data's variance in the limit
        assertEquals(4 + 8.0 / 3 / 1000, Smm.sigma(c, v, 1000)[0][0], 1e-12);
    }

    /** A target with an se beside one without: its own data variance is se², the other's is one replication's. */
    @Test
    void mixedTargetsTakeEachTheirOwnDataVariance() {
        Calibration c = calibration("  - {metric: Keeper.quits, observed: 10, se: 2}\n"
                + "  - {metric: Leaker.quits, observed: 20, weight: 1}\n");
        double[][] v = {{8, 20}, {12, 16}, {10, 30}, {10, 14}};
        double[][] sigma = Smm.sigma(c, v, 4);
        assertEquals(4 + 8.0 / 3 / 4, sigma[0][0], 1e-12);
        assertEquals((1 + 1 / 4.0) * 152.0 / 3, sigma[1][1], 1e-12);
        assertEquals(-8.0 / 3 / 4, sigma[0][1], 1e-12, "independent data: only the simulations covary");
    }

    /**
     * With Σ = (1 + 1/R) diag(se²) (one replication varying as the data), Var = (1 + 1/R)(G'WG)⁻¹;
     * at a minimum (G′W g = 0) J = g′Σ⁻¹g = Σ (g/√Σ)².
     */
    @Test
    void sandwichReducesToTheEfficientFormWithStandardErrors() {
        Calibration c = calibration(THREE);
        double[][] sigma = {{1.25 * 4, 0, 0}, {0, 1.25 * 16, 0}, {0, 0, 1.25 * 0.25}};
        double[][] g = {{2, 0}, {0, 3}, {1, 1}};
        // g = observed − simulated with G′Wg = 0 (W = diag(1/4, 1/16, 4): g₁/2 + 4g₃ = 3g₂/16 + 4g₃ = 0)
        double[] gap = {1, 8.0 / 3, -0.125};
        double[] sim = {10 - gap[0], 20 - gap[1], 1.5 - gap[2]};
        Smm.Inference inf = Smm.inference(c, MID, sim, g, sigma);
        // G'WG with W = diag(1/4, 1/16, 4): [[1 + 4, 4], [4, 9/16 + 4]]
        double a11 = 5;
        double a12 = 4;
        double a22 = 4.5625;
        double det = a11 * a22 - a12 * a12;
        assertEquals(1.25 * a22 / det, inf.cov()[0][0], 1e-9);
        assertEquals(1.25 * a11 / det, inf.cov()[1][1], 1e-9);
        assertEquals(-1.25 * a12 / det, inf.cov()[0][1], 1e-9);
        double j = gap[0] * gap[0] / 5.0 + gap[1] * gap[1] / 20.0 + gap[2] * gap[2] / (1.25 * 0.25);
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
        Smm.Inference inf = Smm.inference(c, MID, new double[] {10, 20, 1.5}, g, Smm.sigma(c, new double[][] {{8, 20}, {12, 16}}, 4));
        assertTrue(Double.isNaN(inf.cov()[1][1]), java.util.Arrays.deepToString(inf.cov()));
    }

    /**
     * J's quadratic form: the inverse's value where Σ is well conditioned, and NaN (J undefined)
     * where targets are tied by an identity or there are fewer covariance runs than targets. An
     * LU inverse with an absolute threshold let both through: J came out as −1.5e17 (p = 1) and
     * 4.7e15 (p = 0).
     */
    @Test
    void jIsUndefinedForASingularCovarianceAndExactOtherwise() {
        double[][] diag = {{4, 0}, {0, 16}};
        assertEquals(9.0 / 4 + 16.0 / 16, Smm.quadraticForm(diag, new double[] {3, 4}), 1e-12);
        double[][] s3 = {{4, 1.2, -0.6}, {1.2, 9, 2.1}, {-0.6, 2.1, 1}};
        double[] d = {1.5, -2, 0.7};
        org.apache.commons.math3.linear.RealMatrix inv = new org.apache.commons.math3.linear.LUDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(s3)).getSolver().getInverse();
        double expected = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                expected += d[a] * inv.getEntry(a, b) * d[b];
            }
        }
        assertEquals(expected, Smm.quadraticForm(s3, d), 1e-12 * expected);
        // the third target the sum of the first two: an exact identity between the moments
        double[][] runs = {{3, 5, 8}, {4, 4, 8}, {6, 1, 7}, {2, 7, 9}, {5, 3, 8}};
        assertTrue(Double.isNaN(Smm.quadraticForm(sampleCovariance(runs), new double[] {1, 1, 1})), "tied targets");
        // four targets from three runs: rank 2 at most
        double[][] few = {{3, 5, 8, 1}, {4, 4, 2, 7}, {6, 1, 5, 3}};
        assertTrue(Double.isNaN(Smm.quadraticForm(sampleCovariance(few), new double[] {1, 2, 3, 4})), "too few runs");
        assertTrue(Double.isNaN(Smm.quadraticForm(new double[][] {{0, 0}, {0, 1}}, new double[] {1, 1})), "a variance of 0");
    }

    private static double[][] sampleCovariance(double[][] runs) {
        int k = runs[0].length;
        double[] mean = new double[k];
        for (double[] r : runs) {
            for (int i = 0; i < k; i++) {
                mean[i] += r[i] / runs.length;
            }
        }
        double[][] c = new double[k][k];
        for (double[] r : runs) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    c[a][b] += (r[a] - mean[a]) * (r[b] - mean[b]) / (runs.length - 1);
                }
            }
        }
        return c;
    }

    /**
     * A target whose moment is undefined in every run (a ratio over a count that is always 0)
     * made every objective the penalty; the calibration reported the start as the estimate, with
     * exit 0 and blank standard errors. It fails now, saying why.
     */
    @Test
    void aCalibrationWhoseObjectiveIsNeverDefinedFailsSayingWhy() {
        String text = "version: 1\nkind: calibration\nscenario: small.yaml\noverrides: ['months=3']\nparameters:\n"
                + "  - {path: market.separation, lower: 0.02, upper: 0.3, start: 0.05, unit: /year}\ntargets:\n"
                + "  - {name: never, ratio: [Keeper.quits, Keeper.acquired_in], observed: 2, se: 0.5}\n"
                + "replications: 2\nseed: 5\nmax_evaluations: 8\n";
        Calibration c = Calibration.parse(text, "undefined.yaml", Path.of("src/test/resources/calibration"));
        try (org.talentsim.experiment.LocalExecutor ex = new org.talentsim.experiment.LocalExecutor(2)) {
            org.talentsim.experiment.ExperimentException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.talentsim.experiment.ExperimentException.class, () -> Calibrator.estimate(c, ex, (n, budget, best) -> {}));
            assertTrue(e.getMessage().startsWith("undefined.yaml: no estimate: at every one of the "), e.getMessage());
            assertTrue(e.getMessage().contains("a ratio whose denominator is 0 in every run"), e.getMessage());
            // naming the target (with many, "some target" left the user to find it: a calibration review)
            assertTrue(e.getMessage().contains("; undefined at every one: never;"), e.getMessage());
        }
    }

    /**
     * At the fewest evaluations a calibration file may ask for, the optimiser searches: with two
     * parameters the minimum was 2P + 3 = 7, of which the start took one and BOBYQA, needing 2P +
     * 3 for its first model, never began (the trace held the start alone, found by a review).
     */
    @Test
    void theOptimiserSearchesAtTheFewestEvaluationsAllowed() {
        String text = "version: 1\nkind: calibration\nscenario: small.yaml\noverrides: ['months=3']\nparameters:\n"
                + "  - {path: market.separation, lower: 0.02, upper: 0.3, start: 0.05, unit: /year}\n"
                + "  - {path: market.retirement, lower: 0.01, upper: 0.1, start: 0.05, unit: /year}\ntargets:\n"
                + "  - {metric: market.poached_per_month, observed: 5, se: 0.5}\n"
                + "  - {metric: Keeper.quits, observed: 20, se: 2}\n"
                + "replications: 2\nseed: 5\nmax_evaluations: 8\n";
        Calibration c = Calibration.parse(text, "fewest.yaml", Path.of("src/test/resources/calibration"));
        assertThrows(org.talentsim.io.ScenarioException.class, () -> Calibration.parse(
                text.replace("max_evaluations: 8", "max_evaluations: 7"), "fewest.yaml", Path.of("src/test/resources/calibration")));
        try (org.talentsim.experiment.LocalExecutor ex = new org.talentsim.experiment.LocalExecutor(2)) {
            Calibrator.Result r = Calibrator.estimate(c, ex, (n, budget, best) -> {});
            long searched = r.trace().stream().filter(t -> t.phase().equals("start 1")).count();
            assertEquals(8, searched, "the start and BOBYQA's evaluations, up to the budget");
        }
    }

    /**
     * A null listener fails at once, naming what to pass, before any run: it failed after the
     * first evaluation's runs, from inside the optimiser (found by an economist's review).
     */
    @Test
    void aNullListenerFailsBeforeAnyRun(@org.junit.jupiter.api.io.TempDir Path tmp) {
        String text = "version: 1\nkind: calibration\nscenario: small.yaml\nparameters:\n"
                + "  - {path: market.separation, lower: 0.02, upper: 0.3, start: 0.05, unit: /year}\ntargets:\n"
                + "  - {metric: market.poached_per_month, observed: 5, se: 0.5}\nreplications: 2\n";
        Calibration c = Calibration.parse(text, "cal.yaml", Path.of("src/test/resources/calibration"));
        int[] runs = new int[1];
        org.talentsim.experiment.Executor counting = new org.talentsim.experiment.Executor() {
            @Override
            public <I, O> void forEach(java.util.List<I> inputs, RunFunction<I, O> run, Listener<? super O> listener) {
                runs[0] += inputs.size();
                for (int k = 0; k < inputs.size(); k++) {
                    listener.done(k, run.apply(inputs.get(k)));
                }
            }

            @Override
            public int parallelism() {
                return 1;
            }

            @Override
            public void close() {}
        };
        try {
            NullPointerException e = assertThrows(NullPointerException.class, () -> Calibrator.estimate(c, counting, null));
            assertEquals("listener (use (evaluations, budget, best) -> {} for none)", e.getMessage());
            assertThrows(NullPointerException.class, () -> Calibrator.run(c, counting, tmp.resolve("cal"), false, false, null));
            assertThrows(NullPointerException.class, () -> Sensitivity.run(c, counting, tmp.resolve("sens"), false, false, null));
            assertEquals(0, runs[0], "no run before the check");
            assertFalse(java.nio.file.Files.exists(tmp.resolve("cal")), "no folder made either");
        } finally {
            counting.close();
        }
    }

    /**
     * `--resume` compares the folder's calibration.yaml with the calibration's: its header held the
     * paths as given, so the same calibration resumed from another folder (cal.yaml, then
     * /tmp/rc/cal.yaml) was refused as "another calibration". The header names the files only.
     */
    @Test
    void theSpecificationComparedOnResumeDoesNotDependOnHowThePathsWereGiven() {
        Path dir = Path.of("src/test/resources/calibration");
        String text = "version: 1\nkind: calibration\nscenario: small.yaml\nparameters:\n"
                + "  - {path: market.separation, lower: 0.02, upper: 0.3, start: 0.05, unit: /year}\ntargets:\n"
                + "  - {metric: market.poached_per_month, observed: 5, se: 0.5}\nreplications: 2\n";
        String here = Folder.spec(Calibration.parse(text, "cal.yaml", dir), "calibrate");
        String there = Folder.spec(Calibration.parse(text, dir.toAbsolutePath().resolve("cal.yaml").toString(),
                dir.toAbsolutePath()), "calibrate");
        assertEquals(here, there);
        assertTrue(here.startsWith("# The calibration file given to talentsim calibrate (cal.yaml), scenario small.yaml with"), here);
    }

    /**
     * A parameter that moves no target (a zero column of the Jacobian) made G'WG singular and
     * every se undefined, so the report called the identified parameters unidentified too. Only
     * its own se is undefined now; the other's is the sandwich over the identified one alone.
     */
    @Test
    void aParameterThatMovesNoTargetLeavesTheOthersStandardErrors() {
        String text = "version: 1\nkind: calibration\nscenario: small.yaml\nparameters:\n"
                + "  - {path: market.separation, lower: 0.02, upper: 0.3, start: 0.05, unit: /year}\n"
                + "  - {path: 'labs[Keeper].budget', lower: 5000, upper: 10000, unit: M}\ntargets:\n"
                + "  - {metric: market.poached_per_month, observed: 5, se: 0.5}\n"
                + "  - {metric: Keeper.quits, observed: 60, se: 2}\nreplications: 4\n";
        Calibration c = Calibration.parse(text, "zero.yaml", Path.of("src/test/resources/calibration"));
        double[][] g = {{10, 0}, {-40, 0}};
        double[][] sigma = {{0.25, 0}, {0, 4}};
        Smm.Inference inf = Smm.inference(c, new double[] {0.16, 7500}, new double[] {5, 60}, g, sigma);
        // one parameter: (g'Wg)^-1 g'W S W g (g'Wg)^-1 with W = diag(4, 0.25)
        double gwg = 10 * 4 * 10 + 40 * 0.25 * 40;
        double meat = 10 * 4 * 0.25 * 4 * 10 + 40 * 0.25 * 4 * 0.25 * 40;
        assertEquals(meat / (gwg * gwg), inf.cov()[0][0], 1e-15);
        assertTrue(Double.isNaN(inf.cov()[1][1]) && Double.isNaN(inf.cov()[0][1]), "the budget moves no target");
        // and takes no degree of freedom from J: two targets less one identified parameter (it said 0, and no J)
        assertEquals(1, inf.df());
        double j = 0.0;   // the fit is exact here: g = 0
        assertEquals(j, inf.j(), 0.0);
        assertEquals(1.0, inf.p(), 1e-12);
        // a minimum off the targets (G′Wg = 40 g₁ − 10 g₂ = 0), W = Σ⁻¹: J = g′Σ⁻¹g
        Smm.Inference off = Smm.inference(c, new double[] {0.16, 7500}, new double[] {6, 64}, g, sigma);
        double jOff = 1 / 0.25 + 16 / 4.0;   // (5 − 6)²/0.25 + (60 − 64)²/4
        assertEquals(jOff, off.j(), 1e-12);
        assertEquals(1 - new org.apache.commons.math3.distribution.ChiSquaredDistribution(null, 1).cumulativeProbability(jOff),
                off.p(), 1e-12);
        // both zero: nothing identified
        Smm.Inference none = Smm.inference(c, new double[] {0.16, 7500}, new double[] {5, 60}, new double[][] {{0, 0}, {0, 0}}, sigma);
        assertTrue(Double.isNaN(none.cov()[0][0]) && Double.isNaN(none.cov()[1][1]));
    }

    /**
     * Hansen's J with weights that are not Σ⁻¹: in a linear model observed = m₀ + Gθ₀ + e with e ~
     * N(0, Σ), θ̂ minimising (observed − m̂)′W(observed − m̂) leaves g = Me, and J = g′V⁺g is
     * χ²(K − P) exactly. It was g′Σ⁻¹g, which is larger (found by a statistician's review: J
     * 5.28 against 4.77 for retention-recovery): over 4,000 draws its mean was above K − P and it
     * rejected far more often than 5% at the 5% level.
     */
    @Test
    void jIsChiSquaredWithWeightsThatAreNotTheInverseCovariance() {
        String four = "  - {metric: Keeper.quits, observed: 0, weight: 1}\n"
                + "  - {metric: Leaker.quits, observed: 0, weight: 1}\n"
                + "  - {metric: market.poached_per_month, observed: 0, weight: 1}\n"
                + "  - {metric: Keeper.acquired_in, observed: 0, weight: 1}\n";
        Calibration c = calibration(four);
        double[][] sigma = {{4, 1.5, 0.2, -0.8}, {1.5, 9, 2.4, 0.3}, {0.2, 2.4, 1, 0.1}, {-0.8, 0.3, 0.1, 0.25}};
        double[][] g = {{2, 0.5}, {1, 3}, {0.4, 0.2}, {0.1, 1}};
        double[][] l = new org.apache.commons.math3.linear.CholeskyDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(sigma)).getL().getData();
        // θ̂ − θ₀ = (G′G)⁻¹G′e with W = I
        org.apache.commons.math3.linear.RealMatrix gm = new org.apache.commons.math3.linear.Array2DRowRealMatrix(g);
        org.apache.commons.math3.linear.RealMatrix fit = gm.multiply(new org.apache.commons.math3.linear.LUDecomposition(
                gm.transpose().multiply(gm)).getSolver().getInverse()).multiply(gm.transpose());
        java.util.Random rng = new java.util.Random(20261204);
        int n = 4000;
        double sum = 0;
        int rejected = 0;
        double sumOld = 0;
        for (int draw = 0; draw < n; draw++) {
            double[] z = new double[4];
            for (int i = 0; i < 4; i++) {
                z[i] = rng.nextGaussian();
            }
            double[] e = new double[4];
            for (int i = 0; i < 4; i++) {
                for (int k = 0; k <= i; k++) {
                    e[i] += l[i][k] * z[k];
                }
            }
            double[] fitted = fit.operate(e);
            double[] sim = new double[4];   // observed 0: simulated = −g = −(e − fitted)
            for (int i = 0; i < 4; i++) {
                sim[i] = -(e[i] - fitted[i]);
            }
            Smm.Inference inf = Smm.inference(c, MID, sim, g, sigma);
            assertEquals(2, inf.df());
            sum += inf.j();
            rejected += inf.p() < 0.05 ? 1 : 0;
            double[] gap = new double[4];
            for (int i = 0; i < 4; i++) {
                gap[i] = -sim[i];
            }
            sumOld += Smm.quadraticForm(sigma, gap);
        }
        // χ²(2): mean 2 (sd of the mean over 4,000 draws: 0.032), 5% rejected (sd 0.34%)
        assertEquals(2, sum / n, 0.12, "mean J");
        assertEquals(0.05, rejected / (double) n, 0.012, "rejection rate at 5%");
        assertTrue(sumOld / n > 2.3, "g′Σ⁻¹g over-rejects here: mean " + sumOld / n);
    }

    /** The residual covariance V = MΣM′ is what the moments' t divide by: at most Σₖₖ, and of rank K − P. */
    @Test
    void theResidualCovarianceIsSmallerThanSigmaAndOfRankKLessP() {
        Calibration c = calibration(THREE);
        double[][] sigma = {{5, 0.5, 0}, {0.5, 20, 0.2}, {0, 0.2, 0.3}};
        double[][] g = {{2, 0}, {0, 3}, {1, 1}};
        Smm.Inference inf = Smm.inference(c, MID, new double[] {9, 21, 1.2}, g, sigma);
        double[][] v = inf.residual();
        for (int k = 0; k < 3; k++) {
            assertTrue(v[k][k] > 0 && v[k][k] < sigma[k][k], k + ": " + v[k][k]);
        }
        double[] lambda = new org.apache.commons.math3.linear.EigenDecomposition(
                new org.apache.commons.math3.linear.Array2DRowRealMatrix(v)).getRealEigenvalues();
        java.util.Arrays.sort(lambda);
        assertEquals(0, lambda[0], 1e-9 * lambda[2], "rank 1 = K − P");
        assertEquals(0, lambda[1], 1e-9 * lambda[2], "rank 1 = K − P");
        // the same V from its definition, M = I − G(G′WG)⁻¹G′W
        org.apache.commons.math3.linear.RealMatrix gm = new org.apache.commons.math3.linear.Array2DRowRealMatrix(g);
        org.apache.commons.math3.linear.RealMatrix w = new org.apache.commons.math3.linear.DiagonalMatrix(new double[] {0.25, 1.0 / 16, 4});
        org.apache.commons.math3.linear.RealMatrix m = org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(3)
                .subtract(gm.multiply(new org.apache.commons.math3.linear.LUDecomposition(gm.transpose().multiply(w).multiply(gm))
                        .getSolver().getInverse()).multiply(gm.transpose()).multiply(w));
        double[][] expected = m.multiply(new org.apache.commons.math3.linear.Array2DRowRealMatrix(sigma)).multiply(m.transpose()).getData();
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                assertEquals(expected[a][b], v[a][b], 1e-12);
            }
        }
    }

    /** P(χ²_df > J) is the upper tail itself: 1 − the distribution function gave 0 for a J of 200 (written as p 0). */
    @Test
    void aLargeJHasAPositivePValue() {
        assertEquals(2.0884e-45, Smm.upperTail(200, 1), 1e-48);
        assertTrue(Smm.upperTail(1400, 3) > 0);
        assertEquals(Math.exp(-1.5), Smm.upperTail(3, 2), 1e-15, "χ²(2)'s tail is exp(−x/2)");
        assertEquals(1, Smm.upperTail(0, 4), 0);
        assertTrue(Double.isNaN(Smm.upperTail(Double.NaN, 2)));
    }

    /**
     * How far the moments are from a straight line over the Jacobian's step: 0 for linear
     * moments, 2 for a V (the slopes each way opposite: the central difference, which averages
     * them, says flat), NaN at a bound. The flagship's acceptance weight sat in such a dip (the
     * objective 10 at θ̂, 74 and 50 a step each way) and its se came from a near-zero column of G.
     */
    @Test
    void theSlopeGapTellsAKinkFromAStraightLine() {
        Calibration c = calibration(THREE);
        double[] m0 = {10, 20, 1.5};
        double[] up = {11, 21.5, 1.6};
        double[] down = {9, 18.5, 1.4};
        assertEquals(0, Calibrator.slopeGap(c, m0, up, 0.1, down, 0.1), 1e-12, "a straight line");
        assertEquals(0, Calibrator.slopeGap(c, m0, m0, 0.1, m0, 0.1), 0, "flat");
        double[] vUp = {11, 21.5, 1.6};
        double[] vDown = {11, 21.5, 1.6};   // the same rise each way: slopes +s and −s
        assertEquals(2, Calibrator.slopeGap(c, m0, vUp, 0.1, vDown, 0.1), 1e-12, "a V");
        assertTrue(Calibrator.slopeGap(c, m0, vUp, 0.1, vDown, 0.1) > Calibrator.ROUGH);
        // twice as steep on one side: |2s − s| / 2s
        double[] steep = {12, 23, 1.7};
        assertEquals(0.5, Calibrator.slopeGap(c, m0, steep, 0.1, down, 0.1), 1e-12);
        assertTrue(Double.isNaN(Calibrator.slopeGap(c, m0, up, 0.1, m0, 0)), "at a bound: one side only");
        // a moment undefined at a point (a ratio over zero) is left out: the gap of the others (it was
        // NaN, which usable read as smooth for the flagship's interior quit_base: an economist's review);
        // here flat up and rising down: |0 − b| / |b| = 1
        assertEquals(1, Calibrator.slopeGap(c, m0, new double[] {Double.NaN, 20, 1.5}, 0.1, down, 0.1), 1e-12);
        assertEquals(0, Calibrator.slopeGap(c, m0, new double[] {Double.NaN, 21.5, 1.6}, 0.1, down, 0.1), 1e-12,
                "the others on a straight line");
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        assertTrue(Double.isNaN(Calibrator.slopeGap(c, m0, none, 0.1, down, 0.1)), "no moment defined at all three");
    }

    /**
     * Off an exact minimum (a search that stopped short, an estimate at a bound), J is that of
     * Md, the residual at the linearised minimum, which lies in V's range: (Md)′V⁺(Md) for any
     * generalized inverse (here the SVD's). J of d itself kept only d's part in V's range, which
     * depends on the scaling (found by a code review).
     */
    @Test
    void offAMinimumJIsThatOfTheLinearisedMinimum() {
        Calibration c = calibration(THREE);
        double[][] sigma = {{5, 0.5, 0}, {0.5, 20, 0.2}, {0, 0.2, 0.3}};   // W = diag(1/4, 1/16, 4): not ∝ Σ⁻¹
        double[][] g = {{2, 0}, {0, 3}, {1, 1}};
        double[] d = {1, -1, 0.3};   // G′Wd ≠ 0
        Smm.Inference inf = Smm.inference(c, MID, new double[] {10 - d[0], 20 - d[1], 1.5 - d[2]}, g, sigma);
        org.apache.commons.math3.linear.RealMatrix gm = new org.apache.commons.math3.linear.Array2DRowRealMatrix(g);
        org.apache.commons.math3.linear.RealMatrix w = new org.apache.commons.math3.linear.DiagonalMatrix(new double[] {0.25, 1.0 / 16, 4});
        org.apache.commons.math3.linear.RealMatrix m = org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(3)
                .subtract(gm.multiply(new org.apache.commons.math3.linear.LUDecomposition(gm.transpose().multiply(w).multiply(gm))
                        .getSolver().getInverse()).multiply(gm.transpose()).multiply(w));
        double[] md = m.operate(d);
        org.apache.commons.math3.linear.RealMatrix v = m.multiply(new org.apache.commons.math3.linear.Array2DRowRealMatrix(sigma))
                .multiply(m.transpose());
        org.apache.commons.math3.linear.RealMatrix pinv = new org.apache.commons.math3.linear.SingularValueDecomposition(v)
                .getSolver().getInverse();
        double expected = new org.apache.commons.math3.linear.ArrayRealVector(md).dotProduct(pinv.operate(
                new org.apache.commons.math3.linear.ArrayRealVector(md)));
        assertEquals(expected, inf.j(), 1e-8 * expected);
        // the t's measure the same miss as J: Md over √Vₖₖ, not d (found by a calibration review:
        // a target fit within 0.15 se had t = 5.97 beside J = 0.15)
        for (int i = 0; i < 3; i++) {
            assertEquals(md[i], inf.miss()[i], 1e-12, "miss " + i);
            assertTrue(Math.abs(md[i] - d[i]) > 1e-3, "off the minimum the two differ: " + i);
            Calibrator.MomentFit f = Calibrator.fit("t" + i, 1, 1 - d[i], sigma[i][i], inf.residual()[i][i], inf.miss()[i]);
            assertEquals(md[i] / Math.sqrt(v.getEntry(i, i)), f.t(), 1e-9, "t " + i);
            assertEquals(md[i], f.linearisedMiss(), 1e-12);
        }
    }

    /**
     * A Gauss–Newton step from θ̂ that would take a parameter beyond its range stops at the bound:
     * the parameter is held there for J and the t's (no degree of freedom), and the miss is what
     * the others can still remove. Unbounded, the step moved a separation rate to −0.22 a year
     * and J said "fits the targets jointly" (p = 0.18) for targets missed by 6 and 8 se (found by
     * a calibration review).
     */
    @Test
    void aStepBeyondARangeHoldsTheParameterAtItsBound() {
        Calibration c = calibration(THREE);
        double[][] sigma = {{5, 0.5, 0}, {0.5, 20, 0.2}, {0, 0.2, 0.3}};
        double[][] g = {{2, 0}, {0, 3}, {1, 1}};
        double[] d = {0.3, -60.2, -19.9};   // nearly G·(0, −20): the model fits it, b 20 lower
        double[] theta = {50500, 1000.1};   // b 0.1 above its lower bound 1000
        double[] sim = {10 - d[0], 20 - d[1], 1.5 - d[2]};
        double[] w = {0.25, 1.0 / 16, 4};
        org.apache.commons.math3.linear.RealMatrix gm = new org.apache.commons.math3.linear.Array2DRowRealMatrix(g);
        org.apache.commons.math3.linear.RealMatrix wm = new org.apache.commons.math3.linear.DiagonalMatrix(w);
        double[] step = new org.apache.commons.math3.linear.LUDecomposition(gm.transpose().multiply(wm).multiply(gm)).getSolver()
                .getInverse().multiply(gm.transpose()).multiply(wm).operate(d);
        assertTrue(theta[1] + step[1] < 1000, "the case: the unbounded step leaves b's range: " + step[1]);
        assertTrue(theta[0] + step[0] > 1000 && theta[0] + step[0] < 100000, "and keeps a in its range");

        Smm.Inference inf = Smm.inference(c, theta, sim, g, sigma);
        assertFalse(inf.atBound()[0]);
        assertTrue(inf.atBound()[1], "b held at its bound");
        assertEquals(2, inf.df(), "3 targets, 1 parameter free");
        // the miss: what a alone removes from d less b's move to its bound
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            r[i] = d[i] - g[i][1] * (1000 - theta[1]);
        }
        double[] ga = {2, 0, 1};
        double gwg = 0;
        double gwr = 0;
        for (int i = 0; i < 3; i++) {
            gwg += ga[i] * w[i] * ga[i];
            gwr += ga[i] * w[i] * r[i];
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(r[i] - ga[i] * gwr / gwg, inf.miss()[i], 1e-9, "miss " + i);
        }
        // J of that miss over V = M_a Σ M_a′ (rank 2), far above the unbounded one
        org.apache.commons.math3.linear.RealMatrix ma = org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(3)
                .subtract(new org.apache.commons.math3.linear.Array2DRowRealMatrix(new double[][] {{2}, {0}, {1}})
                        .scalarMultiply(1 / gwg).multiply(new org.apache.commons.math3.linear.Array2DRowRealMatrix(
                                new double[][] {{2 * w[0], 0, w[2]}})));
        org.apache.commons.math3.linear.RealMatrix v = ma.multiply(new org.apache.commons.math3.linear.Array2DRowRealMatrix(sigma))
                .multiply(ma.transpose());
        org.apache.commons.math3.linear.RealVector miss = new org.apache.commons.math3.linear.ArrayRealVector(inf.miss());
        double expected = miss.dotProduct(new org.apache.commons.math3.linear.SingularValueDecomposition(v).getSolver()
                .getInverse().operate(miss));
        assertEquals(expected, inf.j(), 1e-8 * expected);
        Smm.Inference unbounded = Smm.inference(c, MID, sim, g, sigma);
        assertEquals(1, unbounded.df());
        assertTrue(inf.j() > 10 * unbounded.j(), inf.j() + " against " + unbounded.j());
        assertTrue(inf.p() < 1e-6, "the model cannot reach the targets inside the range: " + inf.p());
    }

    /** At an exact minimum (G′Wd = 0) the linearised miss is d itself, and t is (observed − simulated) / residual se. */
    @Test
    void atAMinimumTheMissIsObservedLessSimulated() {
        Calibration c = calibration(THREE);
        double[][] sigma = {{4, 0, 0}, {0, 16, 0}, {0, 0, 0.25}};   // W = Σ⁻¹
        double[][] g = {{2, 0}, {0, 3}, {1, 1}};
        // d orthogonal to WG's columns: (d0/4)·2 + d2·4·1 = 0 and (d1/16)·3 + d2·4·1 = 0
        double[] d = {-2, -16.0 / 3, 0.25};
        Smm.Inference inf = Smm.inference(c, MID, new double[] {10 - d[0], 20 - d[1], 1.5 - d[2]}, g, sigma);
        for (int i = 0; i < 3; i++) {
            assertEquals(d[i], inf.miss()[i], 1e-9, "miss " + i);
        }
    }

    /** A target's t and residual se in each case: a residual, an exact fit, no V, a moment that does not vary. */
    @Test
    void aTargetsFitSaysWhichCaseItIs() {
        Calibrator.MomentFit r = Calibrator.fit("a", 10, 9, 4, 1, 1);
        assertEquals(1, r.residualSe(), 0);
        assertEquals(1, r.t(), 0);
        Calibrator.MomentFit exact = Calibrator.fit("a", 10, 10, 4, 1e-15, 0);
        assertEquals(0, exact.residualSe(), 0);
        assertTrue(Double.isNaN(exact.t()), "fit exactly: no t");
        Calibrator.MomentFit noV = Calibrator.fit("a", 10, 9, 4, Double.NaN, 0.2);
        assertTrue(Double.isNaN(noV.residualSe()));
        assertEquals(0.5, noV.t(), 0, "no V: t at a fixed θ, gap / se");
        assertEquals(1, noV.linearisedMiss(), 0, "no V, no M: the gap itself");
        Calibrator.MomentFit off = Calibrator.fit("a", 10, 9, 4, 1, 0.25);
        assertEquals(0.25, off.t(), 0, "the linearised miss over the residual se, not the gap");
        Calibrator.MomentFit flat = Calibrator.fit("a", 10, 9, 0, 0, 1);
        assertEquals(Double.POSITIVE_INFINITY, flat.t(), "a moment that does not vary and misses");
    }

    /** (r − Gs)′W(r − Gs). */
    private static double objective(double[][] g, double[] w, double[] r, double[] s) {
        double f = 0;
        for (int i = 0; i < r.length; i++) {
            double e = r[i];
            for (int x = 0; x < s.length; x++) {
                e -= g[i][x] * s[x];
            }
            f += w[i] * e * e;
        }
        return f;
    }

    private static double[][] diagonal(double[] w) {
        double[][] m = new double[w.length][w.length];
        for (int i = 0; i < w.length; i++) {
            m[i][i] = w[i];
        }
        return m;
    }

    /**
     * The bounded Gauss–Newton step is the minimum of the linearised objective over the box the
     * ranges make: the same as the best of every way of holding coordinates at a bound (each free,
     * at its lower or at its upper bound: 3^P least-squares problems), and never above the
     * objective at θ̂ (s = 0). The step that fixed, one at a time, the coordinate furthest beyond
     * its range gave the flagship's fit of 2026-12-05 a linearised minimum of 29.9 where the
     * objective at θ̂ was 10.8, and J = 17.3 on 4 degrees of freedom.
     */
    @Test
    void theBoundedStepIsTheMinimumOverTheBox() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(20261205);
        int held = 0;
        for (int trial = 0; trial < 400; trial++) {
            int k = 3 + rnd.nextInt(4);
            int q = 1 + rnd.nextInt(Math.min(k, 4));
            double[][] g = new double[k][q];
            double[] w = new double[k];
            double[] r = new double[k];
            for (int i = 0; i < k; i++) {
                w[i] = Math.exp(rnd.nextDouble(-3, 3));
                r[i] = rnd.nextGaussian() * 3;
                for (int x = 0; x < q; x++) {
                    // columns of mixed scales and nearly collinear at times, as the flagship's
                    g[i][x] = rnd.nextGaussian() * Math.pow(10, x - 1) + (x > 0 ? 0.9 * g[i][0] * Math.pow(10, x - 1) : 0);
                }
            }
            double[] lo = new double[q];
            double[] hi = new double[q];
            for (int x = 0; x < q; x++) {
                lo[x] = -rnd.nextDouble() * Math.pow(10, 1 - x);
                hi[x] = rnd.nextDouble() * Math.pow(10, 1 - x);
            }
            Smm.Bounded b = Smm.boundedStep(g, diagonal(w), r, lo, hi);
            double got = objective(g, w, r, b.step());
            double best = bruteForce(g, w, r, lo, hi);
            for (int x = 0; x < q; x++) {
                assertTrue(b.step()[x] >= lo[x] && b.step()[x] <= hi[x], "trial " + trial + ": inside the box");
                assertEquals(b.atBound()[x], b.step()[x] == lo[x] || b.step()[x] == hi[x], "trial " + trial + ": held at a face");
                held += b.atBound()[x] ? 1 : 0;
            }
            assertEquals(best, got, 1e-9 * (1 + best), "trial " + trial);
            assertTrue(got <= objective(g, w, r, new double[q]) * (1 + 1e-12), "trial " + trial + ": never above s = 0");
        }
        assertTrue(held > 100, "the box binds in many trials: " + held);

        // the flagship's Jacobian, weights and misses at θ̂ of 2026-12-05 (examples/calibration/meta-2025.yaml)
        double[][] g = {{-33.00699301, 0.001495726496, -0.009615384615, -0.002307692308},
            {-36.70454545, 0.005266203704, -0.01909722222, -0.01270833333},
            {-35.53030303, -0.007523148148, -0.02326388889, 0.03208333333},
            {-26.66871417, 0.0008602352352, 0.003049924925, -0.009290540541},
            {363.6363636, 78.7037037, 34.72222222, -96.42857143}};
        double[] w = {1111.111111, 1111.111111, 1111.111111, 1111.111111, 0.16};
        double[] r = {0.8 - 0.7824615385, 0.78 - 0.7600208333, 0.67 - 0.7543333333, 0.64 - 0.598536036, 8 - 9};
        double[] theta = {0.002521544601, 0.3959041687, 0.8135681112, 0.7370044285};
        double[][] range = {{0.0005, 0.006}, {0.2, 2.0}, {0.3, 0.9}, {0.5, 1.0}};
        double[] lo = new double[4];
        double[] hi = new double[4];
        for (int x = 0; x < 4; x++) {
            lo[x] = range[x][0] - theta[x];
            hi[x] = range[x][1] - theta[x];
        }
        Smm.Bounded b = Smm.boundedStep(g, diagonal(w), r, lo, hi);
        double at = objective(g, w, r, new double[4]);
        assertEquals(10.758, at, 0.01, "the objective at θ̂");
        assertEquals(bruteForce(g, w, r, lo, hi), objective(g, w, r, b.step()), 1e-9);
        assertTrue(objective(g, w, r, b.step()) <= at, objective(g, w, r, b.step()) + " against " + at);
    }

    /** The least (r − Gs)′W(r − Gs) over the box, by trying every way of holding coordinates at a bound. */
    private static double bruteForce(double[][] g, double[] w, double[] r, double[] lo, double[] hi) {
        int q = lo.length;
        int k = r.length;
        double best = Double.POSITIVE_INFINITY;
        int patterns = (int) Math.pow(3, q);
        for (int pat = 0; pat < patterns; pat++) {
            double[] s = new double[q];
            java.util.List<Integer> free = new java.util.ArrayList<>();
            for (int x = 0, code = pat; x < q; x++, code /= 3) {
                if (code % 3 == 0) {
                    free.add(x);
                } else {
                    s[x] = code % 3 == 1 ? lo[x] : hi[x];
                }
            }
            if (!free.isEmpty()) {
                double[][] gf = new double[k][free.size()];
                double[] rr = new double[k];
                for (int i = 0; i < k; i++) {
                    rr[i] = r[i];
                    for (int x = 0; x < q; x++) {
                        if (!free.contains(x)) {
                            rr[i] -= g[i][x] * s[x];
                        }
                    }
                    for (int y = 0; y < free.size(); y++) {
                        gf[i][y] = g[i][free.get(y)];
                    }
                }
                org.apache.commons.math3.linear.RealMatrix gm = new org.apache.commons.math3.linear.Array2DRowRealMatrix(gf);
                org.apache.commons.math3.linear.RealMatrix wm = new org.apache.commons.math3.linear.DiagonalMatrix(w);
                double[] sol = new org.apache.commons.math3.linear.LUDecomposition(gm.transpose().multiply(wm).multiply(gm))
                        .getSolver().solve(gm.transpose().multiply(wm).operate(new org.apache.commons.math3.linear.ArrayRealVector(rr)))
                        .toArray();
                boolean inside = true;
                for (int y = 0; y < free.size(); y++) {
                    s[free.get(y)] = sol[y];
                    inside &= sol[y] >= lo[free.get(y)] - 1e-12 && sol[y] <= hi[free.get(y)] + 1e-12;
                }
                if (!inside) {
                    continue;
                }
            }
            best = Math.min(best, objective(g, w, r, s));
        }
        return best;
    }
}
