package org.talentsim.model;

/** Read-only view of the researcher population, one row per researcher index {@code 0..size-1}. */
public interface PopulationView {
    /** Number of researchers (fixed for a run). */
    int size();

    /** Skill {@code s > 0}. */
    double skill(int i);

    /** Specialty (matches a team's focus). */
    Focus specialty(int i);

    /** Annual pay in USD: current salary when employed or on notice, last pay otherwise. */
    double salary(int i);

    /** Morale in [0,1]. */
    double morale(int i);

    /** Visibility in [0,1]: how widely known the researcher is (scales offers received). */
    double visibility(int i);

    /** Team index (global), or -1 when the researcher has none. */
    int team(int i);

    /** Status. */
    Status status(int i);

    /** Ticks spent in the current status. */
    int ticksInStatus(int i);

    /** Ticks with the current employer. */
    int tenure(int i);

    /** Whether the researcher holds a work visa tied to the job (H-1B style). */
    boolean visa(int i);

    /** Ticks left on the notice period (NOTICE) or visa grace clock (SEEKING visa holder); else 0. */
    int clock(int i);

    /** The best outside bid the employer has matched so far (counter-offer reference), USD/year. */
    double reference(int i);

    /**
     * Equity granted by the employer that has not vested yet, USD: forfeited by leaving
     * (docs/MODEL.md §7.9); 0 for a researcher paid all in cash or not employed.
     */
    double unvestedEquity(int i);

    /** The sign-on bonus (and buy-out) the researcher would repay by leaving now, USD; 0 outside a claw-back period. */
    double signOnOwed(int i);

    /** The name of a named researcher (a star added by name), or {@code null}. */
    String name(int i);

    /** Indices of the named researchers, ascending (a new array on each call; empty when none). */
    int[] namedIndices();
}
