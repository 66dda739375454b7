package org.talentsim.policy;

import org.talentsim.model.LabView;
import org.talentsim.model.PopulationView;

/**
 * Decides whether, and how far, the incumbent counters an outside offer.
 *
 * <p>Called once per offer, in the tick's resolution order and never by two threads at once, but not
 * always from the thread that runs the simulation: with several threads the offers of a chunk
 * are resolved by whichever engine thread is free (each call happens-after the previous one).
 * An implementation should depend only on its arguments and its own configuration.
 */
@FunctionalInterface
public interface RetentionPolicy {
    /**
     * The most the incumbent will pay to keep the researcher.
     *
     * @param q what the incumbent knows about this offer; valid only during the call
     * @return annual pay in USD (the market caps it at the incumbent's valuation and budget), or
     *     NaN for no counter-offer; an amount at or below the researcher's current pay (0, or a
     *     negative number) is no counter-offer too, as the incumbent never counters with a cut
     */
    double counter(Quote q);

    /**
     * What the incumbent knows when deciding a counter-offer: a read-only view. The engine keeps
     * one per phase and points it at each offer in turn, so that a million offers allocate
     * nothing: it is valid only during the call to {@link RetentionPolicy#counter}; read what you
     * need and do not keep it.
     */
    interface Quote {
        /** @return index of the researcher */
        int researcher();

        /** @return the population */
        PopulationView people();

        /** @return the incumbent lab */
        LabView lab();

        /** @return the incumbent's valuation of the researcher, USD/year */
        double valuation();

        /** @return the researcher's current pay */
        double currentPay();

        /** @return the outside offer to counter (in an auction: the poacher's opening bid) */
        double offer();

        /**
         * @return the least pay that keeps the researcher against this offer, in the researcher's
         *     own terms ({@link AcceptancePolicy#retainingPay}): above the offer when the poacher is
         *     more prestigious or morale is low, below it when the incumbent is more prestigious; in
         *     an auction, the poacher's bid
         */
        double toKeep();
    }
}
