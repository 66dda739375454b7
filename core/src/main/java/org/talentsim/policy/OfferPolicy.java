package org.talentsim.policy;

import org.talentsim.model.LabView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.TeamView;

/**
 * Prices an offer from a poaching lab. The market caps the price at the poacher's valuation, so
 * a lab never offers more than the researcher is worth to it.
 *
 * <p>Called once per offer, in researcher-index order and never by two threads at once, but not
 * always from the thread that runs the simulation: with several threads the offers of a chunk
 * are resolved by whichever engine thread is free (each call happens-after the previous one).
 * An implementation should depend only on its arguments and its own configuration.
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
     * True when the policy prices from the lab's posted wage ({@link LabView#postedWage()}), so a
     * lab using it must give one ({@code postedWage} in the scenario); the policy registry's
     * {@link PolicyRegistry#check check} rejects a lab without it before the run starts.
     */
    default boolean needsPostedWage() {
        return false;
    }

    /**
     * What a lab knows when pricing an offer. Accessors:
     * <ul>
     *   <li>{@code researcher}: index of the researcher</li>
     *   <li>{@code people}: the population</li>
     *   <li>{@code lab}: the offering lab</li>
     *   <li>{@code team}: the team that would hire</li>
     *   <li>{@code valuation}: the lab's valuation of the researcher, USD/year</li>
     *   <li>{@code currentPay}: the researcher's current pay (last pay when in the pool)</li>
     *   <li>{@code rival}: the bid to beat: in an auction, the loser's valuation; otherwise the
     *       current pay (or the pool value b for a seeker)</li>
     *   <li>{@code marketPay}: {@code w*(s)} for this researcher</li>
     *   <li>{@code employed}: whether the researcher is employed now</li>
     *   <li>{@code uniform}: a uniform draw in [0,1) reserved for this offer (for randomised
     *       pricing)</li>
     * </ul>
     */
    final class Quote {
        private int researcher;
        private PopulationView people;
        private LabView lab;
        private TeamView team;
        private double valuation;
        private double currentPay;
        private double rival;
        private double marketPay;
        private boolean employed;
        private double uniform;

        public Quote(int researcher, PopulationView people, LabView lab, TeamView team,
                double valuation, double currentPay, double rival, double marketPay,
                boolean employed, double uniform) {
            set(researcher, people, lab, team, valuation, currentPay, rival, marketPay, employed, uniform);
        }

        /**
         * Refills this quote for another call. The engine keeps one per phase and refills it
         * for each offer, so that pricing a million offers allocates nothing: a policy must read
         * what it needs during the call and not keep the object.
         *
         * @return this
         */
        public Quote set(int researcher, PopulationView people, LabView lab, TeamView team,
                double valuation, double currentPay, double rival, double marketPay,
                boolean employed, double uniform) {
            this.researcher = researcher;
            this.people = people;
            this.lab = lab;
            this.team = team;
            this.valuation = valuation;
            this.currentPay = currentPay;
            this.rival = rival;
            this.marketPay = marketPay;
            this.employed = employed;
            this.uniform = uniform;
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

        public TeamView team() {
            return team;
        }

        public double valuation() {
            return valuation;
        }

        public double currentPay() {
            return currentPay;
        }

        public double rival() {
            return rival;
        }

        public double marketPay() {
            return marketPay;
        }

        public boolean employed() {
            return employed;
        }

        public double uniform() {
            return uniform;
        }

        @Override
        public String toString() {
            return "Quote[" + "researcher=" + researcher
                    + ", " + "people=" + people
                    + ", " + "lab=" + lab
                    + ", " + "team=" + team
                    + ", " + "valuation=" + valuation
                    + ", " + "currentPay=" + currentPay
                    + ", " + "rival=" + rival
                    + ", " + "marketPay=" + marketPay
                    + ", " + "employed=" + employed
                    + ", " + "uniform=" + uniform
                    + "]";
        }
    }
}
