package org.talentsim.model;

import java.util.List;

/** Read-only view of a lab. */
public interface LabView {
    /** Lab index (labs founded during a run get the next index). */
    int id();

    /** Unique name. */
    String name();

    /** Prestige in [0,1]: weighs in acceptance decisions and in which lab an offer comes from. */
    double prestige();

    /** Annual payroll budget, USD per year. */
    double budget();

    /**
     * Capability index: what the lab's models can do, on one scale for every lab of the market
     * (starts at the scenario's value and moves toward the steady state of the lab's output).
     */
    double capability();

    /**
     * The efficiency e at which the lab's output adds to its capability: capability per unit of
     * weighted output per month (docs/MODEL.md 7.2), the market's or, with {@code
     * capability.efficiency: lab}, the lab's own; NaN before the lab's first production phase.
     */
    default double capabilityEfficiency() {
        return Double.NaN;
    }

    /** Knowledge stock from matured research. */
    double knowledge();

    /** Valuation multiplier: the lab values a researcher of skill s at {@code productivity · w*(s)}. */
    double productivity();

    /** Posted wage (Burdett–Mortensen offers), or NaN when the lab does not post one. */
    double postedWage();

    /** Premium over current pay that the lab's offers add now (its strategy may change it). */
    double offerPremium();

    /** Lab-level leader fit in [0,1], multiplying every team's. */
    double leaderFit();

    /** Tick in which the lab was founded (0 for labs present at the start). */
    int foundedTick();

    /** Global indices of the lab's teams (active and merged), a read-only live view. */
    List<Integer> teams();

    /** How many teams the lab has (active and merged): {@code teams().size()} without boxing. */
    int teamCount();

    /** Global index of the lab's {@code k}-th team: {@code teams().get(k)} without boxing. */
    int team(int k);

    /** Annual pay bill of everyone the lab pays (EMPLOYED and NOTICE), USD per year. */
    double payroll();

    /**
     * Money spent since the start, USD: pay in cash, equity as it vests, sign-ons and buy-outs
     * (less claw-backs repaid), severance, acquisition prices.
     */
    double spent();

    /** Equity of the lab's staff that vested in the current tick, USD (part of {@link #spent()}). */
    double equityVested();

    /** Sign-on bonuses and buy-outs the lab paid in the current tick, USD (part of {@link #spent()}). */
    double signOns();

    /** Sign-ons and buy-outs repaid to the lab in the current tick by leavers within their claw-back period, USD. */
    double clawedBack();

    /** Equity the lab has granted and not yet vested, USD, at the last payroll: a liability of the lab. */
    double unvested();

    /**
     * Prices of acqui-hires the lab paid in the current tick, USD (part of {@link #spent()}, a
     * one-off outlay outside the payroll budget); observers see the tick's total, and it starts
     * again from 0 after them.
     */
    default double acquisitions() {
        return 0;
    }

    /**
     * The title an acqui-hire gave researcher {@code i} as the leader it brought in ({@code
     * Chief AI Officer}), while he works for this lab; null for anyone else.
     */
    default String title(int i) {
        return null;
    }

    /**
     * Severance charged in the current tick, USD (part of {@link #spent()}); observers see the
     * tick's total, and it starts again from 0 after them.
     */
    double severance();

    /**
     * The researchers laid off in the current tick because the payroll was over the budget
     * (docs/MODEL.md §7.6 (5)), apart from those events laid off; observers see the tick's count,
     * and it starts again from 0 after them.
     */
    default int budgetLayoffs() {
        return 0;
    }

    /** Share of the lab laid off recently (decays each tick); drives the layoff morale shock. */
    double recentLayoffs();
}
