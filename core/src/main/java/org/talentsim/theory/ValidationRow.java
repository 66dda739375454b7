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
