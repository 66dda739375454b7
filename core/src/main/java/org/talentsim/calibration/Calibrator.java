package org.talentsim.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentsim.experiment.Executor;
import org.talentsim.internal.TextFiles;

/**
 * Estimates a {@link Calibration}'s parameters by the simulated method of moments
 * (docs/CALIBRATION.md): minimises the weighted distance between the targets and the moments
 * simulated with R replications on common seeds, from several starts, then computes sandwich
 * standard errors from a numerical Jacobian and the moments' covariance with the simulation
 * noise added (the data's covariance plus one replication's over R), and the J statistic
 * when there are more targets than parameters. The result is a function of the calibration
 * alone: the same for any executor and thread count, and after a resume.
 *
 * <pre>{@code
 * Calibration c = Calibration.read(Path.of("examples/calibration/retention-recovery.yaml"));
 * try (LocalExecutor ex = new LocalExecutor(4)) {
 *     Calibrator.Result r = Calibrator.run(c, ex, Path.of("out/cal"), false, false, (n, budget, best) -> {});
 *     r.estimates().forEach(e -> System.out.println(e.parameter() + " " + e.estimate() + " ± " + e.se()));
 * }
 * }</pre>
 */
public final class Calibrator {
    private static final Logger LOG = LoggerFactory.getLogger(Calibrator.class);
    /** z of a two-sided 95% normal interval. */
    static final double Z95 = 1.959963984540054;

    private Calibrator() {}

    /** Told after each evaluation on the caller's thread: vectors evaluated, the budget, the best objective so far. */
    @FunctionalInterface
    public interface Listener {
        /**
         * Called after an evaluation.
         *
         * @param evaluations parameter vectors evaluated so far
         * @param budget the evaluations planned (it grows as the search refines the estimate)
         * @param best the lowest objective so far (NaN in a sensitivity analysis, which has none)
         */
        void progress(int evaluations, int budget, double best);
    }

    /**
     * A parameter's estimate: the 95% interval is estimate ± 1.96 se (not cut at the range's
     * bounds); {@code boundHit} when the estimate lies within 1% of the range from a bound (its se
     * is then not to be trusted); {@code identified} false when the targets do not pin it down:
     * no se (no target moves it, or the parameters are not identified together) or an se larger
     * than the parameter's whole range; {@code slopeGap} how far the simulated moments are from
     * linear over the Jacobian's step: ‖f − b‖ / max(‖f‖, ‖b‖) for the one-sided slopes f (up)
     * and b (down) of the moments at θ̂, in the weights' norm (0 on a straight line, above
     * {@link #ROUGH} when the slopes differ by more than their size: a kink, a jump or noise, and
     * the central difference, which averages them, is no ground for the se); NaN at a bound,
     * where there is one side only; {@code heldAtBound} when the minimum of the objective's
     * linearisation around the estimate lies beyond the parameter's range, so that J and the t's
     * take the parameter as fixed at that bound ({@link Result#j()}): the model's fit cannot
     * improve by moving it further that way.
     */
    public record ParameterEstimate(String parameter, double estimate, double se, double ciLow, double ciHigh,
            boolean boundHit, boolean identified, double slopeGap, boolean heldAtBound) {
        /** Whether the 95% interval reaches beyond the range [{@code lower}, {@code upper}] it was searched in. */
        public boolean ciBeyond(double lower, double upper) {
            return ciLow < lower || ciHigh > upper;
        }

        /**
         * Whether the estimate and its se are fit to use, by every flag at once: identified, its
         * 95% interval within the range [{@code lower}, {@code upper}], not at a bound, not held at
         * one by the J test's linearisation, and its moments smooth enough over the Jacobian's step
         * ({@link #slopeGap()} at most {@link #ROUGH}; unknown at a bound). {@code estimates.csv}'s
         * {@code usable}: an estimate at its range's edge with an se the terminal called not to be
         * trusted was {@code identified} (an economist's review).
         */
        public boolean usable(double lower, double upper) {
            return identified && !Double.isNaN(se) && !ciBeyond(lower, upper) && !boundHit && !heldAtBound && !(slopeGap > ROUGH);
        }
    }

    /**
     * A target's fit.
     *
     * @param se √Σₖₖ, the standard error of observed − simulated at a fixed θ (the data's and the
     *     simulations' noise)
     * @param residualSe √Vₖₖ with V = MΣM′ ({@link Result#j()}), the standard error of observed −
     *     simulated at θ̂, which was chosen to fit the targets: mostly below {@code se} (never above
     *     it with W ∝ Σ⁻¹); 0 for a target the parameters fit exactly (and for se 0); NaN when the
     *     parameters are not identified together (no V)
     * @param t {@code linearisedMiss} / residualSe: beyond ±2, a target the model misses at θ̂ (it
     *     was divided by se, which understated it: 1.55 for a miss of 2.08); NaN for a target fit
     *     exactly; (observed − simulated) / se where there is no V
     * @param linearisedMiss (Mg)ₖ ({@link Result#j()}): observed − simulated at the minimum of the
     *     objective's linearisation around θ̂, the miss the parameters cannot remove, which J and t
     *     measure; observed − simulated itself at an exact minimum and where there is no V. Off a
     *     minimum (a search that stopped a step short) it leaves out the part of the miss that the
     *     step would remove: a target fit within a fraction of its se got a |t| of 6 from a gap of
     *     one grid step of the simulated moment beside a J of 0.15 (found by a calibration review)
     * @param denominator for a ratio target, its denominator's mean per run at θ̂ (over the R
     *     replications behind {@code simulated}); NaN for a target of one metric
     * @param denominatorEvents for a ratio target whose denominator counts events (researchers,
     *     moves, counter-offers, or a rate of them per month), the events behind the ratio: the
     *     denominator's sum over the R runs at θ̂ (a monthly rate times the run's months); NaN
     *     otherwise ({@link #fewEvents})
     */
    public record MomentFit(String target, double observed, double simulated, double se, double residualSe, double t,
            double linearisedMiss, double denominator, double denominatorEvents) {
        /** A target of one metric (no denominator). */
        public MomentFit(String target, double observed, double simulated, double se, double residualSe, double t,
                double linearisedMiss) {
            this(target, observed, simulated, se, residualSe, t, linearisedMiss, Double.NaN, Double.NaN);
        }

        /** This fit of a ratio target with its denominator's mean per run and the events behind it. */
        MomentFit withDenominator(double denominator, double events) {
            return new MomentFit(target, observed, simulated, se, residualSe, t, linearisedMiss, denominator, events);
        }

        /**
         * Whether this ratio's denominator counts fewer than {@link #FEW_EVENTS} events over the
         * runs at θ̂: the simulated ratio, its fit se and t then rest on a handful of events and
         * mean little. The flagship's OpenAI/Anthropic ratio was fit "8" from 8 moves over 1, in
         * 20 runs, with a fit se of 0.018 (an economist's review); a ratio over a monthly rate of
         * 0.75 in a run of 2 months, 2 runs, went unremarked (a re-check).
         */
        public boolean fewEvents() {
            return Double.isFinite(denominatorEvents) && denominatorEvents < FEW_EVENTS;
        }
    }

    /** Below this many events over a calibration's runs at θ̂, a count in a ratio's denominator is too few ({@link MomentFit#fewEvents}). */
    public static final int FEW_EVENTS = 10;

    /**
     * One call of the objective in the order the search made it.
     *
     * @param step its place in the search, from 1
     * @param phase the search's phase (as in trace.csv)
     * @param evaluation the evaluation it used (a vector already evaluated is looked up, not run again)
     * @param objective the weighted distance at {@code theta}
     * @param best the least objective so far
     * @param theta the parameter vector, in the calibration's order
     */
    public record TraceRow(int step, String phase, int evaluation, double objective, double best, double[] theta) {
        /** Copies {@code theta}, so that the row does not change with the caller's array. */
        public TraceRow {
            theta = theta.clone();
        }

        /** The parameter vector evaluated, in the calibration's order of parameters (a copy). */
        @Override
        public double[] theta() {
            return theta.clone();
        }
    }

    /**
     * What a calibration gave.
     *
     * @param objective the weighted distance at the estimate
     * @param linearisedObjective the weighted distance at the minimum of its linearisation around
     *     the estimate, (Mg)′W(Mg): the objective itself at a minimum (NaN when the parameters are
     *     not identified together)
     * @param j Hansen's J statistic (Mg)′V⁺(Mg) (g = observed − simulated at the estimate, Mg the
     *     miss at the minimum of the objective's linearisation within the parameters' ranges, V =
     *     MΣM′ its covariance there, {@link MomentFit#residualSe()}; a parameter whose
     *     linearised minimum lies beyond its range is held at that bound, {@link
     *     ParameterEstimate#heldAtBound()}); NaN when exactly identified, when Σ is singular, or
     *     when the parameters are not identified together
     * @param df targets − the parameters that move some target (a zero column of the Jacobian
     *     takes none) and are not held at a bound
     * @param p P(χ²_df > J)
     * @param evaluations parameter vectors evaluated (R runs each)
     * @param resumed of which found in the journal
     * @param sigma Σ, the covariance of observed − simulated moments at the estimate (targets ×
     *     targets, in the targets' order): the data's plus the simulation noise of R replications
     * @param jacobian G, the simulated moments' derivatives in the parameters' units at the
     *     estimate (targets × parameters); the se's are the sandwich of G, the weights and Σ
     * @param budgetSpent whether the search's start that found the best point stopped on its
     *     budget ({@code max_evaluations}) rather than its own convergence test: the estimate may
     *     be short of the minimum (a search of 8 evaluations was reported like a converged one:
     *     an economist's review)
     * @param jacobianMoves how many times a point of the Jacobian's steps was better than the
     *     estimate and became it: the search had stopped short of a minimum
     */
    /*
     * (equals and hashCode are a record's: theta, sigma and jacobian, arrays, compare by identity, so
     * two results of the same calibration are not equal; compare their parts, Arrays.equals(theta()),
     * as an API review found. TraceRow's theta likewise.)
     */
    public record Result(Calibration calibration, List<ParameterEstimate> estimates, List<MomentFit> moments,
            double objective, double linearisedObjective, double j, int df, double p, int evaluations, int resumed,
            List<TraceRow> trace, double[] theta, double[][] sigma, double[][] jacobian, boolean budgetSpent,
            int jacobianMoves, Derivative[][] derivatives) {
        /**
         * Whether the estimate is short of a minimum: one Gauss–Newton step from it would halve the
         * objective or more, by its linearisation ({@link #linearisedObjective}); the t's and J
         * assume a minimum (found by a code review: a test calibration stopped after 17
         * evaluations showed t's of 16 and −17 beside J = 0.36).
         */
        public boolean shortOfMinimum() {
            return linearisedObjective < STOPPED_SHORT * objective;
        }

        /** Copies the lists (unmodifiable) and the arrays. */
        public Result {
            estimates = List.copyOf(estimates);
            moments = List.copyOf(moments);
            trace = List.copyOf(trace);
            theta = theta.clone();
            sigma = copy(sigma);
            jacobian = copy(jacobian);
            derivatives = copy(derivatives);   // (was kept and given out as is: an API review)
        }

        /** How each derivative of G was taken (a copy; its rows and columns as G's, null where it has none). */
        @Override
        public Derivative[][] derivatives() {
            return copy(derivatives);
        }

        private static Derivative[][] copy(Derivative[][] m) {
            if (m == null) {
                return null;
            }
            Derivative[][] out = new Derivative[m.length][];
            for (int i = 0; i < m.length; i++) {
                out[i] = m[i] == null ? null : m[i].clone();
            }
            return out;
        }

        /** The estimate, in the calibration's order of parameters (a copy). */
        @Override
        public double[] theta() {
            return theta.clone();
        }

        /** Σ (a copy). */
        @Override
        public double[][] sigma() {
            return copy(sigma);
        }

        /** G (a copy). */
        @Override
        public double[][] jacobian() {
            return copy(jacobian);
        }

        private static double[][] copy(double[][] m) {
            double[][] out = new double[m.length][];
            for (int i = 0; i < m.length; i++) {
                out[i] = m[i].clone();
            }
            return out;
        }
    }

    /** The files of a calibration's result folder. */
    public static final List<String> FILES = List.of("calibration.yaml", org.talentsim.io.ResultWriter.SCENARIO_COPY, "evaluations.csv", "trace.csv",
            "estimates.csv", "moments.csv", "covariance.csv", "jacobian.csv", "summary.json", "fitted.yaml", "manifest.json");

    /**
     * Estimates {@code c} on {@code executor} into the folder {@code dir} (docs/CALIBRATION.md):
     * {@code evaluations.csv} is the journal of every vector's replications, appended as each
     * finishes, so that the same call with {@code resume} after an interruption replays the search
     * from the journal and gives the same result.
     *
     * @param c the calibration
     * @param executor where the runs go
     * @param dir the result folder
     * @param resume continue the same calibration in {@code dir}
     * @param force replace another calibration's (or run's, or experiment's) results in {@code dir}
     * @param listener told after each evaluation of the count and the best objective so far
     * @return the estimate, its standard errors and the fit, as the folder's files hold them
     * @throws org.talentsim.experiment.ExperimentException when {@code dir} cannot be used
     */
    public static Result run(Calibration c, Executor executor, Path dir, boolean resume, boolean force,
            Listener listener) {
        // each null named (a null calibration gave the JVM's "Cannot invoke ... because c is null": an API review)
        java.util.Objects.requireNonNull(c, "calibration");
        java.util.Objects.requireNonNull(executor, "executor");
        java.util.Objects.requireNonNull(dir, "dir");
        c.requireCalibration();
        requireListener(listener);
        org.talentsim.experiment.Executor.requireOpen(executor);   // before the folder and its first files are made (found by a reviewer)
        // and runs this JVM cannot hold refused as an experiment's are (the first run failed with
        // a stack trace and advice to resume: a review)
        org.talentsim.experiment.ExperimentRunner.requireMemory(c.largestScenario(), Integer.MAX_VALUE, executor);
        return Folder.locked(dir, () -> {
            long start = System.nanoTime();
            boolean keep = Folder.prepare(dir, "calibration.yaml", Folder.spec(c, "calibrate"), FILES, resume, force);
            Folder.copyScenario(dir, c);
            Path journal = dir.resolve("evaluations.csv");
            Result r;
            int runs;
            try (Evaluations ev = new Evaluations(c, executor, journal, c.replications(), keep)) {
                r = estimate(c, ev, listener);
                runs = ev.runsDone();
                ev.finish(journal);
            }
            TextFiles.write(dir.resolve("trace.csv"), Reports.trace(c, r));
            TextFiles.write(dir.resolve("estimates.csv"), Reports.estimates(r));
            TextFiles.write(dir.resolve("moments.csv"), Reports.moments(r));
            TextFiles.write(dir.resolve("covariance.csv"), Reports.covariance(r));
            TextFiles.write(dir.resolve("jacobian.csv"), Reports.jacobian(r));
            TextFiles.write(dir.resolve("summary.json"), Reports.summary(r));
            TextFiles.write(dir.resolve("fitted.yaml"), Reports.fitted(c, r));
            double wall = (System.nanoTime() - start) / 1e9;
            TextFiles.write(dir.resolve("manifest.json"), Folder.manifest(c, "calibration", executor.describe(),
                    executor.parallelism(), wall, runs));
            org.talentsim.io.ResultWriter.dropReplaced(dir);   // the finished results a --force start kept aside until now
            return r;
        });
    }

    /**
     * Estimates {@code c} on {@code executor}, without files.
     *
     * @param c the calibration
     * @param executor where the runs go
     * @param listener told after each evaluation of the count and the best objective so far
     * @return the estimate, its standard errors and the fit
     * @throws NullPointerException before any run, for a null argument ({@code (e, b, best) -> {}} is no listener)
     */
    public static Result estimate(Calibration c, Executor executor, Listener listener) {
        java.util.Objects.requireNonNull(c, "calibration");
        java.util.Objects.requireNonNull(executor, "executor");
        requireListener(listener);
        org.talentsim.experiment.ExperimentRunner.requireMemory(c.largestScenario(), Integer.MAX_VALUE, executor);
        try (Evaluations ev = new Evaluations(c, executor, null, c.replications(), false)) {
            return estimate(c, ev, listener);
        }
    }

    /**
     * A null listener fails here, before any run: it failed after the first evaluation's runs,
     * from inside the optimiser (found by an economist's review).
     */
    static void requireListener(Listener listener) {
        java.util.Objects.requireNonNull(listener, "listener (use (evaluations, budget, best) -> {} for none)");
    }

    /**
     * The budget of vectors: the starts' evaluations and the Jacobian's.
     *
     * @param c the calibration
     * @return the most parameter vectors it evaluates
     */
    public static int budget(Calibration c) {
        return c.starts() * c.maxEvaluations() + 2 * c.parameters().size() + 1;
    }

    /**
     * How an entry of the Jacobian ({@link Result#jacobian}, {@code jacobian.csv}) was taken:
     * {@code difference} "central", "forward" (θ̂ to θ̂ + step) or "backward" (θ̂ − step to θ̂);
     * {@code step} the distance between its two points in the parameter's units; {@code
     * nominalShare} that step over the file's (its {@code step} × the range; twice that for a
     * central difference); {@code undefinedOtherSide} whether it is one-sided because the moment
     * is undefined at the other point (a ratio over zero there), not because of a bound. A
     * one-sided difference where the moment is undefined was used without a word (three of the
     * flagship's eight: an economist's review).
     */
    public record Derivative(String difference, double step, double nominalShare, boolean undefinedOtherSide) {}

    /**
     * Above this {@link ParameterEstimate#slopeGap()} the moments are not smooth in the parameter at
     * the Jacobian's step (found by a statistician's review: the flagship's acceptance weight, whose
     * steps each way raised the objective from 10 to 74 and 50 while the central difference, the
     * two jumps cancelled, made the moments look flat in it).
     */
    public static final double ROUGH = 1;

    /** Below this share of the objective at its linearised minimum, the estimate is short of a minimum ({@link Result#shortOfMinimum}). */
    public static final double STOPPED_SHORT = 0.5;

    /** The share of a parameter's range from a bound within which its estimate counts as at the bound. */
    static final double BOUND_HIT = 0.01;

    /** How many times the estimate may move to a better point of its Jacobian before it is reported as it stands. */
    static final int MAX_MOVES = 10;

    /**
     * Fills {@code g} with the Jacobian of the simulated moments at {@code theta} (central
     * differences, one-sided at a bound and where a moment is undefined on one side; every point
     * run together) and adds its points to the
     * trace, updating {@code best}; returns the trace index of the best point that is better than
     * the best objective before, or −1 when none is.
     */
    private static int jacobian(Calibration c, Evaluations ev, double[] theta, double[][] g, Derivative[][] how, double[] gap,
            List<TraceRow> trace, double[] best) {
        int p = theta.length;
        List<double[]> points = new ArrayList<>();
        double[] h = new double[p];
        for (int j = 0; j < p; j++) {
            Calibration.Parameter par = c.parameters().get(j);
            double step = par.step() * (par.upper() - par.lower());
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[j] = Math.min(par.upper(), theta[j] + step);
            down[j] = Math.max(par.lower(), theta[j] - step);
            h[j] = up[j] - down[j];
            points.add(up);
            points.add(down);
        }
        List<double[][]> vals = ev.at(points);
        double[] m0 = Smm.moments(c, ev.at(theta));   // evaluated before: from the journal
        int better = -1;
        for (int j = 0; j < p; j++) {
            double[] mu = Smm.moments(c, vals.get(2 * j));
            double[] md = Smm.moments(c, vals.get(2 * j + 1));
            double hUp = points.get(2 * j)[j] - theta[j];
            double hDown = theta[j] - points.get(2 * j + 1)[j];
            Calibration.Parameter par = c.parameters().get(j);
            double nominal = par.step() * (par.upper() - par.lower());
            String sides = hUp > 0 && hDown > 0 ? "central" : hUp > 0 ? "forward" : "backward";
            for (int k = 0; k < g.length; k++) {
                g[k][j] = (mu[k] - md[k]) / h[j];
                how[k][j] = new Derivative(sides, h[j], h[j] / (sides.equals("central") ? 2 * nominal : nominal), false);
                // a moment undefined on one side (a ratio whose denominator is 0 there): the
                // one-sided difference of the other; it made G non-finite, and every se and J
                // undefined as "not identified together" (found by a calibration review)
                if (!Double.isFinite(g[k][j]) && Double.isFinite(m0[k])) {
                    if (Double.isFinite(mu[k]) && hUp > 0) {
                        g[k][j] = (mu[k] - m0[k]) / hUp;
                        how[k][j] = new Derivative("forward", hUp, hUp / nominal, hDown > 0);
                    } else if (Double.isFinite(md[k]) && hDown > 0) {
                        g[k][j] = (m0[k] - md[k]) / hDown;
                        how[k][j] = new Derivative("backward", hDown, hDown / nominal, hUp > 0);
                    }
                }
            }
            // a side a bound cut to under half the step measures a jump, not a slope: no gap (an estimate
            // just inside its bound was called "not smooth" from a step of 4% of the other's: a calibration review)
            gap[j] = hUp >= nominal / 2 && hDown >= nominal / 2 ? slopeGap(c, m0, mu, hUp, md, hDown) : Double.NaN;
            for (int side = 0; side < 2; side++) {
                double[] pt = points.get(2 * j + side);
                double q = Smm.objective(c, side == 0 ? mu : md);
                if (q < best[0]) {
                    best[0] = q;
                    better = trace.size();
                }
                trace.add(new TraceRow(trace.size() + 1, "jacobian", ev.indexOf(pt), q, best[0], pt));
            }
        }
        return better;
    }

    /**
     * ‖f − b‖ / max(‖f‖, ‖b‖) in the norm √Σ wₖxₖ², with f = (up − m0)/hUp and b = (m0 −
     * down)/hDown, over the moments defined at all three points; 0 where both slopes are 0, NaN
     * where a side has no step (a bound) or no moment is defined at all three.
     */
    static double slopeGap(Calibration c, double[] m0, double[] up, double hUp, double[] down, double hDown) {
        if (!(hUp > 0) || !(hDown > 0)) {
            return Double.NaN;
        }
        double diff = 0;
        double f = 0;
        double b = 0;
        int counted = 0;
        for (int k = 0; k < m0.length; k++) {
            if (!Double.isFinite(up[k]) || !Double.isFinite(m0[k]) || !Double.isFinite(down[k])) {
                // a moment undefined at a point (a ratio over zero): the gap of the others, which
                // have both slopes (it was NaN for the flagship's interior quit_base, and "usable"
                // read an empty gap as smooth: an economist's review)
                continue;
            }
            counted++;
            double w = c.targets().get(k).weight();
            double fk = (up[k] - m0[k]) / hUp;
            double bk = (m0[k] - down[k]) / hDown;
            diff += w * (fk - bk) * (fk - bk);
            f += w * fk * fk;
            b += w * bk * bk;
        }
        double size = Math.max(f, b);
        if (counted == 0 || !Double.isFinite(diff) || !Double.isFinite(size)) {
            return Double.NaN;
        }
        return size == 0 ? 0 : Math.sqrt(diff / size);
    }

    /**
     * A target's fit from Σₖₖ and Vₖₖ ({@link MomentFit}): t divides by √Vₖₖ; a moment that
     * does not vary (Σₖₖ 0) keeps t = ±∞ when it misses; with no V (the parameters not identified
     * together) t divides by se (every t was NaN and the page called every target fit exactly:
     * found by a code review); a Vₖₖ at rounding level is a target fit exactly: residual se 0,
     * no t.
     */
    static MomentFit fit(String target, double observed, double simulated, double sigmaKk, double vKk, double miss) {
        double se = Math.sqrt(sigmaKk);
        double gap = observed - simulated;
        if (se == 0) {
            return new MomentFit(target, observed, simulated, se, 0, gap / se, gap);
        }
        if (Double.isNaN(vKk)) {
            return new MomentFit(target, observed, simulated, se, Double.NaN, gap / se, gap);
        }
        if (vKk <= 1e-12 * sigmaKk) {
            return new MomentFit(target, observed, simulated, se, 0, Double.NaN, miss);
        }
        double rse = Math.sqrt(vKk);
        return new MomentFit(target, observed, simulated, se, rse, miss / rse, miss);
    }

    /**
     * The events a unit of {@code metric} stands for in a run of {@code months} months: 1 for a
     * count (researchers, moves, counter-offers: a standard metric's unit), {@code months} for a
     * rate of them per month; NaN for anything else (an amount, a share, a metric of one's own).
     */
    public static double eventsPerUnit(String metric, int months) {
        return eventsPerUnitOf(org.talentsim.experiment.StandardMetrics.unit(metric), months);
    }

    /** {@link #eventsPerUnit} of a metric whose unit is {@code unit} (a count, a rate of one per month, or neither). */
    static double eventsPerUnitOf(String unit, int months) {
        if (unit.equals("researchers") || unit.equals("counter-offers") || unit.equals("count")) {
            return 1;
        }
        return unit.equals("researchers/month") || unit.equals("per month") ? months : Double.NaN;
    }

    static Result estimate(Calibration c, Evaluations ev, Listener listener) {
        c.requireCalibration();
        int p = c.parameters().size();
        int budget = budget(c);
        List<TraceRow> trace = new ArrayList<>();
        double[] best = {Double.POSITIVE_INFINITY};
        double[][] bestTheta = {c.start()};
        int[] resumed = {0};
        boolean[] everDefined = new boolean[c.targets().size()];   // per target: defined at some vector tried
        ev.listener((n, fromJournal) -> {
            if (fromJournal) {
                resumed[0]++;
            }
        });
        boolean[] spent = new boolean[c.starts()];   // per start: stopped on its budget
        int[] bestStart = {0};
        for (int s = 0; s < c.starts(); s++) {
            String phase = "start " + (s + 1);
            int start = s;
            spent[s] = Search.minimise(c, s, Search.start(c, s), c.maxEvaluations(), u -> {
                double[] theta = new double[p];
                for (int j = 0; j < p; j++) {
                    theta[j] = c.parameters().get(j).at(u[j]);
                }
                double[] moments = Smm.moments(c, ev.at(theta));
                for (int k = 0; k < moments.length; k++) {
                    everDefined[k] |= Double.isFinite(moments[k]);
                }
                double q = Smm.objective(c, moments);
                if (q < best[0]) {
                    best[0] = q;
                    bestTheta[0] = theta;
                    bestStart[0] = start;
                }
                trace.add(new TraceRow(trace.size() + 1, phase, ev.indexOf(theta), q, best[0], theta));
                listener.progress(ev.count(), budget, best[0]);
                return q;
            });
            LOG.debug("calibration {}: start {} done, best objective {}", c.file(), s + 1, best[0]);
        }
        if (!(best[0] < Smm.PENALTY)) {
            // no θ tried gave every moment a value: reporting the start as the estimate, with an
            // objective of 1e30 and no se, would be a silently empty result
            // which targets: with many, "some target" left the user to find it (a calibration review)
            List<String> never = new ArrayList<>();
            for (int k = 0; k < everDefined.length; k++) {
                if (!everDefined[k]) {
                    never.add(c.targets().get(k).name());
                }
            }
            throw new org.talentsim.experiment.ExperimentException(c.file() + ": no estimate: at every one of the " + ev.count()
                    + " parameter vectors tried some target's simulated moment was undefined (NaN: e.g. a ratio whose"
                    + " denominator is 0 in every run, or a lab's mean when it has nobody), so the objective was too"
                    + (never.isEmpty() ? "" : "; undefined at every one: " + String.join(", ", never))
                    + "; look at the targets' metrics in a run of the scenario (moments.csv is not written)");
        }
        // the Jacobian by central differences (one-sided at a bound), every point run together;
        // a point of it better than θ̂ (a search that stopped short: Brent's method a little
        // inside a bound, CMA-ES before its best) becomes θ̂, and the Jacobian is taken there
        double[] theta = bestTheta[0];
        double objective = best[0];
        double[][] g = new double[c.targets().size()][p];
        double[] gaps = new double[p];
        Derivative[][] how = new Derivative[c.targets().size()][p];
        int moves = 0;
        int better;
        while ((better = jacobian(c, ev, theta, g, how, gaps, trace, best)) >= 0 && moves < MAX_MOVES) {
            theta = trace.get(better).theta();
            objective = trace.get(better).objective();
            moves++;
            LOG.info("calibration {}: a point of the Jacobian improves the objective to {}: the estimate moves there", c.file(),
                    objective);
            listener.progress(ev.count(), budget + 2 * p * moves, best[0]);
        }
        if (better >= 0) {
            LOG.warn("calibration {}: after {} moves of the estimate to a better point of its Jacobian, one is still better"
                    + " (objective {} against {}); the estimate is reported where its Jacobian was taken", c.file(), moves,
                    best[0], objective);
        }
        double[] sim = Smm.moments(c, ev.at(theta));
        listener.progress(ev.count(), budget + 2 * p * moves, best[0]);
        // the simulation noise of the moments (and, for targets without an se, the data's
        // covariance) from replications at the estimate, whatever the targets' se's say
        double[][] sample = ev.sample(theta, c.covarianceReplications());
        double[][] sigma = Smm.sigma(c, sample, c.replications());
        Smm.Inference inf = Smm.inference(c, theta, sim, g, sigma);
        List<ParameterEstimate> estimates = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            Calibration.Parameter par = c.parameters().get(j);
            double se = Math.sqrt(inf.cov()[j][j]);
            // 1%: a search on a simulated objective stops about that far short of a bound it is heading for
            double tol = BOUND_HIT * (par.upper() - par.lower());
            boolean hit = theta[j] - par.lower() <= tol || par.upper() - theta[j] <= tol;
            boolean identified = se <= par.upper() - par.lower();   // NaN: no se
            estimates.add(new ParameterEstimate(par.name(), theta[j], se, theta[j] - Z95 * se, theta[j] + Z95 * se, hit,
                    identified, gaps[j], inf.atBound()[j]));
            if (gaps[j] > ROUGH) {
                LOG.info("calibration {}: the moments are not smooth in {} at the Jacobian's step (one-sided slopes differ by"
                        + " {} times their size): its se is not to be trusted", c.file(), par.name(), gaps[j]);
            }
        }
        List<MomentFit> moments = new ArrayList<>();
        double[][] atTheta = ev.at(theta);
        int months = c.scenarioAt(theta).months();
        for (int k = 0; k < sim.length; k++) {
            Calibration.Target t = c.targets().get(k);
            MomentFit m = fit(t.name(), t.observed(), sim[k], sigma[k][k], inf.residual()[k][k], inf.miss()[k]);
            if (t.isRatio()) {
                double mean = Smm.mean(atTheta, c.metrics().indexOf(t.denominator()));
                m = m.withDenominator(mean, mean * atTheta.length * eventsPerUnit(t.denominator(), months));
            }
            moments.add(m);
            if (m.fewEvents()) {
                LOG.info("calibration {}: target {}: its denominator {} adds up to {} events over the {} runs at the estimate"
                        + " (fewer than {}): the simulated ratio, its fit se and t rest on a handful of events", c.file(), t.name(),
                        t.denominator(), org.talentsim.internal.Num.format(m.denominatorEvents()), atTheta.length, FEW_EVENTS);
            }
        }
        LOG.info("calibration {}: objective {} after {} evaluations", c.file(), objective, ev.count());
        return new Result(c, estimates, moments, objective, inf.linearised(), inf.j(), inf.df(), inf.p(), ev.count(), resumed[0], trace, theta,
                sigma, g, spent[bestStart[0]], moves, how);
    }
}
