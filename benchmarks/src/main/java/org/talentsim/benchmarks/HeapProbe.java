package org.talentsim.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.talentsim.engine.Simulation;
import org.talentsim.kernel.Population;

/**
 * How many bytes of heap does a researcher cost?
 *
 * <p>Two figures: the population's own arrays ({@link Population#bytesPerResearcher()}, by
 * arithmetic over their element sizes), and everything a warmed simulation keeps alive — the
 * population, the census scratch, the per-chunk search buffers and the move log at the size of
 * the busiest tick so far, labs and teams — measured as used heap after full collections, with
 * the simulation alive minus before it was built.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.talentsim.benchmarks.HeapProbe [researchers] [labs] [pay]
 * </pre>
 */
public final class HeapProbe {
    private HeapProbe() {}

    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int labs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        String pay = args.length > 2 ? args[2] : "cash";
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        try (Simulation sim = Markets.warmed(Markets.flagship(n, labs, 42, pay), 1, Markets.WARM_TICKS)) {
            long after = usedAfterGc(memory);
            System.out.printf(Locale.ROOT, "researchers %d, labs %d, pay %s, after %d ticks%n", n, labs, pay, sim.tick());
            System.out.printf(Locale.ROOT, "population arrays: %d bytes per researcher%n",
                    Population.bytesPerResearcher());
            System.out.printf(Locale.ROOT, "retained by the warmed simulation: %.1f bytes per researcher (%.1f MB)%n",
                    (after - before) / (double) n, (after - before) / 1e6);
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int k = 0; k < 4; k++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
