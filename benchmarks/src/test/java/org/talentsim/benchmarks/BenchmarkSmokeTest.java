package org.talentsim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Keeps the benchmarks from rotting: every benchmark method runs once, in this JVM, on the
 * smallest market, for one short iteration. No assertion on time (that is JMH's job, on a quiet
 * machine); only that each method ran, setups and teardowns included, and gave a finite score.
 */
class BenchmarkSmokeTest {

    @Test
    void tick() throws RunnerException {
        smoke(TickBenchmark.class, 2 * 2, "researchers", "10000", "labs", "10", "threads", "1,2");
    }

    @Test
    void phases() throws RunnerException {
        smoke(PhaseBenchmark.class, 12, "researchers", "10000", "labs", "10");
    }

    @Test
    void run() throws RunnerException {
        smoke(RunBenchmark.class, 1, "researchers", "10000", "labs", "10", "threads", "2");
    }

    @Test
    void bandwidth() throws RunnerException {
        smoke(BandwidthBenchmark.class, 2, "researchers", "10000");
    }

    @Test
    void masonBaseline() throws RunnerException {
        smoke(MasonBaselineBenchmark.class, 4, "researchers", "10000", "labs", "100");
    }

    /** Runs every method of {@code benchmark} with the given parameters; expects {@code runs} results. */
    private static void smoke(Class<?> benchmark, int runs, String... params) throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        for (int k = 0; k < params.length; k += 2) {
            o.param(params[k], params[k + 1].split(","));
        }
        Collection<RunResult> results = new Runner(o.build()).run();
        assertEquals(runs, results.size(), benchmark.getSimpleName() + ": benchmarks run");
        for (RunResult r : results) {
            double score = r.getPrimaryResult().getScore();
            assertTrue(Double.isFinite(score) && score >= 0,
                    r.getParams().getBenchmark() + " " + r.getParams() + " scored " + score);
        }
    }
}
