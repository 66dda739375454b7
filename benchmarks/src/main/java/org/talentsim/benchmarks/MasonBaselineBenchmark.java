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
import org.talentsim.benchmarks.plain.PlainMarket;
import org.talentsim.engine.Simulation;

/**
 * talentsim against the same market kernel written three other ways, each labelled by what it
 * does (JDK and GC are printed by JMH with each run; quote them with every ratio):
 *
 * <ul>
 *   <li><b>MASON, shuffled</b> ({@code masonOrder=SHUFFLED}): one {@code Researcher} object per
 *       agent implementing {@code Steppable}, stepped by a {@code RandomSequence} (reshuffled
 *       every step: order-fair activation) on MASON's {@code Schedule}, drawing from the model's
 *       {@code MersenneTwisterFast}; lab and team objects; a board stepped first that computes
 *       lab medians and the offer table;
 *   <li><b>MASON, index order</b> ({@code masonOrder=INDEX}): the same model stepped by a
 *       {@code Sequence}: the same order every tick (not order-fair: the agent with the lowest
 *       index always has the first claim on an opening);
 *   <li><b>plain Java</b> ({@link PlainMarket}): what a user would write instead of a
 *       framework: an {@code ArrayList} of researcher objects stepped by a loop in index order, a
 *       {@code SplittableRandom}.
 * </ul>
 *
 * All three run the rules of {@link Kernel#DEFAULT} (morale toward the peer-pay target, the
 * one-draw search, offers priced at a premium and capped at the poacher's valuation, match
 * counter-offers, utility acceptance, openings and the per-tick hiring quota, offers drawn by
 * quota) with the census's own median algorithm ({@code Internals.LabMedianFinder}), start from the
 * talentsim world at tick 0 and are warmed for {@value Markets#WARM_TICKS} ticks before the
 * snapshot; {@code KernelEquivalenceTest} checks their aggregates against talentsim's at 20k / 10
 * labs and 100k / 1,000 labs.
 *
 * <p>Work that differs: the baselines resolve each offer in its agent's turn, talentsim after
 * all draws, in a uniform permutation of the tick's draws (order-fair like {@code RandomSequence},
 * but shuffling only the few percent of researchers who drew something); the
 * talentsim tick also runs production (team output, capability, strategies), the layoff phase's
 * clock pass, the payroll pass (ticks in status, tenure, lab spending), a second census, lab
 * payroll bookkeeping and one move-log row per move, which no baseline does (they do less work);
 * the baselines keep morale in a double, talentsim in a float.
 *
 * <p>Each call restores a frozen state ({@code …Baseline} = the restore alone) and runs one
 * tick; a tick costs {@code step − baseline} for each engine.
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

    /** How MASON steps its agents: SHUFFLED ({@code RandomSequence}) or INDEX ({@code Sequence}). */
    @Param({"SHUFFLED", "INDEX"})
    String masonOrder;

    private MasonMarket mason;
    private MasonMarket.Snapshot masonFrozen;
    private PlainMarket plain;
    private Object plainFrozen;

    @Setup(Level.Trial)
    public void setUp() {
        Simulation started = Markets.start(Markets.kernel(researchers, labs, Kernel.DEFAULT, 42), threads);
        org.talentsim.kernel.World w = org.talentsim.kernel.Internals.market(started).world();
        mason = MasonMarket.of(w, Kernel.DEFAULT, 42, MasonMarket.Order.valueOf(masonOrder));
        plain = PlainMarket.of(w, Kernel.DEFAULT, 42);
        started.run(Markets.WARM_TICKS);
        freeze(started);
        mason.start();
        for (int t = 0; t < Markets.WARM_TICKS; t++) {
            mason.tick();
        }
        masonFrozen = mason.snapshot();
        for (int t = 0; t < Markets.WARM_TICKS; t++) {
            plain.tick();
        }
        plainFrozen = plain.snapshot();
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

    /** Plain Java: the snapshot copy alone. */
    @Benchmark
    public int plainBaseline() {
        plain.restore(plainFrozen);
        return plain.quits();
    }

    /** Plain Java: restore, then one tick of the loop. */
    @Benchmark
    public int plainStep() {
        plain.restore(plainFrozen);
        plain.tick();
        return plain.quits();
    }

    /*
     * How to run (BENCHMARKS.md, "Baselines"; several forks for published figures):
     *
     *   java -jar benchmarks/target/benchmarks.jar MasonBaselineBenchmark -f 3 -wi 3 -i 5
     *
     * Cost per researcher of a tick = (xStep - xBaseline) / researchers; a ratio is the
     * baseline's cost over talentsim's, measured in the same run. The talentsim and plain methods
     * do not depend on masonOrder (they run once per value of it: two samples).
     */
}
