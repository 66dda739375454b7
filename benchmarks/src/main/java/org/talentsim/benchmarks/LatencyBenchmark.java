package org.talentsim.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What does one random load cost on this machine, by the size of the data it lands in? A
 * pointer chase: an int array of {@code megabytes} MiB holds one random cycle through all its
 * cache lines, and each load's address is the value of the load before, so no two loads
 * overlap. The time per load is the latency of the level of the memory system that holds that
 * much data. It says where a population's state stops fitting (at ~45 bytes a researcher,
 * 100 000 researchers are 4.5 MB, 1 000 000 are 45 MB), and so what a draw resolved at a random
 * researcher costs in waiting alone.
 *
 * <p>Expected: a few ns while the array fits in L1/L2, tens of ns in the last-level cache, ~100
 * ns or more from memory. {@code lscpu}'s L3 size is not always what a virtual machine's guest
 * gets to use: this measures it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class LatencyBenchmark {
    /** Loads per benchmark call. */
    static final int LOADS = 1 << 16;

    @Param({"1", "4", "16", "64", "256"})
    int megabytes;

    private int[] next;
    private int at;

    @Setup(Level.Trial)
    public void build() {
        int ints = megabytes << 18;   // MiB / 4 bytes
        int lines = Math.max(2, ints / 16);   // 16 ints a 64-byte line
        next = new int[lines * 16];
        int[] order = new int[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        SplittableRandom r = new SplittableRandom(1);
        for (int i = lines - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < lines; i++) {
            next[order[i] * 16] = order[(i + 1) % lines] * 16;
        }
        at = order[0] * 16;
    }

    /** {@link #LOADS} dependent loads; the score is ns per load. */
    @Benchmark
    @OperationsPerInvocation(LOADS)
    public int chase() {
        int[] n = next;
        int p = at;
        for (int k = 0; k < LOADS; k++) {
            p = n[p];
        }
        at = p;
        return p;
    }
}
