package org.talentsim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.benchmarks.mason.Kernel;
import org.talentsim.benchmarks.mason.MasonMarket;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.kernel.MoveLog;
import org.talentsim.model.MoveReason;
import org.talentsim.kernel.World;
import org.talentsim.scenario.Scenario;

/**
 * The MASON baseline is a fair comparison only if it runs the same market: both kernels start
 * from the same world and, over {@value #TICKS} ticks and {@value #REPLICATIONS} seeds, must give
 * the same quits, poaches, hires and counter-offers per tick and the same headcount per lab at
 * the end, within a few standard errors. When the market rules of {@code core} change
 * (pricing, counter-offers, acceptance, quotas, morale, quits), this test fails until the MASON
 * model in {@code org.talentsim.benchmarks.mason} is brought back in line.
 */
class KernelEquivalenceTest {
    static final int RESEARCHERS = 20_000;
    static final int LABS = 10;
    static final int TICKS = 24;
    static final int REPLICATIONS = 8;
    /** Allowed distance between the two kernels, in standard errors of the difference. */
    static final double Z = 4.5;
    /** The same for paired comparisons over {@value #REPLICATIONS} replications (Student's t with 7 degrees of freedom). */
    static final double Z_PAIRED = 5;

    @Test
    void bothKernelsGiveTheSameAggregates() {
        Totals ts = new Totals();
        Totals mason = new Totals();
        double[][] headTs = new double[REPLICATIONS][LABS];
        double[][] headMason = new double[REPLICATIONS][LABS];
        double[] payTs = new double[REPLICATIONS];
        double[] payMason = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            Scenario s = Markets.kernel(RESEARCHERS, LABS, Kernel.DEFAULT, 1000 + r);
            try (Simulation sim = Simulation.builder(s).observer(ts).build()) {
                MasonMarket m = MasonMarket.of(org.talentsim.kernel.Internals.market(sim).world(), Kernel.DEFAULT, 2000 + r);
                sim.run(TICKS);
                m.start();
                for (int t = 0; t < TICKS; t++) {
                    m.tick();
                    mason.quits += m.quits();
                    mason.poaches += m.poaches();
                    mason.hires += m.hires();
                    mason.counters += m.counters();
                }
                double employedTs = 0;
                double employedMason = 0;
                for (int l = 0; l < LABS; l++) {
                    headTs[r][l] = headcount(org.talentsim.kernel.Internals.market(sim).world(), l);
                    headMason[r][l] = m.headcount(l);
                    employedTs += headTs[r][l];
                    employedMason += headMason[r][l];
                    payTs[r] += sim.world().lab(l).payroll();
                }
                payTs[r] /= employedTs;
                payMason[r] = m.payroll() / employedMason;
            }
        }
        assertCounts("quits", ts.quits, mason.quits);
        assertCounts("poaches", ts.poaches, mason.poaches);
        assertCounts("hires", ts.hires, mason.hires);
        assertCounts("counter-offers", ts.counters, mason.counters);
        for (int l = 0; l < LABS; l++) {
            double[] a = new double[REPLICATIONS];
            double[] b = new double[REPLICATIONS];
            for (int r = 0; r < REPLICATIONS; r++) {
                a[r] = headTs[r][l];
                b[r] = headMason[r][l];
            }
            assertPaired("headcount of lab " + l, a, b);
        }
        assertPaired("mean pay of the employed", payTs, payMason);
    }

    /** Counts are near-Poisson: the standard error of the difference of two totals is √(a + b). */
    private static void assertCounts(String what, long a, long b) {
        double se = Math.sqrt(a + b);
        double runs = TICKS * REPLICATIONS;
        System.out.printf("%s per tick: talentsim %.1f, MASON %.1f (z = %.2f)%n", what, a / runs, b / runs, (a - b) / se);
        assertTrue(Math.abs(a - b) <= Z * se, () -> what + ": talentsim " + a + " vs MASON " + b
                + " differ by " + Math.abs(a - b) / se + " standard errors");
    }

    /**
     * Both kernels start each replication from the same world, so the difference is taken per
     * replication (a paired comparison); with few replications the t tail is heavy, hence {@link
     * #Z_PAIRED}.
     */
    private static void assertPaired(String what, double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int r = 0; r < a.length; r++) {
            d[r] = a[r] - b[r];
        }
        double mean = mean(d);
        double se = Math.sqrt(variance(d, mean) / d.length);
        System.out.printf("%s: %.1f vs %.1f, t = %.2f%n", what, mean(a), mean(b), mean / se);
        assertTrue(Math.abs(mean) <= Z_PAIRED * se, () -> what + ": talentsim " + mean(a) + " vs MASON " + mean(b)
                + " differ by " + Math.abs(mean) / se + " standard errors");
    }

    private static int headcount(World w, int lab) {
        int n = 0;
        for (int t : w.lab(lab).teams()) {
            n += w.team(t).headcount();
        }
        return n;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x, double mean) {
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return s / (x.length - 1);
    }

    /** Move counts by reason. */
    static final class Totals implements TickObserver {
        long quits;
        long poaches;
        long hires;
        long counters;

        @Override
        public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {
            for (int row = 0; row < moves.size(); row++) {
                MoveReason why = moves.reason(row);
                switch (why) {
                    case QUIT -> quits++;
                    case POACHED -> poaches++;
                    case HIRED -> hires++;
                    case COUNTERED -> counters++;
                    default -> throw new AssertionError("the kernel has no " + why + " moves");
                }
            }
        }
    }
}
