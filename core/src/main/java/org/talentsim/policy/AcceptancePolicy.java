package org.talentsim.policy;

import org.talentsim.model.PopulationView;

/**
 * How a researcher chooses between moving and staying (take-it-or-leave-it offers).
 *
 * <p>Called once per offer, in researcher-index order and never by two threads at once, but not
 * always from the thread that runs the simulation: with several threads the offers of a chunk
 * are resolved by whichever engine thread is free (each call happens-after the previous one).
 * An implementation should depend only on its arguments and its own configuration.
 */
@FunctionalInterface
public interface AcceptancePolicy {
    /** True to take the offer. */
    boolean accept(Choice c);

    /**
     * What the researcher weighs. Accessors:
     * <ul>
     *   <li>{@code researcher}: index</li>
     *   <li>{@code people}: the population</li>
     *   <li>{@code offerPay}: the outside offer, USD/year</li>
     *   <li>{@code stayPay}: pay if staying (current pay, or the counter-offer); for a seeker,
     *       the lowest pay it accepts (its reservation wage)</li>
     *   <li>{@code offerPrestige}: prestige of the offering lab</li>
     *   <li>{@code stayPrestige}: prestige of the current lab, or NaN for a seeker</li>
     *   <li>{@code employed}: whether the researcher is employed now</li>
     * </ul>
     */
    final class Choice {
        private int researcher;
        private PopulationView people;
        private double offerPay;
        private double stayPay;
        private double offerPrestige;
        private double stayPrestige;
        private boolean employed;

        public Choice(int researcher, PopulationView people, double offerPay, double stayPay,
                double offerPrestige, double stayPrestige, boolean employed) {
            set(researcher, people, offerPay, stayPay, offerPrestige, stayPrestige, employed);
        }

        /**
         * Refills this choice for another call. The engine keeps one per phase and refills it
         * for each offer, so that pricing a million offers allocates nothing: a policy must read
         * what it needs during the call and not keep the object.
         *
         * @return this
         */
        public Choice set(int researcher, PopulationView people, double offerPay, double stayPay,
                double offerPrestige, double stayPrestige, boolean employed) {
            this.researcher = researcher;
            this.people = people;
            this.offerPay = offerPay;
            this.stayPay = stayPay;
            this.offerPrestige = offerPrestige;
            this.stayPrestige = stayPrestige;
            this.employed = employed;
            return this;
        }

        public int researcher() {
            return researcher;
        }

        public PopulationView people() {
            return people;
        }

        public double offerPay() {
            return offerPay;
        }

        public double stayPay() {
            return stayPay;
        }

        public double offerPrestige() {
            return offerPrestige;
        }

        public double stayPrestige() {
            return stayPrestige;
        }

        public boolean employed() {
            return employed;
        }

        @Override
        public String toString() {
            return "Choice[" + "researcher=" + researcher
                    + ", " + "people=" + people
                    + ", " + "offerPay=" + offerPay
                    + ", " + "stayPay=" + stayPay
                    + ", " + "offerPrestige=" + offerPrestige
                    + ", " + "stayPrestige=" + stayPrestige
                    + ", " + "employed=" + employed
                    + "]";
        }
    }
}
