package org.talentsim.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.talentsim.experiment.Executor;
import org.talentsim.internal.Num;
import org.talentsim.internal.TextFiles;
import org.talentsim.rng.Streams;

/**
 * Global sensitivity by Morris's elementary effects (Morris 1991, with Campolongo, Cariboni and
 * Saltelli's μ*, 2007; docs/CALIBRATION.md): r trajectories through a grid of p levels on the
 * parameters' box, each moving one parameter at a time by Δ = p / (2(p − 1)) of its range; at
 * each point every target's moment is simulated as in a calibration (the same seeds at every
 * point). Per parameter and target: μ* (mean absolute effect of moving the parameter across its
 * whole range), μ (mean signed effect), σ (their standard deviation: interactions and
 * non-linearity), and μ* in units of the target's standard error (√(1/weight)), which ranks
 * the parameters for a calibration. The trajectories are drawn from the calibration's seed.
 * With {@code sensitivity.sobol: N}, Sobol's first- and total-order indices too ({@code Sobol}:
 * Saltelli's sampling, N(P + 2) more points).
 */
public final class Sensitivity {
    /** The files of a sensitivity analysis's result folder. */
    public static final List<String> FILES = List.of("sensitivity.yaml", org.talentsim.io.ResultWriter.SCENARIO_COPY, "evaluations.csv", "sensitivity.csv",
            "ranking.csv", "sobol.csv", "manifest.json");

    private static final long KEY = 0x304121AL;

    private Sensitivity() {}

    /**
     * A parameter's effect on a target.
     *
     * @param muStar mean |elementary effect| (change of the moment per whole range of the parameter)
     * @param mu mean elementary effect
     * @param sigma standard deviation of the elementary effects
     * @param scaled μ* / the target's se (√(1/weight))
     * @param r finite elementary effects used
     */
    public record Effect(String parameter, String target, double muStar, double mu, double sigma, double scaled, int r) {}

    /**
     * A parameter's importance: the sum of its scaled μ* over the targets; ranked from the largest.
     *
     * @param undefined the targets on which none of its effects is defined (r = 0: the target
     *     undefined at every point, e.g. a ratio over 0), which add nothing to its score — not
     *     because it leaves them unmoved (ranking.csv's {@code targets_undefined}: an
     *     economist's review read the 0 as no effect)
     */
    public record Rank(int rank, String parameter, double score, int undefined) {
        /** A rank with every target's effect defined. */
        public Rank(int rank, String parameter, double score) {
            this(rank, parameter, score, 0);
        }
    }

    /**
     * A parameter's Sobol indices for a target ({@code sensitivity.sobol: N}): the share of the
     * target's variance over the box due to the parameter alone, and with its interactions, each
     * with its 95% bootstrap interval (the base rows resampled: {@code Sobol.intervals}; NaN
     * where the index is).
     */
    public record SobolIndex(String parameter, String target, double firstOrder, double totalOrder, int n, double firstLow,
            double firstHigh, double totalLow, double totalHigh) {}

    /**
     * What the analysis gave: Morris's effects per parameter and target (parameters outer), the
     * ranking, Sobol's indices (empty without {@code sensitivity.sobol}), and the points run.
     */
    public record Result(Calibration calibration, List<Effect> effects, List<Rank> ranking, List<SobolIndex> sobol,
            int points) {
        /** Copies the lists (unmodifiable). */
        public Result {
            effects = List.copyOf(effects);
            ranking = List.copyOf(ranking);
            sobol = List.copyOf(sobol);
        }
    }

    /**
     * The points of the trajectories, in [0, 1]^P: r × (P + 1), trajectory by trajectory, no two
     * alike, nor one the other walked backwards (which steps between the same points: with common
     * random numbers, the same effects). A trajectory drawn again (likely for few parameters and
     * levels: 2 parameters at 4 levels have 16) is drawn anew from the next stream: its effects
     * repeated another's, and were counted in r and σ as if independent (an economist's review;
     * the reversed ones, a re-check of that fix).
     */
    static List<double[]> trajectories(Calibration c) {
        int p = c.parameters().size();
        int levels = c.levels();
        double delta = levels / (2.0 * (levels - 1));
        Streams streams = Streams.of(Streams.DEFAULT_ALGORITHM, c.seed());
        List<double[]> out = new ArrayList<>();
        java.util.Set<List<Long>> seen = new java.util.HashSet<>();
        long next = c.trajectories();   // the stream of the next trajectory drawn anew
        long distinct = distinctTrajectories(p, levels);
        for (int t = 0; t < c.trajectories(); t++) {
            List<double[]> one = trajectory(streams.stream(KEY, t), p, levels, delta);
            while (!seen.add(key(one, levels)) && seen.size() < distinct) {
                one = trajectory(streams.stream(KEY, next++), p, levels, delta);
            }
            out.addAll(one);
        }
        return out;
    }

    /**
     * The number of distinct trajectories of {@code p} parameters on {@code levels} levels: a base
     * of (levels/2)^p, a direction of 2^p, an order of p!, halved as each is its reverse's twin
     * (levels^p · p! / 2); a file asking for more is refused, and its default of 10 is cut to them.
     */
    static long distinctTrajectories(int p, int levels) {
        double n = Math.pow(levels, p) / 2;
        for (int j = 2; j <= p; j++) {
            n *= j;
        }
        return n >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) n;
    }

    /**
     * A trajectory as the grid indices of its points (k/(levels − 1), exact where the doubles are
     * a rounding apart), the same for it and its reverse: the lesser of the two sequences.
     */
    private static List<Long> key(List<double[]> trajectory, int levels) {
        List<Long> forward = new ArrayList<>();
        for (double[] x : trajectory) {
            for (double v : x) {
                forward.add(Math.round(v * (levels - 1)));
            }
        }
        int p = trajectory.get(0).length;
        List<Long> backward = new ArrayList<>();
        for (int i = trajectory.size() - 1; i >= 0; i--) {
            backward.addAll(forward.subList(i * p, (i + 1) * p));
        }
        for (int k = 0; k < forward.size(); k++) {
            int c = Long.compare(forward.get(k), backward.get(k));
            if (c != 0) {
                return c < 0 ? forward : backward;
            }
        }
        return forward;
    }

    /** One trajectory of p + 1 points drawn from {@code g}. */
    private static List<double[]> trajectory(RandomGenerator g, int p, int levels, double delta) {
        List<double[]> out = new ArrayList<>();
        double[] x = new double[p];
        int[] order = new int[p];
        double[] dir = new double[p];
        for (int j = 0; j < p; j++) {
            double base = g.nextInt(levels / 2) / (double) (levels - 1);
            dir[j] = g.nextBoolean() ? 1 : -1;
            x[j] = dir[j] > 0 ? base : base + delta;
            order[j] = j;
        }
        for (int j = p - 1; j > 0; j--) { // Fisher-Yates
            int k = g.nextInt(j + 1);
            int tmp = order[j];
            order[j] = order[k];
            order[k] = tmp;
        }
        out.add(x.clone());
        for (int i = 0; i < p; i++) {
            int j = order[i];
            x[j] = x[j] + dir[j] * delta;
            out.add(x.clone());
        }
        return out;
    }

    /**
     * Runs the analysis into {@code dir} ({@code evaluations.csv} is its journal: {@code resume}
     * keeps the points done).
     */
    public static Result run(Calibration c, Executor executor, Path dir, boolean resume, boolean force,
            Calibrator.Listener listener) {
        java.util.Objects.requireNonNull(c, "calibration");
        java.util.Objects.requireNonNull(executor, "executor");
        java.util.Objects.requireNonNull(dir, "dir");
        Calibrator.requireListener(listener);
        org.talentsim.experiment.Executor.requireOpen(executor);   // before the folder and its first files are made (found by a reviewer)
        // and runs this JVM cannot hold refused as an experiment's are (the first run failed with
        // a stack trace and advice to resume: a review)
        org.talentsim.experiment.ExperimentRunner.requireMemory(c.largestScenario(), Integer.MAX_VALUE, executor);
        return Folder.locked(dir, () -> {
            long start = System.nanoTime();
            boolean keep = Folder.prepare(dir, "sensitivity.yaml", Folder.spec(c, "sensitivity"), FILES, resume, force);
            Folder.copyScenario(dir, c);
            Path journal = dir.resolve("evaluations.csv");
            Result r;
            int runs;
            try (Evaluations ev = new Evaluations(c, executor, journal, c.sensitivityReplications(), keep)) {
                r = analyse(c, ev, listener);
                runs = ev.runsDone();
                ev.finish(journal);
            }
            TextFiles.write(dir.resolve("sensitivity.csv"), effectsCsv(r));
            TextFiles.write(dir.resolve("ranking.csv"), rankingCsv(r));
            if (!r.sobol().isEmpty()) {
                TextFiles.write(dir.resolve("sobol.csv"), sobolCsv(r));
            }
            TextFiles.write(dir.resolve("manifest.json"), Folder.manifest(c, "sensitivity", executor.describe(),
                    executor.parallelism(), (System.nanoTime() - start) / 1e9, runs));
            org.talentsim.io.ResultWriter.dropReplaced(dir);   // the finished results a --force start kept aside until now
            return r;
        });
    }

    /** Runs the analysis without files. */
    public static Result analyse(Calibration c, Executor executor) {
        try (Evaluations ev = new Evaluations(c, executor, null, c.sensitivityReplications(), false)) {
            return analyse(c, ev, (n, b, best) -> {});
        }
    }

    static Result analyse(Calibration c, Evaluations ev, Calibrator.Listener listener) {
        int p = c.parameters().size();
        int k = c.targets().size();
        List<double[]> units = trajectories(c);
        List<double[]> thetas = new ArrayList<>();
        for (double[] u : units) {
            double[] theta = new double[p];
            for (int j = 0; j < p; j++) {
                theta[j] = c.parameters().get(j).at(u[j]);
            }
            thetas.add(theta);
        }
        int morris = thetas.size();
        List<double[]> sobolPoints = c.sobol() > 0 ? Sobol.design(c.sobol(), p, c.seed()) : List.of();
        for (double[] u : sobolPoints) {
            double[] theta = new double[p];
            for (int j = 0; j < p; j++) {
                theta[j] = c.parameters().get(j).at(u[j]);
            }
            thetas.add(theta);
        }
        int total = thetas.size();
        ev.listener((n, fromJournal) -> listener.progress(Math.min(n, total), total, Double.NaN));
        List<double[][]> values = ev.at(thetas);
        double[][] moments = new double[total][];
        for (int i = 0; i < total; i++) {
            moments[i] = Smm.moments(c, values.get(i));
        }
        List<SobolIndex> sobol = new ArrayList<>();
        if (c.sobol() > 0) {
            int n = c.sobol();
            double[][][] byTarget = new double[k][][];
            double[][][] ci = new double[k][][];
            for (int m = 0; m < k; m++) {
                double[] y = new double[sobolPoints.size()];
                for (int i = 0; i < y.length; i++) {
                    y[i] = moments[morris + i][m];
                }
                byTarget[m] = Sobol.indices(y, n, p);
                ci[m] = Sobol.intervals(y, n, p, m, Sobol.RESAMPLES);
            }
            for (int j = 0; j < p; j++) {
                for (int m = 0; m < k; m++) {
                    sobol.add(new SobolIndex(c.parameters().get(j).name(), c.targets().get(m).name(), byTarget[m][j][0],
                            byTarget[m][j][1], n, ci[m][j][0], ci[m][j][1], ci[m][j][2], ci[m][j][3]));
                }
            }
        }
        // elementary effects [parameter][target] over trajectories
        List<List<List<Double>>> ee = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            List<List<Double>> perTarget = new ArrayList<>();
            for (int t = 0; t < k; t++) {
                perTarget.add(new ArrayList<>());
            }
            ee.add(perTarget);
        }
        for (int t = 0; t < c.trajectories(); t++) {
            int base = t * (p + 1);
            for (int i = 1; i <= p; i++) {
                double[] a = units.get(base + i - 1);
                double[] b = units.get(base + i);
                int j = 0;
                while (a[j] == b[j]) {
                    j++;
                }
                double step = b[j] - a[j];
                for (int m = 0; m < k; m++) {
                    double e = (moments[base + i][m] - moments[base + i - 1][m]) / step;
                    if (Double.isFinite(e)) {
                        ee.get(j).get(m).add(e);
                    }
                }
            }
        }
        List<Effect> effects = new ArrayList<>();
        double[] score = new double[p];
        int[] undefined = new int[p];
        for (int j = 0; j < p; j++) {
            for (int m = 0; m < k; m++) {
                List<Double> list = ee.get(j).get(m);
                int n = list.size();
                undefined[j] += n == 0 ? 1 : 0;
                double abs = 0;
                double sum = 0;
                for (double e : list) {
                    abs += Math.abs(e);
                    sum += e;
                }
                double muStar = n == 0 ? Double.NaN : abs / n;
                double mu = n == 0 ? Double.NaN : sum / n;
                double ss = 0;
                for (double e : list) {
                    ss += (e - mu) * (e - mu);
                }
                double sigma = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
                double scaled = muStar * Math.sqrt(c.targets().get(m).weight());
                if (Double.isFinite(scaled)) {
                    score[j] += scaled;
                }
                effects.add(new Effect(c.parameters().get(j).name(), c.targets().get(m).name(), muStar, mu, sigma, scaled, n));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            order.add(j);
        }
        order.sort((x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : Integer.compare(x, y));
        List<Rank> ranking = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            ranking.add(new Rank(i + 1, c.parameters().get(order.get(i)).name(), score[order.get(i)], undefined[order.get(i)]));
        }
        return new Result(c, effects, ranking, sobol, total);
    }

    static String effectsCsv(Result r) {
        StringBuilder b = new StringBuilder("parameter,target,mu_star,mu,sigma,mu_star_per_se,r\n");
        for (Effect e : r.effects()) {
            b.append(e.parameter()).append(',').append(e.target()).append(',').append(Num.format(e.muStar())).append(',')
                    .append(Num.format(e.mu())).append(',').append(Num.format(e.sigma())).append(',')
                    .append(Num.format(e.scaled())).append(',').append(e.r()).append('\n');
        }
        return b.toString();
    }

    static String sobolCsv(Result r) {
        StringBuilder b = new StringBuilder("parameter,target,first_order,total_order,n,first_ci_low,first_ci_high,total_ci_low,"
                + "total_ci_high\n");
        for (SobolIndex x : r.sobol()) {
            b.append(x.parameter()).append(',').append(x.target()).append(',').append(Num.format(x.firstOrder())).append(',')
                    .append(Num.format(x.totalOrder())).append(',').append(x.n()).append(',').append(Num.format(x.firstLow()))
                    .append(',').append(Num.format(x.firstHigh())).append(',').append(Num.format(x.totalLow())).append(',')
                    .append(Num.format(x.totalHigh())).append('\n');
        }
        return b.toString();
    }

    static String rankingCsv(Result r) {
        StringBuilder b = new StringBuilder("rank,parameter,sum_mu_star_per_se,targets_undefined\n");
        for (Rank x : r.ranking()) {
            b.append(x.rank()).append(',').append(x.parameter()).append(',').append(Num.format(x.score())).append(',')
                    .append(x.undefined()).append('\n');
        }
        return b.toString();
    }
}
