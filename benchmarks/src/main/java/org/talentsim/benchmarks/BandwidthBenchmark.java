package org.talentsim.benchmarks;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.talentsim.kernel.Population;

/**
 * What does it cost this machine just to stream the state of a population once? A STREAM-style
 * triad {@code a[i] = b[i] + s·c[i]} over three double arrays holding, together, exactly
 * {@link Population#bytesPerResearcher()} × {@code researchers} bytes: the floor under any tick
 * that reads every researcher's state, so a tick can be reported as a multiple of it.
 *
 * <p>Expected: time linear in size, a few GB/s to tens of GB/s per core. Where the arrays fit
 * in the last-level cache (check {@code lscpu}), the floor is the cache's bandwidth, not
 * DRAM's; the 10M size is there to show the DRAM floor. Two threads on disjoint halves are
 * faster only while one core cannot saturate the memory system.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class BandwidthBenchmark {
    @Param({"1000000", "10000000"})
    int researchers;

    private double scalar = 3.0;
    private double[] a;
    private double[] b;
    private double[] c;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void allocate() {
        int n = (int) ((long) Population.bytesPerResearcher() * researchers / (3 * Double.BYTES));
        a = new double[n];
        b = new double[n];
        c = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = i;
            c[i] = n - i;
        }
        pool = Executors.newFixedThreadPool(2);
    }

    @TearDown(Level.Trial)
    public void shutdown() {
        pool.shutdownNow();
    }

    /** One triad over all three arrays, on one thread. */
    @Benchmark
    public double[] triad() {
        triad(0, a.length);
        return a;
    }

    /** The same triad split in two halves on two threads. */
    @Benchmark
    public double[] triadTwoThreads() throws InterruptedException, ExecutionException {
        int half = a.length / 2;
        Future<?> first = pool.submit(() -> triad(0, half));
        Future<?> second = pool.submit(() -> triad(half, a.length));
        first.get();
        second.get();
        return a;
    }

    private void triad(int from, int to) {
        double s = scalar;
        double[] x = a;
        double[] y = b;
        double[] z = c;
        for (int i = from; i < to; i++) {
            x[i] = y[i] + s * z[i];
        }
    }

    /*
     * How to run:
     *
     *   java -jar benchmarks/target/benchmarks.jar BandwidthBenchmark
     *
     * Bandwidth = 3 × 8 bytes × n / time (4 × with write-allocate); the floor per researcher is
     * triad [us/op] × 1000 / researchers ns.
     *
     * What to expect: about 1.7 ns per researcher at 1M on one thread (~24 GB/s: the arrays
     * sit in a 300 MiB L3), 0.9 on two; at 10M (DRAM) about 3.3 and 2.0.
     */
}
