package org.talentsim.policy;

import org.talentsim.model.PopulationView;

/**
 * How a researcher chooses between moving and staying (take-it-or-leave-it offers).
 *
 * <p>Called once per offer, in the tick's resolution order and never by two threads at once, but not
 * always from the thread that runs the simulation: with several threads the offers of a chunk
 * are resolved by whichever engine thread is free (each call happens-after the previous one).
 * An implementation should depend only on its arguments and its own configuration.
 */
@FunctionalInterface
public interface AcceptancePolicy {
    /**
     * Whether the researcher takes the offer.
     *
     * <p><b>The contract with {@link #retainingPay}:</b> when the incumbent counters, the engine
     * asks again with {@code c.stayPay()} raised to {@code retainingPay(c)}, and the researcher
     * must then stay: {@code accept} must be false when {@code stayPay} equals {@code
     * retainingPay(c)}. With the default {@code retainingPay} (the offer itself) that means staying
     * on a tie: compare with {@code >}, not {@code >=} (a policy that moved on a tie lost every
     * counter-offer: each counter was made and then refused, so no {@code COUNTERED} row, and
     * retention policies seemed to do nothing — an economist's review).
     *
     * @param c what the researcher weighs; valid only during the call
     * @return true to take the offer
     */
    boolean accept(Choice c);

    /**
     * The least pay that keeps an employed researcher who holds the offer {@code c.offerPay()}
     * from a lab of prestige {@code c.offerPrestige()}: what an incumbent's counter-offer must
     * reach, in the researcher's own terms (Postel-Vinay–Robin bidding with compensating
     * differentials). {@code c.stayPay()} is the current pay. The offer desk counters with this
     * pay when the incumbent's retention cap allows it, and then still asks {@link #accept}.
     *
     * <p>The default, the offer itself, is right for a researcher who weighs pay alone and stays
     * on a tie; a policy that weighs more than pay (prestige, morale, a cost of moving) should
     * override it, or its incumbents will counter too low and lose people they could keep.
     *
     * @param c the offer, with {@code stayPay} the current pay; valid only during the call
     * @return annual pay in USD at or above which the researcher stays: a number {@code >= 0}, or
     *     {@code +Infinity} when no pay keeps him; NaN or a negative value stops the run with an
     *     {@code IllegalStateException} naming the policy (in a {@code TickFailedException})
     */
    default double retainingPay(Choice c) {
        return c.offerPay();
    }

    /**
     * What the researcher weighs: a read-only view. The engine keeps one per phase and points it
     * at each offer in turn, so that a million offers allocate nothing: it is valid only during
     * the call to {@link AcceptancePolicy#accept}; read what you need and do not keep it.
     */
    interface Choice {
        /** @return index of the researcher */
        int researcher();

        /** @return the population */
        PopulationView people();

        /**
         * @return the outside offer, USD/year: its annual pay plus, from a lab paying packages,
         *     its sign-on and buy-out spread over the market's {@code lumpSumYears}
         *     (docs/MODEL.md §7.9)
         */
        double offerPay();

        /**
         * @return pay if staying (current pay, or the counter-offer) plus what the researcher
         *     would forfeit by leaving, a year ({@link #stake}): the annual value of an unvested
         *     stake in the employer, and his unvested equity and sign-on owed back spread over the
         *     market's {@code lumpSumYears}; for a seeker, the lowest pay it accepts (its
         *     reservation wage)
         */
        double stayPay();

        /**
         * @return the part of {@link #stayPay} forfeited by moving (USD/year): a founder's
         *     stake in his start-up, a star's retention grant, unvested equity and a sign-on owed
         *     back (spread over {@code lumpSumYears}); 0 for researchers paid all in cash without
         *     a stake, and for seekers
         */
        default double stake() {
            return 0;
        }

        /** @return prestige of the offering lab */
        double offerPrestige();

        /** @return prestige of the current lab, or NaN for a seeker */
        double stayPrestige();

        /** @return whether the researcher is employed now */
        boolean employed();
    }
}
