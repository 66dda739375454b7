package org.talentsim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    static {
        // a smoke run measures nothing, so it must not wait for (or fail on) the machine-wide
        // lock that a real JMH run elsewhere on this machine holds in the temp folder
        System.setProperty("jmh.ignoreLock", "true");
    }

    /** A JMH run in another process holds the lock file: the smoke run still runs. */
    @Test
    void runsWhileAnotherJmhHoldsTheLock(@TempDir Path tmp) throws Exception {
        Path lock = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        Path src = tmp.resolve("HoldLock.java");
        Files.writeString(src, "import java.nio.channels.FileChannel; import java.nio.file.*;"
                + " public class HoldLock { public static void main(String[] a) throws Exception {"
                + " try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);"
                + " var l = c.tryLock()) { System.out.println(l != null ? \"locked\" : \"busy\"); System.out.flush();"
                + " Thread.sleep(60_000); } } }");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                src.toString(), lock.toString()).redirectErrorStream(true).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine();
            assertTrue("locked".equals(first) || "busy".equals(first), "the holder started: " + first);
            smoke(BandwidthBenchmark.class, 2, "researchers", "10000");
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    @Test
    void latency() throws RunnerException {
        smoke(LatencyBenchmark.class, 1, "megabytes", "1");
    }

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
    void experiment() throws RunnerException {
        System.setProperty("talentsim.root", "..");
        smoke(ExperimentBenchmark.class, 3 * 2, "months", "2", "threads", "1,2", "runs", "16");
    }

    @Test
    void masonBaseline() throws RunnerException {
        smoke(MasonBaselineBenchmark.class, 6 * 2, "researchers", "10000", "labs", "100");
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
