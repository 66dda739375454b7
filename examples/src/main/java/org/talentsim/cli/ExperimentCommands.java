package org.talentsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentsim.experiment.Executor;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.LocalExecutor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The experiment commands (docs/EXPERIMENTS.md): {@code experiment FILE}, and the shorthands
 * {@code replicate}, {@code sweep} and {@code compare} that build the same {@link Experiment}
 * from the command line.
 */
final class ExperimentCommands {
    private ExperimentCommands() {}

    /** Options of every experiment command: where, how fast, resume or replace. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<file name>-<command>)")
        Path out;

        @Option(names = "--threads", paramLabel = "N", description = "runs in parallel; results do not depend on it (default: ${DEFAULT-VALUE})")
        int threads = Math.min(8, Runtime.getRuntime().availableProcessors());

        @Option(names = "--executor", paramLabel = "NAME",
                description = "where the runs run: local (this JVM's threads) or spark (needs the spark module; docs/SPARK.md) (default: ${DEFAULT-VALUE})")
        String executor = "local";

        @Option(names = "--master", paramLabel = "URL",
                description = "with --executor spark: the Spark master, local[N] or spark://HOST:PORT (default: local[N] for"
                        + " --threads N; an experiment too small to repay Spark's start runs on the local executor, saying so)")
        String master;

        @Option(names = "--resume", description = "continue the same experiment in --out: finished runs are kept")
        boolean resume;

        @Option(names = "--force", description = "replace the results of another experiment or run in --out")
        boolean force;

        @Option(names = {"-q", "--quiet"}, description = "no progress line, and the runs' warnings only counted at the end")
        boolean quiet;

        @Option(names = "--report", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "write report.html, the charts of the experiment (default: on; --no-report skips it)")
        boolean report = true;

        @Option(names = "--png", description = "also write each chart of the report as charts/ID.png and charts/ID.svg")
        boolean png;

        /** Runs {@code e} and prints the table; {@code file} names the default folder. */
        int execute(Experiment e, String file, String command) {
            CommandLine cl = spec.commandLine();
            RunCommand.requirePngWithReport(cl, report, png);
            if (threads < 1 || threads > 1024) {
                throw new CommandLine.ParameterException(cl, "--threads must be in [1, 1024], was " + threads);
            }
            Path dir = out != null ? out : Path.of("out", RunCommand.defaultFolder(file, "-" + command));
            RunCommand.requireChartsFolder(report && png, dir);
            // as run and check say them: an event after the end, a budget without its unit, in a cell or arm
            for (String note : ScenarioNotes.of(e)) {
                cl.getErr().println((e.scenarioPath() != null ? e.scenarioPath().toString() : file) + ": note: " + note);
            }
            cl.getErr().flush();
            RunsProgress progress = !quiet && System.console() != null ? new RunsProgress(cl.getErr(), System::nanoTime) : null;
            boolean oldReport = !report && RunCommand.hasReport(dir);
            // the folder refused before an executor that is slow to start (Spark: 6 to 127 seconds
            // before it said the folder held another experiment; a review of Spark's side)
            ExperimentRunner.checkFolder(e, dir, resume, force);
            if (Main.logback()) {
                LogSetup.beginRuns(quiet);   // none left from an earlier command of this JVM
            }
            ExperimentRunner.Result r;
            try (Executor ex = executor(this, e, cl); Main.Hint hint = Main.resumeHint(cl, dir, "runs.csv")) {
                r = ExperimentRunner.run(e, ex, dir, resume, force, progress == null ? (d, n) -> {} : progress);
            } finally {
                if (Main.logback()) {
                    LogSetup.endRuns();
                }
                if (progress != null) {
                    progress.clear();
                }
            }
            // the results are written: a stop from here on says so, and how to draw the report
            try (ReportCommand.StoppedHint drawing = new ReportCommand.StoppedHint(cl, dir, png, report)) {
                return tables(e, r, dir, oldReport);
            }
        }

        /** The tables, the files and the report of experiment {@code e}'s result {@code r}, written into {@code dir}. */
        private int tables(Experiment e, ExperimentRunner.Result r, Path dir, boolean oldReport) {
            CommandLine cl = spec.commandLine();
            sayRepeated(cl.getErr(), r.ran(), r.resumed());
            // the total the report's box gives, resumed runs included (the lines above count only
            // the runs this command ran, one line per message: a strategist's review)
            String skipped = org.talentsim.report.Report.skippedLine(dir, report);
            if (skipped != null) {
                cl.getErr().println("talentsim: " + skipped);
                cl.getErr().flush();
            }
            PrintWriter w = cl.getOut();
            w.printf(Locale.ROOT, "%s: %s x %s = %s, seed %d%s (%.1f s)%n", e.scenarioName(),
                    count(e.cells().size(), e.arms().isEmpty() ? "cell" : "arm"), count(e.replications(), "replication"),
                    count(e.size(), "run"), e.seed(),
                    r.resumed() > 0 ? ", " + r.resumed() + " resumed" : "", r.wallSeconds());
            // experiment takes no --metrics: its file's metrics choose (the footer sent a reader to an
            // option the command then refused: a strategist's review)
            table(w, e, r, cl.getCommandName().equals("experiment") ? "the experiment file's metrics: key" : "--metrics");
            w.printf(java.util.Locale.ROOT, "Results: %s (%s)%n", dir, String.join(", ", ExperimentRunner.files(e)));
            w.flush();
            if (report) {
                w.printf(java.util.Locale.ROOT, "Report: %s%n", ReportCommand.draw(() -> org.talentsim.report.Report.writeExperiment(dir,
                        png)));
                ReportCommand.charts(w, dir, png);
            } else {
                org.talentsim.report.Report.remove(dir);
                if (oldReport) {
                    w.println(RunCommand.removedReport(dir));
                }
            }
            w.flush();
            return 0;
        }
    }

    /**
     * How many of the {@code ran} runs said each warning written once above ("dismissal of 'Yuandong
     * Tian' skipped" in 3 of 20 runs: an event of the story that did not happen in those), so the
     * reader knows whether it concerns one run or all; {@code ran} 0 or less when the runs are not
     * counted (a calibration's).
     */
    static void sayRepeated(PrintWriter err, long ran) {
        sayRepeated(err, ran, 0);
    }

    /**
     * As {@link #sayRepeated(PrintWriter, long)}, after a resume of {@code resumed} runs: the
     * counts are of the runs run now (the line after them, of the runs that skipped events, counts
     * every run of the experiment: the two totals read as a contradiction, a strategist's review).
     */
    static void sayRepeated(PrintWriter err, long ran, long resumed) {
        for (java.util.Map.Entry<String, Integer> m : Main.logback() ? LogSetup.repeated() : java.util.List.<java.util.Map.Entry<String, Integer>>of()) {
            String text = m.getKey();
            err.println("talentsim: " + m.getValue() + (ran > 0 ? " of the " + ran : "") + (m.getValue() == 1 && ran <= 0 ? " run" : " runs")
                    + (ran > 0 && resumed > 0 ? " run now (" + resumed + " resumed)" : "") + " said: " + (text.length() > 160
                    ? text.substring(0, 157) + "..." : text));
        }
        err.flush();
    }

    /** The experiment's scenario with the overrides of every run (its largest cell's, should it not parse here). */
    private static org.talentsim.scenario.Scenario baseScenario(Experiment e) {
        try {
            return org.talentsim.experiment.Overrides.parse(e.overrides()).applyTo(org.talentsim.io.ScenarioFiles.parse(
                    e.base().text().getBytes(java.nio.charset.StandardCharsets.UTF_8), e.base().file()));
        } catch (RuntimeException x) {
            return e.largest();   // (read with a registry or event types of a program's own)
        }
    }

    /**
     * The table of an experiment's result {@code r} on {@code w}: for a comparison each arm's
     * metrics against the baseline with the notes on p and the intervals, else each cell's; and,
     * when not every metric is shown, which are ({@code choose}: how to choose them).
     */
    static void table(PrintWriter w, Experiment e, ExperimentRunner.Result r, String choose) {
        org.talentsim.report.Report.Shown which = tableMetrics(e, r);
        if (r.dir() != null) {
            // with the differences beyond chance that the selection left out, as the report (a scenario author's review)
            which = org.talentsim.report.Report.withBeyondChance(which, r.dir(), e.cells().get(e.baselineIndex()).label());
        }
        java.util.Set<String> shown = new java.util.HashSet<>(which.metrics());
        if (e.isComparison()) {
            w.print(ExperimentTables.comparison(r.comparison().stream().filter(a -> shown.contains(a.metric())).toList(),
                    e.cells().get(e.baselineIndex()).label(), e.replications()));
            int tests = tests(r.comparison());
            // the count of events skipped, when chosen, is a check of the runs outside Holm's
            // family: its '-' is not "the same in every replication" (a docs review)
            boolean check = r.comparison().stream().anyMatch(a -> a.difference() != null
                    && a.metric().equals(org.talentsim.experiment.StandardMetrics.EVENTS_SKIPPED) && !a.difference().same());
            boolean untested = tests == 0 && mostPairs(r.comparison()) < 2;
            if (untested) {
                // one replication: the arms may well differ, but no difference can be tested
                // (a reviewer read "the same as the baseline's" of two values that were not); said once,
                // below, where the replications are one (a re-check: two lines said it)
                if (oneReplication(e) == null) {
                    w.println(org.talentsim.report.Report.TOO_FEW);
                }
            } else if (tests == 0 && check) {
                w.println("Nothing to test: " + CHECK_NOT_TESTED + ", and any other metric is the same as the baseline's in every"
                        + " replication (p '-', 'same').");
            } else if (tests == 0) {
                w.println("Every metric is the same as the baseline's in every replication: nothing to test (p '-', 'same').");
            } else {
                w.println("Differences are paired over the same seeds; p is the paired t-test, Holm-adjusted over the "
                        + count(tests, "test") + " (arm x metric)");
                w.println((tests == 1 ? "that differs" : "that differ") + " from the baseline in some replication (the same in every"
                        + " one: no test, '-', 'same'; the same difference in every one of fewer than 6 pairs: no test, '-');");
                if (check) {
                    w.println(CHECK_NOT_TESTED + ";");
                }
                // a CI that excluded 0 beside a p (Holm) of 0.099 read as a contradiction (a statistician's review)
                w.println("the intervals are not adjusted: each is a 95% interval on its own;");
            }
            if (!untested) {   // (no interval, p or share with one pair: a re-check)
                // a share higher of 18% read as "mostly lower" where 74% were ties (a strategist's review)
                w.println("higher = share of replications in which the arm's value is above the baseline's (the rest are lower or"
                        + " the same: comparison.csv's share_lower);");
                // "p<0.001, 100% higher" invited trust in the model itself (a strategist's review)
                w.println("intervals and p measure the runs' randomness only, not whether the model and its parameters are right.");
            }
        } else {
            w.print(ExperimentTables.summary(r.summary().stream().filter(c -> shown.contains(c.metric())).toList(),
                    r.comparison().stream().filter(a -> shown.contains(a.metric())).toList(), tests(r.comparison())));
            if (e.arms().size() == 1) {
                // an experiment file with one arm: no comparison, and nothing said why (found by a reviewer)
                w.println(oneArm(e));
            }
            // does the metric rise along the path, and which cell is highest: a sweep analyst's review
            org.talentsim.report.Report.Table trends = r.dir() == null || e.vary().isEmpty() ? null
                    : org.talentsim.report.Report.sweepTrends(r.dir(), which.metrics());
            if (trends != null) {
                w.println();
                w.println(trends.title() + ":");
                List<String[]> rows = new ArrayList<>();
                rows.add(trends.header().toArray(String[]::new));
                trends.rows().forEach(row -> rows.add(row.toArray(String[]::new)));
                w.print(TextTable.format(rows, trends.numeric()));
                w.println(trends.note());
            }
        }
        // by the scenario with the overrides of every run, as the page decides (the largest cell's
        // scenario, an arm's, could say otherwise: a re-check)
        String units = org.talentsim.report.Report.units(which.metrics(), baseScenario(e));
        if (units != null) {
            w.println(units);
        }
        if (oneReplication(e) != null) {
            w.println(oneReplication(e));
        }
        if (!r.ratios().isEmpty()) {
            boolean compared = e.isComparison() || ExperimentRunner.pairsCells(e);
            w.println();
            w.print(ExperimentTables.ratios(r.ratios(), compared ? e.cells().get(e.baselineIndex()).label() : null,
                    !e.isComparison(), e.replications()));
        }
        String same = org.talentsim.report.Report.sameResults(r.dir(), e.isComparison() ? "arms" : "cells");
        if (same != null) {
            w.println(same);
        }
        if (shown.size() < e.metrics().size()) {
            w.printf(java.util.Locale.ROOT, "Shown: %d of %d metrics (%s); all are in %s; choose with %s%s%n", shown.size(),
                    e.metrics().size(), which.which(),
                    e.isComparison() ? "comparison.csv" : ExperimentRunner.pairsCells(e) ? "summary.csv and "
                            + ExperimentRunner.DIFFERENCES : "summary.csv", choose,
                    // Holm's family is every metric: effects shown lost their significance to
                    // metrics never shown (a strategist's review)
                    (e.isComparison() || ExperimentRunner.pairsCells(e)) && tests(r.comparison()) > 0 ? " (p (Holm) is adjusted"
                            + " over all of them: fewer give sharper p-values)" : "");
        }
    }

    /** The executor {@code --executor} names, or a usage error naming what is missing. */
    static Executor executor(Base b, Experiment e, CommandLine cl) {
        if (b.executor.equals("local")) {
            if (b.master != null) {
                throw new CommandLine.ParameterException(cl, "--master needs --executor spark (the local executor uses --threads)");
            }
            return new LocalExecutor(b.threads);
        }
        ExecutorProvider p = ExecutorProvider.find(b.executor);
        if (p == null) {
            if (!b.executor.equals("spark")) {
                String near = b.executor.equalsIgnoreCase("local") ? "local"
                        : b.executor.toLowerCase(java.util.Locale.ROOT).startsWith("spark") ? "spark" : null;
                throw new CommandLine.ParameterException(cl, "--executor " + b.executor + ": unknown executor (known: local, spark)"
                        + (near != null ? "; did you mean '" + near + "'?" : ""));
            }
            throw new CommandLine.ParameterException(cl, "--executor spark: not on the class path (./talentsim adds the spark"
                    + " module when --executor spark is given; a java command needs spark/target/talentsim-spark.jar and"
                    + " spark/target/lib/*; docs/SPARK.md)");
        }
        if (b.master != null && cl.getParseResult() != null && cl.getParseResult().hasMatchedOption("--threads")) {
            // the master sets how many runs go at once: --threads beside it was ignored without a
            // word (found by a strategist's review)
            cl.getErr().println("talentsim: --threads " + b.threads + " is not used with --master " + b.master + ": the master sets"
                    + " how many runs go at once (local[N]: N)");
            cl.getErr().flush();
        }
        Main.otherExecutorOpened();
        // Spark logs its own failed start (an ERROR with its stack trace) before it throws: the
        // line below says what went wrong, so its log is off while it starts
        java.util.Map<String, ch.qos.logback.classic.Level> levels = new java.util.HashMap<>();
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
            for (String name : List.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop")) {
                ch.qos.logback.classic.Logger l = ctx.getLogger(name);
                levels.put(name, l.getLevel());
                l.setLevel(ch.qos.logback.classic.Level.OFF);
            }
        }
        // a Ctrl-C while it starts (Spark's start takes seconds) says so, where it said nothing:
        // the runs have not begun, and the result folder is as it was
        PrintWriter err = cl.getErr();
        Thread starting = new Thread(() -> {
            err.println(startStopped(b.executor));
            err.flush();
        }, "talentsim-start-hint");
        Runtime.getRuntime().addShutdownHook(starting);
        try {
            return p.open(e, b.master, b.threads, cl.getErr());
        } catch (Exception x) { // a master Spark cannot parse or reach (Scala throws SparkException unchecked)
            // (one line: a master that cannot be used is not a mistake in the command's form)
            String why = String.valueOf(x.getMessage()).lines().findFirst().orElse(x.toString());
            if (why.contains("INVALID_DRIVER_MEMORY")) {
                // Spark's own words name no fix (a strategist's review)
                why += "; give the JVM a larger heap: JAVA_OPTS=-Xmx1g ./talentsim ...";
            }
            throw new Main.BadInput("--executor " + b.executor
                    + (b.master != null ? " --master " + b.master : "") + ": cannot start: " + why);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(starting);
            } catch (IllegalStateException x) {
                // shutting down: the hint is on its way
            }
            if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
                levels.forEach((name, level) -> ctx.getLogger(name).setLevel(level));
            }
        }
    }

    /** What a Ctrl-C while executor {@code name} starts says. */
    static String startStopped(String name) {
        return "talentsim: stopped while the " + name + " executor was starting: nothing was run, and the result folder is as it was";
    }

    /** The metrics the table shows, those the report shows ({@link org.talentsim.report.Report#shown}). */
    static org.talentsim.report.Report.Shown tableMetrics(Experiment e, ExperimentRunner.Result r) {
        List<String> paths = new ArrayList<>(e.overrides()); // those of every run (--set) name labs too, as in the report
        for (Experiment.Cell c : e.cells()) {
            paths.addAll(c.overrides());
        }
        // an arm or cell that changes an event names the event's labs, as the report reads it
        paths.addAll(org.talentsim.report.Report.eventLabPaths(e.base().text().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                e.base().file(), e.overrides(), new ArrayList<>(paths)));
        // the metrics 0 in every run of every cell, as the report reads them off summary.csv
        java.util.Map<String, Boolean> zero = new java.util.HashMap<>();
        for (ExperimentRunner.CellStat c : r.summary()) {
            org.talentsim.experiment.Estimate x = c.estimate();
            boolean z = x != null && x.mean() == 0 && !(x.sd() > 0);
            zero.merge(c.metric(), z, Boolean::logicalAnd);
        }
        java.util.Set<String> zeros = new java.util.HashSet<>();
        zero.forEach((m, z) -> {
            if (z) {
                zeros.add(m);
            }
        });
        return org.talentsim.report.Report.shown(e.metrics(), paths, zeros);
    }

    /** Options of the shorthands: the scenario and what to change. */
    abstract static class Shorthand extends Base {
        @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML, version 1)")
        String file;

        @Option(names = {"-r", "--replications"}, paramLabel = "R", description = "replications per arm or cell (default: ${DEFAULT-VALUE})")
        int replications = 10;

        @Option(names = "--set", paramLabel = "PATH=VALUE", description = "change a value of the scenario for every run (repeatable)")
        List<String> overrides = new ArrayList<>();

        @Option(names = "--seed", paramLabel = "N", description = "master seed S; replication r runs on replication(S, r) (default: the scenario's)")
        Long seed;

        @Option(names = "--months", paramLabel = "N", description = "months to simulate (default: the scenario's)")
        Integer months;

        @Option(names = "--metrics", paramLabel = "A,B", description = "metrics to report, * standing for any text (Meta.*, *.poached_out; default: all but the flows, market.events_skipped, teams' and the labs' balance counts; docs/METRICS.md)")
        List<String> metrics = new ArrayList<>();

        @Option(names = "--ratio", paramLabel = "'A per B'", description = "a ratio of two metrics to report beside them, e.g. 'Meta.spend per Meta.headcount_end': each arm's ratio of means and against the baseline its incremental ratio (the extra A per extra B), with Fieller's 95%% interval; repeatable; ratios.csv")
        List<String> ratios = new ArrayList<>();

        Experiment.Builder builder() {
            CommandLine cl = spec.commandLine();
            if (replications < 1) {
                throw new CommandLine.ParameterException(cl, "-r must be at least 1, was " + replications);
            }
            // split here, keeping empty names: an empty --metrics (an unset shell variable) or ',' ran the
            // default metrics, and 'a,,b' or 'a,' dropped the empty one, where a file's "metrics: []" is
            // refused (an adversarial review, then a re-check)
            List<String> names = new ArrayList<>();
            for (String given : metrics) {
                // (a comma at the end is let pass, as a list written out by hand often has one: 'a, b ,')
                String[] parts = given.replaceFirst("(,\\s*)+$", "").split(",", -1);
                if (java.util.Arrays.stream(parts).allMatch(String::isBlank)) {
                    throw new CommandLine.ParameterException(cl, "--metrics '" + given + "': no metric given; leave --metrics out"
                            + " for the default ones");
                }
                for (String m : parts) {
                    if (m.isBlank()) {
                        throw new CommandLine.ParameterException(cl, "--metrics '" + given + "': an empty name (two commas in a row, or"
                                + " one at the start)");
                    }
                    names.add(m.strip());
                }
            }
            if (months != null && months < 1) {
                throw new CommandLine.ParameterException(cl, "--months must be at least 1, was " + months);
            }
            FileKind.require(file, FileKind.SCENARIO);
            for (org.talentsim.scenario.FieldOverride o : org.talentsim.experiment.Overrides.parse(overrides).setting("months")) {
                // --months is an override after --set's: it would win, silently
                String v = o.value().trim();
                if (months != null && !v.equals(String.valueOf(months))) {
                    throw new CommandLine.ParameterException(cl, "--months " + months + " and --set months=" + v + " set the"
                            + " months twice; give them once");
                }
            }
            Experiment.Builder b = Experiment.builder().scenario(Path.of(file)).overrides(overrides);
            if (months != null) {
                b.override("months=" + months);
            }
            if (seed != null) {
                b.seed(seed);
            }
            // "A, B" as "A,B": a space after the comma named an unknown metric ' B' (a strategist's review)
            return b.replications(replications).metrics(names)
                    .ratios(ratios);
        }
    }

    @Command(name = "experiment", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Run an experiment file: replications, a vary grid or arms compared against a baseline.",
                "Writes experiment.yaml, scenario-copy.yaml, runs.csv, paths.csv (up to 20 labs), cells.csv (grids),",
                "summary.csv, comparison.csv (arms), differences.csv (grids: each cell against the first, paired),",
                "ratios.csv (ratios:), manifest.json and report.html; prints a table."})
    static final class ExperimentCommand extends Base {
        @Parameters(index = "0", paramLabel = "FILE", description = "the experiment file (YAML, version 1; docs/EXPERIMENTS.md)")
        String file;

        @Option(names = {"-r", "--replications"}, paramLabel = "R",
                description = "replications per arm or cell instead of the file's (a quick look before the full run)")
        Integer replications;

        @Option(names = "--baseline", paramLabel = "ARM",
                description = "the arm the others are compared with, instead of the file's (with --resume the runs of a finished"
                        + " folder are compared again, none run)")
        String baseline;

        @Option(names = "--ratio", paramLabel = "'A per B'", description = "a ratio of two metrics to report, instead of the file's ratios: (repeatable; e.g. 'Meta.spend per Meta.headcount_end'; with --resume a finished folder's runs are used again, none run)")
        List<String> ratios = new ArrayList<>();

        @Override
        public Integer call() {
            FileKind.require(file, FileKind.EXPERIMENT);
            Experiment e = Experiment.read(Path.of(file));
            if (!ratios.isEmpty()) {
                e = e.toBuilder().ratios(ratios).build();
            }
            if (replications != null) {
                if (replications < 1) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "-r must be at least 1, was " + replications);
                }
                e = e.toBuilder().replications(replications).build();
            }
            if (baseline != null) {
                if (!e.arms().containsKey(baseline)) {
                    throw new Main.BadInput("--baseline " + org.talentsim.internal.Names.escape(baseline) + ": " + (e.arms().isEmpty()
                            ? file + " has no arms: only arms have a baseline (a grid's cells are compared with its first cell)"
                            : "no arm of " + file + " is named so; its arms: " + org.talentsim.internal.Names.escape(
                            String.join(", ", e.arms().keySet()))));
                }
                e = e.toBuilder().baseline(baseline).build();
            }
            return execute(e, file, "experiment");
        }
    }

    @Command(name = "replicate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Run a scenario R times on seeds mixed from (S, r) and summarise every metric: mean, sd, 95%% CI.",
                "Writes experiment.yaml, scenario-copy.yaml, runs.csv, paths.csv (up to 20 labs), summary.csv,",
                "manifest.json and report.html."})
    static final class ReplicateCommand extends Shorthand {
        @Override
        public Integer call() {
            return execute(builder().build(), file, "replicate");
        }
    }

    @Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = {"Run a grid of values (every combination of the --vary options) R times each, on the same seeds.",
                "Writes experiment.yaml, scenario-copy.yaml, runs.csv, paths.csv (up to 20 labs), cells.csv,",
                "summary.csv, differences.csv (each cell against the first, paired over the same seeds),",
                "manifest.json and report.html; prints a table.",
                "Example: talentsim sweep examples/scenarios/bm1.yaml -r 3 \\",
                "           --vary market.offersSeeking=0.05/month,0.1/month,0.2/month"})
    static final class SweepCommand extends Shorthand {
        @Option(names = "--vary", paramLabel = "PATH=V1,V2,...", required = true,
                description = "a path and its values, separated by commas outside brackets and quotes (repeatable: the cells are every combination)")
        List<String> vary = new ArrayList<>();

        @Override
        public Integer call() {
            Experiment.Builder b = builder();
            for (String v : vary) {
                int eq = v.indexOf('=');
                if (eq <= 0 || eq == v.length() - 1) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--vary " + v + ": expected PATH=V1,V2,..., like market.separation=0.01/year,0.02/year");
                }
                b.vary(v.substring(0, eq), splitValues(v.substring(eq + 1)));
            }
            Experiment e;
            try {
                e = b.build();
            } catch (org.talentsim.scenario.OverrideException x) {
                // a value of a --vary option, named as such (asSetOptions says --set, what --set gives)
                for (String v : vary) {
                    String path = v.substring(0, v.indexOf('='));
                    List<String> values = splitValues(v.substring(v.indexOf('=') + 1));
                    if (x.override().startsWith(path + "=") && values.contains(x.override().substring(path.length() + 1))) {
                        // the path's problem ("unknown key 'ofer'") is said of the path, a value's of the value
                        throw new Main.BadInput("--vary " + org.talentsim.internal.Names.escape(v) + ": " + (x.ofPath() ? ""
                                : "the value " + org.talentsim.internal.Names.escape(x.override().substring(path.length() + 1)) + ": ")
                                + org.talentsim.internal.Names.escape(x.problem()));
                    }
                }
                throw x;
            }
            return execute(e, file, "sweep");
        }

        /**
         * {@code 1,lognormal(1, 0.5),{name: match, upTo: 0.5}} → its three values: a comma
         * separates values only outside brackets, braces, parentheses and quotes, so that
         * distributions and flow mappings can be varied too.
         */
        static List<String> splitValues(String s) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            char quote = 0;
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    out.add(s.substring(from, i));
                    from = i + 1;
                }
            }
            out.add(s.substring(from));
            return out;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            header = "Compare arms against the scenario as it is, R replications each on the same seeds.",
            description = {"The baseline is the scenario as it is (--baseline ARM: that arm). Per arm and metric: the mean",
                "with its 95%% CI, the paired difference with its CI, p (Holm), share higher.",
                "Writes experiment.yaml, scenario-copy.yaml, runs.csv, paths.csv, summary.csv, comparison.csv,",
                "manifest.json and report.html.",
                "Example: talentsim compare examples/scenarios/meta-2025.yaml -r 50 \\",
                "           --arm 'none:labs[Meta].retention=none'"})
    static final class CompareCommand extends Shorthand {
        @Option(names = "--arm", paramLabel = "NAME:PATH=V[,PATH=V]", required = true,
                description = "an arm: its name and overrides (repeatable); an arm named baseline replaces the default one;"
                        + " 'NAME:' with nothing after the colon runs the scenario as it is")
        List<String> arms = new ArrayList<>();

        @Option(names = "--baseline", paramLabel = "ARM",
                description = "the arm the others are compared with (with --baseline A: policy B against policy A); then no arm of the scenario as"
                        + " it is is added (--arm 'as-is:' adds one)")
        String baseline;

        @Override
        public Integer call() {
            Experiment.Builder b = builder();
            List<String[]> parsed = new ArrayList<>();
            boolean hasBaseline = false;
            for (String a : arms) {
                int colon = a.indexOf(':');
                int eq = a.indexOf('=');
                if (colon <= 0 || (eq >= 0 && eq < colon)) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--arm " + a + ": expected NAME:PATH=VALUE[,PATH=VALUE], like none:labs[Meta].retention=none");
                }
                String name = a.substring(0, colon);
                hasBaseline |= name.equals("baseline");
                parsed.add(new String[] {name, a.substring(colon + 1)});
            }
            // --baseline baseline names the arm compare adds: the default, kept (it was refused: a review)
            boolean defaultBaseline = baseline == null || (baseline.equals("baseline") && !hasBaseline);
            if (!hasBaseline && defaultBaseline) {
                b.arm("baseline", List.of());
            }
            if (hasBaseline && defaultBaseline && parsed.size() < 2) {
                // (it ran one arm and printed its means, no comparison, exit 0: a strategist's review)
                throw new CommandLine.ParameterException(spec.commandLine(), "--arm baseline:... replaces the scenario as it is"
                        + " as the baseline, and there is no other arm to compare with it: add one (--arm 'as-is:' runs the"
                        + " scenario as it is), or run replicate --set ... for the runs alone");
            }
            if (!defaultBaseline && parsed.size() < 2 && parsed.stream().anyMatch(p -> p[0].equals(baseline))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--baseline " + baseline + " compares the other arms"
                        + " with it, and there is no other: with --baseline no arm of the scenario as it is is added (--arm"
                        + " 'as-is:' adds one)");
            }
            for (String[] p : parsed) {
                b.arm(p[0], splitOverrides(p[1]));
            }
            if (!defaultBaseline) {
                if (parsed.stream().noneMatch(p -> p[0].equals(baseline))) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--baseline " + baseline + ": no --arm is named "
                            + baseline + "; the arms: " + String.join(", ", parsed.stream().map(p -> p[0]).toList()));
                }
                b.baseline(baseline);
            }
            Experiment e;
            try {
                e = b.build();
            } catch (org.talentsim.scenario.OverrideException x) {
                // an override of an --arm option, named with its arm (asSetOptions says --set)
                for (String[] p : parsed) {
                    if (splitOverrides(p[1]).contains(x.override())) {
                        throw new Main.BadInput("--arm " + org.talentsim.internal.Names.escape(p[0] + ":" + p[1]) + ": arm "
                                + org.talentsim.internal.Names.escape(p[0]) + ", " + org.talentsim.internal.Names.escape(x.override())
                                + ": " + org.talentsim.internal.Names.escape(x.problem()));
                    }
                }
                throw x;
            }
            return execute(e, file, "compare");
        }

        /** {@code a=1,b.c=x,y} → [{@code a=1}, {@code b.c=x,y}]: a comma starts a new override only before {@code PATH=}. */
        static List<String> splitOverrides(String s) {
            if (s.isEmpty()) {
                return List.of();
            }
            return Arrays.asList(s.split(",(?=[A-Za-z_][^,=]*=)"));
        }
    }

    /** What an experiment of one arm is told (after its table, and by check): nothing to compare it with. */
    static String oneArm(Experiment e) {
        return e.arms().containsKey("baseline")
                ? "One arm: nothing to compare the baseline with. Add an arm (a name and its overrides) to get its"
                        + " differences with confidence intervals."
                : "One arm: nothing to compare it with. Add a baseline arm (under arms:, 'baseline: []' runs the scenario as it"
                        + " is) to get its differences with confidence intervals.";
    }

    /**
     * What an experiment of one replication and several arms (or cells) is told, by check and after
     * its table; null otherwise: an experiment file's replications default to 1 where the command
     * line's -r is 10, and a file without it gave "(1 pair)" and no test without a word (a strategist's review).
     */
    static String oneReplication(Experiment e) {
        return e.replications() >= 2 || e.cells().size() < 2 ? null
                : "One replication: no difference can be tested (a paired difference needs 2 or more, and its interval more"
                        + " still). Give 2 or more: -r N on the command line (10 unless given), replications: N in an experiment"
                        + " file (1 unless given).";
    }

    /** Said of the count of events skipped when a comparison reports it. */
    static final String CHECK_NOT_TESTED = org.talentsim.report.Fmt.checkNotTested("'-'");

    /** The most replications in which an arm's metric and the baseline's both have a value. */
    static int mostPairs(List<org.talentsim.experiment.ExperimentRunner.ArmStat> rows) {
        return rows.stream().mapToInt(a -> a.pairs()).max().orElse(0);
    }

    /** The tests Holm's adjustment counts: the arms' metrics with a p (over all metrics, not only those shown). */
    static int tests(List<org.talentsim.experiment.ExperimentRunner.ArmStat> rows) {
        return (int) rows.stream().filter(a -> !Double.isNaN(a.pHolm())).count();
    }

    /** "1 run", "3 runs". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
