/**
 * JMH benchmarks of the engine (see BENCHMARKS.md at the root): one tick on a frozen snapshot
 * ({@code TickBenchmark}), each phase alone ({@code PhaseBenchmark}), a whole run
 * ({@code RunBenchmark}), the machine's streaming floor ({@code BandwidthBenchmark}) and the same
 * market kernel written as a MASON model ({@code MasonBaselineBenchmark}); {@code Markets} builds
 * the markets they run.
 *
 * <p>Imports: the public API of {@code org.talentsim} ({@code engine}, {@code model}, {@code
 * scenario}, {@code metrics}, {@code experiment}, {@code policy}), the kernel through {@code
 * org.talentsim.kernel} (on the class path: the snapshot restore, the census's median for the
 * baselines), JMH, and {@code org.talentsim.benchmarks.mason}.
 */
package org.talentsim.benchmarks;
