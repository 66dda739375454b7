package org.talentsim.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import org.talentsim.Talentsim;
import org.talentsim.engine.Simulation;
import org.talentsim.experiment.LocalExecutor;
import org.talentsim.experiment.Outcome;
import org.talentsim.experiment.Outcomes;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Scenario;

/**
 * What does the experiment machinery cost on top of running the model, and how do runs scale
 * across cores? The flagship scenario (meta-2025, about 17,000 researchers) for {@code months}
 * months:
 * <ul>
 *   <li>{@code plainRun}: one run as a bare {@link Simulation} on one thread, no observer — the
 *       baseline;</li>
 *   <li>{@code outcomeRun}: the same run reduced to its {@link Outcome} (every standard metric
 *       computed as the ticks go) — the per-run cost of an experiment; target ≤ 5% over
 *       {@code plainRun};</li>
 *   <li>{@code batch}: {@code runs} replications (seeds mixed from (seed, r)) through a
 *       {@link LocalExecutor} of {@code threads} threads, one run per thread at a time — the
 *       throughput; target ≥ 1.7× from 1 to 2 threads. With 16 runs the last run often finishes
 *       alone (the other thread idle for part of a run, a few percent of the batch); 64 runs
 *       is closer to an experiment's size (meta-retention.yaml: 250 runs).</li>
 * </ul>
 * Single-shot, several forks: a run builds a fresh world, as an experiment does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15)
@Measurement(iterations = 10)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ExperimentBenchmark {
    @Param({"24"})
    int months;

    @Param({"16", "64"})
    int runs;

    @Param({"1", "2"})
    int threads;

    private Scenario scenario;
    private List<Scenario> replications;
    private LocalExecutor executor;

    @Setup(Level.Trial)
    public void load() {
        Path file = Path.of(System.getProperty("talentsim.root", "."), "examples/scenarios/meta-2025.yaml");
        scenario = Talentsim.defaults().load(file).withMonths(months);
        replications = IntStream.range(0, runs)
                .mapToObj(r -> scenario.withSeed(Talentsim.replicationSeed(scenario.seed(), r))).toList();
        executor = new LocalExecutor(threads);
    }

    @TearDown(Level.Trial)
    public void close() {
        executor.close();
    }

    /** The baseline: one run, nothing observed. */
    @Benchmark
    public int plainRun() {
        try (Simulation sim = Simulation.of(scenario)) {
            sim.run();
            return sim.tick();
        }
    }

    /** One run reduced to its outcome row. */
    @Benchmark
    public Outcome outcomeRun() {
        return Outcomes.run(scenario, PolicyRegistry.defaults(), List.of());
    }

    /** {@code runs} replications on {@code threads} threads. */
    @Benchmark
    public List<Outcome> batch() {
        return executor.map(replications, ExperimentBenchmark::outcome, (index, o) -> { });
    }

    static Outcome outcome(Scenario s) {
        return Outcomes.run(s, PolicyRegistry.defaults(), List.of());
    }

    /*
     * How to run (from the project root):
     *   java -jar benchmarks/target/benchmarks.jar ExperimentBenchmark -rf json -rff experiment.json
     * Expected: outcomeRun within a few percent of plainRun (the observer reads each tick's moves
     * and, at the end, the labs); batch on 2 threads close to 2x as fast per run as on 1 (runs are
     * independent and small enough to stay in the caches of one core).
     */
}
