package org.talentsim.policy;

/**
 * The quit hazard of an employed researcher, added to the exogenous separation rate in the
 * one-draw search (THEORY §0, §5).
 *
 * <p>The engine calls {@link #hazard} for every employed researcher every tick (and again when it
 * weighs a counter-offer), <b>possibly from several threads at once</b> and in no fixed order: a
 * policy must be a pure function of its two arguments (and of the parameters it was built
 * with). One that keeps state between calls — a counter, a random generator of its own, a cache
 * filled as it goes — gives results that differ with the number of threads and from run to run.
 */
@FunctionalInterface
public interface QuitPolicy {
    /**
     * Quit probability per month: a number {@code >= 0}. Added to the separation rate (scaled to
     * the tick), the sum capped at 1 less the retirement rate, so a value of 1 or more means a
     * certain departure. NaN or a negative value stops the run with an {@link
     * IllegalStateException} naming the policy (it would otherwise cancel the exogenous
     * separation and shift the offers' draws).
     *
     * @param morale in [0,1]
     * @param payGap {@code max(0, ln(w* / w))}: how far pay falls below the peer reference w*
     */
    double hazard(double morale, double payGap);
}
