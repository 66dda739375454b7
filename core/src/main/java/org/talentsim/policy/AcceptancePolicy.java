package org.talentsim.policy;

import org.talentsim.model.PopulationView;

/** How a researcher chooses between moving and staying (take-it-or-leave-it offers). */
@FunctionalInterface
public interface AcceptancePolicy {
    /** True to take the offer. */
    boolean accept(Choice c);

    /**
     * @param researcher index
     * @param people the population
     * @param offerPay the outside offer, USD/year
     * @param stayPay pay if staying (current pay, or the counter-offer); for a seeker, the lowest
     *     pay it accepts (its reservation wage)
     * @param offerPrestige prestige of the offering lab
     * @param stayPrestige prestige of the current lab, or NaN for a seeker
     * @param employed whether the researcher is employed now
     */
    record Choice(int researcher, PopulationView people, double offerPay, double stayPay,
            double offerPrestige, double stayPrestige, boolean employed) {}
}
