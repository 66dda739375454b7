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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.talentsim.engine.Simulation;
import org.talentsim.kernel.ChunkRunner;

/**
 * Where does the time of a tick go? Each built-in phase alone, single-threaded, on the frozen
 * snapshot of {@link TickBenchmark} (restored in every call, {@link #baseline} = the restore).
 *
 * <p>A phase's cost is {@code phase − baseline}. The offers phase resolves the draws the search
 * left in the market's per-chunk buffers; {@link #setUp} runs the search of the frozen tick
 * once, and restoring the snapshot leaves those buffers alone, so {@link #offers} resolves
 * exactly that tick's draws every call. {@link #searchThenOffers} cross-checks it: {@code
 * searchThenOffers − search ≈ offers − baseline}. The events phase is left out: the market has
 * no scheduled events, and its cost is per event, not per researcher.
 *
 * <p>Expected: the passes over every researcher (morale, search, layoffs' clocks, payroll,
 * census) each cost a few ns per researcher, near the bandwidth floor of the arrays they read;
 * search costs more (a random draw and a quit hazard per researcher); offers scale with the
 * number of offers (a few percent of researchers a tick), not with labs; production is per team
 * and per lab, nearly free at 1M.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PhaseBenchmark extends FrozenMarket {
    @Param({"1000000"})
    int researchers;

    @Param({"10", "1000"})
    int labs;

    /**
     * Threads of the phases that run in chunks (morale, search, payroll, census, the layoffs'
     * clocks, the restore's census): 2 shows which phases scale and which stay sequential.
     */
    @Param({"1"})
    int threads;

    private int tick;
    private ChunkRunner runner;

    @Setup(Level.Trial)
    public void setUp() {
        freeze(Markets.warmed(Markets.flagship(researchers, labs, 42), 1, Markets.WARM_TICKS));
        runner = threads == 1 ? ChunkRunner.SEQUENTIAL : new org.talentsim.kernel.ParallelRunner(threads);
        market.useRunner(runner);
        tick = frozen.tick() + 1;
        market.restore(frozen);
        market.search(tick, runner);
    }

    @TearDown(Level.Trial)
    public void stopRunner() {
        if (runner instanceof org.talentsim.kernel.ParallelRunner p) {
            p.close();
        }
    }

    /** The snapshot copy alone (it includes one census). */
    @Benchmark
    public double baseline() {
        return restored();
    }

    /** Phase 2: team output, capability, lab strategies (the census is reused: restore just ran one). */
    @Benchmark
    public double production() {
        market.restore(frozen);
        market.production(tick);
        return market.world().lab(0).capability();
    }

    /** Phase 3: morale of every employed researcher. */
    @Benchmark
    public double morale() {
        market.restore(frozen);
        market.morale(tick, runner);
        return market.world().population().morale(0);
    }

    /** Phase 4: the one draw per researcher, into the chunk buffers. */
    @Benchmark
    public double search() {
        market.restore(frozen);
        market.search(tick, runner);
        return market.world().lab(0).payroll();
    }

    /**
     * Phases 3 and 4 fused into one pass, as {@code Simulation.step()} runs them when no user
     * phase sits between them.
     */
    @Benchmark
    public double moraleAndSearch() {
        market.restore(frozen);
        market.moraleAndSearch(tick, runner);
        return market.world().lab(0).payroll();
    }

    /** Phase 5: pricing, counter-offers, acceptance and moves of the frozen tick's draws. */
    @Benchmark
    public double offers() {
        market.restore(frozen);
        market.offers(tick);
        return market.world().lab(0).payroll();
    }

    /** Phases 4 and 5 together, to cross-check {@link #offers}. */
    @Benchmark
    public double searchThenOffers() {
        market.restore(frozen);
        market.search(tick, runner);
        market.offers(tick);
        return market.world().lab(0).payroll();
    }

    /** Phase 6: visa and notice clocks, event and budget layoffs. */
    @Benchmark
    public double layoffs() {
        market.restore(frozen);
        market.layoffs(tick);
        return market.world().lab(0).payroll();
    }

    /** Phase 7: payroll, clocks, tenure and raises. */
    @Benchmark
    public double payroll() {
        market.restore(frozen);
        market.payroll(tick, runner);
        return market.world().lab(0).spent();
    }

    /** Phase 8: the census the metrics read. */
    @Benchmark
    public double census() {
        market.restore(frozen);
        market.census();
        return market.world().lab(0).payroll();
    }

    /** Phases 3 to 5 in a row (morale and search fused, then the offers in the tick's shuffled order), as {@code step()} runs them. */
    @Benchmark
    public double moraleSearchAndOffers() {
        market.restore(frozen);
        market.moraleAndSearch(tick, runner);
        market.offers(tick);
        return market.world().lab(0).payroll();
    }

    /** Phases 7 and 8 fused, as {@code step()} runs them: one pass does payroll and census. */
    @Benchmark
    public double payrollAndCensus() {
        market.restore(frozen);
        market.payrollAndCensus(tick, runner);
        return market.world().lab(0).payroll();
    }

    /*
     * How to run:
     *
     *   java -jar benchmarks/target/benchmarks.jar PhaseBenchmark -f 1 -wi 3 -i 5
     *   java -jar benchmarks/target/benchmarks.jar PhaseBenchmark -p researchers=10000
     *   java -jar benchmarks/target/benchmarks.jar PhaseBenchmark -p labs=1000 -p threads=1,2   (which phases scale)
     *
     * ns per researcher of a phase = (phase − baseline) [us/op] × 1000 / researchers.
     *
     * What to expect: the per-phase costs add up to TickBenchmark's single-threaded tick minus
     * its baseline (with payrollAndCensus in place of payroll and census, as step() runs them),
     * within the noise (±5-10 ns per researcher on a shared 2-core machine); at 1M with 1 000
     * labs the largest are moraleSearchAndOffers (~35-45 ns: morale ~5, search ~20, offers
     * ~15) and payrollAndCensus (~25-45).
     */
}
