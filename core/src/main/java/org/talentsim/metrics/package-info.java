/**
 * Observers that turn ticks into tables and statistics: rows per (tick, lab), per (tick, lab,
 * team), per move and per offer (the columns of {@code labs.csv}, {@code teams.csv}, {@code
 * moves.csv}, {@code offers.csv}),
 * market-wide aggregates, flows between labs, and the end-of-run summary. Rows go to {@link
 * org.talentsim.metrics.MetricsSink}s; {@link org.talentsim.metrics.History} keeps them in memory.
 * Counters are preallocated per lab and reused each tick; nothing is allocated per researcher.
 *
 * <p>Observers see the state through the read-only views of {@code model}.
 *
 * <p>Imports: {@code rng}, {@code model}, {@code scenario}, {@code policy}, {@code engine}
 * (not {@code kernel}).
 */
package org.talentsim.metrics;
