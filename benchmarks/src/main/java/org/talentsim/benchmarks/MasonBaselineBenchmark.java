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
import org.talentsim.benchmarks.mason.Kernel;
import org.talentsim.benchmarks.mason.MasonMarket;
import org.talentsim.engine.Simulation;

/**
 * How much faster is talentsim than the same market written as a classic MASON model?
 *
 * <p>Both engines run the kernel of {@link Kernel#DEFAULT}: morale moving toward a peer-pay
 * target (the lab's median), the one-draw search (quit / outside offer / nothing, with the same
 * probabilities), offers priced at a premium over current pay and capped at the poacher's
 * valuation, match counter-offers, utility acceptance, moves checked against team openings. The
 * MASON model ({@link MasonMarket}) is written the way MASON models are: one {@code Researcher}
 * object per agent implementing {@code Steppable}, stepped by a {@code RandomSequence} (shuffled
 * every step) on MASON's {@code Schedule}, drawing from the model's {@code MersenneTwisterFast};
 * lab and team objects; a board stepped first that computes lab medians and the table offers are
 * drawn from. It is built from the talentsim world at tick 0, so both start from the same
 * researchers, and both are warmed for {@value Markets#WARM_TICKS} ticks before the snapshot.
 * {@code KernelEquivalenceTest} checks that they give the same quits, poaches, hires, counters,
 * headcounts and pay within a few standard errors.
 *
 * <p>Differences that remain, all in MASON's favour except the first: MASON resolves each offer
 * in its agent's (shuffled) turn, talentsim after all draws in a rotation of the index order
 * with a start and direction drawn per tick (the same distribution of outcomes); the talentsim tick also runs production (team output, capability,
 * strategies), the layoff phase's clock pass, the payroll pass (ticks in status, tenure, lab
 * spending), a second census, lab payroll bookkeeping and one move-log row per move, none of
 * which the MASON model does; MASON keeps morale in a double, talentsim in a float. The MASON
 * model uses the same O(N) median (quickselect) as talentsim, not a sort, so that the comparison
 * is of engine designs, not of algorithms.
 *
 * <p>Each call restores a frozen state ({@code …Baseline} = the restore alone) and runs one
 * tick; a tick costs {@code step − baseline} for each engine.
 *
 * <p>Expected: talentsim faster at 10 000 researchers, where MASON pays for virtual calls, the
 * shuffle and the schedule but everything fits in the caches, as long as talentsim's per-lab
 * work stays small; and much faster at 1M, where MASON's shuffled walk over a million objects
 * misses the caches on every agent while talentsim streams primitive arrays in index order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class MasonBaselineBenchmark extends FrozenMarket {
    @Param({"10000", "1000000"})
    int researchers;

    @Param({"1000"})
    int labs;

    /**
     * Threads of the talentsim engine (MASON's schedule steps this model on one thread: a
     * {@code RandomSequence} steps its agents one after the other). The MASON methods ignore it.
     */
    @Param({"1"})
    int threads;

    private MasonMarket mason;
    private MasonMarket.Snapshot masonFrozen;

    @Setup(Level.Trial)
    public void setUp() {
        Simulation started = Markets.start(Markets.kernel(researchers, labs, Kernel.DEFAULT, 42), threads);
        mason = MasonMarket.of(org.talentsim.kernel.Internals.market(started).world(), Kernel.DEFAULT, 42);
        started.run(Markets.WARM_TICKS);
        freeze(started);
        mason.start();
        for (int t = 0; t < Markets.WARM_TICKS; t++) {
            mason.tick();
        }
        masonFrozen = mason.snapshot();
    }

    /** talentsim: the snapshot copy alone. */
    @Benchmark
    public double talentsimBaseline() {
        return restored();
    }

    /** talentsim: restore, then one tick of the kernel. */
    @Benchmark
    public double talentsimStep() {
        return stepped();
    }

    /** MASON: the snapshot copy alone (back into the agents' fields). */
    @Benchmark
    public int masonBaseline() {
        mason.restore(masonFrozen);
        return mason.quits();
    }

    /** MASON: restore, then one step of the schedule. */
    @Benchmark
    public int masonStep() {
        mason.restore(masonFrozen);
        mason.tick();
        return mason.quits();
    }

    /*
     * How to run:
     *
     *   java -jar benchmarks/target/benchmarks.jar MasonBaselineBenchmark -f 1 -wi 3 -i 5
     *   java -jar benchmarks/target/benchmarks.jar MasonBaselineBenchmark -p threads=1,2
     *
     * (with threads=2 only talentsim runs on two threads: the speed-up of the library against the
     * single-threaded MASON model, quoted next to the one-thread figure, never instead of it)
     *
     * Speed-up = (masonStep − masonBaseline) / (talentsimStep − talentsimBaseline).
     *
     * What to expect (BENCHMARKS.md, commit b3c59cf): MASON ~85-110 ns per agent at 10k and
     * ~670-775 at 1M; talentsim on one thread 34 (10 labs) to 89 (1 000 labs) at 10k and 50-54
     * at 1M: 12-15x at 1M (15-20x with talentsim on two threads) and 1.2-2.6x at 10k (per-team
     * work weighs there).
     */
}
