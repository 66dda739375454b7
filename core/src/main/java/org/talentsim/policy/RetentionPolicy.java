package org.talentsim.policy;

import org.talentsim.model.LabView;
import org.talentsim.model.PopulationView;

/** Decides whether, and how far, the incumbent counters an outside offer. */
@FunctionalInterface
public interface RetentionPolicy {
    /**
     * The most the incumbent will pay to keep the researcher.
     *
     * @return annual pay in USD (the market caps it at the incumbent's valuation and budget), or
     *     NaN for no counter-offer
     */
    double counter(Quote q);

    /**
     * @param researcher index
     * @param people the population
     * @param lab the incumbent lab
     * @param valuation the incumbent's valuation of the researcher
     * @param currentPay current pay
     * @param offer the outside offer to counter (in an auction: the poacher's opening bid)
     */
    record Quote(int researcher, PopulationView people, LabView lab, double valuation, double currentPay,
            double offer) {}
}
