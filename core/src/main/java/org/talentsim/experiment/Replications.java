package org.talentsim.experiment;

/** How many replications an experiment needs, from a pilot run's spread. */
public final class Replications {
    private Replications() {}

    /** The most {@link #needed} will propose. */
    public static final int MAX = 1_000_000;

    /**
     * The smallest number of replications n ≥ 2 whose two-sided {@code level} t interval of a
     * mean has half-width at most {@code halfWidth}, if the metric's standard deviation is {@code
     * sd} (from a pilot): t(1 − α/2, n − 1) · sd / √n ≤ halfWidth. For a paired comparison, use
     * the sd of the pilot's differences.
     *
     * @throws IllegalArgumentException unless sd ≥ 0 and halfWidth > 0 are finite, or when more
     *     than {@link #MAX} would be needed
     */
    public static int needed(double sd, double halfWidth, double level) {
        Estimate.checkLevel(level);
        if (!(sd >= 0) || Double.isInfinite(sd) || !(halfWidth > 0) || Double.isInfinite(halfWidth)) {
            throw new IllegalArgumentException("need sd >= 0 and halfWidth > 0, both finite; were " + sd + " and " + halfWidth);
        }
        if (sd == 0) {
            return 2;
        }
        // the normal approximation is a lower bound; step up from it
        double z = Estimate.tQuantile(level, 1_000_000);
        double approx = Math.pow(z * sd / halfWidth, 2);
        if (approx > MAX) {
            throw new IllegalArgumentException("more than " + MAX + " replications would be needed for a half-width of "
                    + halfWidth + " with sd " + sd);
        }
        int n = Math.max(2, (int) Math.floor(approx));
        while (Estimate.tQuantile(level, n - 1) * sd / Math.sqrt(n) > halfWidth) {
            n++;
            if (n > MAX) {
                throw new IllegalArgumentException("more than " + MAX + " replications would be needed for a half-width of "
                        + halfWidth + " with sd " + sd);
            }
        }
        return n;
    }
}
