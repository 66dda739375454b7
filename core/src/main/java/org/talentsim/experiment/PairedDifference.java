package org.talentsim.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * An arm against the baseline over the same replications (common random numbers: replication
 * r of both ran on the same seed), by the differences arm_r − base_r.
 *
 * @param n replications paired
 * @param arm the arm's mean and interval
 * @param base the baseline's mean and interval
 * @param difference the mean difference and its t interval
 * @param p two-sided p-value of the paired t-test of "no difference" (1 when every difference is
 *     0; 0 when every difference is the same non-zero number: the t-test's limit as the spread
 *     goes to 0, as the differences 100, 100, 100, 100, 101 already give 1e-10)
 * @param shareHigher share of replications in which the arm's value is higher than the baseline's
 * @param shareLower share in which it is lower (the rest are ties)
 */
public record PairedDifference(int n, Estimate arm, Estimate base, Estimate difference, double p,
        double shareHigher, double shareLower) {
    /**
     * Whether the arm equals the baseline in every replication (every difference 0): nothing to
     * test, and an experiment leaves it out of Holm's family.
     */
    public boolean same() {
        return shareHigher == 0 && shareLower == 0;
    }

    /**
     * Whether every pair differs by the same non-zero amount: no spread, so the interval is that
     * one number and p is 0 (the t-test's limit). Either the arm sets the difference (a budget
     * it fixes) or, over few replications of a count, chance made the differences equal; more
     * replications tell which ({@code comparison.csv}'s {@code no_spread}).
     */
    public boolean noSpread() {
        return !same() && difference.sd() == 0;
    }

    /**
     * The fewest pairs over which a difference with no spread although the values vary counts as
     * a test ({@link #chanceTie}): that all n pairs fall on one side (a sign test) has the chance
     * 2<sup>1−n</sup> with no difference at all, below 0.05 from 6.
     */
    public static final int TIE_PAIRS = 6;

    /**
     * Whether this may be a chance tie: every pair differs by the same non-zero amount
     * ({@link #noSpread}) although the values vary from run to run (the arm's or the baseline's),
     * over fewer than {@link #TIE_PAIRS} pairs. Its p is the t-test's limit, 0, which over two or
     * three replications is as often two counts that happened to differ alike as an exact shift, so
     * an experiment leaves it out of Holm's family ({@code p_holm} empty), as it does a difference
     * of 0 in every pair. Where neither side varies (300 laid off in every run against 600) the
     * difference is exact, and tested.
     */
    public boolean chanceTie() {
        return noSpread() && (arm.sd() > 0 || base.sd() > 0) && n < TIE_PAIRS;
    }

    /** The 95% comparison of {@code arm} against {@code base}, replication by replication. */
    public static PairedDifference of(double[] arm, double[] base) {
        return of(arm, base, 0.95);
    }

    /**
     * The {@code level} comparison of {@code arm} against {@code base}.
     *
     * @throws IllegalArgumentException when the two have different lengths or fewer than 2 values
     */
    public static PairedDifference of(double[] arm, double[] base, double level) {
        if (arm.length != base.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + arm.length + " and " + base.length);
        }
        int n = arm.length;
        if (n < 2) {
            throw new IllegalArgumentException("a paired comparison needs at least 2 replications, was " + n);
        }
        double[] d = new double[n];
        int higher = 0;
        int lower = 0;
        for (int i = 0; i < n; i++) {
            d[i] = arm[i] - base[i];
            if (arm[i] > base[i]) {
                higher++;
            } else if (arm[i] < base[i]) {
                lower++;
            }
        }
        Estimate diff = Estimate.of(d, level);
        return new PairedDifference(n, Estimate.of(arm, level), Estimate.of(base, level), diff, pValue(diff),
                (double) higher / n, (double) lower / n);
    }

    /**
     * Two-sided p of the t statistic mean / (sd / √n) with n − 1 degrees of freedom; without
     * spread, 1 for no difference and 0 (the limit) for the same non-zero one in every pair. (A
     * sign test's 2<sup>1−n</sup> there was tried and dropped: more consistent evidence then got a
     * larger p than a little spread gives, found by a reviewer.)
     */
    static double pValue(Estimate d) {
        if (d.sd() == 0) {
            return d.mean() == 0 ? 1 : 0;
        }
        double t = d.mean() / (d.sd() / Math.sqrt(d.n()));
        return 2 * new TDistribution(null, d.n() - 1).cumulativeProbability(-Math.abs(t));
    }
}
