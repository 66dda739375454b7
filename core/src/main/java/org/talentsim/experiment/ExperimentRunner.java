package org.talentsim.experiment;

import org.talentsim.internal.Words;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentsim.internal.Journal;
import org.talentsim.internal.JournalException;
import org.talentsim.internal.Num;
import org.talentsim.internal.TextFiles;
import org.talentsim.io.ResultWriter;
import org.talentsim.io.RunInfo;

/**
 * Runs an {@link Experiment} into a result folder (docs/EXPERIMENTS.md):
 *
 * <ul>
 *   <li>{@code experiment.yaml} — the resolved spec, readable back as an experiment file;
 *   <li>{@code runs.csv} — {@code run,cell,replication,seed,} and every metric, one row per run;
 *       a journal appended as runs finish and rewritten sorted by run at the end;
 *   <li>{@code paths.csv} — {@code run,cell,replication,seed,} and each lab's headcount at the end
 *       of each period ({@code LAB.headcount@PERIOD}; {@link Experiment#pathColumns()}), one row per
 *       run, journaled the same way; absent with more than 20 labs or cells of other periods;
 *   <li>{@code cells.csv} — a sweep's: {@code cell} and one column per varied path, holding its value
 *       as given, one row per cell (to join {@code runs.csv} to its parameters);
 *   <li>{@code summary.csv} — {@code cell}, a sweep's varied values (as in {@code cells.csv}), then
 *       {@code metric,mean,sd,ci_low,ci_high,n,unit} per cell and reported metric;
 *   <li>{@code comparison.csv} — with two arms or more: each arm against the baseline;
 *   <li>{@code differences.csv} — a sweep's of two cells or more: each cell against the first, paired
 *       over the same seeds, as {@code comparison.csv} has them (its first column {@code cell});
 *   <li>{@code ratios.csv} — with {@link Experiment#ratios()}: each cell's ratio of means and, against
 *       the baseline (a sweep's first cell), its incremental ratio, each with Fieller's interval;
 *   <li>{@code manifest.json} — version, scenario file and SHA-256, seed, replications, executor, threads, wall time.
 * </ul>
 *
 * <p>Every file but the manifest's {@code executor}, {@code threads} and {@code wall_seconds} is the same bytes for
 * any thread count and completion order, and after a resume: the statistics are computed from
 * {@code runs.csv}'s rows as written. Memory stays flat: outcomes are reduced to their row as
 * they arrive.
 */
public final class ExperimentRunner {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExperimentRunner.class);

    /**
     * An experiment of one arm has no comparison: said at INFO, as the command line says it (an
     * economist's review: built in code, it returned an empty comparison without a word).
     */
    private static void oneArm(Experiment e) {
        if (e.arms().size() == 1 && e.vary().isEmpty()) {
            LOG.info("the experiment of scenario '{}' has one arm, '{}': nothing to compare it with, so its comparison is empty; add a"
                    + " baseline arm (arm(\"baseline\", List.of()) runs the scenario as it is) to get differences with"
                    + " confidence intervals", e.scenarioName(), e.arms().keySet().iterator().next());
        }
    }

    /** The files of an experiment's result folder. */
    public static final List<String> FILES = List.of("experiment.yaml", ResultWriter.SCENARIO_COPY, "runs.csv", "paths.csv", "cells.csv", "summary.csv",
            "comparison.csv", "differences.csv", "ratios.csv", "manifest.json");
    /** A sweep's cells against its first, paired over the same seeds (columns as {@code comparison.csv}'s, {@code cell} first). */
    public static final String DIFFERENCES = "differences.csv";
    /** A sweep's cells with their varied values, one column per varied path: for joining with {@code runs.csv}. */
    public static final String CELLS = "cells.csv";
    /** The ratios of {@link Experiment#ratios()}: each cell's, and against the baseline (a sweep's first cell) the incremental ones. */
    public static final String RATIOS = "ratios.csv";
    /** The file of each run's headcount paths (each lab's headcount at the end of each period). */
    public static final String PATHS = "paths.csv";

    private ExperimentRunner() {}

    /**
     * The files {@link #run} writes for {@code e}, in the order of {@link #FILES}.
     *
     * @param e the experiment
     * @return the files' names
     */
    public static List<String> files(Experiment e) {
        return FILES.stream().filter(f -> !(f.equals("comparison.csv") && !e.isComparison()) && !(f.equals(DIFFERENCES) && !pairsCells(e))
                && !(f.equals(PATHS) && e.pathColumns().isEmpty()) && !(f.equals(CELLS) && e.vary().isEmpty())
                && !(f.equals(RATIOS) && e.ratios().isEmpty())).toList();
    }

    /**
     * Whether {@code e} is a sweep of two cells or more, which {@link Result#comparison()} and
     * {@link #DIFFERENCES} give each cell against the first (the reference) for, paired over the
     * same seeds (a sweep gave only each cell's own interval, and a clear paired difference, −36
     * [−50, −21], looked like none between two bands that nearly met: a strategist's review).
     *
     * @param e the experiment
     * @return whether its cells are paired with the first
     */
    public static boolean pairsCells(Experiment e) {
        return !e.isComparison() && !e.vary().isEmpty() && e.cells().size() >= 2;
    }

    /** Told of progress on the caller's thread: runs finished (including those resumed) of the total. */
    @FunctionalInterface
    public interface Listener {
        /**
         * {@code finished} of the experiment's {@code total} runs are done (0 before the first; resumed runs count as done).
         *
         * @param finished runs done, resumed ones included
         * @param total the experiment's runs
         */
        void done(int finished, int total);

        /**
         * Run {@code run} has finished with {@code outcome}: every metric of it, as its row of
         * {@code runs.csv} holds them. Told on the caller's thread, in the order the runs finish,
         * before its row is written and before the {@link #done} that counts it (if this throws, the
         * experiment stops with the run not done: a resume runs it again and tells it); not for runs
         * resumed from a journal (their rows are in {@code runs.csv}). For a study that wants the rows beside the statistics without
         * running the experiment twice (an economist's review); keep what you need of them, not
         * every outcome of a large experiment. Does nothing unless overridden.
         *
         * @param run the run
         * @param outcome its metrics
         */
        default void finished(Experiment.Run run, Outcome outcome) {
        }
    }

    /** A reported metric of a cell: its estimate (null when no run gave a finite value). */
    public record CellStat(String cell, String metric, Estimate estimate, int n) {}

    /**
     * An arm's reported metric against the baseline: the arm's estimate, the paired comparison
     * (null for the baseline itself or with fewer than 2 pairs), the Holm-adjusted p (NaN where
     * there is no test: the baseline, fewer than 2 pairs, the same value in every pair, or a
     * difference with no spread over fewer than 6 pairs, which chance may have made equal: {@link
     * PairedDifference#chanceTie()}, whose {@code p()} is 0 all the same), and the
     * pairs: the replications where both the arm and the baseline have a value (-1 for the
     * baseline itself).
     */
    public record ArmStat(String arm, String metric, Estimate estimate, PairedDifference difference, double pHolm,
            int pairs) {}

    /**
     * A ratio of a cell (an arm): its own over its runs, mean(numerator) / mean(denominator), and,
     * in a comparison or a sweep of two cells or more, its incremental ratio against the baseline
     * (the first cell) over the pairs of runs on the same seeds ({@link Experiment.Ratio}).
     *
     * @param cell the cell's label (the arm's name)
     * @param ratio which ratio
     * @param estimate the cell's own ratio over the runs where both metrics have a value
     * @param incremental against the baseline (null for the baseline itself, and where the cells are not compared)
     */
    public record RatioStat(String cell, Experiment.Ratio ratio, RatioEstimate estimate, RatioEstimate incremental) {}

    /**
     * What an experiment gave.
     *
     * @param experiment the experiment
     * @param dir the result folder; null for a run without files ({@link #run(Experiment, Executor, Listener)})
     * @param summary cell × metric
     * @param comparison arm × metric against the baseline, the baseline's rows first; a sweep's of
     *     two cells or more ({@link #pairsCells}): cell × metric against the first cell, its rows
     *     first ({@link ArmStat#arm()} is the cell's label); empty otherwise, as for an experiment of
     *     one arm (logged at INFO: add a baseline arm, {@code arm("baseline", List.of())}, to compare)
     * @param ratios cell × ratio ({@link Experiment#ratios()}), in the order of {@code comparison}'s
     *     cells (the baseline's first) or else of the cells; empty without ratios
     * @param resumed runs found done in the folder
     * @param ran runs run now
     * @param wallSeconds the wall time of this call
     */
    public record Result(Experiment experiment, Path dir, List<CellStat> summary, List<ArmStat> comparison,
            List<RatioStat> ratios, int resumed, int ran, double wallSeconds) {
        /** Copies the lists: a result cannot be changed through them, or through the lists given. */
        public Result {
            summary = List.copyOf(summary);
            comparison = List.copyOf(comparison);
            ratios = List.copyOf(ratios);
        }
    }

    /** Closes both journals; a failure to close is added to {@code failure} when there is one, else thrown. */
    /** {@link Journal#open} with a journal that cannot be resumed said as this package's exception. */
    private static Journal openJournal(Path file, String header, boolean resume) {
        try {
            return Journal.open(file, header, resume, 64);
        } catch (JournalException bad) {
            throw new ExperimentException(bad.getMessage());
        }
    }

    private static void closeBoth(Journal journal, Journal paths, Throwable failure) {
        RuntimeException closing = null;
        for (Journal j : new Journal[] {journal, paths}) {
            if (j == null) {
                continue;
            }
            try {
                j.close();
            } catch (RuntimeException x) {
                if (failure != null) {
                    failure.addSuppressed(x);
                } else if (closing == null) {
                    closing = x;
                } else {
                    closing.addSuppressed(x);
                }
            }
        }
        if (closing != null) {
            throw closing;
        }
    }

    /**
     * Runs {@code e} on {@code executor} into {@code dir}.
     *
     * @param e the experiment
     * @param executor where the runs go ({@link LocalExecutor}, or Spark's)
     * @param dir the result folder
     * @param resume continue the experiment in {@code dir} (the same spec): finished runs are kept
     * @param force replace the results of another experiment or run in {@code dir}
     * @param listener told of the runs finished (not null: {@code (finished, total) -> {}} for none)
     * @return what it gave, {@link Result#dir()} the folder
     * @throws NullPointerException if an argument is null
     * @throws ExperimentException when {@code dir} holds another experiment's or a run's results
     *     and not {@code force}, or cannot be a result folder
     * @throws RunFailedException when a run fails (the finished ones are kept for a resume)
     * @throws IllegalStateException when {@code executor} is closed ({@link Executor#isClosed}: before
     *     anything is written)
     */
    public static Result run(Experiment e, Executor executor, Path dir, boolean resume, boolean force, Listener listener) {
        java.util.Objects.requireNonNull(e, "experiment");
        java.util.Objects.requireNonNull(executor, "executor");
        java.util.Objects.requireNonNull(dir, "dir");
        java.util.Objects.requireNonNull(listener, "listener (use (finished, total) -> {} for none)");
        Executor.requireOpen(executor);   // not after the folder and its first files are made (found by a reviewer)
        oneArm(e);
        try {
            ResultWriter.checkFolder(dir);
        } catch (IllegalArgumentException x) {
            throw new ExperimentException(x.getMessage());
        }
        AutoCloseable lock;
        try {
            lock = ResultWriter.lockFolder(dir);
        } catch (org.talentsim.io.FolderBusyException x) {
            throw new ExperimentException(x.getMessage());
        }
        try {
            return runLocked(e, executor, dir, resume, force, listener);
        } finally {
            try {
                lock.close();
            } catch (Exception ignored) {
                // releasing a lock cannot fail in a way worth reporting over the run's own outcome
            }
        }
    }

    /**
     * Refuses, changing nothing, a folder that {@link #run(Experiment, Executor, Path, boolean,
     * boolean, Listener)} would refuse to write {@code e} into (another experiment's or a run's
     * results without {@code force}, a file, a resume of other settings): for a front end to say so
     * before it starts an executor that is slow to start (a Spark cluster said it after 6 to 127
     * seconds: a review of Spark's side). The run checks again; what only a resume's journals can
     * tell is left to it.
     *
     * @param e the experiment
     * @param dir the result folder
     * @param resume as {@code run}'s
     * @param force as {@code run}'s
     * @throws ExperimentException as {@code run} would
     * @throws NullPointerException if an argument is null
     */
    public static void checkFolder(Experiment e, Path dir, boolean resume, boolean force) {
        java.util.Objects.requireNonNull(e, "experiment");
        java.util.Objects.requireNonNull(dir, "dir");
        oneArm(e);
        try {
            ResultWriter.checkFolderFor(dir, "experiment.yaml", e.toYaml(dir), "experiment", FILES, resume, force);
        } catch (IllegalArgumentException x) {
            throw new ExperimentException(x.getMessage());
        }
    }

    /**
     * Runs {@code e} on {@code executor} without files: the summary and the comparison that {@link
     * #run(Experiment, Executor, Path, boolean, boolean, Listener)} gives, in memory ({@link
     * Result#dir()} is null), for a program that runs experiments in a loop (found by an
     * economist's review: an experiment had to write a folder, and {@code Talentsim.replicate}
     * kept every run's rows and ran them one after another). Each run is reduced to its row as it
     * finishes, and the numbers are those the folder's files hold, for any executor and thread
     * count.
     *
     * @param e the experiment
     * @param executor where the runs go
     * @return the summary, and the comparison of a comparison or a sweep
     * @param listener told of the runs finished (not null: {@code (finished, total) -> {}} for none)
     * @throws NullPointerException if an argument is null
     * @throws RunFailedException when a run fails
     * @throws IllegalStateException when {@code executor} is closed ({@link Executor#isClosed})
     */
    public static Result run(Experiment e, Executor executor, Listener listener) {
        java.util.Objects.requireNonNull(e, "experiment");
        java.util.Objects.requireNonNull(executor, "executor");
        java.util.Objects.requireNonNull(listener, "listener (use (finished, total) -> {} for none)");
        Executor.requireOpen(executor);
        oneArm(e);
        requireMemory(e, executor, Runtime.getRuntime().maxMemory());
        long start = System.nanoTime();
        List<String> all = e.allMetrics();
        List<Experiment.Run> runs = e.runs();
        Map<Integer, String> lines = new java.util.TreeMap<>();   // the runs are told of on one thread
        forEachRun(e, executor, runs, 0, runs.size(), listener, (r, o) -> lines.put(r.index(), line(r, o, all)));
        Stats stats = new Stats(e, lines);
        List<ArmStat> comparison = e.isComparison() || pairsCells(e) ? stats.comparison() : List.of();
        return new Result(e, null, stats.summary(), comparison, stats.ratios(), 0, runs.size(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * Runs {@code todo} (of the experiment's {@code total}, {@code done} already finished) on
     * {@code executor}, giving each finished run and its outcome to {@code sink} and counting it to
     * {@code listener}; a failed run is named by its place in the experiment (the executor numbers
     * the runs it was given, which after a resume are not all).
     */
    private static void forEachRun(Experiment e, Executor executor, List<Experiment.Run> todo, int done, int total,
            Listener listener, java.util.function.BiConsumer<Experiment.Run, Outcome> sink) {
        int[] finished = {done};
        listener.done(done, total);
        try {
            executor.forEach(todo, e.runFunction(), (i, o) -> {
                // told before its row is in the journal: a listener that fails stops the experiment
                // with that run not done, so a resume runs it and tells it again (it was kept and never told)
                listener.finished(todo.get(i), o);
                sink.accept(todo.get(i), o);
                listener.done(++finished[0], total);
            });
        } catch (RunFailedException x) {
            Experiment.Run r = todo.get(x.index());
            throw new RunFailedException(r.index(), r.toString(), x.getCause());
        }
    }

    /**
     * Refuses, before anything is written, an experiment whose runs this JVM cannot hold: the
     * largest cell's run ({@code Simulation.memoryNeeded}) times the runs a local executor keeps
     * in memory at once, against {@code available} bytes. A remote executor's runs use its
     * workers' memory (each run there is checked as it starts).
     */
    static void requireMemory(Experiment e, Executor executor, long available) {
        requireMemory(e.largest(), e.size(), executor, available);
    }

    /**
     * Refuses, before anything is written, {@code runs} runs of {@code largest} (or of scenarios
     * no larger) on {@code executor} when this JVM cannot hold the runs it keeps in memory at once
     * ({@link Executor#runsInThisJvm}); what the experiments, calibrations and sensitivity
     * analyses check before they start (a calibration's first run failed with a stack trace
     * instead: a review).
     *
     * @param largest the largest run's scenario
     * @param runs the runs
     * @param executor where they go
     * @throws ExperimentException with the memory needed and what to change, e.g. {@code the
     *     largest run (5000550 researchers) needs ~514.0 MB, the JVM may use 256.0 MB; raise -Xmx
     *     (e.g. JAVA_OPTS=-Xmx1g) or shrink the scenario}
     */
    public static void requireMemory(org.talentsim.scenario.Scenario largest, int runs, Executor executor) {
        java.util.Objects.requireNonNull(largest, "largest");
        java.util.Objects.requireNonNull(executor, "executor");
        requireMemory(largest, runs, executor, Runtime.getRuntime().maxMemory());
    }

    static void requireMemory(org.talentsim.scenario.Scenario largest, int runs, Executor executor, long available) {
        // the runs this JVM holds at once: a local executor's threads, a local Spark master's
        // (it skipped the check, and its runs ran out of the driver's heap: a strategist's review)
        int atOnce = (int) Math.min(Math.max(0, executor.runsInThisJvm()), runs);
        java.util.function.IntToLongFunction need = n -> org.talentsim.engine.Simulation.memoryNeeded(largest, n);
        if (atOnce == 0 || available == Long.MAX_VALUE || need.applyAsLong(atOnce) <= available) {
            return;
        }
        long one = need.applyAsLong(1);
        long all = need.applyAsLong(atOnce);
        int fit = 0;
        while (fit < atOnce && need.applyAsLong(fit + 1) <= available) {
            fit++;
        }
        double gib = 1024.0 * 1024 * 1024;
        long heap = Math.max(1, (long) Math.ceil(all * 4.0 / 3 / gib));
        // a Spark master local[N] sets how many runs go at once, and spark-submit the driver's heap
        // (--threads was refused there, and Submit has none: a Spark user's review)
        boolean local = executor instanceof LocalExecutor;
        String suggest = local ? "raise -Xmx (e.g. JAVA_OPTS=-Xmx" + heap + "g)"
                : "raise the driver's heap (JAVA_OPTS=-Xmx" + heap + "g for talentsim, --driver-memory " + heap + "g for spark-submit)";
        // as many decimals as it takes for different amounts to show different (0.05 and 0.07, not 0.1 and 0.1)
        String[] gb = memory(all, available, one);
        String u = gb[3];
        throw new ExperimentException(String.format(java.util.Locale.ROOT,
                "the largest run (%d researchers) needs ~%s %s%s, the JVM may use %s %s; %s", largest.population(),
                atOnce > 1 ? gb[2] : gb[0], u, atOnce > 1 ? ", " + atOnce + " at once ~" + gb[0] + " " + u : "", gb[1], u,
                fit >= 1 ? "run at most " + fit + " at once (" + (local ? "--threads " + fit + "; in code a LocalExecutor of " + fit
                        : "--master local[" + fit + "]") + ") or "
                        + suggest : suggest + " or shrink the scenario"));
    }

    /** {@link #run}, holding the folder's lock. */
    private static Result runLocked(Experiment e, Executor executor, Path dir, boolean resume, boolean force,
            Listener listener) {
        long start = System.nanoTime();
        try {
            ResultWriter.checkFolder(dir);
        } catch (IllegalArgumentException x) {
            throw new ExperimentException(x.getMessage());
        }
        requireMemory(e, executor, Runtime.getRuntime().maxMemory());
        String yaml = e.toYaml(dir);
        Path runsFile = dir.resolve("runs.csv");
        Path pathsFile = dir.resolve(PATHS);
        String header = "run,cell,replication,seed," + String.join(",", e.allMetrics());
        List<String> pathColumns = e.pathColumns();
        String pathsHeader = "run,cell,replication,seed," + String.join(",", pathColumns);
        boolean same;
        try {
            // resumed: each journal's rows checked, and numbered c·R + r if they were numbered for
            // other replications (a top-up), both before anything of the folder is changed, so that a
            // refusal changes nothing and a stop at any moment resumes (a review)
            same = ResultWriter.prepareFolder(dir, "experiment.yaml", yaml, "experiment", FILES, resume, force, before -> {
                String runsText = renumbered(runsFile, header, e);
                String pathsText = pathColumns.isEmpty() ? null : renumbered(pathsFile, pathsHeader, e);
                if (runsText != null) {
                    TextFiles.write(runsFile, runsText);
                }
                if (pathsText != null) {
                    TextFiles.write(pathsFile, pathsText);
                }
            });
        } catch (IllegalArgumentException x) {
            throw new ExperimentException(x.getMessage());
        }
        // the scenario's text as run, beside the spec: the folder runs again wherever it is moved
        // (experiment.yaml names the scenario by a path relative to the folder)
        TextFiles.write(dir.resolve(ResultWriter.SCENARIO_COPY), e.base().text());

        List<String> all = e.allMetrics();
        List<Experiment.Run> runs = e.runs();
        int total = runs.size();
        int resumed;
        Journal journal = openJournal(runsFile, header, same);
        Journal paths = null;
        Throwable failure = null;
        try {
            // opened in here: one that cannot be opened leaves the other closed, not open for good
            paths = pathColumns.isEmpty() ? null
                    : openJournal(pathsFile, pathsHeader, same);
            if (same) {
                checkResumed(journal, runsFile, runs, valued(e), standard(e));
                if (paths != null) {
                    checkResumed(paths, pathsFile, runs, null, null);
                }
            }
            List<Experiment.Run> todo = new ArrayList<>();
            for (Experiment.Run r : runs) {
                if (!journal.done(r.index()) || (paths != null && !paths.done(r.index()))) {
                    todo.add(r); // a run in one journal only (stopped between the two appends) is run again
                }
            }
            resumed = total - todo.size();
            Journal pathJournal = paths;
            forEachRun(e, executor, todo, resumed, total, listener, (r, o) -> {
                journal.append(r.index(), line(r, o, all));
                if (pathJournal != null) {
                    pathJournal.append(r.index(), pathLine(r, o, pathColumns));
                }
            });
        } catch (RuntimeException | Error x) {
            failure = x;
            throw x;
        } finally {
            // each closed even when the other cannot be (a paths journal was left open), a
            // failure to close kept beside the run's own failure rather than instead of it
            closeBoth(journal, paths, failure);
        }
        if (Thread.currentThread().isInterrupted()) {
            // every run is in the journal; the files from it would be written through channels
            // the interrupt closes: stop here, clearly (--resume writes them)
            throw new IllegalStateException("interrupted before the results were written; every run is in " + runsFile
                    + ": " + Words.resume() + " writes them");
        }
        journal.finish(runsFile);
        if (paths != null) {
            paths.finish(pathsFile);
        }
        {
            Stats stats = new Stats(e, journal.lines());
            List<CellStat> summary = stats.summary();
            if (!e.vary().isEmpty()) {
                TextFiles.write(dir.resolve(CELLS), cellsCsv(e));
            }
            TextFiles.write(dir.resolve("summary.csv"), summaryCsv(e, summary));
            List<ArmStat> comparison = e.isComparison() || pairsCells(e) ? stats.comparison() : List.of();
            if (e.isComparison()) {
                TextFiles.write(dir.resolve("comparison.csv"), comparisonCsv(comparison));
            } else if (pairsCells(e)) {
                TextFiles.write(dir.resolve(DIFFERENCES), comparisonCsv(comparison, "cell"));
            }
            List<RatioStat> ratios = stats.ratios();
            if (!ratios.isEmpty()) {
                TextFiles.write(dir.resolve(RATIOS), ratiosCsv(e, ratios));
            }
            double wall = (System.nanoTime() - start) / 1e9;
            TextFiles.write(dir.resolve("manifest.json"), manifest(e, executor.describe(), executor.parallelism(), wall, resumed));
            ResultWriter.dropReplaced(dir);   // the finished results a --force start kept aside until now
            return new Result(e, dir, summary, comparison, ratios, resumed, total - resumed, wall);
        }
    }

    /** The row of a run in {@code paths.csv}: its headcount paths in the order of {@code columns}. */
    static String pathLine(Experiment.Run r, Outcome o, List<String> columns) {
        double[] v = HeadcountPaths.values(o, columns);
        if (v == null) {
            throw new IllegalStateException("run " + r.index() + " (" + r + ") gave other paths than the experiment's");
        }
        StringBuilder b = new StringBuilder(columns.size() * 4 + 32);
        b.append(r.index()).append(',').append(r.cell()).append(',').append(r.replication()).append(',').append(r.seed());
        for (double x : v) {
            b.append(',').append(Num.format(x));
        }
        return b.toString();
    }

    /**
     * Checks that every row a resume keeps is one this experiment writes: a run of it, its cell,
     * replication and seed in the first four columns, and each value as the writer formats a
     * number (or empty): a row changed by hand would otherwise be kept in the results, or fail
     * with a stack trace when read.
     *
     * @throws ExperimentException naming the file, line and column (bad input: exit 2)
     */
    /**
     * The text of journal {@code file} (whose first line must be {@code header}) with each row
     * numbered as {@code e} numbers its cell and replication, run {@code c·R + r}, or null when no
     * row moves (or there is no file): the rows of an experiment resumed with more replications
     * than it ran with, or with its arms in another order (replication r of an arm runs on the same
     * seed whatever their number and order). Each row's new number is read off the row itself (its
     * cell and replication), not the spec, which a stop or a hand may have changed apart from them;
     * a row of no cell of {@code e} keeps its number. Every row is then checked as a resume checks
     * them ({@link #checkResumed}), so a journal that would be refused is refused before anything
     * is changed.
     *
     * @throws ExperimentException naming the file and line of a row that is not one of {@code e}'s
     */
    static String renumbered(Path file, String header, Experiment e) {
        if (!java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String text;
        try {
            text = new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException("cannot read " + file + ": " + x.getMessage(), x);
        }
        Journal.Rows rows;
        try {
            rows = Journal.read(file, text, header);
        } catch (JournalException bad) {
            throw new ExperimentException(bad.getMessage());
        }
        java.util.Map<String, Integer> cellIndex = new java.util.HashMap<>();
        for (int c = 0; c < e.cells().size(); c++) {
            cellIndex.put(e.cells().get(c).label(), c);
        }
        int replications = e.replications();
        // each row's run as this experiment numbers its cell and replication: c·R + r, whatever count
        // of replications or order of arms the rows were numbered for (a row of an unknown cell, or
        // without a replication, keeps its number: the check below names it)
        java.util.Map<Integer, Integer> renumber = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> replicationOf = new java.util.HashMap<>();
        java.util.Map<Integer, String> labelOf = new java.util.HashMap<>();
        int highest = -1;
        boolean known = true;
        long stride = 0;   // the gcd of run − replication over the rows: a multiple of the count they were numbered for
        for (Map.Entry<Integer, String> row : rows.lines().entrySet()) {
            String[] cols = row.getValue().split(",", 4);
            Integer c = cellIndex.get(cols[1]);
            int r;
            try {
                r = Integer.parseInt(cols[2]);
            } catch (NumberFormatException x) {
                known = false;
                continue;
            }
            if (c == null || r < 0) {
                known = false;
                continue;
            }
            highest = Math.max(highest, r);
            replicationOf.put(row.getKey(), r);
            labelOf.put(row.getKey(), cols[1]);
            stride = gcd(stride, Math.abs((long) row.getKey() - r));
            if (r < replications) {
                renumber.put(row.getKey(), c * replications + r);
            }
        }
        // the rows agree on one numbering, c'·S + r for one place c' per cell (the arms' order
        // they ran in) and one stride S: a row whose number a hand changed fits none, and the
        // rows are then left as they are for the check below to name it
        boolean consistent = known;
        java.util.Map<String, Long> placeOf = new java.util.HashMap<>();
        java.util.Map<Long, String> cellAt = new java.util.HashMap<>();
        for (Map.Entry<Integer, Integer> row : replicationOf.entrySet()) {
            long d = (long) row.getKey() - row.getValue();
            long place = stride == 0 ? 0 : d / stride;
            String label = labelOf.get(row.getKey());
            boolean fits = d >= 0 && (stride == 0 || d % stride == 0 && row.getValue() < stride) && place < e.cells().size()
                    && placeOf.getOrDefault(label, place) == place && label.equals(cellAt.getOrDefault(place, label));
            if (!fits) {
                consistent = false;
                break;
            }
            placeOf.put(label, place);
            cellAt.put(place, label);
        }
        if (consistent && highest >= replications) {
            throw new ExperimentException(file + " holds replication " + highest + " (of " + (highest + 1) + " or more): with "
                    + replications + " replications it would be left out; resume with " + (highest + 1) + " or more (" + Words.replications() + "), " + Words.force()
                    + " starts over with " + replications + ", or choose another " + Words.out());
        }
        boolean moves = consistent && renumber.entrySet().stream().anyMatch(x -> !x.getKey().equals(x.getValue()));
        java.util.SortedMap<Integer, String> lines = new java.util.TreeMap<>();
        java.util.Map<Integer, Integer> lineNumbers = new java.util.HashMap<>();
        java.util.TreeMap<Integer, String> byLine = new java.util.TreeMap<>();
        for (Map.Entry<Integer, String> row : rows.lines().entrySet()) {
            String line = row.getValue();
            int index = row.getKey();
            if (moves && renumber.containsKey(index)) {
                String[] cols = line.split(",", 4);
                index = renumber.get(index);
                line = index + line.substring(cols[0].length());
            }
            if (lines.containsKey(index)) {
                throw new ExperimentException(file + " line " + rows.lineNumbers().get(row.getKey()) + ": run " + index + " again"
                        + " (line " + lineNumbers.get(index) + " is run " + index + " too): not a row this experiment writes (changed by"
                        + " hand?); delete the wrong line to run it again, or start afresh with " + Words.force() + " (without " + Words.resume() + ")");
            }
            lines.put(index, line);
            lineNumbers.put(index, rows.lineNumbers().get(row.getKey()));
            byLine.put(rows.lineNumbers().get(row.getKey()), line);
        }
        checkRows(lines, lineNumbers, file, e.runs(), null, null);   // (the metrics' cells are checked when resumed)
        if (!moves) {
            return null;
        }
        // the rows in the file's order, under the header; a torn last line goes, as the journal drops it
        StringBuilder b = new StringBuilder(text.length() + 64).append(header).append('\n');
        byLine.values().forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static void checkResumed(Journal journal, Path file, List<Experiment.Run> runs, String[] valued, String[] standard) {
        java.util.Map<Integer, Integer> lineNumbers = new java.util.HashMap<>();
        journal.lines().keySet().forEach(i -> lineNumbers.put(i, journal.lineOf(i)));
        checkRows(journal.lines(), lineNumbers, file, runs, valued, standard);
    }

    /** The names of runs.csv's metric columns that are standard metrics ({@code MetricDomains}), null at the experiment's own. */
    static String[] standard(Experiment e) {
        java.util.Set<String> own = new java.util.HashSet<>();
        for (Metric m : e.extraMetrics()) {
            own.add(m.name());
        }
        List<String> all = e.allMetrics();
        String[] out = new String[all.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = own.contains(all.get(k)) ? null : all.get(k);
        }
        return out;
    }

    /**
     * The names of runs.csv's metric columns, after run, cell, replication and seed, that every run
     * gives a value ({@link StandardMetrics#alwaysValued}), null at the others (an experiment's own
     * metrics, means and rates that may be undefined).
     */
    static String[] valued(Experiment e) {
        String[] out = standard(e);
        for (int k = 0; k < out.length; k++) {
            out[k] = out[k] != null && StandardMetrics.alwaysValued(out[k]) ? out[k] : null;
        }
        return out;
    }

    /**
     * Refuses the first row of {@code lines} (by run index, at {@code lineNumbers}) that is not the
     * row its run would have; an empty cell of a metric of {@code valued} (null: none checked) too.
     */
    private static void checkRows(Map<Integer, String> lines, java.util.Map<Integer, Integer> lineNumbers, Path file,
            List<Experiment.Run> runs, String[] valued, String[] standard) {
        String advice = ": not a row this experiment writes (changed by hand?); delete that line to run it again,"
                + " or start afresh with " + Words.force() + " (without " + Words.resume() + ")";
        for (Map.Entry<Integer, String> l : lines.entrySet()) {
            int index = l.getKey();
            String at = file + " line " + lineNumbers.get(index);
            if (index < 0 || index >= runs.size()) {
                throw new ExperimentException(at + ": run " + index + " is not one of this experiment's runs (0 to "
                        + (runs.size() - 1) + ")" + advice);
            }
            Experiment.Run r = runs.get(index);
            String[] cols = l.getValue().split(",", -1);
            String[] want = {Integer.toString(r.index()), String.valueOf(r.cell()), Integer.toString(r.replication()),
                Long.toString(r.seed())};
            String[] names = {"run", "cell", "replication", "seed"};
            for (int c = 0; c < want.length; c++) {
                if (!cols[c].equals(want[c])) {
                    throw new ExperimentException(at + ", column " + names[c] + ": '" + cols[c] + "', run " + index
                            + " has " + names[c] + " '" + want[c] + "'" + advice);
                }
            }
            for (int c = want.length; c < cols.length; c++) {
                String v = cols[c];
                boolean ok = v.isEmpty();
                if (!ok) {
                    try {
                        ok = Num.format(Double.parseDouble(v)).equals(v);
                    } catch (NumberFormatException x) {
                        ok = false;
                    }
                }
                if (!ok) {
                    throw new ExperimentException(at + ", column " + (c + 1) + ": '" + v + "' is not a number as written"
                            + advice);
                }
                int m = c - want.length;
                String outside = v.isEmpty() || standard == null || m >= standard.length || standard[m] == null ? null
                        : org.talentsim.internal.MetricDomains.problem(standard[m], Double.parseDouble(v));
                if (outside != null) {
                    throw new ExperimentException(at + ", column " + (c + 1) + " (" + standard[m] + "): " + v + " is " + outside
                            + advice);
                }
                if (v.isEmpty() && valued != null && m < valued.length && valued[m] != null) {
                    // a count left empty was kept as a run without a value, and its mean moved (a reliability review)
                    throw new ExperimentException(at + ", column " + (c + 1) + " (" + valued[m] + "): empty, and every run gives "
                            + valued[m] + " a value" + advice);
                }
            }
        }
    }

    /** The row of a run in {@code runs.csv}. */
    static String line(Experiment.Run r, Outcome o, List<String> all) {
        if (!o.names().equals(all)) {
            throw new IllegalStateException("run " + r.index() + " (" + r + ") gave other metrics than the experiment's");
        }
        StringBuilder b = new StringBuilder();
        b.append(r.index()).append(',').append(r.cell()).append(',').append(r.replication()).append(',').append(r.seed());
        for (double v : o.valueList()) {
            b.append(',').append(Num.format(v));
        }
        return b.toString();
    }

    /** The reported metrics' values by cell and replication, read back from the rows of {@code runs.csv}. */
    private static final class Stats {
        final Experiment e;
        final double[][][] values; // [cell][metric][replication]
        final double[][][][] ratioValues; // [cell][ratio][numerator 0, denominator 1][replication]

        Stats(Experiment e, Map<Integer, String> lines) {
            this.e = e;
            List<String> all = e.allMetrics();
            List<String> report = e.metrics();
            int[] column = new int[report.size()];
            for (int m = 0; m < report.size(); m++) {
                column[m] = 4 + all.indexOf(report.get(m));
            }
            int cells = e.cells().size();
            int reps = e.replications();
            values = new double[cells][report.size()][reps];
            for (double[][] c : values) {
                for (double[] m : c) {
                    java.util.Arrays.fill(m, Double.NaN);
                }
            }
            List<Experiment.Ratio> ratios = e.ratios();
            ratioValues = new double[cells][ratios.size()][2][reps];
            int[][] ratioColumn = new int[ratios.size()][2];
            for (int q = 0; q < ratios.size(); q++) {
                ratioColumn[q][0] = 4 + all.indexOf(ratios.get(q).numerator());
                ratioColumn[q][1] = 4 + all.indexOf(ratios.get(q).denominator());
            }
            for (Map.Entry<Integer, String> l : lines.entrySet()) {
                int run = l.getKey();
                String[] cols = l.getValue().split(",", -1);
                for (int m = 0; m < report.size(); m++) {
                    values[run / reps][m][run % reps] = number(cols[column[m]]);
                }
                for (int q = 0; q < ratios.size(); q++) {
                    for (int side = 0; side < 2; side++) {
                        ratioValues[run / reps][q][side][run % reps] = number(cols[ratioColumn[q][side]]);
                    }
                }
            }
        }

        private static double number(String v) {
            return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
        }

        /** Each cell's ratios, the baseline's (the first cell's) first where the cells are compared, and the incremental ones. */
        List<RatioStat> ratios() {
            List<Experiment.Ratio> ratios = e.ratios();
            boolean compared = e.isComparison() || pairsCells(e);
            int base = compared ? e.baselineIndex() : -1;
            List<Integer> order = new ArrayList<>();
            if (compared) {
                order.add(base);
            }
            for (int c = 0; c < ratioValues.length; c++) {
                if (c != base) {
                    order.add(c);
                }
            }
            List<RatioStat> out = new ArrayList<>();
            for (int c : order) {
                for (int q = 0; q < ratios.size(); q++) {
                    double[][] v = ratioValues[c][q];
                    RatioEstimate own = RatioEstimate.of(v[0], v[1]);
                    RatioEstimate inc = !compared || c == base ? null : RatioEstimate.ofDifferences(v[0], ratioValues[base][q][0],
                            v[1], ratioValues[base][q][1], 0.95);
                    out.add(new RatioStat(e.cells().get(c).label(), ratios.get(q), own, inc));
                }
            }
            return out;
        }

        List<CellStat> summary() {
            List<CellStat> out = new ArrayList<>();
            for (int c = 0; c < values.length; c++) {
                for (int m = 0; m < e.metrics().size(); m++) {
                    double[] f = finite(values[c][m]);
                    out.add(new CellStat(e.cells().get(c).label(), e.metrics().get(m), f.length == 0 ? null : Estimate.of(f),
                            f.length));
                }
            }
            return out;
        }

        List<ArmStat> comparison() {
            int base = e.baselineIndex();
            int metrics = e.metrics().size();
            List<Integer> order = new ArrayList<>();
            order.add(base);
            for (int c = 0; c < values.length; c++) {
                if (c != base) {
                    order.add(c);
                }
            }
            PairedDifference[][] d = new PairedDifference[values.length][metrics];
            List<Double> ps = new ArrayList<>();
            for (int c : order) {
                for (int m = 0; m < metrics; m++) {
                    if (c != base) {
                        d[c][m] = paired(values[c][m], values[base][m]);
                        // a metric the same as the baseline's in every replication (headcount_start,
                        // most often by construction) is no test: counted at p = 1 it raised every other p
                        // (the count of events skipped is a check of the runs, not an outcome: not in the family)
                        // nor is a tie over a few pairs, whose p of 0 printed "<0.001" and wrote p_holm 0 for two
                        // counts that happened to differ alike over -r 2 (a strategist's review)
                        ps.add(d[c][m] == null || d[c][m].same() || d[c][m].chanceTie()
                                || e.metrics().get(m).equals(StandardMetrics.EVENTS_SKIPPED)
                                ? Double.NaN : d[c][m].p());
                    }
                }
            }
            double[] p = new double[ps.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = ps.get(i);
            }
            double[] holm = Holm.adjust(p);
            List<ArmStat> out = new ArrayList<>();
            int k = 0;
            for (int c : order) {
                for (int m = 0; m < metrics; m++) {
                    double[] f = finite(values[c][m]);
                    Estimate est = f.length == 0 ? null : Estimate.of(f);
                    out.add(new ArmStat(e.cells().get(c).label(), e.metrics().get(m), est, c == base ? null : d[c][m],
                            c == base ? Double.NaN : holm[k++], c == base ? -1 : pairs(values[c][m], values[base][m])));
                }
            }
            return out;
        }

        /** The replications where both have a value. */
        private static int pairs(double[] arm, double[] base) {
            int n = 0;
            for (int r = 0; r < arm.length; r++) {
                if (Double.isFinite(arm[r]) && Double.isFinite(base[r])) {
                    n++;
                }
            }
            return n;
        }

        private static PairedDifference paired(double[] arm, double[] base) {
            int n = pairs(arm, base);
            if (n < 2) {
                return null;
            }
            double[] a = new double[n];
            double[] b = new double[n];
            int k = 0;
            for (int r = 0; r < arm.length; r++) {
                if (Double.isFinite(arm[r]) && Double.isFinite(base[r])) {
                    a[k] = arm[r];
                    b[k++] = base[r];
                }
            }
            return PairedDifference.of(a, b);
        }

        private static double[] finite(double[] v) {
            return java.util.Arrays.stream(v).filter(Double::isFinite).toArray();
        }
    }

    /**
     * {@code cells.csv} of a sweep: {@code cell} and one column per varied path (named by it),
     * holding the value as given ({@code 0.5}, {@code none}, {@code 2.5M}), so that the runs can
     * be joined to their parameters without parsing the cell's label.
     */
    static String cellsCsv(Experiment e) {
        List<String> paths = new ArrayList<>(e.vary().keySet());
        List<List<String>> rows = new ArrayList<>();
        for (Experiment.Cell c : e.cells()) {
            rows.add(values(e, c));
        }
        // a path whose values are amounts with k, M or B, or rates, gets a column of plain numbers
        // beside it: '300M' and '0.05/month' are text to R and pandas, sorted 1.5B < 300M (an R
        // user's review); money in USD, rates in the unit of the first value
        List<String> numberHeads = new ArrayList<>();
        List<String[]> numbers = new ArrayList<>();
        for (int k = 0; k < paths.size(); k++) {
            List<String> column = new ArrayList<>();
            for (List<String> r : rows) {
                column.add(r.get(k));
            }
            String[] unit = new String[1];
            String[] n = numeric(column, unit);
            if (n != null) {
                numberHeads.add(paths.get(k) + "." + unit[0]);
                numbers.add(n);
            }
        }
        StringBuilder b = new StringBuilder("cell");
        for (String path : paths) {
            b.append(',').append(csvCell(path));
        }
        for (String h : numberHeads) {
            b.append(',').append(csvCell(h));
        }
        b.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            b.append(e.cells().get(i).label());
            for (String v : rows.get(i)) {
                b.append(',').append(csvCell(v));
            }
            for (String[] n : numbers) {
                b.append(',').append(n[i]);
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * An amount as a scenario file reads it (io's Values.number): digits, a point, an exponent
     * ({@code 2e8}, {@code 1.5E+9}), then k, M or B. (Without the exponent, {@code 300M,2e8} lost
     * the column for every cell while the runs used $200M: an economist's review.)
     */
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "([+-]?(?:[0-9_]+\\.?[0-9_]*|\\.[0-9_]+)(?:[eE][+-]?[0-9]+)?)([kKmMbB]?)");
    private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile("([0-9_]*\\.?[0-9_]+)\\s*/\\s*(week|month|year)");

    /**
     * A sweep's values as plain numbers, or null: amounts of which some have a k, M or B ({@code
     * unit} "usd", in USD; {@code unlimited} among them an empty cell), or rates ({@code unit}
     * "per_month" and so on, in the first value's unit); null for plain numbers without {@code
     * unlimited} (already numbers to a reader) and anything else.
     */
    static String[] numeric(List<String> values, String[] unit) {
        String[] out = new String[values.size()];
        boolean suffix = false;
        boolean amounts = true;
        int unlimited = 0;
        for (int i = 0; i < values.size() && amounts; i++) {
            if (values.get(i).trim().equals("unlimited")) {
                // no amount: an empty cell, the column kept for the others (it was dropped, and
                // 1.5B sorted before 300M again: a reliability review)
                out[i] = "";
                unlimited++;
                continue;
            }
            java.util.regex.Matcher m = AMOUNT.matcher(values.get(i).trim());
            if (!m.matches()) {
                amounts = false;
                break;
            }
            int shift = switch (m.group(2)) {
                case "k", "K" -> 3;
                case "m", "M" -> 6;
                case "b", "B" -> 9;
                default -> 0;
            };
            suffix |= shift > 0;
            out[i] = Num.format(new java.math.BigDecimal(m.group(1).replace("_", "")).movePointRight(shift).doubleValue());
        }
        if (amounts && unlimited < values.size()) {
            unit[0] = "usd";
            return suffix || unlimited > 0 ? out : null;
        }
        if (unlimited > 0) {
            return null;
        }
        // the values' unit when they are all written in one, per month when they mix units: the
        // column's name and numbers do not depend on the order the values are listed in (it took
        // the first value's unit: 1.2/year,0.2/month gave .per_year, 0.2/month,1.2/year .per_month,
        // and two such sweeps did not stack: a data analyst's review)
        String[] units = new String[values.size()];
        double[] given = new double[values.size()];
        String one = null;
        boolean mixed = false;
        for (int i = 0; i < values.size(); i++) {
            java.util.regex.Matcher m = RATE.matcher(values.get(i).trim());
            if (!m.matches()) {
                return null;
            }
            given[i] = Double.parseDouble(m.group(1).replace("_", ""));
            units[i] = m.group(2);
            mixed |= one != null && !one.equals(units[i]);
            one = one == null ? units[i] : one;
        }
        if (one == null) {
            return null;   // no values
        }
        String unitOut = mixed ? "month" : one;
        for (int i = 0; i < values.size(); i++) {
            double perYear = given[i] * perYear(units[i]);
            // a value in the column's unit is written as given, not converted back and forth
            out[i] = Num.format(units[i].equals(unitOut) ? given[i] : perYear / perYear(unitOut));
        }
        unit[0] = "per_" + unitOut;
        return out;
    }

    /** How many of {@code unit} ({@code week}, {@code month}, {@code year}) a year has. */
    private static double perYear(String unit) {
        return switch (unit) {
            case "week" -> 52;
            case "month" -> 12;
            default -> 1;
        };
    }

    /** A sweep's cell's varied values, in the order of {@link Experiment#vary()} (a cell's overrides are {@code path=value} in that order). */
    private static List<String> values(Experiment e, Experiment.Cell c) {
        List<String> out = new ArrayList<>();
        int k = 0;
        for (String path : e.vary().keySet()) {
            String o = c.overrides().get(k++);
            if (!o.startsWith(path + "=")) {
                throw new IllegalStateException("cell '" + c.label() + "': override " + o + " is not of " + path);
            }
            out.add(unquoted(o.substring(path.length() + 1)));
        }
        return out;
    }

    /**
     * A value as the scenario reads it, without the YAML quotes it may be given in ({@code
     * "lognormal(1.5, 0.5)"} is {@code lognormal(1.5, 0.5)}, as an experiment file's {@code vary:}
     * writes it): a column groups the same value however it was written (found by a reviewer).
     */
    static String unquoted(String v) {
        if (v.length() >= 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"') {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < v.length() - 1; i++) {
                char c = v.charAt(i);
                if (c == '\\' && i + 1 < v.length() - 1 && (v.charAt(i + 1) == '"' || v.charAt(i + 1) == '\\')) {
                    c = v.charAt(++i);
                }
                b.append(c);
            }
            return b.toString();
        }
        if (v.length() >= 2 && v.charAt(0) == '\'' && v.charAt(v.length() - 1) == '\'') {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        return v;
    }

    /** A CSV cell (RFC 4180): quoted when it holds a comma, a double quote, a line break or edge spaces. */
    static String csvCell(String v) {
        boolean quote = v.isEmpty() ? false : v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0 || v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ';
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /**
     * {@code summary.csv}: {@code cell}, then (a sweep) each varied path's value as in {@code
     * cells.csv}, then {@code metric,mean,sd,ci_low,ci_high,n,unit} (the unit: {@link StandardMetrics#unit}).
     */
    static String summaryCsv(Experiment e, List<CellStat> rows) {
        StringBuilder b = new StringBuilder("cell");
        for (String path : e.vary().keySet()) {
            b.append(',').append(csvCell(path));
        }
        b.append(",metric,mean,sd,ci_low,ci_high,n,unit\n");
        Map<String, String> varied = new java.util.HashMap<>();
        for (Experiment.Cell c : e.cells()) {
            StringBuilder v = new StringBuilder();
            for (String x : values(e, c)) {
                v.append(',').append(csvCell(x));
            }
            varied.put(c.label(), v.toString());
        }
        for (CellStat s : rows) {
            Estimate x = s.estimate();
            b.append(s.cell()).append(varied.getOrDefault(s.cell(), "")).append(',').append(s.metric()).append(',').append(x == null ? "" : Num.format(x.mean()))
                    .append(',').append(x == null ? "" : Num.format(x.sd())).append(',')
                    .append(x == null ? "" : Num.format(x.ciLow())).append(',').append(x == null ? "" : Num.format(x.ciHigh()))
                    .append(',').append(s.n()).append(',').append(csvCell(StandardMetrics.unit(s.metric()))).append('\n');
        }
        return b.toString();
    }

    /**
     * {@code ratios.csv}: per cell and ratio, {@code cell,ratio,numerator,denominator,numerator_mean,
     * denominator_mean,ratio_of_means,ci_low,ci_high,n}, then against the baseline (a sweep's first cell) {@code
     * vs,numerator_difference,denominator_difference,incremental,incremental_ci_low,
     * incremental_ci_high,pairs,dominance} (empty for the baseline itself, and where the cells are
     * not compared; {@code dominance} is {@link StandardMetrics#dominance}: {@code trade_off}
     * where the incremental ratio is a price, {@code better_on_both} or {@code worse_on_both} where
     * it is not). A ratio with a denominator's mean of 0, or over no run, is empty, as is the interval
     * over fewer than 2 runs (pairs); an interval that is not bounded
     * (the denominator not clearly away from 0) is {@code -Inf} to {@code Inf}, which R and pandas
     * read as numbers.
     */
    static String ratiosCsv(Experiment e, List<RatioStat> rows) {
        boolean compared = e.isComparison() || pairsCells(e);
        String base = compared ? e.cells().get(e.baselineIndex()).label() : "";
        StringBuilder b = new StringBuilder("cell,ratio,numerator,denominator,numerator_mean,denominator_mean,ratio_of_means,ci_low,"
                + "ci_high,n,vs,numerator_difference,denominator_difference,incremental,incremental_ci_low,incremental_ci_high,pairs,"
                + "dominance\n");
        for (RatioStat s : rows) {
            // the two metrics apart too: "A per B" cannot be split back where a name holds " per " (a review)
            b.append(csvCell(s.cell())).append(',').append(csvCell(s.ratio().toString())).append(',')
                    .append(csvCell(s.ratio().numerator())).append(',').append(csvCell(s.ratio().denominator())).append(',');
            ratioColumns(b, s.estimate());
            b.append(',');
            if (s.incremental() != null) {
                b.append(csvCell(base)).append(',');
                ratioColumns(b, s.incremental());
                b.append(',').append(StandardMetrics.dominance(s.ratio().numerator(), s.ratio().denominator(),
                        s.incremental().numerator(), s.incremental().denominator()));
            } else {
                b.append(",,,,,,,");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** numerator's mean, denominator's mean, ratio, interval, n: as {@link #ratiosCsv} writes them. */
    private static void ratioColumns(StringBuilder b, RatioEstimate r) {
        b.append(num(r.numerator())).append(',').append(num(r.denominator())).append(',').append(num(r.ratio())).append(',')
                .append(bound(r.ciLow())).append(',').append(bound(r.ciHigh())).append(',').append(r.n());
    }

    private static String bound(double v) {
        return v == Double.POSITIVE_INFINITY ? "Inf" : v == Double.NEGATIVE_INFINITY ? "-Inf" : num(v);
    }

    static String comparisonCsv(List<ArmStat> rows) {
        return comparisonCsv(rows, "arm");
    }

    /** {@link #comparisonCsv(List)} with {@code first} ({@code arm}, or a sweep's {@code cell}) as the first column's name. */
    static String comparisonCsv(List<ArmStat> rows, String first) {
        StringBuilder b = new StringBuilder(first + ",metric,mean,ci_low,ci_high,difference,diff_ci_low,diff_ci_high,p,p_holm,"
                + "share_higher,share_lower,n,pairs,no_spread,unit\n");
        for (ArmStat s : rows) {
            Estimate x = s.estimate();
            PairedDifference d = s.difference();
            b.append(csvCell(s.arm())).append(',').append(s.metric()).append(',').append(num(x == null ? Double.NaN : x.mean()))
                    .append(',').append(num(x == null ? Double.NaN : x.ciLow())).append(',')
                    .append(num(x == null ? Double.NaN : x.ciHigh())).append(',');
            // n: the arm's values behind its mean and CI (as summary.csv); pairs: the replications
            // where both the arm and the baseline have a value, behind the difference
            if (d == null) {
                // (the baseline's own rows have no pairs; another arm's count them even when fewer than two)
                b.append(",,,,,,,").append(x == null ? 0 : x.n()).append(',').append(s.pairs() >= 0 ? String.valueOf(s.pairs()) : "")
                        .append(',').append(',').append(csvCell(StandardMetrics.unit(s.metric())));
            } else {
                b.append(num(d.difference().mean())).append(',').append(num(d.difference().ciLow())).append(',')
                        .append(num(d.difference().ciHigh())).append(',').append(p(d.p())).append(',')
                        .append(p(s.pHolm())).append(',').append(num(d.shareHigher())).append(',')
                        .append(num(d.shareLower())).append(',').append(x == null ? 0 : x.n()).append(',').append(d.n())
                        // the same non-zero difference in every pair: p is the t-test's limit, 0, whether
                        // the arm sets it or, over few replications, chance made it (a filter on p_holm
                        // alone took two equal counts over -r 2 for a finding: an economist's review)
                        .append(',').append(org.talentsim.internal.Num.flag(d.noSpread())).append(',')
                        .append(csvCell(StandardMetrics.unit(s.metric())));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String num(double v) {
        return Num.format(v);
    }

    /**
     * A p-value: below 1e-6 with an exponent and 10 significant digits ({@code 3.099790838e-64}),
     * else as every number. Written as a plain decimal of 60 zeros, it was read as 0 by pandas'
     * default parser and by readr (found by a strategist's and an R user's reviews), where 0 is
     * the p of the same non-zero difference in every pair; p is no money, which is never written
     * with an exponent.
     */
    static String p(double v) {
        if (v > 0 && v < 1e-6) {
            java.math.BigDecimal b = new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros();
            int exponent = b.precision() - b.scale() - 1;
            String digits = b.unscaledValue().toString();
            return digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "") + "e" + exponent;
        }
        return num(v);
    }

    static String manifest(Experiment e, String executor, int threads, double wall, int resumed) {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"talentsim_version\": ").append(json(RunInfo.version())).append(",\n");
        b.append("  \"build\": ").append(json(RunInfo.build())).append(",\n");
        b.append("  \"kind\": \"experiment\",\n");
        b.append("  \"scenario\": ").append(json(e.scenarioName())).append(",\n");
        b.append("  \"scenario_file\": ").append(json(e.base().file())).append(",\n");
        // made absolute, as a run's manifest has it: scenario_file is as given, relative to where the
        // command ran (an economist's review); null for a scenario given as text in code
        b.append("  \"scenario_path\": ").append(e.scenarioPath() == null ? "null"
                : json(e.scenarioPath().toAbsolutePath().normalize().toString())).append(",\n");
        b.append("  \"scenario_sha256\": ").append(json(e.scenarioSha256())).append(",\n");
        b.append("  \"seed\": ").append(e.seed()).append(",\n");
        b.append("  \"replications\": ").append(e.replications()).append(",\n");
        b.append("  \"cells\": ").append(e.cells().size()).append(",\n");
        b.append("  \"runs\": ").append(e.size()).append(",\n");
        // runs taken from the journal of an earlier, interrupted start (--resume): wall_seconds is this start's
        b.append("  \"resumed_runs\": ").append(resumed).append(",\n");
        b.append("  \"executor\": ").append(json(executor)).append(",\n");
        b.append("  \"threads\": ").append(threads).append(",\n");
        RunInfo.platform().forEach((k, v) -> b.append("  \"").append(k).append("\": ").append(json(v)).append(",\n"));
        b.append("  \"wall_seconds\": ").append(String.format(Locale.ROOT, "%.3f", wall)).append('\n');
        return b.append("}\n").toString();
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /**
     * Amounts of memory, then their unit: GB (2³⁰ bytes), or MB (2²⁰) when all are below 1 GB, with
     * one decimal, or as many more (up to three) as it takes for different amounts to show
     * different (0.26 and 0.25, not 0.3 and 0.3).
     */
    private static String[] memory(long... bytes) {
        return org.talentsim.internal.Num.memory(bytes);
    }
}
