package org.talentsim.theory;

/**
 * One line of a validation table: a closed-form value, what the engine gave, and whether they
 * agree within THEORY §4's tolerance {@code |simulated − expected| ≤ 5·SE}. For a
 * Kolmogorov–Smirnov row, {@code expected} is 0, {@code simulated} is {@code sqrt(M)·sup|Ĝ − G|}
 * and {@code se} is 2.69/5, so the row passes exactly when the statistic is at most 2.69.
 *
 * @param model BM, PVR or MP
 * @param set the parameter set's name (BM1, ..., or "custom")
 * @param quantity what is compared
 * @param expected the closed form
 * @param simulated the engine's estimate
 * @param se the standard error of the estimate
 */
public record ValidationRow(String model, String set, String quantity, double expected, double simulated, double se) {
    /** The tolerance in standard errors. */
    public static final double Z_MAX = 5;

    /**
     * {@code |simulated − expected| / se}. A quantity without sampling error ({@code se == 0}: a
     * degenerate or capped one, such as a job-finding probability capped at 1) is compared
     * exactly: 0 when the two agree to 1e-12 (relative), infinity otherwise.
     */
    public double z() {
        double d = Math.abs(simulated - expected);
        if (se == 0) {
            return d <= 1e-12 * Math.max(1, Math.abs(expected)) ? 0 : Double.POSITIVE_INFINITY;
        }
        return d / se;
    }

    /**
     * The quantity of the Kolmogorov–Smirnov rows ({@link Validation}): its {@link #p()} is
     * Kolmogorov's, not the normal's.
     */
    public static final String KS_QUANTITY = "KS sqrt(M)*sup|G_hat-G|";

    /**
     * The two-sided p-value of the difference, if the engine matched the closed form: {@code
     * erfc(z / √2)} (the normal's); for a Kolmogorov–Smirnov row the asymptotic Kolmogorov
     * distribution's {@code P(K > statistic)}. A row without sampling error (an exact comparison,
     * {@code se == 0}) has none: NaN, as has a NaN estimate. Across a suite of rows they should
     * spread evenly over [0, 1]: a p of 0.01 is one in a hundred such rows by chance, where the
     * 5-SE rule fails one in 1.7 million.
     */
    public double p() {
        double z = z();
        if (Double.isNaN(z) || se == 0) {
            return Double.NaN;
        }
        if (KS_QUANTITY.equals(quantity)) {
            return kolmogorovSurvival(simulated);
        }
        return org.apache.commons.math3.special.Erf.erfc(z / Math.sqrt(2));
    }

    /**
     * {@code P(K > x)} for Kolmogorov's distribution: below 1, one minus its CDF {@code √(2π)/x ·
     * Σ_{k≥1} e^(−(2k−1)²π²/(8x²))}; from 1, {@code 2 Σ_{k≥1} (−1)^(k−1) e^(−2k²x²)} (each series
     * where it converges in a few terms).
     */
    static double kolmogorovSurvival(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1;
        }
        double sum = 0;
        if (x < 1) {
            for (int k = 1; k <= 20; k++) {
                sum += Math.exp(-(2 * k - 1) * (2 * k - 1) * Math.PI * Math.PI / (8 * x * x));
            }
            return Math.max(0, Math.min(1, 1 - Math.sqrt(2 * Math.PI) / x * sum));
        }
        for (int k = 1; k <= 20; k++) {
            sum += (k % 2 == 1 ? 1 : -1) * Math.exp(-2.0 * k * k * x * x);
        }
        return Math.max(0, Math.min(1, 2 * sum));
    }

    /** Whether the row is within 5·SE (NaN fails). */
    public boolean pass() {
        return z() <= Z_MAX;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %s %s: expected %.6f, simulated %.6f, SE %.6f, |z| = %.2f%s", model, set, quantity,
                expected, simulated, se, z(), pass() ? "" : " FAIL");
    }
}
