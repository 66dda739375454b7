package org.talentsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import org.talentsim.calibration.Calibration;
import org.talentsim.calibration.Calibrator;
import org.talentsim.calibration.Sensitivity;
import org.talentsim.experiment.LocalExecutor;
import org.talentsim.internal.Num;
import org.talentsim.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code calibrate FILE} and {@code sensitivity FILE} (docs/CALIBRATION.md). */
final class CalibrationCommands {
    private CalibrationCommands() {}

    /** Options of both: the file, where, how fast, resume or replace. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "the calibration file (YAML, kind: calibration;"
                + " sensitivity also reads kind: sensitivity; docs/CALIBRATION.md)")
        String file;

        @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<file name>-<command>)")
        Path out;

        @Option(names = "--threads", paramLabel = "N", description = "runs in parallel; results do not depend on it (default: ${DEFAULT-VALUE})")
        int threads = Math.min(8, Runtime.getRuntime().availableProcessors());

        @Option(names = "--resume", description = "continue the same calibration in --out: evaluations done are kept")
        boolean resume;

        @Option(names = "--force", description = "replace the results of another calibration, experiment or run in --out")
        boolean force;

        @Option(names = {"-q", "--quiet"}, description = "no progress line, and the runs' warnings only counted at the end")
        boolean quiet;

        @Option(names = "--report", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "write report.html, the charts of the results (default: on; --no-report skips it)")
        boolean report = true;

        @Option(names = "--png", description = "also write each chart of the report as charts/ID.png and charts/ID.svg")
        boolean png;

        Path dir(String command) {
            RunCommand.requirePngWithReport(spec.commandLine(), report, png);
            if (threads < 1 || threads > 1024) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be in [1, 1024], was " + threads);
            }
            Path dir = out != null ? out : Path.of("out", RunCommand.defaultFolder(file, "-" + command));
            RunCommand.requireChartsFolder(report && png, dir);
            oldReport = !report && RunCommand.hasReport(dir);
            return dir;
        }

        /** Whether --no-report found a report of earlier results in the folder (it goes with them: said). */
        private boolean oldReport;

        /**
         * {@code x} for the terminal: 4 significant digits with k/M/B above 10,000, as the report
         * and the experiment tables show numbers (rounded whole, 900000500 was shown 900000000, a
         * number that looked exact); empty when undefined (no se).
         */
        static String shown(double x) {
            return Double.isNaN(x) ? "" : Double.isInfinite(x) ? (x > 0 ? "inf" : "-inf") : ExperimentTables.num(x);
        }

        /** Draws report.html into {@code dir} (and prints its path), or removes an earlier one with --no-report. */
        void report(Path dir, PrintWriter w) {
            if (report) {
                w.printf(java.util.Locale.ROOT, "Report: %s%n", ReportCommand.draw(() -> Report.writeCalibration(dir, png)));
                ReportCommand.charts(w, dir, png);
            } else {
                Report.remove(dir);
                if (oldReport) {
                    w.println(RunCommand.removedReport(dir));
                }
            }
            w.flush();
        }

        EvaluationsProgress progress(boolean showBest) {
            return !quiet && System.console() != null
                    ? new EvaluationsProgress(spec.commandLine().getErr(), System::nanoTime, showBest) : null;
        }
    }

    @Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Estimate a scenario's parameters by the simulated method of moments (docs/CALIBRATION.md).",
                "Writes calibration.yaml and scenario-copy.yaml (the files read), estimates.csv, moments.csv,",
                "covariance.csv, jacobian.csv, trace.csv, evaluations.csv (the journal), summary.json,",
                "fitted.yaml (the scenario at the estimates, for 'run'), manifest.json and report.html (the",
                "estimates, the fit of each target, the objective over the search); prints the fit."})
    static final class CalibrateCommand extends Base {
        @Override
        public Integer call() {
            Path dir = dir("calibrate");
            FileKind.require(file, FileKind.CALIBRATION);
            Calibration c = Calibration.read(Path.of(file));
            c.requireCalibration();
            EvaluationsProgress progress = progress(true);
            Calibrator.Result r;
            long start = System.nanoTime();
            LogSetup.beginRuns(quiet);   // none left from an earlier command of this JVM
            try (LocalExecutor ex = new LocalExecutor(threads);
                    Main.Hint hint = Main.resumeHint(spec.commandLine(), dir, "evaluations.csv")) {
                r = Calibrator.run(c, ex, dir, resume, force, progress == null ? (n, b, best) -> {} : progress);
            } finally {
                LogSetup.endRuns();
                if (progress != null) {
                    progress.clear();
                }
            }
            // the results are written: a stop from here on says so, and how to draw the report
            try (ReportCommand.StoppedHint drawing = new ReportCommand.StoppedHint(spec.commandLine(), dir, png, report)) {
                return fit(c, r, (System.nanoTime() - start) / 1e9, dir);
            }
        }

        /** Prints calibration {@code c}'s fit {@code r} and draws its report. */
        private int fit(Calibration c, Calibrator.Result r, double wall, Path dir) {
            ExperimentCommands.sayRepeated(spec.commandLine().getErr(), 0);
            PrintWriter w = spec.commandLine().getOut();
            int made = r.evaluations() - r.resumed();
            w.printf(Locale.ROOT, "%s: %s, %s, R = %d, seed %d: %d evaluations%s (%.1f s%s)%n",
                    c.scenarioName(), ExperimentCommands.count(c.parameters().size(), "parameter"),
                    ExperimentCommands.count(c.targets().size(), "target"), c.replications(), c.seed(), r.evaluations(),
                    r.resumed() > 0 ? ", " + r.resumed() + " from the journal" : "", wall,
                    made > 0 ? String.format(Locale.ROOT, ", %.1f per minute", made / Math.max(wall, 1e-9) * 60) : "");
            List<String[]> rows = new ArrayList<>();
            // the parameters' units, where the file gives any (k: 250 is $250k)
            List<org.talentsim.calibration.Calibration.Parameter> ps = c.parameters();
            boolean units = ps.stream().anyMatch(p -> !p.unit().isEmpty());
            rows.add(units ? new String[] {"parameter", "estimate", "se", "95% CI", "unit", "bound"}
                    : new String[] {"parameter", "estimate", "se", "95% CI", "bound"});
            for (int j = 0; j < r.estimates().size(); j++) {
                Calibrator.ParameterEstimate e = r.estimates().get(j);
                String ci = Double.isNaN(e.se()) ? "" : "[" + shown(e.ciLow()) + ", " + shown(e.ciHigh()) + "]";
                String bound = e.boundHit() ? "hit" : "";
                rows.add(units ? new String[] {e.parameter(), shown(e.estimate()), shown(e.se()), ci, ps.get(j).unit(), bound}
                        : new String[] {e.parameter(), shown(e.estimate()), shown(e.se()), ci, bound});
            }
            w.print(TextTable.format(rows, col -> col == 1 || col == 2));
            w.println();
            rows = new ArrayList<>();
            // off a minimum, t divides the miss left at the linearised minimum (as J does): shown beside it
            boolean offMinimum = r.moments().stream().anyMatch(CalibrationCommands::offMinimum);
            rows.add(offMinimum ? new String[] {"target", "observed", "simulated", "miss at min", "se", "fit se", "t"}
                    : new String[] {"target", "observed", "simulated", "se", "fit se", "t"});
            for (Calibrator.MomentFit m : r.moments()) {
                String fitSe = Double.isNaN(m.residualSe()) ? "-" : shown(m.residualSe());
                rows.add(offMinimum ? new String[] {m.target(), shown(m.observed()), shown(m.simulated()),
                    shown(missAtMin(m)), shown(m.se()), fitSe, tText(m)}
                    : new String[] {m.target(), shown(m.observed()), shown(m.simulated()), shown(m.se()), fitSe, tText(m)});
            }
            w.print(TextTable.format(rows, col -> col > 0));
            // a ratio over a handful of events: its simulated value, fit se and t mean little (the
            // flagship's 8 : 8 was 8 moves over 1 in 20 runs, its fit se 0.018: an economist's review)
            List<String> few = new ArrayList<>();
            for (int k = 0; k < r.moments().size(); k++) {
                org.talentsim.calibration.Calibration.Target t = c.targets().get(k);
                Calibrator.MomentFit m = r.moments().get(k);
                if (m.fewEvents()) {
                    few.add(org.talentsim.report.Fmt.fewEvents(m.target(), t.denominator(), Num.format(m.denominatorEvents()),
                            m.denominatorEvents() == 1));
                }
            }
            if (!few.isEmpty()) {
                w.println("few events: " + String.join("; ", few) + " over the " + c.replications() + " runs at the estimate,"
                        + " fewer than " + Calibrator.FEW_EVENTS + org.talentsim.report.Fmt.FEW_EVENTS_TAIL
                        + " (moments.csv's denominator_events); more replications, or a ratio of larger counts.");
            }
            List<String> unidentified = r.estimates().stream().filter(e -> Double.isNaN(e.se()))
                    .map(Calibrator.ParameterEstimate::parameter).toList();
            // a derivative undefined (a target's moment undefined on both sides of the step) leaves G
            // without a value: said as such, not as parameters the targets do not identify
            List<String> undefinedG = new ArrayList<>();
            double[][] jac = r.jacobian();
            for (int k = 0; k < jac.length; k++) {
                for (int j = 0; j < jac[k].length; j++) {
                    if (!Double.isFinite(jac[k][j])) {
                        undefinedG.add(c.targets().get(k).name() + " in " + c.parameters().get(j).name());
                    }
                }
            }
            if (!undefinedG.isEmpty()) {
                w.println("no se's and no J: the derivative of " + String.join(", ", undefinedG) + " is undefined (the simulated"
                        + " moment is undefined, e.g. a ratio over zero, at the estimate or at every point of the Jacobian's step:"
                        + " both sides, or the one a bound leaves;"
                        + " jacobian.csv): more replications, or a target with larger counts.");
            } else if (!unidentified.isEmpty()) {
                w.println("no se for " + String.join(", ", unidentified) + ": "
                        + (unidentified.size() == r.estimates().size() ? "the targets do not identify the parameters together"
                                : "no target moves " + (unidentified.size() == 1 ? "it" : "them") + " (a zero column of the"
                                + " Jacobian); the others' se's stand") + " (docs/CALIBRATION.md, Standard errors).");
            }
            String oneSided = oneSided(r);
            if (!oneSided.isEmpty()) {
                w.println(oneSided);
            }
            // as the report says: an se wider than the whole range leaves the parameter unidentified
            // (its CI then runs past the range's bounds)
            List<String> wide = new ArrayList<>();
            List<String> beyond = new ArrayList<>();
            for (Calibrator.ParameterEstimate e : r.estimates()) {
                org.talentsim.calibration.Calibration.Parameter p = c.parameters().stream()
                        .filter(q -> q.name().equals(e.parameter())).findFirst().orElseThrow();
                if (!e.identified() && !Double.isNaN(e.se())) {
                    wide.add(e.parameter());
                } else if (e.identified() && !e.boundHit() && e.ciBeyond(p.lower(), p.upper())) {
                    // an interval past the range it was searched in: the targets pin it down only
                    // loosely (found by a reviewer: raise's [-0.034, 0.10] in [0, 0.08] went unremarked)
                    beyond.add(e.parameter() + " [" + shown(e.ciLow()) + ", " + shown(e.ciHigh())
                            + "] in [" + Num.format(p.lower()) + ", " + Num.format(p.upper()) + "]");
                }
            }
            // a search stopped by its budget was reported like a converged one (an economist's review)
            if (r.budgetSpent() || r.jacobianMoves() > 0) {
                w.println(stoppedShort(r, c.maxEvaluations()));
            }
            List<String> atBound = r.estimates().stream().filter(Calibrator.ParameterEstimate::boundHit)
                    .map(Calibrator.ParameterEstimate::parameter).toList();
            if (!atBound.isEmpty()) {
                // (its interval may reach past the range too: said here, not as "weakly identified")
                w.println("at a bound of its range: " + String.join(", ", atBound) + " (the se's assume an estimate inside the"
                        + " range: not to be trusted there; widen the range, or fix the parameter).");
            }
            // (only where there is an se to distrust: an economist's review)
            List<String> rough = r.estimates().stream().filter(e -> e.slopeGap() > Calibrator.ROUGH && !Double.isNaN(e.se()))
                    .map(e -> e.parameter() + " (" + shown(e.slopeGap()) + ")").toList();
            if (!rough.isEmpty()) {
                w.println("not smooth at the Jacobian's step: " + String.join(", ", rough) + " - the moments' one-sided slopes"
                        + " differ by more than their size (slope_gap), so the se rests on a central difference of a kink, a jump"
                        + " or noise: not to be trusted; more replications, another step, or targets with larger counts.");
            }
            if (!wide.isEmpty()) {
                w.println("not identified by these targets (an se larger than the parameter's whole range): "
                        + String.join(", ", wide) + ".");
            }
            if (!beyond.isEmpty()) {
                w.println("weakly identified, the 95% CI reaching beyond the range searched: " + String.join("; ", beyond)
                        + " (the interval is estimate +/- 1.96 se, not cut at the bounds; more targets that move "
                        + (beyond.size() == 1 ? "it" : "them") + ", or smaller se's, narrow it).");
            }
            // (a parameter no target moves, with no se, stays at its start too: the page said so, the terminal not: a re-check)
            if ((!beyond.isEmpty() || !wide.isEmpty() || !unidentified.isEmpty()) && c.starts() == 1) {
                // a weakly identified estimate stays near where the one search began (an economist's
                // review: annualRaise from 0.05 ended at 0.049 on average over 20 data sets, truth 0.03)
                w.println("one start (starts: 1): a parameter the targets barely move tends to stay near where the search began,"
                        + " whatever its truth; starts: 3 searches from more points and keeps the lowest objective"
                        + " (docs/CALIBRATION.md, Coverage).");
            }
            // "stopped short" only where a step would halve the objective: said of every fit, a converged one
            // too, whose miss at min differs from observed - simulated by the simulation's noise (a calibration review)
            boolean short_ = r.shortOfMinimum();
            // what t divides by, as the report's axis says it (every fit se '-': t divides by se)
            long withFitSe = r.moments().stream().filter(m -> !Double.isNaN(m.residualSe())).count();
            String divisor = withFitSe == 0 ? "se" : withFitSe == r.moments().size() ? "fit se" : "fit se (se where it is '-')";
            w.println("se: of observed - simulated at a fixed parameter vector; fit se: at the estimate, which was chosen to"
                    + " fit the targets (mostly smaller; 0 for a target the parameters fit exactly, which has no t; '-' where G'WG"
                    + " is singular, and t divides by se); " + (offMinimum
                    && r.moments().stream().anyMatch(m -> Double.isFinite(m.t()))
                    // the t's formula is the one the numbers follow (it said (observed - simulated) / fit se,
                    // then that t divides the miss at min: a calibration review)
                    ? "t = miss at min / " + divisor + ", where miss at min (moments.csv's linearised_miss) is the miss left at the"
                    + " minimum of the objective's linearisation, as J uses it: the part of observed - simulated that "
                    + "a step of the parameters would remove is not a miss of the model"
                    + (short_ ? " (here the search stopped a step short of the minimum)." : ".")
                    : "t = (observed - simulated) / " + divisor + (offMinimum ? "; " + (short_ ? "here the search stopped a step short of"
                    + " the minimum, where" : "at the minimum of the objective's linearisation") + " the parameters fit every target"
                    + " exactly (miss at min 0, moments.csv's linearised_miss): no t." : ".")));
            List<String> held = r.estimates().stream().filter(Calibrator.ParameterEstimate::heldAtBound)
                    .map(Calibrator.ParameterEstimate::parameter).toList();
            if (!held.isEmpty()) {
                w.println("J and the t's hold " + String.join(", ", held) + " at " + (held.size() == 1 ? "its bound: the"
                        + " objective's linearisation has its minimum beyond it" : "their bounds: the objective's linearisation"
                        + " has its minimum beyond them") + ", so they measure the fit the model can reach inside the ranges"
                        + " (estimates.csv's held_at_bound).");
            }
            if (r.moments().stream().anyMatch(m -> m.se() == 0)) {
                w.println("se 0: the simulated moment does not vary over the runs and the target gives no se; the model"
                        + " misses it exactly unless simulated = observed.");
            }
            // as the report: 4 significant digits, and p below 0.001 as "<0.001" (it said "p = 0.000")
            w.printf(Locale.ROOT, "objective %s%s%n", shown(r.objective()), r.df() > 0 && Double.isFinite(r.j())
                    ? String.format(Locale.ROOT, "; J = %s on %d degree%s of freedom, p = %s", shown(r.j()), r.df(), r.df() == 1 ? "" : "s",
                    ExperimentTables.p(r.p()) + (shaky(r) ? " (not to be relied on, nor the t's: " + shakyWhy(r) + ")" : ""))
                    : r.df() == 0 ? "; exactly identified (no J test)" : "; J undefined (singular covariance, or parameters not identified together)");
            w.println("Estimates, moments and J to 10 digits: estimates.csv, moments.csv, summary.json.");
            w.printf(java.util.Locale.ROOT, "Results: %s (%s)%n", dir, String.join(", ", Calibrator.FILES));
            report(dir, w);
            return 0;
        }
    }

    /**
     * What the terminal says of a search that stopped on its budget, or whose estimate moved to a
     * better point of its Jacobian: either way short of a minimum, the estimate and its se's less
     * sure than a converged search's.
     */
    static String stoppedShort(Calibrator.Result r, int maxEvaluations) {
        return org.talentsim.report.Fmt.stoppedShort(r.budgetSpent(), r.jacobianMoves(), maxEvaluations)
                + ": the search stopped short of a minimum, so the estimate may move and its se's are less sure than"
                + " a converged search's; raise max_evaluations (summary.json's budget_spent, jacobian_moves).";
    }

    /** A Sobol index with its interval, {@code 0.412 [0.301, 0.533]}; {@code -} where there is none. */
    static String index(double v, double low, double high) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.3f", v) + (Double.isNaN(low) || Double.isNaN(high) ? ""
                : String.format(Locale.ROOT, " [%.3f, %.3f]", low, high));
    }

    @Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            header = "Rank a calibration file's parameters by their effect on its targets (Morris, and Sobol).",
            description = {"Screen a calibration file's parameters by Morris's elementary effects (docs/CALIBRATION.md):",
                "per parameter and target mu* (mean |effect| over the parameter's range), mu, sigma; a ranking.",
                "With sensitivity.sobol: N in the file, Sobol's first- and total-order indices too (sobol.csv).",
                "Writes sensitivity.yaml and scenario-copy.yaml (the files read), sensitivity.csv, ranking.csv,",
                "evaluations.csv (the journal), manifest.json and report.html",
                "(the ranking, Morris's mu* against sigma per target, Sobol's indices as bars)."})
    static final class SensitivityCommand extends Base {
        @Override
        public Integer call() {
            Path dir = dir("sensitivity");
            FileKind.require(file, FileKind.CALIBRATION);
            Calibration c = Calibration.read(Path.of(file));
            EvaluationsProgress progress = progress(false);
            Sensitivity.Result r;
            long start = System.nanoTime();
            LogSetup.beginRuns(quiet);   // none left from an earlier command of this JVM
            try (LocalExecutor ex = new LocalExecutor(threads);
                    Main.Hint hint = Main.resumeHint(spec.commandLine(), dir, "evaluations.csv")) {
                r = Sensitivity.run(c, ex, dir, resume, force, progress == null ? (n, b, best) -> {} : progress);
            } finally {
                LogSetup.endRuns();
                if (progress != null) {
                    progress.clear();
                }
            }
            // the results are written: a stop from here on says so, and how to draw the report
            try (ReportCommand.StoppedHint drawing = new ReportCommand.StoppedHint(spec.commandLine(), dir, png, report)) {
                return screening(c, r, (System.nanoTime() - start) / 1e9, dir);
            }
        }

        /** Prints sensitivity analysis {@code c}'s result {@code r} and draws its report. */
        private int screening(Calibration c, Sensitivity.Result r, double wall, Path dir) {
            ExperimentCommands.sayRepeated(spec.commandLine().getErr(), 0);
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%s: Morris, %s, %s, %d levels%s, R = %d: %d points (%.1f s)%n",
                    c.scenarioName(), ExperimentCommands.count(c.parameters().size(), "parameter"),
                    c.trajectories() + " trajectories", c.levels(),
                    c.sobol() > 0 ? "; Sobol, N = " + c.sobol() : "", c.sensitivityReplications(), r.points(), wall);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"parameter", "target", "mu*", "mu", "sigma", "mu*/se", "r"});
            List<String> fewer = new ArrayList<>();
            for (Sensitivity.Effect e : r.effects()) {
                rows.add(new String[] {e.parameter(), e.target(), shown(e.muStar()), shown(e.mu()),
                    shown(e.sigma()), shown(e.scaled()), Integer.toString(e.r())});
                if (e.r() < c.trajectories()) {
                    fewer.add(e.parameter() + " on " + e.target() + " (" + e.r() + ")");
                }
            }
            w.print(TextTable.format(rows, col -> col >= 2));
            if (!fewer.isEmpty()) {
                // an effect of one trajectory ranked a parameter third, and the table did not say (a calibration review)
                w.println("r: the trajectories whose effect is defined (the target undefined at a point, e.g. a ratio over 0, leaves"
                        + " one out); fewer than " + c.trajectories() + ", so less to rest on: " + String.join(", ", fewer) + ".");
            }
            w.println();
            rows = new ArrayList<>();
            rows.add(new String[] {"rank", "parameter", "sum mu*/se"});
            for (Sensitivity.Rank x : r.ranking()) {
                rows.add(new String[] {Integer.toString(x.rank()), x.parameter(), shown(x.score())});
            }
            w.print(TextTable.format(rows, col -> col != 1));
            List<String> undefinedOn = r.ranking().stream().filter(x -> x.undefined() > 0)
                    .map(x -> x.parameter() + " (" + x.undefined() + ")").toList();
            if (!undefinedOn.isEmpty()) {
                // a 0 of an undefined effect read as "leaves the target unmoved" (an economist's review)
                w.println("not in the sums, the targets where none of a parameter's effects is defined (r = 0): "
                        + String.join(", ", undefinedOn) + "; its rank leaves them out, it does not find them unmoved"
                        + " (ranking.csv's targets_undefined).");
            }
            w.println("mu*: mean absolute change of the target when the parameter crosses its whole range; mu*/se: in units");
            w.println("of the target's standard error (1/sqrt(weight)). sigma large against mu*: interactions or non-linearity.");
            if (!r.sobol().isEmpty()) {
                w.println();
                rows = new ArrayList<>();
                rows.add(new String[] {"parameter", "target", "first order [95% CI]", "total order [95% CI]"});
                for (Sensitivity.SobolIndex x : r.sobol()) {
                    rows.add(new String[] {x.parameter(), x.target(), index(x.firstOrder(), x.firstLow(), x.firstHigh()),
                        index(x.totalOrder(), x.totalLow(), x.totalHigh())});
                }
                w.print(TextTable.format(rows, col -> col >= 2));
                w.printf(java.util.Locale.ROOT, "Sobol indices, base sample %d (Saltelli): the share of each target's variance over the box due to%n"
                        + "the parameter alone (first order) and with its interactions (total order); 95%% bootstrap intervals%n"
                        + "(the base rows resampled): an index above 1 or below 0 is noise%s.%n",
                        c.sobol(), c.sobol() < 64 ? ", and on a base sample under 64 even its interval may lie wholly"
                        + " outside [0, 1] (the bootstrap understates the noise of so few rows): 64 or more to read them" : "");
            }
            // sobol.csv only when the file asks for Sobol's indices (it is not written otherwise)
            w.printf(java.util.Locale.ROOT, "Results: %s (%s)%n", dir, String.join(", ", Sensitivity.FILES.stream()
                    .filter(name -> c.sobol() > 0 || !name.equals("sobol.csv")).toList()));
            report(dir, w);
            return 0;
        }
    }

    /** The progress line: evaluations done of the budget, the best objective, evaluations per minute, the time left at most. */
    static final class EvaluationsProgress implements Calibrator.Listener {
        private static final long REDRAW_NANOS = 100_000_000L;
        private final PrintWriter err;
        private final LongSupplier clock;
        private final long start;
        private final boolean showBest;
        private int first = -1;
        private long lastDraw;
        private int drawnWidth;

        EvaluationsProgress(PrintWriter err, LongSupplier clock, boolean showBest) {
            this.err = err;
            this.clock = clock;
            this.start = clock.getAsLong();
            this.showBest = showBest;
        }

        @Override
        public void progress(int evaluations, int budget, double best) {
            long now = clock.getAsLong();
            if (first < 0) {
                first = evaluations - 1;
            }
            if (now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            String line = line(evaluations - Math.max(first, 0), evaluations, budget, best, now - start, showBest);
            err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            err.flush();
            drawnWidth = line.length();
            Progress.onScreen = true;
        }

        static String line(int ran, int done, int budget, double best, long elapsed, boolean showBest) {
            double perMinute = elapsed <= 0 ? 0 : ran / (elapsed / 6e10);
            String eta = ran <= 0 ? "?" : Progress.duration(Math.round(Math.max(0, budget - done) / perMinute * 60));
            return String.format(Locale.ROOT, "evaluations %d (budget %d)%s  %.1f/min  ETA <= %s", done, budget,
                    showBest ? "  best " + (Double.isFinite(best) ? Num.format(new java.math.BigDecimal(best)
                            .round(new java.math.MathContext(5)).doubleValue()) : "?") : "", perMinute, eta);
        }

        void clear() {
            if (drawnWidth > 0) {
                err.print("\r" + " ".repeat(drawnWidth) + "\r");
                err.flush();
                drawnWidth = 0;
                Progress.onScreen = false;
            }
        }
    }

    /** Whether J and the t's rest on assumptions the estimate does not meet: moments smooth at the step, θ̂ inside the box. */
    static boolean shaky(Calibrator.Result r) {
        return !shakyWhy(r).isEmpty();
    }

    /** What J and the t's assume that the estimate does not meet, or "". */
    static String shakyWhy(Calibrator.Result r) {
        List<String> why = new ArrayList<>();
        if (r.estimates().stream().anyMatch(e -> e.slopeGap() > Calibrator.ROUGH)) {
            why.add("the moments are not smooth at the step");
        }
        if (r.estimates().stream().anyMatch(Calibrator.ParameterEstimate::boundHit)) {
            why.add("an estimate is at a bound");
        }
        if (r.shortOfMinimum()) {
            why.add("the estimate is short of a minimum (a step of the parameters would take the linearised objective from "
                    + Base.shown(r.objective()) + " to " + Base.shown(r.linearisedObjective()) + ")");
        }
        return why.isEmpty() ? "" : String.join("; ", why) + "; both assume otherwise";
    }

    /**
     * Whether a target's miss at the linearised minimum differs from observed − simulated by more
     * than 1% of its fit se (or of its se, without one): the search stopped short of the minimum.
     */
    /**
     * The miss at the linearised minimum as shown: 0 within rounding of the target's se (an exact
     * fit showed "3.886e-17": an economist's review).
     */
    static double missAtMin(Calibrator.MomentFit m) {
        return org.talentsim.report.Fmt.missShown(m.linearisedMiss(), m.residualSe() > 0 ? m.residualSe() : m.se());
    }

    static boolean offMinimum(Calibrator.MomentFit m) {
        double scale = m.residualSe() > 0 ? m.residualSe() : m.se();
        double gap = m.observed() - m.simulated();
        return scale > 0 && Double.isFinite(gap) && Math.abs(m.linearisedMiss() - gap) > 0.01 * scale;
    }

    /** t as the table shows it: "-" when undefined; "miss" when se is 0 and the moment misses the target (t is infinite). */
    static String tText(Calibrator.MomentFit m) {
        if (Double.isInfinite(m.t())) {
            return "miss";
        }
        return Double.isNaN(m.t()) ? "-" : String.format(Locale.ROOT, "%.2f", m.t());
    }

    /**
     * The derivatives taken one-sided because the moment is undefined at the other step, with the
     * step they rest on ("" when none): three of the flagship's were, and no line said so (an
     * economist's review). Words shared with the report ({@link org.talentsim.report.Fmt#oneSided}).
     */
    private static String oneSided(Calibrator.Result r) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < r.derivatives().length; k++) {
            for (int j = 0; j < r.derivatives()[k].length; j++) {
                Calibrator.Derivative d = r.derivatives()[k][j];
                if (d.undefinedOtherSide()) {
                    parts.add(org.talentsim.report.Fmt.oneSidedPart(r.moments().get(k).target(), r.estimates().get(j).parameter(),
                            d.difference(), d.nominalShare()));
                }
            }
        }
        return parts.isEmpty() ? "" : org.talentsim.report.Fmt.oneSided(parts);
    }
}
