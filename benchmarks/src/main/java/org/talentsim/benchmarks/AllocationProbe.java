package org.talentsim.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.talentsim.engine.Simulation;
import org.talentsim.kernel.Market;
import org.talentsim.metrics.Metrics;
import org.talentsim.metrics.MetricsSink;

/**
 * Does a tick allocate memory that grows with the number of researchers?
 *
 * <p>JMH's {@code -prof gc} divides the bytes allocated in an iteration by the calls made in it;
 * at 1M researchers an iteration holds only a few dozen ticks, so JMH's own per-iteration
 * allocation shows up as kilobytes per tick there and not at 10 000. This probe counts the
 * bytes the engine's threads allocate ({@code ThreadMXBean.getThreadAllocatedBytes}: the
 * running thread plus, with several threads, the engine's workers) over many restore + tick
 * calls after a warm-up long enough for the JIT to finish, minus the same number of restores
 * alone.
 *
 * <p>Modes, each a {@code key=value} argument (lists separated by commas):
 * <ul>
 *   <li>{@code n=10000,1000000}: researchers (default both)</li>
 *   <li>{@code labs=10,1000}: labs (default both)</li>
 *   <li>{@code threads=1}: engine threads (e.g. {@code threads=1,2}; default 1)</li>
 *   <li>{@code metrics=off}: {@code on} attaches a {@link Metrics} observer whose sink discards
 *       every row ({@code metrics=off,on} measures both; default off)</li>
 * </ul>
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.talentsim.benchmarks.AllocationProbe
 * java -cp benchmarks/target/benchmarks.jar org.talentsim.benchmarks.AllocationProbe n=10000 threads=1,2 metrics=off,on
 * </pre>
 *
 * <p>The default takes about two minutes; {@code n=10000} alone takes seconds per mode.
 * Expected without metrics: the same bytes per tick at 10 000 and 1 000 000 researchers for a
 * given number of labs (what remains is per lab and per team: strategy and production records
 * when escape analysis keeps them, and with 2 threads the parallel runner's hand-offs). With
 * {@code Metrics} the rows it builds (one per move, lab and team) grow with the moves.
 */
public final class AllocationProbe {
    private AllocationProbe() {}

    /** Runs the modes named by {@code args} (see the class comment) and prints one line per mode. */
    public static void main(String[] args) {
        int[] sizes = {10_000, 1_000_000};
        int[] labCounts = {10, 1000};
        int[] threadCounts = {1};
        boolean[] metricsModes = {false};
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, was '" + a + "'");
            }
            String key = a.substring(0, eq);
            String[] values = a.substring(eq + 1).split(",");
            switch (key) {
                case "n" -> sizes = ints(values);
                case "labs" -> labCounts = ints(values);
                case "threads" -> threadCounts = ints(values);
                case "metrics" -> {
                    metricsModes = new boolean[values.length];
                    for (int k = 0; k < values.length; k++) {
                        metricsModes[k] = switch (values[k]) {
                            case "on" -> true;
                            case "off" -> false;
                            default -> throw new IllegalArgumentException("metrics must be on or off, was '" + values[k] + "'");
                        };
                    }
                }
                default -> throw new IllegalArgumentException("unknown key '" + key + "' (n, labs, threads, metrics)");
            }
        }
        System.out.println("researchers   labs threads metrics   bytes/tick (restore + tick − restore)");
        for (boolean metrics : metricsModes) {
            for (int threads : threadCounts) {
                for (int labs : labCounts) {
                    for (int n : sizes) {
                        double tick = measure(n, labs, threads, metrics);
                        System.out.printf(Locale.ROOT, "%11d %6d %7d %7s %12.0f%n", n, labs, threads,
                                metrics ? "on" : "off", tick);
                    }
                }
            }
        }
    }

    private static int[] ints(String[] values) {
        return Arrays.stream(values).mapToInt(Integer::parseInt).toArray();
    }

    /** Bytes allocated per tick by the engine's threads with {@code n} researchers in {@code labs} labs. */
    static double measure(int n, int labs, int threads, boolean metrics) {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var builder = Simulation.builder(Markets.flagship(n, labs, 42)).threads(threads)
                .initializer(Markets.spreadTenure(42));
        if (metrics) {
            builder.observer(new Metrics(new MetricsSink() { }));
        }
        try (Simulation sim = builder.build()) {
            sim.run(Markets.WARM_TICKS);
            Market market = org.talentsim.kernel.Internals.market(sim);
            Market.Snapshot frozen = market.snapshot();
            int reps = n > 100_000 ? 100 : 5_000;
            // long enough for code called once per lab (10 times a tick with 10 labs) to be
            // recompiled by C2 after the big world's profile deoptimises it
            int warm = n > 100_000 ? 15 * reps : 4 * reps;
            for (int r = 0; r < warm; r++) {
                market.restore(frozen);
                sim.step();
            }
            long[] ids = engineThreads();
            long a0 = allocated(mx, ids);
            for (int r = 0; r < reps; r++) {
                market.restore(frozen);
            }
            long a1 = allocated(mx, ids);
            for (int r = 0; r < reps; r++) {
                market.restore(frozen);
                sim.step();
            }
            long a2 = allocated(mx, ids);
            return ((a2 - a1) - (a1 - a0)) / (double) reps;
        }
    }

    /** The running thread and the engine's workers (alive after the warm-up). */
    private static long[] engineThreads() {
        List<Long> ids = new ArrayList<>();
        ids.add(Thread.currentThread().getId());
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("talentsim-worker-")) {
                ids.add(t.getId());
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static long allocated(com.sun.management.ThreadMXBean mx, long[] ids) {
        long[] bytes = mx.getThreadAllocatedBytes(ids);
        long sum = 0;
        for (long b : bytes) {
            sum += b;
        }
        return sum;
    }
}
