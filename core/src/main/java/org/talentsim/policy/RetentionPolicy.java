package org.talentsim.policy;

import org.talentsim.model.LabView;
import org.talentsim.model.PopulationView;

/**
 * Decides whether, and how far, the incumbent counters an outside offer.
 *
 * <p>Called once per offer, in researcher-index order and never by two threads at once, but not
 * always from the thread that runs the simulation: with several threads the offers of a chunk
 * are resolved by whichever engine thread is free (each call happens-after the previous one).
 * An implementation should depend only on its arguments and its own configuration.
 */
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
     * What the incumbent knows when deciding a counter-offer. Accessors:
     * <ul>
     *   <li>{@code researcher}: index</li>
     *   <li>{@code people}: the population</li>
     *   <li>{@code lab}: the incumbent lab</li>
     *   <li>{@code valuation}: the incumbent's valuation of the researcher</li>
     *   <li>{@code currentPay}: current pay</li>
     *   <li>{@code offer}: the outside offer to counter (in an auction: the poacher's opening
     *       bid)</li>
     * </ul>
     */
    final class Quote {
        private int researcher;
        private PopulationView people;
        private LabView lab;
        private double valuation;
        private double currentPay;
        private double offer;

        public Quote(int researcher, PopulationView people, LabView lab, double valuation,
                double currentPay, double offer) {
            set(researcher, people, lab, valuation, currentPay, offer);
        }

        /**
         * Refills this quote for another call. The engine keeps one per phase and refills it
         * for each offer, so that pricing a million offers allocates nothing: a policy must read
         * what it needs during the call and not keep the object.
         *
         * @return this
         */
        public Quote set(int researcher, PopulationView people, LabView lab, double valuation,
                double currentPay, double offer) {
            this.researcher = researcher;
            this.people = people;
            this.lab = lab;
            this.valuation = valuation;
            this.currentPay = currentPay;
            this.offer = offer;
            return this;
        }

        public int researcher() {
            return researcher;
        }

        public PopulationView people() {
            return people;
        }

        public LabView lab() {
            return lab;
        }

        public double valuation() {
            return valuation;
        }

        public double currentPay() {
            return currentPay;
        }

        public double offer() {
            return offer;
        }

        @Override
        public String toString() {
            return "Quote[" + "researcher=" + researcher
                    + ", " + "people=" + people
                    + ", " + "lab=" + lab
                    + ", " + "valuation=" + valuation
                    + ", " + "currentPay=" + currentPay
                    + ", " + "offer=" + offer
                    + "]";
        }
    }
}
