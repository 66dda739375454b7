package org.talentsim.policy;

import java.util.Objects;
import org.talentsim.model.LabView;

/**
 * How a lab's budget and offer premium react to its capability gap to the leader. Called once
 * per lab per tick, lab by lab in the file's order, never by two threads at once.
 */
@FunctionalInterface
public interface LabStrategy {
    /**
     * The lab's budget and offer premium for the coming tick. Called once per lab per tick.
     *
     * @param s what the strategy sees
     * @return the new budget and premium, or {@link Adjustment#KEEP} to keep both
     */
    Adjustment adjust(Situation s);

    /**
     * What a strategy sees: an immutable value the engine builds for each lab.
     *
     * @param lab the lab (a live view: read it during the call)
     * @param gap the lab's capability gap to the leader {@code (C_leader − C_lab) / C_leader} in
     *     [0,1] (0 for the leader)
     * @param monthsPerTick length of a tick in months
     * @param startBudget the lab's budget when it was created, before any event or strategy (the
     *     base of a cap on budget growth); +∞ for a lab without a budget
     */
    record Situation(LabView lab, double gap, double monthsPerTick, double startBudget) {
        /** Checks that the lab is given. */
        public Situation {
            Objects.requireNonNull(lab, "lab");
        }

        /**
         * A situation whose starting budget is the lab's current budget.
         *
         * @param lab the lab (a live view: read it during the call)
         * @param gap the lab's capability gap to the leader
         * @param monthsPerTick length of a tick in months
         */
        public Situation(LabView lab, double gap, double monthsPerTick) {
            this(lab, gap, monthsPerTick, Objects.requireNonNull(lab, "lab").budget());
        }
    }

    /**
     * A strategy's answer: the new annual budget and the new offer premium over current pay; a
     * negative value keeps the current one.
     *
     * @param budget new annual budget, USD; negative keeps the current one; {@code +Infinity}: no
     *     limit (a lab that had one is capped at the largest budget a file takes, with a warning)
     * @param offerPremium new premium over current pay, a finite number; negative keeps the current one
     */
    record Adjustment(double budget, double offerPremium) {
        /**
         * Checks the values.
         *
         * @throws IllegalArgumentException if either is NaN, or the premium is infinite (NaN kept
         *     the current value silently, and an infinite premium priced every offer at the lab's
         *     valuation and left {@code labs.csv}'s cell empty: an economist's review)
         */
        public Adjustment {
            if (Double.isNaN(budget)) {
                throw new IllegalArgumentException("budget must be a number (negative keeps the current one), was NaN");
            }
            if (!Double.isFinite(offerPremium)) {
                throw new IllegalArgumentException("offerPremium must be a finite number (negative keeps the current one), was "
                        + offerPremium);
            }
        }

        /** Keeps both budget and premium as they are. */
        public static final Adjustment KEEP = new Adjustment(-1, -1);

        /**
         * Keeps both budget and premium as they are.
         *
         * @return {@link #KEEP}
         */
        public static Adjustment keep() {
            return KEEP;
        }

        /**
         * A new budget and premium.
         *
         * @param budget new annual budget; negative keeps the current one
         * @param offerPremium new premium over current pay; negative keeps the current one
         * @return the adjustment
         */
        public static Adjustment of(double budget, double offerPremium) {
            return new Adjustment(budget, offerPremium);
        }
    }
}
