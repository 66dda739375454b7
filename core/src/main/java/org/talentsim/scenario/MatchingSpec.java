package org.talentsim.scenario;

/**
 * Matching-function mode (Mortensen–Pissarides): the per-tick probability that a seeker meets a
 * lab is {@code f(θ) = min(1, A·θ^(1−η))} with tightness {@code θ = V/U}.
 *
 * @param efficiency A, {@code > 0}
 * @param eta elasticity η of matches in unemployment, in [0,1]
 * @param tightness a fixed θ (labs post {@code V = θ·U} vacancies each tick), or NaN to use the
 *     open positions of all teams as V
 */
public record MatchingSpec(double efficiency, double eta, double tightness) {
    /**
     * Checks that {@code efficiency} is above 0 (and finite), {@code eta} in [0,1] and {@code tightness}
     * NaN or above 0; throws IllegalArgumentException naming the field otherwise.
     */
    public MatchingSpec {
        Check.positive("matching.efficiency", efficiency);
        Check.unit("matching.eta", eta);
        if (!Double.isNaN(tightness)) {
            Check.positive("matching.tightness", tightness);
        }
    }

    /** The job-finding probability per tick at tightness θ. */
    public double findingRate(double theta) {
        if (!(theta > 0)) {
            return 0;
        }
        return Math.min(1.0, efficiency * Math.pow(theta, 1 - eta));
    }
}
