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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.talentsim.engine.Simulation;

/**
 * How long does a whole run take, the way a user runs it: {@value #TICKS} ticks (ten years) of
 * a mid-size flagship market, from a freshly built world, including the JIT's warm-up and the
 * drift of the state (teams fill, pay rises, budgets bite)? The tick benchmarks freeze the state
 * to time one steady tick; this one times the real thing, one run per measurement
 * (single-shot), several forks so that JIT decisions are sampled too. Building the world is not
 * timed.
 *
 * <p>Expected: close to {@value #TICKS} × the frozen tick of {@link TickBenchmark} at the same
 * size, a little more for the first ticks run in the interpreter and the state drifting
 * (layoffs when budgets bind, larger teams).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 3, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RunBenchmark {
    static final int TICKS = 120;

    @Param({"100000"})
    int researchers;

    @Param({"100"})
    int labs;

    @Param({"1", "2"})
    int threads;

    private Simulation sim;

    @Setup(Level.Invocation)
    public void build() {
        sim = Markets.start(Markets.flagship(researchers, labs, 42), threads);
    }

    @TearDown(Level.Invocation)
    public void close() {
        sim.close();
    }

    /** All {@value #TICKS} ticks of one run. */
    @Benchmark
    public double run() {
        sim.run(TICKS);
        return sim.world().lab(0).payroll();
    }

    /*
     * How to run:
     *
     *   java -jar benchmarks/target/benchmarks.jar RunBenchmark
     *   java -jar benchmarks/target/benchmarks.jar RunBenchmark -p researchers=1000000 -f 2
     *
     * ns per researcher per tick = run [ms] × 1e6 / (researchers × 120).
     *
     * What to expect: under a second per run at 100 000 researchers (50-70 ns per researcher
     * per tick), single runs within about ±30% of each other on a shared machine.
     */
}
