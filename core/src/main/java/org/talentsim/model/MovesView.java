package org.talentsim.model;

/**
 * Read-only view of the moves of one tick, in the order they happened: one row per event of a
 * researcher (the columns of {@code moves.csv}). Lab and team fields are indices, -1 for the
 * pool. The rows are cleared once every observer has seen the tick: copy what you need.
 */
public interface MovesView {
    /** Rows logged this tick. */
    int size();

    /** Researcher index of row {@code row}. */
    int researcher(int row);

    /** Lab left (-1: the pool). */
    int fromLab(int row);

    /** Team left (-1: none). */
    int fromTeam(int row);

    /** Lab joined (-1: the pool or out of the market). */
    int toLab(int row);

    /** Team joined (-1: none). */
    int toTeam(int row);

    /** Pay before, USD/year. */
    double oldSalary(int row);

    /** Pay after, USD/year. */
    double newSalary(int row);

    /** Why. */
    MoveReason reason(int row);

    /** The sign-on bonus the new lab paid with a hire or poach, USD (buy-out excluded); 0 otherwise. */
    double signOn(int row);

    /**
     * The annual value of the equity granted with the row, USD/year: a new lab's grant with a
     * hire or poach, a refresher with a counter-offer; 0 otherwise (docs/MODEL.md §7.9).
     */
    double annualEquity(int row);

    /** The buy-out of forfeited equity and sign-on the new lab paid with a poach, USD; 0 otherwise. */
    double boughtOut(int row);
}
