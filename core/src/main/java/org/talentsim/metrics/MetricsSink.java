package org.talentsim.metrics;

import org.talentsim.model.WorldView;

/** Receives the rows of each tick from {@link Metrics}, in a fixed order: moves, then labs, then teams, then the market row. */
public interface MetricsSink {
    default void move(MoveRow r) {}

    default void lab(LabRow r) {}

    default void team(TeamRow r) {}

    default void market(MarketRow r) {}

    /** The run has ended; {@code summary} holds the final figures. */
    default void end(WorldView world, Summary summary) {}
}
