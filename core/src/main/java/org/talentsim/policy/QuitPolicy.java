package org.talentsim.policy;

/**
 * The quit hazard of an employed researcher, added to the exogenous separation rate in the
 * one-draw search (THEORY §0, §5).
 */
@FunctionalInterface
public interface QuitPolicy {
    /**
     * Quit probability per month.
     *
     * @param morale in [0,1]
     * @param payGap {@code max(0, ln(w* / w))}: how far pay falls below the peer reference w*
     */
    double hazard(double morale, double payGap);
}
