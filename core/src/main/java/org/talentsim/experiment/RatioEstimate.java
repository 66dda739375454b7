package org.talentsim.experiment;

/**
 * The ratio of two means, mean(numerator) / mean(denominator), with Fieller's confidence interval
 * (Fieller 1954; as used for incremental cost-effectiveness ratios by Willan and O'Brien 1996): the
 * set of ratios ρ for which mean(numerator) − ρ · mean(denominator) is not significantly different
 * from 0 by a t test with n − 1 degrees of freedom, the two taken run by run (or pair by pair), so
 * their covariance counts. It is not symmetric around the ratio, and it is bounded only when the
 * denominator's mean is clearly away from 0 (t² · its variance below its square). Otherwise
 * Fieller's set is either the whole line or the line less a middle range (two rays: it rules out
 * some ratios near 0 but bounds none); both are reported as the whole line ({@code ciLow} −∞,
 * {@code ciHigh} +∞; {@link #bounded()} false): a conservative outer bound, and "no interval
 * bounds the ratio" either way.
 *
 * <p>A comparison's ratio ({@link #ofDifferences}) is the incremental one: the arm's mean
 * difference to the baseline in the numerator over its mean difference in the denominator, paired
 * over the same seeds — the extra spend per extra researcher kept, say.
 *
 * @param n the runs (or pairs) behind it: those where every value is finite
 * @param numerator the numerator's mean (a mean difference, for a comparison)
 * @param denominator the denominator's mean (a mean difference, for a comparison)
 * @param ratio numerator / denominator; NaN when the denominator's mean is 0
 * @param ciLow lower end of the interval; −∞ when it is unbounded; NaN for n &lt; 2 or no ratio
 * @param ciHigh upper end of the interval; +∞ when it is unbounded; NaN for n &lt; 2 or no ratio
 * @param level confidence level, e.g. 0.95
 */
public record RatioEstimate(int n, double numerator, double denominator, double ratio, double ciLow, double ciHigh,
        double level) {
    /** Whether the interval is a finite one ([ciLow, ciHigh]); false when unbounded or not defined. */
    public boolean bounded() {
        return Double.isFinite(ciLow) && Double.isFinite(ciHigh);
    }

    /** The 95% estimate of mean(num) / mean(den), run by run ({@code num[i]} and {@code den[i]} from one run). */
    public static RatioEstimate of(double[] num, double[] den) {
        return of(num, den, 0.95);
    }

    /**
     * The {@code level} estimate of mean(num) / mean(den); the runs where either value is not finite
     * are left out.
     *
     * @throws IllegalArgumentException when the arrays differ in length, or for a level outside (0, 1)
     */
    public static RatioEstimate of(double[] num, double[] den, double level) {
        Estimate.checkLevel(level);
        if (num.length != den.length) {
            throw new IllegalArgumentException("numerator and denominator differ in length: " + num.length + " and " + den.length);
        }
        int n = 0;
        for (int i = 0; i < num.length; i++) {
            if (Double.isFinite(num[i]) && Double.isFinite(den[i])) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (int i = 0; i < num.length; i++) {
            if (Double.isFinite(num[i]) && Double.isFinite(den[i])) {
                x[k] = num[i];
                y[k++] = den[i];
            }
        }
        if (n == 0) {
            return new RatioEstimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, level);
        }
        double mx = Estimate.mean(x);
        double my = Estimate.mean(y);
        double ratio = my == 0 ? Double.NaN : mx / my;
        if (n < 2 || Double.isNaN(ratio)) {
            return new RatioEstimate(n, mx, my, ratio, Double.NaN, Double.NaN, level);
        }
        // the variances and covariance of the two means, each of the values scaled by its mean's
        // size (a power of two: exact) so that squares of large amounts do not overflow
        double sx = scale(mx, x);
        double sy = scale(my, y);
        double vxx = 0;
        double vyy = 0;
        double vxy = 0;
        double ax = mx * sx;
        double ay = my * sy;
        for (int i = 0; i < n; i++) {
            double dx = x[i] * sx - ax;
            double dy = y[i] * sy - ay;
            vxx += dx * dx;
            vyy += dy * dy;
            vxy += dx * dy;
        }
        double perMean = 1.0 / ((double) (n - 1) * n);
        vxx *= perMean;
        vyy *= perMean;
        vxy *= perMean;
        double t = Estimate.tQuantile(level, n - 1);
        double t2 = t * t;
        // ρ' = ρ · sy / sx (the ratio of the scaled values) solves a ρ'² + b ρ' + c ≤ 0 with
        double a = ay * ay - t2 * vyy;
        double b = -2 * (ax * ay - t2 * vxy);
        double c = ax * ax - t2 * vxx;
        if (!(a > 0)) {
            return new RatioEstimate(n, mx, my, ratio, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, level);
        }
        double disc = Math.max(0, b * b - 4 * a * c);   // ≥ 0 when a > 0, but for rounding
        double q = -0.5 * (b + Math.copySign(Math.sqrt(disc), b));
        double r1 = q / a;
        double r2 = q == 0 ? r1 : c / q;
        double back = sy / sx;
        double lo = Math.min(r1, r2) * back;
        double hi = Math.max(r1, r2) * back;
        // the interval holds the ratio itself (rounding aside: with no spread it is the ratio alone)
        return new RatioEstimate(n, mx, my, ratio, Math.min(lo, ratio), Math.max(hi, ratio), level);
    }

    /**
     * The incremental ratio of an arm against the baseline, replication by replication: mean(numArm
     * − numBase) / mean(denArm − denBase) with Fieller's interval over the pairs (the replications
     * where all four values are finite).
     *
     * @throws IllegalArgumentException when the arrays differ in length, or for a level outside (0, 1)
     */
    public static RatioEstimate ofDifferences(double[] numArm, double[] numBase, double[] denArm, double[] denBase) {
        return ofDifferences(numArm, numBase, denArm, denBase, 0.95);
    }

    /**
     * {@link #ofDifferences(double[], double[], double[], double[])} at confidence {@code level}.
     *
     * @throws IllegalArgumentException when the arrays differ in length, or for a level outside (0, 1)
     */
    public static RatioEstimate ofDifferences(double[] numArm, double[] numBase, double[] denArm, double[] denBase, double level) {
        int n = numArm.length;
        if (numBase.length != n || denArm.length != n || denBase.length != n) {
            throw new IllegalArgumentException("paired samples differ in length: " + n + ", " + numBase.length + ", "
                    + denArm.length + " and " + denBase.length);
        }
        double[] dn = new double[n];
        double[] dd = new double[n];
        for (int i = 0; i < n; i++) {
            dn[i] = numArm[i] - numBase[i];
            dd[i] = denArm[i] - denBase[i];
        }
        return of(dn, dd, level);
    }

    /** 2<sup>−k</sup> for the power of two k nearest above the size of {@code mean} and of the values' spread around it (1 for 0). */
    private static double scale(double mean, double[] v) {
        double size = Math.abs(mean);
        for (double x : v) {
            size = Math.max(size, Math.abs(x - mean));
        }
        if (size == 0 || !Double.isFinite(size)) {
            return 1;
        }
        return Math.scalb(1.0, -Math.getExponent(size));
    }
}
