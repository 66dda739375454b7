package org.talentsim.theory;

import java.util.ArrayList;
import java.util.List;
import org.talentsim.model.Status;

/**
 * Runs the engine configured as a textbook model and compares it with the closed forms (THEORY
 * §4, §6): every method returns the rows of a validation table. Works for any parameter set the
 * closed forms accept, not only the ones in THEORY.md.
 *
 * <p>A row passes within 5 standard errors ({@link ValidationRow#Z_MAX}), which shrink with the
 * workers: below {@link #MIN_WORKERS} they are too wide for a check to fail. {@link #standard}
 * refuses so few; {@link #bm}, {@link #pvr} and {@link #mp} run any size (a quick look at a
 * parameter set), so their rows' {@code pass} means something only from that size up.
 */
public final class Validation {
    /** THEORY §4: the KS bound at α = 10⁻⁶. */
    public static final double KS_BOUND = 2.69;

    private Validation() {}

    /**
     * The fewest workers per set {@link #standard} runs: with fewer, the tolerances (5 standard
     * errors) are wider than the quantities, and every row passed (at 50 workers the BM1
     * unemployment, 0.167, passed at 0.12: ±0.26). At 10,000, 5 standard errors of it are ±0.019.
     */
    public static final int MIN_WORKERS = 10_000;

    /**
     * The standard suite: BM1, BM2, PVR1, PVR3, MP1, MP2 with N workers (THEORY uses 10⁵), the
     * six sets run side by side on this machine's cores (each is a run of its own, so the rows
     * are the same for any number of cores); rows in that order.
     *
     * @throws IllegalArgumentException for fewer than {@link #MIN_WORKERS} workers, with which no
     *     check could fail (the command line's {@code validate --n} refuses them too)
     */
    public static List<ValidationRow> standard(int workers, long seed) {
        return standard(workers, seed, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The seed of standard set {@code k} (0 = BM1, 1 = BM2, … in the order of {@link #standard}):
     * the master seed for the first, {@code Streams.mix(seed, k)} for the others. Not {@code seed
     * + k}, with which set 2 of seed 1 ran on the streams of set 1 of seed 2 (and every other
     * such pair), so that two "independent" validations shared draws.
     */
    static long set(long seed, int k) {
        return k == 0 ? seed : org.talentsim.rng.Streams.mix(seed, k);
    }

    /**
     * {@link #standard(int, long)} on at most {@code threads} threads.
     *
     * @throws IllegalArgumentException for fewer than {@link #MIN_WORKERS} workers
     */
    public static List<ValidationRow> standard(int workers, long seed, int threads) {
        if (workers < MIN_WORKERS) {
            throw new IllegalArgumentException("workers must be at least " + MIN_WORKERS + ", was " + workers
                    + ": with fewer the tolerances (5 standard errors) are too wide for a check to fail (THEORY uses 100000)");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        // unmodifiable, as every other result list (an API review cleared it)
        return List.copyOf(suite(workers, seed, threads));
    }

    /** {@link #standard(int, long, int)} without the floor on workers (a test of its threads, at a few hundred). */
    static List<ValidationRow> suite(int workers, long seed, int threads) {
        List<java.util.function.Supplier<List<ValidationRow>>> sets = List.of(
            () -> bm("BM1", new BurdettMortensen(0.02, 0.10, 0.10, 0.5, 1.0), TheoryMarkets.Options.of(workers, 120, seed)),
            () -> bm("BM2", new BurdettMortensen(0.01, 0.20, 0.05, 0.3, 1.0), TheoryMarkets.Options.of(workers, 120, set(seed, 1))),
            () -> pvr("PVR1", PostelVinayRobin.uniform(0.02, 0.10, 0.04, 0.996, 1, 1.5),
                    TheoryMarkets.Options.of(workers, 240, set(seed, 2))),
            () -> pvr("PVR3", PostelVinayRobin.uniform(0.005, 0.15, 0.05, 0.99, 1, 1.2),
                    TheoryMarkets.Options.of(workers, 240, set(seed, 3))),
            () -> mp("MP1", new MortensenPissarides(0.02, 0.5, 0.5), 1.0, TheoryMarkets.Options.of(workers, 240, set(seed, 4))),
            () -> mp("MP2", new MortensenPissarides(0.01, 0.3, 0.5), 0.5, TheoryMarkets.Options.of(workers, 240, set(seed, 5))));
        int n = Math.max(1, Math.min(threads, sets.size()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "talentsim-validate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<List<ValidationRow>>> done = new ArrayList<>();
            for (java.util.function.Supplier<List<ValidationRow>> set : sets) {
                done.add(pool.submit(set::get));
            }
            List<ValidationRow> rows = new ArrayList<>();
            for (java.util.concurrent.Future<List<ValidationRow>> f : done) {
                rows.addAll(f.get());
            }
            return rows;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A model's rows, with the share of its workers the run left as the stationary start drew them
     * (in no move over the whole run: still in the job, at the pay, or without a job, the start
     * gave them). Much of it, and the rows of u and the wages check the theory's own draw more
     * than the engine (a theory review: {@code validate bm --months 1} passed 8 of 8).
     */
    public record Checked(List<ValidationRow> rows, double untouched) {
        /** Copies the rows (unmodifiable). */
        public Checked {
            rows = List.copyOf(rows);
        }
    }

    /** Burdett–Mortensen at its equilibrium F: u, the earned-wage distribution (KS, mean, quantiles), EE flows. */
    public static List<ValidationRow> bm(String set, BurdettMortensen m, TheoryMarkets.Options o) {
        return bmChecked(set, m, o).rows();
    }

    /** {@link #bm} with the share of workers the run left untouched. */
    public static Checked bmChecked(String set, BurdettMortensen m, TheoryMarkets.Options o) {
        java.util.Objects.requireNonNull(set, "set");
        java.util.Objects.requireNonNull(m, "model");
        java.util.Objects.requireNonNull(o, "options");
        Sample s = Sample.run(TheoryMarkets.burdettMortensen(m, o), 1);
        return new Checked(bm(set, m, o, s), s.untouched);
    }

    private static List<ValidationRow> bm(String set, BurdettMortensen m, TheoryMarkets.Options o, Sample s) {
        List<ValidationRow> rows = new ArrayList<>();
        double u = m.unemployment();
        int n = s.workers;
        rows.add(row("BM", set, "unemployment u", u, s.unemployment(), Math.sqrt(u * (1 - u) / n)));
        if (!o.stationary()) {
            return rows;
        }
        int mm = s.wages.length;
        double sup = 0;
        for (int k = 0; k < mm; k++) {
            double g = m.earnedCdf(s.wages[k]);
            sup = Math.max(sup, Math.max(Math.abs((k + 1.0) / mm - g), Math.abs((double) k / mm - g)));
        }
        rows.add(row("BM", set, ValidationRow.KS_QUANTITY, 0, Math.sqrt(mm) * sup, KS_BOUND / ValidationRow.Z_MAX));
        rows.add(row("BM", set, "mean earned wage E_G", m.meanEarned(), s.meanWage(), m.sdEarned() / Math.sqrt(mm)));
        for (double q : new double[] {0.1, 0.5, 0.9}) {
            rows.add(row("BM", set, "G_hat at the " + pct(q) + " quantile of G", q, s.cdf(m.earnedQuantile(q)),
                    Math.sqrt(q * (1 - q) / mm)));
        }
        rows.add(rate("BM", set, "EE moves per employed per month", m.jobToJobRate(), s.poached, s.employedMonths()));
        rows.add(share("BM", set, "EE share of separations", m.jobToJobShare(), s.poached, s.poached + s.quits));
        return rows;
    }

    /** Postel-Vinay–Robin: u, share at reference b, EE and raise rates, mean wage and quantiles, wage-cut share. */
    public static List<ValidationRow> pvr(String set, PostelVinayRobin m, TheoryMarkets.Options o) {
        return pvrChecked(set, m, o).rows();
    }

    /** {@link #pvr} with the share of workers the run left untouched. */
    public static Checked pvrChecked(String set, PostelVinayRobin m, TheoryMarkets.Options o) {
        java.util.Objects.requireNonNull(set, "set");
        java.util.Objects.requireNonNull(m, "model");
        java.util.Objects.requireNonNull(o, "options");
        Sample s = Sample.run(TheoryMarkets.postelVinayRobin(m, o), 1);
        return new Checked(pvr(set, m, s), s.untouched);
    }

    private static List<ValidationRow> pvr(String set, PostelVinayRobin m, Sample s) {
        List<ValidationRow> rows = new ArrayList<>();
        double u = m.unemployment();
        rows.add(row("PVR", set, "unemployment u", u, s.unemployment(), Math.sqrt(u * (1 - u) / s.workers)));
        int e = s.wages.length;
        long atB = 0;
        var pop = s.world.population();
        for (int i = 0; i < pop.size(); i++) {
            if (pop.status(i) == Status.EMPLOYED && pop.reference(i) == (float) m.b()) {
                atB++;
            }
        }
        rows.add(share("PVR", set, "share of employed at reference b", m.shareAtReferenceB(), atB, e));
        rows.add(rate("PVR", set, "EE moves per employed per month", m.jobToJobRate(), s.poached, s.employedMonths()));
        rows.add(rate("PVR", set, "counter-offer raises per employed per month", m.counterOfferRate(), s.countered, s.employedMonths()));
        rows.add(row("PVR", set, "mean wage", m.meanWage(), s.meanWage(), m.sdWage() / Math.sqrt(e)));
        for (double q : new double[] {0.1, 0.25, 0.5, 0.75, 0.9}) {
            rows.add(row("PVR", set, "wage CDF at the " + pct(q) + " quantile", q, s.cdf(m.wageQuantile(q)),
                    Math.sqrt(q * (1 - q) / e)));
        }
        rows.add(share("PVR", set, "share of moves with a wage cut", m.wageCutShare(), s.cuts, s.poached));
        return rows;
    }

    /** Mortensen–Pissarides with V = θU: u and the job-finding probability. */
    public static List<ValidationRow> mp(String set, MortensenPissarides m, double theta, TheoryMarkets.Options o) {
        return mpChecked(set, m, theta, o).rows();
    }

    /** {@link #mp} with the share of workers the run left untouched. */
    public static Checked mpChecked(String set, MortensenPissarides m, double theta, TheoryMarkets.Options o) {
        java.util.Objects.requireNonNull(set, "set");
        java.util.Objects.requireNonNull(m, "model");
        java.util.Objects.requireNonNull(o, "options");
        Sample s = Sample.run(TheoryMarkets.mortensenPissarides(m, theta, o), 1);
        double u = m.unemployment(theta);
        double f = m.jobFinding(theta);
        return new Checked(List.of(row("MP", set, "unemployment u", u, s.unemployment(), Math.sqrt(u * (1 - u) / s.workers)),
                share("MP", set, "job finding per month f(theta)", f, s.hired, s.unemployedMonths())), s.untouched);
    }

    private static String pct(double q) {
        return Math.round(q * 100) + "%";
    }

    static ValidationRow row(String model, String set, String what, double expected, double simulated, double se) {
        return new ValidationRow(model, set, what, expected, simulated, se);
    }

    static ValidationRow rate(String model, String set, String what, double expected, long count, double exposure) {
        return row(model, set, what, expected, count / exposure, Math.sqrt(Math.max(count, 1)) / exposure);
    }

    static ValidationRow share(String model, String set, String what, double expected, long hits, double n) {
        return row(model, set, what, expected, hits / n, Math.sqrt(expected * (1 - expected) / n));
    }
}
