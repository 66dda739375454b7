package org.talentsim.model;

/**
 * Read-only view of the offers made in one tick's offers phase, in the order they were resolved
 * (the columns of {@code offers.csv}). Lab and team fields are indices; {@code fromLab} and
 * {@code fromTeam} are -1 for a researcher who was not employed (a seeker or someone on notice). Recorded only when an
 * observer asks for it ({@code TickObserver.wantsOffers()}); the rows are cleared once every
 * observer has seen the tick: copy what you need.
 */
public interface OffersView {
    /** Offers recorded this tick. */
    int size();

    /** Researcher index of row {@code row}. */
    int researcher(int row);

    /** The researcher's employer when the offer came (-1: not employed). */
    int fromLab(int row);

    /** The researcher's team when the offer came (-1: not employed). */
    int fromTeam(int row);

    /** The lab making the offer. */
    int toLab(int row);

    /** The team making the offer. */
    int toTeam(int row);

    /** The offer, USD/year: the pay offered (on the auction path, the poacher's top bid when it lost). */
    double offer(int row);

    /** The incumbent's counter, USD/year, or NaN when it made none above the current pay. */
    double counter(int row);

    /** What became of the offer. */
    OfferOutcome outcome(int row);
}
