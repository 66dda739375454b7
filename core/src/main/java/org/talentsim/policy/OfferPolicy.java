package org.talentsim.policy;

import org.talentsim.model.LabView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.TeamView;

/**
 * Prices an offer from a poaching lab. The market caps the price at the poacher's valuation, so
 * a lab never offers more than the researcher is worth to it.
 *
 * <p>Called once per offer, in the tick's resolution order and never by two threads at once, but not
 * always from the thread that runs the simulation: with several threads the offers of a chunk
 * are resolved by whichever engine thread is free (each call happens-after the previous one).
 * An implementation should depend only on its arguments and its own configuration.
 */
@FunctionalInterface
public interface OfferPolicy {
    /**
     * What the poacher offers.
     *
     * @param q what the lab knows about this offer; valid only during the call
     * @return annual pay in USD, or NaN (or a value {@code <= 0}) for no offer
     */
    double price(Quote q);

    /**
     * True for Bertrand bidders: the poacher bids up to its valuation, the incumbent (if its
     * retention policy counters) up to its own; the higher valuation wins (ties to the
     * incumbent) and pays {@link #price} with {@code rival} = the loser's valuation. The
     * acceptance policy is not consulted (sequential auctions, Postel-Vinay–Robin).
     *
     * @return whether this policy bids up to the lab's valuation
     */
    default boolean bidsUpToValuation() {
        return false;
    }

    /**
     * The most the lab pays anyone a year (a package's annual value), USD: the engine holds its
     * offers to it, whatever {@link #price} returns, and its counter-offers and anniversary raises
     * as well (pay already above it is not cut). No limit by default; {@code premium} and {@code
     * star} take it as their {@code cap}. The engine reads it once, when the registry creates the
     * policy, and checks it then ({@link PolicyRegistry#create}: NaN, 0 or below is refused with
     * an {@code IllegalArgumentException}, which {@code Scenario.validate} reports): a value that
     * changes later is not seen.
     *
     * @return the largest annual pay, positive, or {@link Double#POSITIVE_INFINITY} for none
     */
    default double payCap() {
        return Double.POSITIVE_INFINITY;
    }

    /**
     * True when the policy prices from the lab's posted wage ({@link LabView#postedWage()}), so a
     * lab using it must give one ({@code postedWage} in the scenario); the policy registry's
     * {@link PolicyRegistry#check check} rejects a lab without it before the run starts.
     */
    default boolean needsPostedWage() {
        return false;
    }

    /**
     * What a lab knows when pricing an offer: a read-only view. The engine keeps one per phase
     * and points it at each offer in turn, so that pricing a million offers allocates nothing: it
     * is valid only during the call to {@link OfferPolicy#price}; read what you need and do not
     * keep it.
     */
    interface Quote {
        /** @return index of the researcher */
        int researcher();

        /** @return the population */
        PopulationView people();

        /** @return the offering lab */
        LabView lab();

        /** @return the team that would hire */
        TeamView team();

        /** @return the lab's valuation of the researcher, USD/year */
        double valuation();

        /** @return the researcher's current pay (last pay when in the pool) */
        double currentPay();

        /**
         * @return the bid to beat: in an auction, the loser's valuation (plus what the
         *     researcher forfeits that the poacher does not buy out, spread over {@code
         *     lumpSumYears}); otherwise the current pay plus that forfeit (docs/MODEL.md §7.9),
         *     or, for a seeker, his reservation wage
         */
        double rival();

        /** @return {@code w*(s)} for this researcher */
        double marketPay();

        /** @return whether the researcher is employed now */
        boolean employed();

        /** @return a uniform draw in [0,1) reserved for this offer (for randomised pricing) */
        double uniform();
    }
}
