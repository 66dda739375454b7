package org.talentsim.policy;

import org.talentsim.model.LabView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.TeamView;

/**
 * Prices an offer from a poaching lab. The market caps the price at the poacher's valuation, so
 * a lab never offers more than the researcher is worth to it.
 */
@FunctionalInterface
public interface OfferPolicy {
    /**
     * What the poacher offers.
     *
     * @return annual pay in USD, or NaN (or a value {@code <= 0}) for no offer
     */
    double price(Quote q);

    /**
     * True for Bertrand bidders: the poacher bids up to its valuation, the incumbent (if its
     * retention policy counters) up to its own; the higher valuation wins (ties to the
     * incumbent) and pays {@link #price} with {@code rival} = the loser's valuation. The
     * acceptance policy is not consulted (sequential auctions, Postel-Vinay–Robin).
     */
    default boolean bidsUpToValuation() {
        return false;
    }

    /**
     * What a lab knows when pricing an offer.
     *
     * @param researcher index of the researcher
     * @param people the population
     * @param lab the offering lab
     * @param team the team that would hire
     * @param valuation the lab's valuation of the researcher, USD/year
     * @param currentPay the researcher's current pay (last pay when in the pool)
     * @param rival the bid to beat: in an auction, the loser's valuation; otherwise the current pay
     *     (or the pool value b for a seeker)
     * @param marketPay {@code w*(s)} for this researcher
     * @param employed whether the researcher is employed now
     * @param uniform a uniform draw in [0,1) reserved for this offer (for randomised pricing)
     */
    record Quote(int researcher, PopulationView people, LabView lab, TeamView team, double valuation,
            double currentPay, double rival, double marketPay, boolean employed, double uniform) {}
}
