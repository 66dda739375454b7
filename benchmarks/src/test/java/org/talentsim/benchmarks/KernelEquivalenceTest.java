package org.talentsim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentsim.benchmarks.plain.PlainMarket;
import org.talentsim.benchmarks.mason.Kernel;
import org.talentsim.benchmarks.mason.MasonMarket;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.kernel.MoveLog;
import org.talentsim.model.MoveReason;
import org.talentsim.kernel.World;
import org.talentsim.scenario.Scenario;

/**
 * The baselines are a fair comparison only if they run the same market: talentsim and each
 * baseline (MASON stepping its agents in a reshuffled {@code RandomSequence}, MASON in index
 * order with a {@code Sequence}, and the plain Java loop) start from the same world and, over
 * {@value #TICKS} ticks and {@value #REPLICATIONS} seeds, must give the same quits, poaches, hires
 * and counter-offers per tick and the same headcounts and mean pay at the end, within a few
 * standard errors; at 20,000 researchers in 10 labs and at 100,000 in 1,000 labs (headcounts then
 * compared in 10 groups of 100 labs). In index order (MASON's {@code Sequence}, the plain loop)
 * the first labs get the first claim on quotas every tick, which shows at 1,000 labs as about 3%
 * more counter-offers and 3-4% more poaches than talentsim and shuffled MASON, both order-fair on
 * average (counter-offers 1.5-1.8% until 2026-12-06): there the checks are relative bounds of 4%
 * and 5%. When the market rules of {@code core} change (pricing,
 * counter-offers, acceptance, quotas, morale, quits), this test fails until the baselines in
 * {@code org.talentsim.benchmarks.mason} and {@code .plain} are brought back in line.
 */
class KernelEquivalenceTest {
    static final int TICKS = 24;
    /**
     * 16, not 8: over 8 seeds the paired t's standard error, from 8 differences, was noisy enough
     * that a run of the same kernels gave t = -6.2 for one group of 100 labs (seeds 1000-1007,
     * after the day's fix of the pay gap at the median moved every run's draws), and -2 to -4 on
     * other seeds with the code before it; over 16 every |t| is below 3.
     */
    static final int REPLICATIONS = 16;
    /** Allowed distance between two kernels, in standard errors of the difference. */
    static final double Z = 4.5;
    /** The same for paired comparisons over {@value #REPLICATIONS} replications (Student's t with 15 degrees of freedom). */
    static final double Z_PAIRED = 5;

    /** A baseline's view for the comparison. */
    interface Baseline {
        void tick();

        int quits();

        int poaches();

        int hires();

        int counters();

        int headcount(int lab);

        double payroll();

        int windowedMedians();
    }

    enum Engine {
        MASON_SHUFFLED, MASON_INDEX, PLAIN;

        Baseline start(World w, long seed) {
            if (this == PLAIN) {
                PlainMarket p = PlainMarket.of(w, Kernel.DEFAULT, seed);
                return new Baseline() {
                    public void tick() { p.tick(); }
                    public int quits() { return p.quits(); }
                    public int poaches() { return p.poaches(); }
                    public int hires() { return p.hires(); }
                    public int counters() { return p.counters(); }
                    public int headcount(int lab) { return p.headcount(lab); }
                    public double payroll() { return p.payroll(); }
                    public int windowedMedians() { return p.windowedMedians(); }
                };
            }
            MasonMarket m = MasonMarket.of(w, Kernel.DEFAULT, seed,
                    this == MASON_SHUFFLED ? MasonMarket.Order.SHUFFLED : MasonMarket.Order.INDEX);
            m.start();
            return new Baseline() {
                public void tick() { m.tick(); }
                public int quits() { return m.quits(); }
                public int poaches() { return m.poaches(); }
                public int hires() { return m.hires(); }
                public int counters() { return m.counters(); }
                public int headcount(int lab) { return m.headcount(lab); }
                public double payroll() { return m.payroll(); }
                public int windowedMedians() { return m.windowedMedians(); }
            };
        }
    }

    /**
     * The baselines find lab medians as the census does ({@code Internals.LabMedianFinder}):
     * most of them in the window kept from the tick before. They computed every lab's median in
     * full every tick while the census used its window, so "the same work" did not hold of the
     * medians (an audit of the performance docs; issue 19 item 1: the same median algorithm).
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Engine.class)
    void theBaselinesFindMostMediansInLastTicksWindow(Engine engine) {
        int labs = 100;
        int ticks = 12;
        Scenario s = Markets.kernel(20_000, labs, Kernel.DEFAULT, 3);
        try (Simulation sim = Simulation.builder(s).build()) {
            Baseline b = engine.start(org.talentsim.kernel.Internals.market(sim).world(), 3);
            for (int t = 0; t < ticks; t++) {
                b.tick();
            }
            // every lab of 200 has a window from its second tick on: 100 labs x 11 ticks at most
            assertTrue(b.windowedMedians() > 0.8 * labs * (ticks - 1), engine + ": " + b.windowedMedians());
        }
    }

    @ParameterizedTest(name = "{0}, {1} researchers, {2} labs")
    @CsvSource({"MASON_SHUFFLED, 20000, 10", "MASON_INDEX, 20000, 10", "PLAIN, 20000, 10",
            "MASON_SHUFFLED, 100000, 1000", "MASON_INDEX, 100000, 1000", "PLAIN, 100000, 1000"})
    void theBaselineGivesTalentsimsAggregates(Engine engine, int researchers, int labs) {
        int groups = Math.min(labs, 10);
        Totals ts = new Totals();
        Totals base = new Totals();
        double[][] headTs = new double[REPLICATIONS][groups];
        double[][] headBase = new double[REPLICATIONS][groups];
        double[] payTs = new double[REPLICATIONS];
        double[] payBase = new double[REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            Scenario s = Markets.kernel(researchers, labs, Kernel.DEFAULT, 1000 + r);
            try (Simulation sim = Simulation.builder(s).observer(ts).build()) {
                World w = org.talentsim.kernel.Internals.market(sim).world();
                Baseline b = engine.start(w, 2000 + r);
                sim.run(TICKS);
                for (int t = 0; t < TICKS; t++) {
                    b.tick();
                    base.quits += b.quits();
                    base.poaches += b.poaches();
                    base.hires += b.hires();
                    base.counters += b.counters();
                }
                double employedTs = 0;
                double employedBase = 0;
                for (int l = 0; l < labs; l++) {
                    int g = l * groups / labs;
                    int a = headcount(w, l);
                    int c = b.headcount(l);
                    headTs[r][g] += a;
                    headBase[r][g] += c;
                    employedTs += a;
                    employedBase += c;
                    payTs[r] += sim.world().lab(l).payroll();
                }
                payTs[r] /= employedTs;
                payBase[r] = b.payroll() / employedBase;
            }
        }
        String who = engine + " at " + researchers + "/" + labs + ": ";
        assertCounts(who + "quits", ts.quits, base.quits);
        assertCounts(who + "hires", ts.hires, base.hires);
        boolean firstClaims = engine != Engine.MASON_SHUFFLED && labs >= 1000;
        if (firstClaims) {
            // the same first claim shows in the moves between labs: 2.7% and 3.0% more poaches in
            // index order (z = -3.3 and -3.5) than talentsim and shuffled MASON (z = -0.2), and
            // 3.0% and 3.8% once the baselines kept ln(pay) with the pay (2026-12-08: the draws'
            // paths moved, the plain loop's z = -4.7): a relative bound of 5%, about two standard
            // errors (0.8%) above the order's own effect
            assertRelative(who + "poaches", ts.poaches, base.poaches, 0.05);
        } else {
            assertCounts(who + "poaches", ts.poaches, base.poaches);
        }
        if (firstClaims) {
            // index order gives the low-index labs the first claim on small teams' quotas every
            // tick: more counter-offers than the order-fair engines, 1.5-1.8% (6-7 SE at 100k / 1,000
            // labs, seeds 1000-1007 and 1000-1015) until 2026-12-06, 2.98% (MASON Sequence) and 3.11%
            // (the plain loop) since a growing team keeps its target at the start (its quota no
            // longer raised by its leavers' places: the first claim on it counts for more), while the
            // order-fair MASON RandomSequence agrees with talentsim (z = 0.78); the same work to
            // within that
            assertRelative(who + "counter-offers", ts.counters, base.counters, 0.04);
        } else {
            assertCounts(who + "counter-offers", ts.counters, base.counters);
        }
        for (int g = 0; g < groups; g++) {
            double[] a = new double[REPLICATIONS];
            double[] b = new double[REPLICATIONS];
            for (int r = 0; r < REPLICATIONS; r++) {
                a[r] = headTs[r][g];
                b[r] = headBase[r][g];
            }
            assertPaired(who + "headcount of lab group " + g, a, b);
        }
        assertPaired(who + "mean pay of the employed", payTs, payBase);
    }

    /** Totals within a relative {@code bound} of talentsim's: where index order's first claim shifts them on purpose. */
    private static void assertRelative(String what, long a, long b, double bound) {
        double rel = Math.abs(a - b) / (double) a;
        System.out.printf("%s: talentsim %d, baseline %d (%.2f%%)%n", what, a, b, 100 * rel);
        assertTrue(rel <= bound, what + " differ by " + 100 * rel + "%");
    }

    /** Counts are near-Poisson: the standard error of the difference of two totals is √(a + b). */
    private static void assertCounts(String what, long a, long b) {
        double se = Math.sqrt(a + b);
        double runs = TICKS * REPLICATIONS;
        System.out.printf("%s per tick: talentsim %.1f, baseline %.1f (z = %.2f)%n", what, a / runs, b / runs, (a - b) / se);
        assertTrue(Math.abs(a - b) <= Z * se, () -> what + ": talentsim " + a + " vs baseline " + b
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
        assertTrue(Math.abs(mean) <= Z_PAIRED * se, () -> what + ": talentsim " + mean(a) + " vs baseline " + mean(b)
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
