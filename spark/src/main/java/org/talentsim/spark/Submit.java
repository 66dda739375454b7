package org.talentsim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentException;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.RunFailedException;
import org.talentsim.io.ResultWriter;
import org.talentsim.io.ScenarioException;
import org.talentsim.scenario.OverrideException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The application for {@code spark-submit}: runs an experiment file on the cluster the submit
 * names and writes its result folder to any Hadoop-compatible path ({@code hdfs://},
 * {@code s3a://}, {@code file:} or a plain local path), with {@code runs.parquet} beside
 * {@code runs.csv}:
 *
 * <pre>
 * spark-submit --class org.talentsim.spark.Submit --master spark://host:7077 talentsim-spark.jar \
 *     experiment.yaml --out hdfs:///results/meta-retention
 * </pre>
 *
 * The experiment file (and the scenario it names) is read on the driver; the runs travel to the
 * executors as the scenario's text, overrides and seed. Run without {@code spark-submit} (plain
 * {@code java}), the master is {@code local[*]}. A result folder on a remote file system is built
 * in a local folder and copied up: at the end, and its journals ({@code runs.csv}, {@code
 * paths.csv}) every 30 seconds, so {@code --resume} continues from the runs already copied.
 */
@Command(name = "talentsim-spark", mixinStandardHelpOptions = true, versionProvider = Submit.Version.class,
        description = "Run an experiment file on Spark (spark-submit --class org.talentsim.spark.Submit talentsim-spark.jar FILE --out DIR).")
public final class Submit implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the experiment file (YAML, version 1; docs/EXPERIMENTS.md), on the driver's disk")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "result folder: a local path or any Hadoop URI (hdfs://, s3a://, file:)")
    String out;

    @Option(names = {"-r", "--replications"}, paramLabel = "R", description = "replications per arm or cell instead of the file's")
    Integer replications;

    @Option(names = "--resume", description = "continue the same experiment in --out: finished runs are kept")
    boolean resume;

    @Option(names = "--force", description = "replace the results of another experiment or run in --out")
    boolean force;

    @Option(names = "--no-parquet", negatable = false, description = "do not write runs.parquet")
    boolean noParquet;

    /** Runs of each Spark job (0: a tenth of the experiment, at least 8 per core); tests set it. */
    int wave;

    /** Where a remote folder is built (null: the system's temporary folder); tests set it. */
    Path workRoot;

    private final PrintWriter printer = new PrintWriter(System.out, true);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The command's exit code: 0, 2 for bad input (one line on stderr), 1 when a run failed. */
    static int run(String... args) {
        // the library's messages name this application's options (--force, --resume, --out, -r), as the
        // command line's do: it said "force = true (replaceOtherKinds for a ResultWriter)" (a re-check)
        org.talentsim.internal.Words.commandLine();
        CommandLine cl = new CommandLine(new Submit());
        // a bad option or a missing argument: one line and where the help is, as the command line
        // says it (it printed the whole usage, twenty lines: a review of Spark's side)
        cl.setParameterExceptionHandler((ex, given) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
            cmd.getErr().println("Try --help for the application's options (docs/SPARK.md).");
            cmd.getErr().flush();
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ScenarioException || ex instanceof OverrideException || ex instanceof ExperimentException) {
                cmd.getErr().println(ex instanceof OverrideException o ? o.asSetOptions() : ex.getMessage());
                return 2;
            }
            if (stopping) {
                // Ctrl-C or SIGTERM: Spark stopped its jobs on the way down; the stop hook says what was kept
                return 130;
            }
            if (ex instanceof RunFailedException) {
                cmd.getErr().println("talentsim: " + ex.getMessage());
                cmd.getErr().println("the runs that finished are in the journal (runs.csv of --out): --resume continues the experiment");
                return 1;
            }
            if (ex instanceof IOException || ex instanceof java.io.UncheckedIOException) {
                // the --out folder cannot be reached, read or written (a file system down, a path it cannot hold)
                Throwable why = ex instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : ex;
                String words = ex instanceof java.io.UncheckedIOException u ? org.talentsim.cli.Main.refused(u) : null;
                cmd.getErr().println("--out: " + (words != null ? words : ex instanceof java.io.UncheckedIOException ? ex.getMessage()
                        : why.getClass().getSimpleName() + ": " + String.valueOf(why.getMessage()).lines().findFirst().orElse("")));
                return 2;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (replications != null && replications < 1) {
            // in the option's name, as the command line says it ("replications must be …": a re-check)
            throw new ExperimentException("-r must be at least 1, was " + replications);
        }
        Experiment e = Experiment.read(file);
        if (replications != null) {
            e = e.toBuilder().replications(replications).build();
        }
        SparkConf conf = new SparkConf().setAppName("talentsim " + e.scenarioName()).setIfMissing("spark.master", "local[*]")
                .setIfMissing("spark.ui.enabled", "false");
        // a local folder is checked before Spark starts: one that held another experiment (or was
        // a file) was said after 6 to 127 seconds, and on a busy cluster as "no executor" without a
        // word of the folder (a review of Spark's side); the run checks it again
        Path local = localFolder(out, conf);
        if (local != null) {
            ExperimentRunner.checkFolder(e, local, resume, force);
        }
        if (conf.get("spark.master").startsWith("mesos://")) {
            // at once, as the command line says it (Spark said "Could not parse Master URL" after 5 s: a review)
            throw new ExperimentException("--master " + conf.get("spark.master") + ": " + SparkExecutorProvider.NO_MESOS);
        }
        String unreachable = SparkExecutor.unreachable(conf.get("spark.master"), SparkExecutor.CONNECT_MILLIS);
        if (unreachable != null) {
            throw new ExperimentException("--master " + conf.get("spark.master") + ": " + unreachable);
        }
        // on Ctrl-C or SIGTERM, before Spark's own hooks stop the context (and log each task they
        // cancel): what fails from then on is the shutdown, not the experiment
        Runnable stop = () -> {
            stopping = true;
            if (context == null) {
                // stopped while Spark starts: said as the command line's embedded executor says it (it
                // exited 143 without a word: a Spark user's review)
                System.err.println("talentsim: stopped while the spark executor was starting: nothing was run, and the result"
                        + " folder is as it was");
            }
            silenceSpark(context);
        };
        org.apache.hadoop.util.ShutdownHookManager.get().addShutdownHook(stop, STOP_PRIORITY);
        JavaSparkContext sc;
        // Spark logs its own failed start (an ERROR with its stack trace) before it throws: the
        // line below says what went wrong, so its log is off while it starts (where Logback rules)
        boolean logback = org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName().startsWith("ch.qos.logback.");
        java.util.Map<String, Object> levels = logback ? LogbackLevels.off("org.apache.spark", "org.sparkproject") : null;
        try {
            sc = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
        } catch (Exception x) {
            // a master Spark cannot parse or use (yarn without its module, local[x]): one line, not
            // the stack trace (Scala throws SparkException unchecked)
            org.apache.hadoop.util.ShutdownHookManager.get().removeShutdownHook(stop);
            throw new ExperimentException("--master " + conf.get("spark.master") + ": cannot start: "
                    + String.valueOf(x.getMessage()).lines().findFirst().orElse(x.toString()));
        } finally {
            if (levels != null) {
                LogbackLevels.restore(levels);
            }
        }
        context = sc;
        if (conf.get("spark.master").startsWith("spark://")) {
            // a standalone master that removes the application (its executors fail on the workers)
            // stops the context: said in one line, exit 2, as the embedded executor does (it was 80
            // lines of stack traces and exit 1: a strategist's review)
            try {
                SparkExecutor.awaitExecutors(sc, conf.get("spark.master"), SparkExecutor.REGISTRATION_WAIT_MILLIS);
            } catch (IllegalStateException x) {
                org.apache.hadoop.util.ShutdownHookManager.get().removeShutdownHook(stop);
                sc.stop();
                throw new ExperimentException("--master " + conf.get("spark.master") + ": cannot start: " + x.getMessage());
            }
        }
        try {
            return run(e, sc);
        } finally {
            sc.stop();
            try {
                org.apache.hadoop.util.ShutdownHookManager.get().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // stopped by a signal: the hook has run
            }
        }
    }

    /**
     * The local folder {@code out} names, or null where it is another file system's or may be: a
     * {@code file:} URI, or a path without a scheme where the default file system (Spark's {@code
     * spark.hadoop.fs.defaultFS}, else Hadoop's configuration) is the local one.
     */
    static Path localFolder(String out, SparkConf conf) {
        try {
            java.net.URI u = new org.apache.hadoop.fs.Path(out).toUri();
            String scheme = u.getScheme();
            if (scheme == null) {
                String fs = conf.contains("spark.hadoop.fs.defaultFS") ? conf.get("spark.hadoop.fs.defaultFS")
                        : FileSystem.getDefaultUri(new Configuration()).toString();
                scheme = java.net.URI.create(fs).getScheme();
                if (scheme != null && !scheme.equals("file")) {
                    return null;
                }
                return Path.of(out).toAbsolutePath();
            }
            return scheme.equals("file") ? Path.of(u.getPath()) : null;
        } catch (RuntimeException x) {
            return null;   // left to the run, which says what is wrong with it
        }
    }

    /**
     * The stop hook's priority in Hadoop's shutdown hook manager: before Spark's (its context's
     * hooks run at {@code FileSystem.SHUTDOWN_HOOK_PRIORITY + 30}) and so before the journal is
     * copied (at {@code + 1}).
     */
    static final int STOP_PRIORITY = FileSystem.SHUTDOWN_HOOK_PRIORITY + 100;

    /** Set when the JVM is shutting down (Ctrl-C, SIGTERM): the command then fails quietly, exit 130. */
    private static volatile boolean stopping;

    /** The context once open (for the stop hook), else null. */
    private static volatile JavaSparkContext context;

    /**
     * Turns Spark's log off: on the way down it logs an error for every task it cancels. Through
     * Logback (Submit run with this project's class path) or log4j 2 (spark-submit's own logging).
     */
    private static void silenceSpark(JavaSparkContext sc) {
        try {
            if (org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName().startsWith("ch.qos.logback.")) {
                LogbackLevels.off("org.apache.spark", "org.sparkproject");
            } else if (sc != null) {
                sc.setLogLevel("OFF");
            }
        } catch (RuntimeException | LinkageError x) {
            // logging as it was: only noisier
        }
    }

    /** Logback's levels, in a class of its own: loaded only where Logback is on the class path. */
    private static final class LogbackLevels {
        /** Turns the loggers off; their levels before (null: inherited), by name. */
        static java.util.Map<String, Object> off(String... loggers) {
            java.util.Map<String, Object> before = new java.util.HashMap<>();
            if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
                for (String l : loggers) {
                    before.put(l, ctx.getLogger(l).getLevel());
                    ctx.getLogger(l).setLevel(ch.qos.logback.classic.Level.OFF);
                }
            }
            return before;
        }

        static void restore(java.util.Map<String, Object> levels) {
            if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
                levels.forEach((l, level) -> ctx.getLogger(l).setLevel((ch.qos.logback.classic.Level) level));
            }
        }
    }

    /** Runs {@code e} on {@code sc} into {@link #out}; the context stays open. */
    int run(Experiment e, JavaSparkContext sc) throws IOException {
        Configuration hadoop = sc.hadoopConfiguration();
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out);
        FileSystem fs;
        try {
            fs = target.getFileSystem(hadoop);
        } catch (IOException x) {
            throw new ExperimentException("--out " + out + ": " + x.getMessage());
        } catch (RuntimeException x) {
            // Hadoop knows the scheme (s3a, gs, abfs) but its connector is not on the class path
            Throwable cause = x;
            while (cause.getCause() != null && !(cause instanceof ClassNotFoundException)) {
                cause = cause.getCause();
            }
            if (!(cause instanceof ClassNotFoundException)) {
                throw x;
            }
            throw new ExperimentException("--out " + out + ": the file system of '" + target.toUri().getScheme()
                    + ":' is not on the class path (" + cause.getMessage() + "); add its Hadoop connector"
                    + " (hadoop-aws for s3a, gcs-connector for gs, hadoop-azure for abfs) to the application's class path,"
                    + " e.g. spark-submit --packages, or write to another folder (docs/SPARK.md)");
        }
        boolean local = "file".equals(fs.getScheme());
        // a remote folder is built in <temp>/out: the folder's lock file lands in <temp> and goes with it
        Path work = local ? null : workRoot == null ? Files.createTempDirectory("talentsim-spark-")
                : Files.createTempDirectory(Files.createDirectories(workRoot), "talentsim-spark-");
        Path dir = local ? Path.of(fs.makeQualified(target).toUri()) : work.resolve("out");
        Remote remote = local ? null : new Remote(fs, target, dir, e);
        // an interrupted run (Ctrl-C, a killed driver) copies its journal up first, so --resume
        // continues from every finished run; before Hadoop closes its file systems
        Runnable lastCopy = () -> {
            if (remote != null) {
                remote.syncJournal();
                quietlyDelete(work);
            }
            if (stopping) {
                System.err.println("talentsim: stopped; the runs that finished are in "
                        + (remote != null ? new org.apache.hadoop.fs.Path(target, "runs.csv") : dir.resolve("runs.csv"))
                        + ": the same command with --resume continues");
                System.err.flush();
            }
        };
        org.apache.hadoop.util.ShutdownHookManager hooks = org.apache.hadoop.util.ShutdownHookManager.get();
        hooks.addShutdownHook(lastCopy, FileSystem.SHUTDOWN_HOOK_PRIORITY + 1);
        boolean finished = false;
        try {
            if (remote != null) {
                remote.download();
            }
            SparkExecutor ex = SparkExecutor.on(sc);
            if (wave > 0) {
                ex = ex.withWave(wave);
            }
            org.talentsim.cli.Main.countWarningsFromNow();
            ExperimentRunner.Result r = ExperimentRunner.run(e, ex, dir, resume, force,
                    remote == null ? (d, n) -> {} : remote::progress);
            // the counts the warnings written once promise ("said once: other runs that say it are
            // counted at the end"), and the runs that skipped parts of the scenario's events, as the
            // command line says them (Submit said neither: a strategist's review)
            org.talentsim.cli.Main.sayAfterRuns(new java.io.PrintWriter(System.err, true), r.ran(), r.resumed(), dir);
            // a report of the folder's earlier state (a local run's, resumed here) showed another manifest
            // beside this one: removed, as Submit draws none (a review of Spark's side)
            boolean hadReport = Files.exists(dir.resolve(org.talentsim.report.Report.FILE), java.nio.file.LinkOption.NOFOLLOW_LINKS);
            org.talentsim.report.Report.remove(dir);
            if (remote != null) {
                hadReport |= fs.delete(new org.apache.hadoop.fs.Path(target, org.talentsim.report.Report.FILE), false);
            }
            List<String> files = new ArrayList<>(ExperimentRunner.files(e));
            if (!noParquet) {
                RunsParquet.write(dir.resolve("runs.csv"), new org.apache.hadoop.fs.Path(target, ResultWriter.PARQUET), hadoop);
                files.add(ResultWriter.PARQUET);
            } else {
                fs.delete(new org.apache.hadoop.fs.Path(target, ResultWriter.PARQUET), false);
            }
            if (remote != null) {
                remote.upload(files);
            }
            finished = true;
            printer.printf(Locale.ROOT, "%s: %d %s x %d replications = %d runs, seed %d%s (%.1f s on %d Spark cores)%n",
                    e.scenarioName(), e.cells().size(), (e.isComparison() ? "arm" : "cell") + (e.cells().size() == 1 ? "" : "s"),
                    e.replications(), e.size(), e.seed(), r.resumed() > 0 ? ", " + r.resumed() + " resumed" : "", r.wallSeconds(), ex.parallelism());
            // the command line's table (it printed none: the numbers waited for a copy of the folder and
            // a report drawn from it: a strategist's review)
            org.talentsim.cli.Main.printTable(printer, e, r);
            printer.printf(java.util.Locale.ROOT, "Results: %s (%s)%n", out, String.join(", ", files));
            // (the report it removed went without a word: a re-check)
            printer.printf(java.util.Locale.ROOT, "Report: none (Submit draws none%s): talentsim report DIR draws it from a local"
                    + " copy of the folder%n", hadReport ? "; the folder's earlier report.html is removed with the results it showed" : "");
            return 0;
        } finally {
            try {
                hooks.removeShutdownHook(lastCopy);
            } catch (IllegalStateException shuttingDown) {
                // stopped by a signal: the hook copies the journal on the way down
            }
            if (remote != null) {
                if (!finished) {
                    remote.syncJournal();
                }
                quietlyDelete(work);
            }
        }
    }

    /**
     * A result folder on a remote file system, built in a local folder: its files come down first
     * (so the runner refuses another experiment's folder, resumes, or replaces with --force, as
     * with a local folder), and go up at the end and, for the journal, every 30 s.
     */
    private static final class Remote {
        private final FileSystem fs;
        private final org.apache.hadoop.fs.Path target;
        private final Path dir;
        private final Experiment experiment;
        private long last = System.nanoTime();

        Remote(FileSystem fs, org.apache.hadoop.fs.Path target, Path dir, Experiment experiment) {
            this.fs = fs;
            this.target = target;
            this.dir = dir;
            this.experiment = experiment;
        }

        /**
         * The remote folder's result files, into the local one. Its experiment.yaml names the
         * scenario by the driver's absolute path, the local spec by a path relative to the local
         * folder: when they are the same experiment but for that line, the local spec is written
         * as the runner writes it, so a resume from another driver (or temp folder) is recognised.
         */
        void download() throws IOException {
            Files.createDirectories(dir);
            if (!fs.exists(target)) {
                return;
            }
            for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(target)) {
                String name = st.getPath().getName();
                if (st.isFile() && !name.equals(ResultWriter.PARQUET) && (ExperimentRunner.FILES.contains(name))) {
                    fs.copyToLocalFile(false, st.getPath(), new org.apache.hadoop.fs.Path(dir.resolve(name).toUri()), true);
                }
            }
            Path spec = dir.resolve("experiment.yaml");
            if (Files.exists(spec)) {
                String mine = experiment.toYaml(dir);
                if (withoutScenario(Files.readString(spec)).equals(withoutScenario(mine))) {
                    Files.writeString(spec, mine);
                }
            }
        }

        /** The finished folder, up: the previous result files first removed (a --force replaces them all). */
        void upload(List<String> files) throws IOException {
            fs.mkdirs(target);
            for (String f : ExperimentRunner.FILES) {
                if (!files.contains(f)) {
                    fs.delete(new org.apache.hadoop.fs.Path(target, f), false);
                }
            }
            for (String f : files) {
                if (f.equals(ResultWriter.PARQUET)) {
                    continue;
                }
                Path from = dir.resolve(f);
                if (f.equals("experiment.yaml")) {
                    from = dir.resolve(".experiment-remote.yaml");
                    Files.writeString(from, remoteSpec());
                }
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(from.toUri()), new org.apache.hadoop.fs.Path(target, f));
            }
        }

        void progress(int finished, int total) {
            if (System.nanoTime() - last >= 30_000_000_000L) {
                last = System.nanoTime();
                syncJournal();
            }
        }

        /** experiment.yaml and the journals (runs.csv, paths.csv) as they are now, up; best effort, logged. */
        synchronized void syncJournal() {
            try {
                if (!Files.exists(dir.resolve("runs.csv"))) {
                    return;
                }
                fs.mkdirs(target);
                Path spec = dir.resolve(".experiment-remote.yaml");
                Files.writeString(spec, remoteSpec());
                fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(spec.toUri()),
                        new org.apache.hadoop.fs.Path(target, "experiment.yaml"));
                for (String journal : List.of("runs.csv", ExperimentRunner.PATHS)) {
                    if (Files.exists(dir.resolve(journal))) {
                        fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(dir.resolve(journal).toUri()),
                                new org.apache.hadoop.fs.Path(target, journal));
                    }
                }
            } catch (IOException | RuntimeException x) {
                org.slf4j.LoggerFactory.getLogger(Submit.class).warn("cannot copy the journal to {}: {}", target, x.toString());
            }
        }

        /** The spec as uploaded: the scenario named by its absolute path on the driver. */
        private String remoteSpec() {
            String mine = experiment.toYaml(dir);
            Path scenario = experiment.scenarioPath();
            if (scenario == null) {
                return mine;
            }
            String abs = scenario.toAbsolutePath().normalize().toString().replace("'", "''");
            return mine.lines().map(l -> l.startsWith("scenario: ") ? "scenario: '" + abs + "'" : l)
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        }

        private static String withoutScenario(String yaml) {
            return yaml.lines().filter(l -> !l.startsWith("scenario: ")).collect(java.util.stream.Collectors.joining("\n"));
        }
    }

    private static void quietlyDelete(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException | RuntimeException x) {
            org.slf4j.LoggerFactory.getLogger(Submit.class).debug("cannot delete {}: {}", dir, x.toString());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"talentsim " + org.talentsim.io.RunInfo.version() + " on Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
        }
    }
}
