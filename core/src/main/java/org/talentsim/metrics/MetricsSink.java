package org.talentsim.metrics;

import org.talentsim.model.WorldView;

/**
 * Receives the rows of each tick from {@link Metrics}, in a fixed order: offers (to a sink that
 * {@link #wantsOffers() wants them}), then moves, then labs, then teams, then the market row.
 */
public interface MetricsSink {
    /**
     * Whether this sink takes {@link #offer} rows; asked once, when the simulation is built. The
     * run records offers only if some sink (or observer) wants them.
     */
    default boolean wantsOffers() {
        return false;
    }

    /**
     * A run starts, before its first row. A sink that keeps one run's rows (as {@link History})
     * refuses a second start with {@link IllegalStateException}.
     */
    default void start(WorldView world) {}

    /** One offer made this tick (only to a sink that {@link #wantsOffers() wants offers}). */
    default void offer(OfferRow r) {}

    /** One move of a researcher (a hire, a poach, a quit, a layoff, ...), as it happened. */
    default void move(MoveRow r) {}

    /** A lab's row at the end of a tick. */
    default void lab(LabRow r) {}

    /** A team's row at the end of a tick. */
    default void team(TeamRow r) {}

    /** The market's row at the end of a tick. */
    default void market(MarketRow r) {}

    /** The run has ended; {@code summary} holds the final figures. */
    default void end(WorldView world, Summary summary) {}
}
