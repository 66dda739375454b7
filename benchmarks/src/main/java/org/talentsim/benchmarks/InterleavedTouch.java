package org.talentsim.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import org.talentsim.kernel.ChunkRunner;
import org.talentsim.kernel.Internals;

/**
 * The offer desk with and without touched batches ({@code OfferDesk.touch}), timed in one JVM,
 * alternating call by call on the same frozen tick of a warmed flagship market. On this
 * project's shared VM, JMH forks of the same code spread by ±30%, more than the difference; in
 * one JVM both variants share the compiled code, the heap layout and the hour, and the
 * alternation cancels drift. Each call restores the snapshot, then times the fused morale and
 * search pass and the offers phase on one thread; then restores it again and times a whole
 * tick ({@code Simulation.step()}, on the simulation's {@code threads}). It prints ns per
 * researcher: the medians, lower quartiles and minima of each variant.
 *
 * <pre>
 * java -Xms4g -Xmx4g -cp benchmarks/target/benchmarks.jar org.talentsim.benchmarks.InterleavedTouch \
 *     researchers labs calls [threads]
 * </pre>
 */
public final class InterleavedTouch extends FrozenMarket {
    private InterleavedTouch() {}

    public static void main(String[] args) {
        int researchers = Integer.parseInt(args[0]);
        int labs = Integer.parseInt(args[1]);
        int calls = Integer.parseInt(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        InterleavedTouch h = new InterleavedTouch();
        h.freeze(Markets.warmed(Markets.flagship(researchers, labs, 42), threads, Markets.WARM_TICKS));
        int tick = h.frozen.tick() + 1;
        double[][] offers = new double[2][calls];
        double[][] phases = new double[2][calls];
        double[][] ticks = new double[2][calls];
        try {
            for (int pass = 0; pass < 2; pass++) {   // the first pass warms up; the second is kept
                for (int c = 0; c < calls; c++) {
                    for (int k = 0; k < 2; k++) {
                        int touched = c % 2 == 0 ? k : 1 - k;   // ABBA: neither always goes first
                        Internals.touchFrom(touched == 1 ? 0 : Long.MAX_VALUE);
                        h.market.restore(h.frozen);
                        long t0 = System.nanoTime();
                        h.market.moraleAndSearch(tick, ChunkRunner.SEQUENTIAL);
                        long t1 = System.nanoTime();
                        h.market.offers(tick);
                        long t2 = System.nanoTime();
                        offers[touched][c] = (t2 - t1) / (double) researchers;
                        phases[touched][c] = (t2 - t0) / (double) researchers;
                        h.market.restore(h.frozen);
                        long t3 = System.nanoTime();
                        h.sim.step();
                        ticks[touched][c] = (System.nanoTime() - t3) / (double) researchers;
                    }
                }
            }
        } finally {
            Internals.touchFrom(Internals.DEFAULT_TOUCH_BYTES);
            h.close();
        }
        System.out.printf(Locale.ROOT, "%,d researchers, %,d labs, %d calls of each, tick on %d thread(s) (ns per researcher: median, lower quartile, min)%n",
                researchers, labs, calls, threads);
        for (int v = 0; v < 2; v++) {
            double[] o = offers[v].clone();
            double[] p = phases[v].clone();
            double[] t = ticks[v].clone();
            Arrays.sort(o);
            Arrays.sort(p);
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "%-10s offers %6.2f %6.2f %6.2f | morale, search and offers %6.2f %6.2f %6.2f | tick %6.2f %6.2f %6.2f%n",
                    v == 1 ? "touched" : "one by one", o[calls / 2], o[calls / 4], o[0], p[calls / 2], p[calls / 4], p[0],
                    t[calls / 2], t[calls / 4], t[0]);
        }
    }
}
