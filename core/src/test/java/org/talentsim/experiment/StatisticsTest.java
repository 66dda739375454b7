package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

/** The statistics of experiments against textbook values, Commons Math, and their coverage over many draws. */
class StatisticsTest {
    @Test
    void aTIntervalByHand() {
        Estimate e = Estimate.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(5, e.n());
        assertEquals(3, e.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), e.sd(), 1e-12);
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5); // t(0.975, 4)
        assertEquals(3 - half, e.ciLow(), 1e-9);
        assertEquals(3 + half, e.ciHigh(), 1e-9);
        assertEquals(half, e.halfWidth(), 1e-9);
        assertEquals(Math.sqrt(2.5 / 5), e.se(), 1e-12, "the standard error of the mean");
        Estimate one = Estimate.of(new double[] {7});
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()) && Double.isNaN(one.se()));
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(new double[] {1, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(new double[] {1, 2}, 1.0));
    }

    /** The 95% interval covers the true mean in 95% of samples, within binomial error (3 SE). */
    @Test
    void coverageOfTheIntervalIsItsLevel() {
        SplittableRandom r = new SplittableRandom(42);
        int trials = 4000;
        for (int n : new int[] {3, 10, 30}) {
            int covered = 0;
            for (int k = 0; k < trials; k++) {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = 5 + 2 * gaussian(r);
                }
                Estimate e = Estimate.of(x);
                if (e.ciLow() <= 5 && 5 <= e.ciHigh()) {
                    covered++;
                }
            }
            double share = (double) covered / trials;
            double se = Math.sqrt(0.95 * 0.05 / trials);
            assertTrue(Math.abs(share - 0.95) < 3 * se, "n = " + n + ": coverage " + share);
        }
    }

    private static double gaussian(SplittableRandom r) {
        // Box–Muller from the seeded generator (no unseeded source anywhere)
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    @Test
    void identicalArmsDifferByExactlyZero() {
        double[] x = {3.5, 1.25, 9, 4, 4};
        PairedDifference d = PairedDifference.of(x.clone(), x.clone());
        assertEquals(0.0, d.difference().mean());
        assertEquals(0.0, d.difference().ciLow());
        assertEquals(0.0, d.difference().ciHigh());
        assertEquals(1.0, d.p());
        assertEquals(0.0, d.shareHigher());
        assertEquals(0.0, d.shareLower());
    }

    /**
     * Paired differences of counts that sum to 0 have a mean of exactly 0: a running mean gave
     * 1.36e-17 for one arm of the flagship's comparison, which a filter {@code difference > 0}
     * in R or pandas took for positive (found by a reviewer).
     */
    @Test
    void countsThatSumToZeroHaveAMeanOfExactlyZero() {
        SplittableRandom r = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + r.nextInt(80);
            double[] d = new double[n];
            long sum = 0;
            for (int i = 0; i < n - 1; i++) {
                d[i] = r.nextInt(-40, 41);
                sum += (long) d[i];
            }
            d[n - 1] = -sum;
            assertEquals(0.0, Estimate.of(d).mean(), 0.0, java.util.Arrays.toString(d));
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = 100 + r.nextInt(50);
                b[i] = a[i] + d[i];
            }
            assertEquals(0.0, PairedDifference.of(b, a).difference().mean(), 0.0);
        }
        // whole numbers: the exact mean, rounded once
        assertEquals(10.0 / 3, Estimate.of(new double[] {1, 2, 7}).mean(), 0.0);
        // tenths whose running mean drifts
        double[] tenths = new double[1000];
        java.util.Arrays.fill(tenths, 0.1);
        assertEquals(0.1, Estimate.of(tenths).mean(), 0.0);
        // the same value n times is that value, with an sd of 0 (sum/n alone gave 0.1 three times a
        // mean of 0.10000000000000002 and an sd of 1e-17: found by a reviewer)
        for (int trial = 0; trial < 20_000; trial++) {
            double x = r.nextInt(4) == 0 ? r.nextInt(-1000, 1000) : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-8, 12));
            double[] same = new double[2 + r.nextInt(60)];
            java.util.Arrays.fill(same, x);
            Estimate e = Estimate.of(same);
            assertEquals(x, e.mean(), 0.0, same.length + " copies of " + x);
            assertEquals(0.0, e.sd(), 0.0, same.length + " copies of " + x);
        }
        // whole numbers: the exact mean rounded once (a correction by a plain sum of residuals gave
        // 0.18 for {1e15, -1e15, 1, 0, 0}: found by a reviewer); mixed values within an ulp
        assertEquals(0.2, Estimate.of(new double[] {1e15, -1e15, 1, 0, 0}).mean(), 0.0);
        assertEquals(1.0 / 3, Estimate.of(new double[] {999999999, -1e9, 2}).mean(), 0.0);
        assertEquals(1.0 / 3, Estimate.of(new double[] {1, 0, 0}).mean(), 0.0);
        for (int trial = 0; trial < 20_000; trial++) {
            double[] v = new double[2 + r.nextInt(40)];
            boolean whole = trial % 2 == 0;
            java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
            for (int i = 0; i < v.length; i++) {
                v[i] = whole ? r.nextLong(-1_000_000_000_000L, 1_000_000_000_000L)
                        : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-6, 10));
                exact = exact.add(new java.math.BigDecimal(v[i]));
            }
            double want = exact.divide(java.math.BigDecimal.valueOf(v.length), java.math.MathContext.DECIMAL128).doubleValue();
            double got = Estimate.of(v).mean();
            if (whole) {
                assertEquals(want, got, 0.0, java.util.Arrays.toString(v));
            } else {
                assertEquals(want, got, Math.ulp(want), java.util.Arrays.toString(v));
            }
        }
        // near the largest double, n copies of x are still x
        assertEquals(Double.MAX_VALUE, Estimate.of(new double[] {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE}).mean(), 0.0);
        // a sum beyond the largest double is still a mean
        assertEquals(1.3333333333333333e308, Estimate.of(new double[] {1e308, 1.7e308, 1.3e308}).mean(), 1e293);
    }

    /**
     * Finite values whose squared deviations overflow still have a finite sd and interval where
     * those are within the range of doubles (three values around ±1e300 gave an infinite sd and
     * interval: found by a reviewer); the sd is the one of the values scaled down, scaled back.
     */
    @Test
    void largeValuesHaveAFiniteSpread() {
        double[] v = {1e300, -1e300, 5e299};
        Estimate e = Estimate.of(v);
        double[] small = {1e0, -1e0, 5e-1};   // the same values times 1e-300
        Estimate s = Estimate.of(small);
        assertTrue(Double.isFinite(e.sd()) && Double.isFinite(e.ciLow()) && Double.isFinite(e.ciHigh()), e.toString());
        assertEquals(s.sd() * 1e300, e.sd(), 1e-12 * e.sd());
        assertEquals(s.ciHigh() * 1e300, e.ciHigh(), 1e-12 * e.sd());
        assertEquals(s.ciLow() * 1e300, e.ciLow(), 1e-12 * e.sd());
        // the spread of values near the largest double is still a number; a bound beyond it is infinite
        Estimate top = Estimate.of(new double[] {1e308, 1.7e308, 1.3e308});
        assertEquals(new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(
                new double[] {1, 1.7, 1.3}) * 1e308, top.sd(), 1e-10 * top.sd());
        assertEquals(Double.POSITIVE_INFINITY, top.ciHigh(), 0.0);
        assertTrue(Double.isFinite(top.ciLow()), top.toString());
    }

    @Test
    void pairedTestAgreesWithCommonsMath() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + r.nextInt(40);
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = 10 + gaussian(r);
                a[i] = b[i] + 0.3 + 0.8 * gaussian(r);
            }
            PairedDifference d = PairedDifference.of(a, b);
            assertEquals(new TTest().pairedTTest(a, b), d.p(), 1e-9);
            assertEquals(Estimate.of(a).mean() - Estimate.of(b).mean(), d.difference().mean(), 1e-9);
            assertEquals(1.0, d.shareHigher() + d.shareLower(), 1e-12, "no ties in continuous data");
        }
        PairedDifference shifted = PairedDifference.of(new double[] {2, 3, 4}, new double[] {1, 2, 3});
        // a constant non-zero difference: the t-test's limit, 0, which a little spread approaches (a sign
        // test's 2^(1-n) gave 0.0625 for five +100s and 1e-10 for four +100s and a +101)
        assertEquals(0.0, shifted.p(), "a constant non-zero difference");
        double nearly = PairedDifference.of(new double[] {100, 100, 100, 100, 101}, new double[5]).p();
        assertTrue(nearly > 0 && nearly < 1e-9, "a little spread: " + nearly);
        assertFalse(shifted.same());
        assertTrue(PairedDifference.of(new double[] {1, 2}, new double[] {1, 2}).same());
        // said so, so that a reader filtering on p does not take two equal counts over two
        // replications for a finding (an economist's review)
        assertTrue(shifted.noSpread());
        assertFalse(PairedDifference.of(new double[] {100, 100, 100, 100, 101}, new double[5]).noSpread(), "a little spread");
        assertFalse(PairedDifference.of(new double[] {1, 2}, new double[] {1, 2}).noSpread(), "no difference at all");
        // over fewer than 6 pairs a tie of varying values is no test (out of Holm's family); an exact
        // shift of constant values is one at any number of pairs; six pairs alike are one (1 in 32)
        assertTrue(shifted.chanceTie(), "3 pairs alike");
        assertFalse(PairedDifference.of(new double[] {5, 5}, new double[] {3, 3}).chanceTie(), "an exact shift");
        assertTrue(PairedDifference.of(new double[] {5, 5}, new double[] {3, 3}).noSpread());
        assertFalse(PairedDifference.of(new double[] {2, 3, 4, 5, 6, 7}, new double[] {1, 2, 3, 4, 5, 6}).chanceTie(), "6 pairs");
        assertTrue(PairedDifference.of(new double[] {2, 3, 4, 5, 6}, new double[] {1, 2, 3, 4, 5}).chanceTie(), "5 pairs");
        assertFalse(PairedDifference.of(new double[] {100, 100, 100, 100, 101}, new double[5]).chanceTie(), "a little spread");
        String csv = ExperimentRunner.comparisonCsv(java.util.List.of(
                new ExperimentRunner.ArmStat("x", "m", shifted.arm(), shifted, 0, 3),
                new ExperimentRunner.ArmStat("y", "m", shifted.arm(), PairedDifference.of(new double[] {2, 3, 5}, new double[] {1, 2, 3}), 0.1, 3)));
        String[] lines = csv.split("\n");
        assertTrue(lines[0].endsWith(",pairs,no_spread,unit"), lines[0]);
        assertTrue(lines[1].endsWith(",3,3,TRUE,"), lines[1]);   // as R reads a logical (an R user's review)
        assertTrue(lines[2].endsWith(",3,3,FALSE,"), lines[2]);
        assertEquals(1.0, shifted.shareHigher());
        assertThrows(IllegalArgumentException.class, () -> PairedDifference.of(new double[] {1, 2}, new double[] {1}));
    }

    @Test
    void holmAdjustsStepDown() {
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
        double[] withNaN = Holm.adjust(new double[] {0.2, Double.NaN, 0.01});
        assertEquals(0.2, withNaN[0], 1e-12);
        assertTrue(Double.isNaN(withNaN[1]));
        assertEquals(0.02, withNaN[2], 1e-12);
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.9, 0.8}), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {1.5}));
    }

    @Test
    void replicationsNeededIsTheSmallestEnough() {
        for (double[] c : new double[][] {{1, 0.1}, {5, 2}, {0.3, 0.3}, {100, 1}}) {
            int n = Replications.needed(c[0], c[1], 0.95);
            assertTrue(Estimate.tQuantile(0.95, n - 1) * c[0] / Math.sqrt(n) <= c[1], "n = " + n + " is enough");
            if (n > 2) {
                assertTrue(Estimate.tQuantile(0.95, n - 2) * c[0] / Math.sqrt(n - 1) > c[1], "n - 1 is not");
            }
        }
        assertEquals(2, Replications.needed(0, 1, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Replications.needed(1, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> Replications.needed(1e9, 1e-9, 0.95));
    }
}
