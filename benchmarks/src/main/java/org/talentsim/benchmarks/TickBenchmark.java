package org.talentsim.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What does one tick of a realistic market cost per researcher, and how does it scale?
 *
 * <p>The market is {@link Markets#flagship}: the full policy mix. Stepping one evolving world
 * again and again would time a different workload each call (teams fill up, pay inflates), so
 * every call restores the same frozen snapshot, taken after {@value Markets#WARM_TICKS} ticks,
 * and then runs the same tick on it. {@link #baseline} is the restore alone; the tick costs
 * {@code tick − baseline}.
 *
 * <p>Expected: the cost is linear in researchers (the phases are passes over the population
 * arrays plus work per offer), so {@code (tick − baseline) / researchers} is flat in {@code
 * researchers} and in {@code labs} (nothing does labs × researchers work), and two threads
 * approach half the time at 1M (the parallel phases dominate; offers and layoffs are
 * sequential). At 10 000 researchers the per-tick work over labs and teams is no longer
 * negligible, so the per-researcher cost is higher there, more so with 1 000 labs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class TickBenchmark extends FrozenMarket {
    @Param({"10000", "100000", "1000000"})
    int researchers;

    @Param({"10", "1000"})
    int labs;

    @Param({"1", "2"})
    int threads;

    /** Every lab's pay policy: {@code cash}, or {@code equity-annual} for the package mechanics (docs/MODEL.md §7.9). */
    @Param({"cash"})
    String pay;


    @Setup(Level.Trial)
    public void setUp() {
        freeze(Markets.warmed(Markets.flagship(researchers, labs, 42, pay), threads, Markets.WARM_TICKS));
    }

    /** The snapshot copy alone: subtract it from {@link #tick}. */
    @Benchmark
    public double baseline() {
        return restored();
    }

    /** Restore, then one full tick: events, production, morale, search, offers, layoffs, payroll, census. */
    @Benchmark
    public double tick() {
        return stepped();
    }

    /*
     * How to run (after `mvn -pl benchmarks -am package -DskipTests`):
     *
     *   java -jar benchmarks/target/benchmarks.jar TickBenchmark -f 1 -wi 3 -i 5
     *   java -jar benchmarks/target/benchmarks.jar TickBenchmark -p researchers=1000000 -p labs=1000 -prof gc
     *
     * ns per researcher per tick = (tick − baseline) [us/op] × 1000 / researchers.
     *
     * What to expect (BENCHMARKS.md, 2 cores, commit b3c59cf): the restore takes 16-29 ms at
     * 1M; the tick 50-80 ns per researcher on one thread (median of 5 forks at 1M / 1 000 labs:
     * 61), 1.3-1.7x less on two threads (1.16-1.21x since 2026-12-04: the offers, resolved in a
     * random order, do not scale); t(1M)/t(100k) 9-14; ~90 ns at 10k with 1 000 labs
     * (per-team work). Allocation: see AllocationProbe (-prof gc overstates it at 1M, where an
     * iteration holds few ticks).
     */
}
