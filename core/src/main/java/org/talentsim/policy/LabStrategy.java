package org.talentsim.policy;

import org.talentsim.model.LabView;

/** How a lab's budget and offer premium react to its capability gap to the leader. */
@FunctionalInterface
public interface LabStrategy {
    /** The lab's budget and offer premium for the coming tick. */
    Adjustment adjust(Situation s);

    /**
     * @param lab the lab
     * @param gap {@code (C_leader − C_lab) / C_leader} in [0,1]; 0 for the leader
     * @param monthsPerTick length of a tick in months
     */
    record Situation(LabView lab, double gap, double monthsPerTick) {}

    /** @param budget new annual budget; @param offerPremium new premium over current pay */
    record Adjustment(double budget, double offerPremium) {}
}
