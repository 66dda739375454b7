package org.talentsim.experiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The mean of a metric over replications with its Student-t confidence interval.
 *
 * @param n replications
 * @param mean sample mean
 * @param sd sample standard deviation (divisor n − 1; NaN for n = 1)
 * @param ciLow lower end of the interval (NaN for n = 1)
 * @param ciHigh upper end of the interval (NaN for n = 1)
 * @param level confidence level, e.g. 0.95
 */
public record Estimate(int n, double mean, double sd, double ciLow, double ciHigh, double level) {
    /** The 95% interval of {@code values}. */
    public static Estimate of(double[] values) {
        return of(values, 0.95);
    }

    /**
     * The mean of {@code values} with its two-sided {@code level} t interval: mean ± t(1 − α/2,
     * n − 1) · sd / √n. Values must be finite (a NaN would poison every figure silently). The
     * figures are finite but for a bound (or a spread) beyond the largest double, which is infinite.
     *
     * @throws IllegalArgumentException for no values, a non-finite value or a level outside (0, 1)
     */
    public static Estimate of(double[] values, double level) {
        checkLevel(level);
        int n = java.util.Objects.requireNonNull(values, "values").length;
        if (n == 0) {
            throw new IllegalArgumentException("no values to estimate from");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " is not finite: " + values[i]);
            }
        }
        double mean = mean(values);
        if (n == 1) {
            return new Estimate(1, mean, Double.NaN, Double.NaN, Double.NaN, level);
        }
        double sd = sd(values, mean);
        double half = tQuantile(level, n - 1) * sd / Math.sqrt(n);
        return new Estimate(n, mean, sd, mean - half, mean + half, level);
    }

    /**
     * The sample standard deviation of finite {@code values} around their {@code mean}; a sum of
     * squares that would overflow (values beyond about 1e154) is taken of the values times
     * 2⁻⁶⁰⁰ (exact) and the result scaled back, so it is infinite only where the spread itself is
     * beyond the largest double (found by a reviewer: three values around ±1e300 gave an infinite
     * interval).
     */
    static double sd(double[] values, double mean) {
        int n = values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        if (Double.isFinite(ss)) {
            return Math.sqrt(ss / (n - 1));
        }
        double scale = 0x1p-600;
        double m = mean * scale;
        ss = 0;
        for (double v : values) {
            double d = v * scale - m;
            ss += d * d;
        }
        return Math.sqrt(ss / (n - 1)) * 0x1p600;
    }

    /**
     * The mean of finite {@code values}: their compensated (Neumaier) sum s + c over n, the
     * quotient corrected by its exact remainder ({@code fma(-m, n, s) + c}), so the result is
     * within an ulp of the exact mean and is it wherever the sum is exact: whole numbers that sum
     * to 0 give 0 (a running mean gave 1.4e-17 for a paired difference of 50 counts summing to 0,
     * which a filter {@code difference > 0} took for positive), n copies of x give x (sum over n
     * gave 0.1 three times a mean of 0.10000000000000002 and an sd of 1e-17), and small whole
     * numbers give their exact mean rounded once (a correction by the residuals' plain sum lost
     * digits: found by reviewers). A sum that would overflow is taken of the values times 2⁻⁶⁴.
     */
    static double mean(double[] values) {
        double m = scaledMean(values, 1);
        return Double.isFinite(m) ? m : scaledMean(values, 0x1p-64) * 0x1p64;
    }

    /** The mean of {@code values} each times {@code scale} (a power of two: exact), as {@link #mean}; not finite on overflow. */
    private static double scaledMean(double[] values, double scale) {
        double s = 0;
        double c = 0;
        for (double x : values) {
            double v = x * scale;
            double t = s + v;
            c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        int n = values.length;
        double m = s / n;
        if (!Double.isFinite(m) || !Double.isFinite(c)) {
            return Double.POSITIVE_INFINITY;
        }
        double r = Math.fma(-m, n, s) + c;   // s − m·n exactly (a quotient's remainder), plus the low part
        return m + r / n;
    }

    /** Half the width of the interval. */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }

    /** The standard error of the mean, sd / √n (NaN for n = 1): what a regression table reports beside it. */
    public double se() {
        return sd / Math.sqrt(n);
    }

    /** The t quantile of a two-sided {@code level} interval with {@code df} degrees of freedom. */
    static double tQuantile(double level, int df) {
        // a null generator: the distribution is only asked for quantiles, never sampled
        return new TDistribution(null, df).inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
    }
}
