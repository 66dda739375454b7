package org.talentsim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
 * in a local folder and copied up: at the end, and its journal ({@code runs.csv}) every 30
 * seconds, so {@code --resume} continues from the runs already copied.
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

    private final PrintWriter printer = new PrintWriter(System.out, true);

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The command's exit code: 0, 2 for bad input (one line on stderr), 1 when a run failed. */
    static int run(String... args) {
        CommandLine cl = new CommandLine(new Submit());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ScenarioException || ex instanceof OverrideException || ex instanceof ExperimentException) {
                cmd.getErr().println(ex.getMessage());
                return 2;
            }
            if (ex instanceof RunFailedException) {
                cmd.getErr().println("talentsim: " + ex.getMessage());
                cmd.getErr().println("the runs that finished are kept: --resume continues the experiment");
                return 1;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        Experiment e = Experiment.read(file);
        if (replications != null) {
            e = e.toBuilder().replications(replications).build();
        }
        SparkConf conf = new SparkConf().setAppName("talentsim " + e.scenarioName()).setIfMissing("spark.master", "local[*]")
                .setIfMissing("spark.ui.enabled", "false");
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
        try {
            return run(e, sc);
        } finally {
            sc.stop();
        }
    }

    /** Runs {@code e} on {@code sc} into {@link #out}; the context stays open. */
    int run(Experiment e, JavaSparkContext sc) throws IOException {
        Configuration hadoop = sc.hadoopConfiguration();
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out);
        FileSystem fs = target.getFileSystem(hadoop);
        boolean local = "file".equals(fs.getScheme());
        Path dir = local ? Path.of(fs.makeQualified(target).toUri()) : Files.createTempDirectory("talentsim-spark-");
        try {
            if (!local && resume && fs.exists(target)) {
                for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(target)) {
                    if (st.isFile() && !st.getPath().getName().equals("runs.parquet")) {
                        fs.copyToLocalFile(false, st.getPath(), new org.apache.hadoop.fs.Path(dir.resolve(st.getPath().getName()).toUri()), true);
                    }
                }
            }
            SparkExecutor ex = SparkExecutor.on(sc);
            if (wave > 0) {
                ex = ex.withWave(wave);
            }
            Journal journal = new Journal(local ? null : fs, dir, target);
            ExperimentRunner.Result r = ExperimentRunner.run(e, ex, dir, resume, force, journal);
            List<String> files = new ArrayList<>(e.isComparison() ? ExperimentRunner.FILES
                    : ExperimentRunner.FILES.stream().filter(f -> !f.equals("comparison.csv")).toList());
            if (!noParquet) {
                RunsParquet.write(dir.resolve("runs.csv"), new org.apache.hadoop.fs.Path(target, "runs.parquet"), hadoop);
                files.add("runs.parquet");
            }
            if (!local) {
                fs.mkdirs(target);
                for (String f : files) {
                    if (!f.equals("runs.parquet")) {
                        fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(dir.resolve(f).toUri()),
                                new org.apache.hadoop.fs.Path(target, f));
                    }
                }
            }
            printer.printf(Locale.ROOT, "%s: %d %s x %d replications = %d runs, seed %d%s (%.1f s on %d Spark cores)%n",
                    e.scenarioName(), e.cells().size(), e.isComparison() ? "arms" : "cells", e.replications(), e.size(),
                    e.seed(), r.resumed() > 0 ? ", " + r.resumed() + " resumed" : "", r.wallSeconds(), ex.parallelism());
            printer.printf("Results: %s (%s)%n", out, String.join(", ", files));
            return 0;
        } finally {
            if (!local) {
                deleteTree(dir);
            }
        }
    }

    /** Progress to the log, and the journal copied to a remote folder every 30 s. */
    private static final class Journal implements ExperimentRunner.Listener {
        private final FileSystem fs;
        private final Path dir;
        private final org.apache.hadoop.fs.Path target;
        private long last = System.nanoTime();

        Journal(FileSystem fs, Path dir, org.apache.hadoop.fs.Path target) {
            this.fs = fs;
            this.dir = dir;
            this.target = target;
        }

        @Override
        public void done(int finished, int total) {
            if (fs == null || System.nanoTime() - last < 30_000_000_000L || !Files.exists(dir.resolve("runs.csv"))) {
                return;
            }
            last = System.nanoTime();
            try {
                fs.mkdirs(target);
                for (String f : List.of("experiment.yaml", "runs.csv")) {
                    if (Files.exists(dir.resolve(f))) {
                        fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(dir.resolve(f).toUri()),
                                new org.apache.hadoop.fs.Path(target, f));
                    }
                }
            } catch (IOException x) {
                throw new UncheckedIOException("cannot copy the journal to " + target + ": " + x.getMessage(), x);
            }
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
