/**
 * JMH benchmarks of the engine (see BENCHMARKS.md at the root): one tick on a frozen snapshot
 * ({@code TickBenchmark}), each phase alone ({@code PhaseBenchmark}), a whole run
 * ({@code RunBenchmark}), the machine's streaming floor ({@code BandwidthBenchmark}) and the same
 * market kernel written as a MASON model ({@code MasonBaselineBenchmark}); {@code Markets} builds
 * the markets they run.
 *
 * <p>Imports: the public API of {@code org.talentsim} ({@code engine}, {@code market},
 * {@code model}, {@code scenario}), JMH, and {@code org.talentsim.benchmarks.mason}.
 */
package org.talentsim.benchmarks;
