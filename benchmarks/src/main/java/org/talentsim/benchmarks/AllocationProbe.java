package org.talentsim.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.talentsim.engine.Simulation;
import org.talentsim.kernel.Market;

/**
 * Does a tick allocate memory that grows with the number of researchers?
 *
 * <p>JMH's {@code -prof gc} divides the bytes allocated in an iteration by the calls made in it;
 * at 1M researchers an iteration holds only a few dozen ticks, so JMH's own per-iteration
 * allocation shows up as kilobytes per tick there and not at 10 000. This probe counts the
 * bytes the running thread allocates ({@code ThreadMXBean.getThreadAllocatedBytes}) over many
 * restore + tick calls after a warm-up long enough for the JIT to finish, minus the same number
 * of restores alone, single-threaded.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.talentsim.benchmarks.AllocationProbe
 * </pre>
 *
 * <p>Takes about two minutes. Expected: the same bytes per tick at 10 000 and 1 000 000 researchers for a given number of
 * labs (what remains is per lab and per team: strategy and production records).
 */
public final class AllocationProbe {
    private AllocationProbe() {}

    public static void main(String[] args) {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        System.out.println("researchers   labs   bytes/tick (restore + tick − restore)");
        for (int labs : new int[] {10, 1000}) {
            for (int n : new int[] {10_000, 1_000_000}) {
                try (Simulation sim = Markets.warmed(Markets.flagship(n, labs, 42), 1, Markets.WARM_TICKS)) {
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
                    long a0 = mx.getThreadAllocatedBytes(thread);
                    for (int r = 0; r < reps; r++) {
                        market.restore(frozen);
                    }
                    long a1 = mx.getThreadAllocatedBytes(thread);
                    for (int r = 0; r < reps; r++) {
                        market.restore(frozen);
                        sim.step();
                    }
                    long a2 = mx.getThreadAllocatedBytes(thread);
                    double tick = ((a2 - a1) - (a1 - a0)) / (double) reps;
                    System.out.printf(Locale.ROOT, "%11d %6d %12.0f%n", n, labs, tick);
                }
            }
        }
    }
}
