package org.talentsim.policy;

import org.talentsim.model.LabView;

/** How a lab's budget and offer premium react to its capability gap to the leader. */
@FunctionalInterface
public interface LabStrategy {
    /**
     * The lab's budget and offer premium for the coming tick. Called once per lab per tick; the
     * engine reads the result at once, so an implementation may return the same {@link
     * Adjustment} object every time, refilled ({@link Adjustment#set}), or {@link Adjustment#KEEP}.
     */
    Adjustment adjust(Situation s);

    /**
     * What a strategy sees: the lab, its capability gap to the leader {@code (C_leader − C_lab) /
     * C_leader} in [0,1] (0 for the leader), and the length of a tick in months. The engine keeps
     * one and refills it for each lab, so that a tick allocates nothing per lab: read it during
     * the call, do not keep it.
     */
    final class Situation {
        private LabView lab;
        private double gap;
        private double monthsPerTick;

        public Situation(LabView lab, double gap, double monthsPerTick) {
            set(lab, gap, monthsPerTick);
        }

        /** Refills this situation for another lab. @return this */
        public Situation set(LabView lab, double gap, double monthsPerTick) {
            this.lab = lab;
            this.gap = gap;
            this.monthsPerTick = monthsPerTick;
            return this;
        }

        /** The lab. */
        public LabView lab() { return lab; }

        /** {@code (C_leader − C_lab) / C_leader} in [0,1]; 0 for the leader. */
        public double gap() { return gap; }

        /** Length of a tick in months. */
        public double monthsPerTick() { return monthsPerTick; }
    }

    /**
     * A strategy's answer: the new annual budget and the new offer premium over current pay; a
     * negative value keeps the current one.
     */
    final class Adjustment {
        /** Keeps both budget and premium as they are. */
        public static final Adjustment KEEP = new Adjustment(-1, -1);

        private double budget;
        private double offerPremium;

        public Adjustment(double budget, double offerPremium) {
            this.budget = budget;
            this.offerPremium = offerPremium;
        }

        /**
         * Refills this adjustment (never call it on {@link #KEEP}, which is shared).
         *
         * @return this
         */
        public Adjustment set(double budget, double offerPremium) {
            if (this == KEEP) {
                throw new UnsupportedOperationException("Adjustment.KEEP is shared and cannot be changed");
            }
            this.budget = budget;
            this.offerPremium = offerPremium;
            return this;
        }

        /** New annual budget; negative keeps the current one. */
        public double budget() { return budget; }

        /** New premium over current pay; negative keeps the current one. */
        public double offerPremium() { return offerPremium; }
    }
}
