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
     * @param c what the researcher weighs; valid only during the call
     * @return true to take the offer
     */
    boolean accept(Choice c);

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

        /** @return the outside offer, USD/year */
        double offerPay();

        /**
         * @return pay if staying (current pay, or the counter-offer) plus the annual value of any
         *     unvested stake in the employer the researcher would forfeit by leaving ({@link
         *     #stake}); for a seeker, the lowest pay it accepts (its reservation wage)
         */
        double stayPay();

        /**
         * @return the part of {@link #stayPay} that is an unvested stake (USD/year), forfeited
         *     by moving: a founder's equity in his start-up, a star's retention grant; 0 for
         *     most researchers and for seekers
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
