package org.talentsim.benchmarks.mason;

/**
 * A team of the MASON model: its lab, focus, target, current headcount, and this tick's hiring
 * quota (the openings counted when the tick began: people leaving during the tick do not make
 * room for more hires in the same tick).
 */
final class Team {
    final int id;
    final Lab lab;
    final int focus;
    final int target;
    final double payLevel;
    int headcount;
    int quota;

    Team(int id, Lab lab, int focus, int target, double payLevel) {
        this.id = id;
        this.lab = lab;
        this.focus = focus;
        this.target = target;
        this.payLevel = payLevel;
    }

    int openings() {
        return Math.max(0, target - headcount);
    }

    /** Whether the team can hire now: an opening, and quota left this tick. */
    boolean hiring() {
        return quota > 0 && headcount < target;
    }

    /** What the team's lab thinks researcher skill is worth: productivity × max(1, pay level) × w*(s), less off its focus. */
    double valuation(Kernel k, double marketPay, int specialty) {
        return lab.productivity * Math.max(1, payLevel) * marketPay * (specialty == focus ? 1 : k.offSpecialty());
    }
}
