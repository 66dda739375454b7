package org.talentsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.cli.ExecutorProvider;
import org.talentsim.experiment.Executor;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.LocalExecutor;

/** The spark-submit application writes the local executor's files and runs.parquet; --executor spark falls back for small experiments. */
class SubmitTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(SparkExecutor.conf("local[2]", "talentsim submit test"));
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    /**
     * Submit ends as the command line does: how many runs said each warning written once ("said
     * once: other runs that say it are counted at the end"), and how many runs skipped parts of the
     * scenario's events; it said neither (a strategist's review). The flagship's dismissal of a
     * director who has left Meta is skipped in one run of seed 7 (the default seed's six runs skip
     * nothing since the pay floor).
     */
    @Test
    void submitCountsTheWarningsAndTheSkippedEvents(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: "
                + ROOT.resolve("examples/scenarios/meta-2025.yaml").toAbsolutePath() + "\nreplications: 6\nseed: 7\n");
        Experiment e = Experiment.read(file);
        java.io.PrintStream old = System.err;
        java.io.PrintStream oldOut = System.out;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Submit submit = new Submit();
            submit.out = dir.resolve("o").toString();
            assertEquals(0, submit.run(e, sc));
        } finally {
            System.setErr(old);
            System.setOut(oldOut);
        }
        // the command line's table too (it printed none: a strategist's review)
        String table = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(table.contains("cell  metric") && table.contains("Meta.headcount_end"), table);
        assertTrue(table.contains("choose with the experiment file's metrics:"), table);
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        long skipped = Files.readAllLines(dir.resolve("o/runs.csv")).size() > 1 ? countSkipped(dir.resolve("o/runs.csv")) : 0;
        assertTrue(skipped > 0, "some runs of seed 7 skip the dismissal");
        assertTrue(said.contains("talentsim: " + skipped + " of the 6 runs skipped parts of the scenario's events"), said);
        assertTrue(said.contains("runs.csv says which runs"), said);
        assertTrue(java.util.regex.Pattern.compile("talentsim: \\d+ of the 6 runs said: WARN LayoffDesk: 2025-10: dismissal of 'Yuandong"
                + " Tian' by 'Meta' skipped").matcher(said).find(), said);
    }

    /** The runs of runs.csv whose market.events_skipped is above 0. */
    static long countSkipped(Path runs) throws java.io.IOException {
        List<String> lines = Files.readAllLines(runs);
        int col = List.of(lines.get(0).split(",", -1)).indexOf("market.events_skipped");
        return lines.subList(1, lines.size()).stream().filter(l -> Double.parseDouble(l.split(",", -1)[col]) > 0).count();
    }

    @Test
    void submitWritesTheLocalExecutorsFilesAndTheirParquet(@TempDir Path dir) throws Exception {
        Files.copy(ROOT.resolve("examples/scenarios/retention.yaml"), dir.resolve("s.yaml"));
        Path file = dir.resolve("e.yaml");
        Files.writeString(file, "version: 1\nscenario: s.yaml\noverrides: [months=3]\nvary:\n  market.separation: [0.01/month, 0.03/month]\n"
                + "replications: 3\n");
        Experiment e = Experiment.read(file);
        try (LocalExecutor ex = new LocalExecutor(2)) {
            ExperimentRunner.run(e, ex, dir.resolve("local"), false, false, (d, n) -> {});
        }
        Submit submit = new Submit();
        submit.out = "file://" + dir.resolve("spark");
        submit.wave = 2;
        assertEquals(0, submit.run(e, sc));
        for (String f : List.of("experiment.yaml", "runs.csv", "paths.csv", "summary.csv")) {
            assertEquals(Files.readString(dir.resolve("local").resolve(f)), Files.readString(dir.resolve("spark").resolve(f)), f);
        }
        // the manifests say what ran the runs
        assertTrue(Files.readString(dir.resolve("local/manifest.json")).contains("\n  \"executor\": \"local\",\n"));
        assertTrue(Files.readString(dir.resolve("spark/manifest.json")).contains("\n  \"executor\": \"spark local[2]\",\n"),
                Files.readString(dir.resolve("spark/manifest.json")));
        // runs.parquet holds runs.csv's rows, value for value
        List<String> csv = Files.readAllLines(dir.resolve("spark/runs.csv"));
        String[] header = csv.get(0).split(",", -1);
        int rows = 0;
        try (ParquetReader<Group> r = ParquetReader.builder(new GroupReadSupport(),
                new org.apache.hadoop.fs.Path(dir.resolve("spark/runs.parquet").toUri())).withConf(new Configuration()).build()) {
            for (Group g = r.read(); g != null; g = r.read()) {
                String[] f = RunsParquet.cells(csv.get(++rows), header.length);
                assertEquals(Integer.parseInt(f[0]), g.getInteger("run", 0));
                assertEquals(f[1], g.getString("cell", 0));
                assertEquals(Integer.parseInt(f[2]), g.getInteger("replication", 0));
                assertEquals(Long.parseLong(f[3]), g.getLong("seed", 0));
                for (int c = 4; c < header.length; c++) {
                    int present = g.getFieldRepetitionCount(header[c]);
                    assertEquals(f[c].isEmpty() ? 0 : 1, present, header[c]);
                    if (present == 1) {
                        assertEquals(Double.parseDouble(f[c]), g.getDouble(header[c], 0), header[c]);
                    }
                }
            }
        }
        assertEquals(6, rows);
        // Submit --resume into the local run's folder: it draws no report, so the local one (whose
        // manifest said "local" and no resumed runs) goes with the results it showed (a review of Spark's side)
        Files.writeString(dir.resolve("local/report.html"), "<!DOCTYPE html><title>the local run's report</title>");
        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(output, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Submit again = new Submit();
            again.out = dir.resolve("local").toString();
            again.resume = true;
            again.wave = 2;
            assertEquals(0, again.run(e, sc));
        } finally {
            System.setOut(stdout);
        }
        assertFalse(Files.exists(dir.resolve("local/report.html")), "the local run's report is gone");
        assertTrue(output.toString(java.nio.charset.StandardCharsets.UTF_8).contains("Report: none (Submit draws none; the folder's earlier report.html is removed with"
                + " the results it showed): talentsim report DIR draws it from a local copy of the folder"), output.toString(
                java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Files.readString(dir.resolve("local/manifest.json")).contains("\"resumed_runs\": 6"),
                Files.readString(dir.resolve("local/manifest.json")));
        for (String f : List.of("runs.csv", "paths.csv", "summary.csv")) {
            assertEquals(Files.readString(dir.resolve("spark").resolve(f)), Files.readString(dir.resolve("local").resolve(f)), f);
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("spark"))) {
            // a sweep: its cells paired with the first (differences.csv), no comparison of arms
            assertEquals(List.of("cells.csv", "comparison.csv", "differences.csv", "experiment.yaml", "manifest.json", "paths.csv",
                    "runs.csv", "runs.parquet", "scenario-copy.yaml", "summary.csv")
                    .stream().filter(f -> !f.equals("comparison.csv")).toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no checksum or lock files left");
        }
    }

    /**
     * A result folder on a remote file system (here viewfs:// mounted on a local folder): the
     * files go up, another experiment's folder is refused without --force and replaced with it
     * (no file of the old one left), and a resume from another driver's temporary folder finds
     * the journal and gives the same files.
     */
    @Test
    void aRemoteFolderIsGuardedAndResumesFromAnotherDriver(@TempDir Path dir) throws Exception {
        Path mount = Files.createDirectories(dir.resolve("remote"));
        sc.hadoopConfiguration().set("fs.viewfs.mounttable.rv.link./results", mount.toUri().toString());
        Files.copy(ROOT.resolve("examples/scenarios/retention.yaml"), dir.resolve("s.yaml"));
        Path fileA = dir.resolve("a.yaml");
        Files.writeString(fileA, "version: 1\nscenario: s.yaml\noverrides: [months=3]\narms:\n  base: []\n"
                + "  none: ['labs[Keeper].retention=none']\nreplications: 3\n");
        Path fileB = dir.resolve("b.yaml");
        Files.writeString(fileB, "version: 1\nscenario: s.yaml\noverrides: [months=2]\nreplications: 2\n");
        Experiment a = Experiment.read(fileA);
        try (LocalExecutor ex = new LocalExecutor(2)) {
            ExperimentRunner.run(a, ex, dir.resolve("local"), false, false, (d, n) -> {});
        }
        assertEquals(0, submit("viewfs://rv/results/x", dir.resolve("driver1"), false, false).run(a, sc));
        Path x = mount.resolve("x");
        for (String f : List.of("runs.csv", "paths.csv", "summary.csv", "comparison.csv")) {
            assertEquals(Files.readString(dir.resolve("local").resolve(f)), Files.readString(x.resolve(f)), f);
        }
        assertTrue(Files.readString(x.resolve("experiment.yaml")).contains("scenario: '" + dir.resolve("s.yaml") + "'"),
                "the uploaded spec names the scenario by its path on the driver");
        try (var left = Files.list(dir.resolve("driver1"))) {
            assertEquals(0, left.count(), "the driver's working folder and its lock are gone");
        }

        // another experiment into the same folder: refused, then replaced with --force
        Experiment b = Experiment.read(fileB);
        org.talentsim.experiment.ExperimentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.talentsim.experiment.ExperimentException.class, () -> submit("viewfs://rv/results/x", dir.resolve("d2"), false, false).run(b, sc));
        assertTrue(refused.getMessage().contains("holds the results of another experiment"), refused.getMessage());
        assertTrue(Files.exists(x.resolve("comparison.csv")), "nothing replaced");
        assertEquals(0, submit("viewfs://rv/results/x", dir.resolve("d3"), false, true).run(b, sc));
        assertTrue(!Files.exists(x.resolve("comparison.csv")), "no file of the replaced experiment is left");

        // a journal cut short (a killed driver), resumed by a driver with a deeper temporary folder
        assertEquals(0, submit("viewfs://rv/results/y", dir.resolve("d4"), false, false).run(a, sc));
        Path y = mount.resolve("y");
        List<String> rows = Files.readAllLines(y.resolve("runs.csv"));
        Files.write(y.resolve("runs.csv"), rows.subList(0, 3));
        Files.delete(y.resolve("summary.csv"));
        Files.deleteIfExists(y.resolve(".runs.csv.crc")); // the mount's checksums (Hadoop's local file system) of the old file
        assertEquals(0, submit("viewfs://rv/results/y", dir.resolve("d5/deeper/still"), true, false).run(a, sc));
        for (String f : List.of("runs.csv", "paths.csv", "summary.csv", "comparison.csv")) {
            assertEquals(Files.readString(dir.resolve("local").resolve(f)), Files.readString(y.resolve(f)), f);
        }
    }

    private static Submit submit(String out, Path work, boolean resume, boolean force) {
        Submit s = new Submit();
        s.out = out;
        s.workRoot = work;
        s.resume = resume;
        s.force = force;
        s.wave = 2;
        return s;
    }

    @Test
    void aSmallExperimentRunsLocallyWithALineSayingWhy() {
        ExecutorProvider p = ExecutorProvider.find("spark");
        assertNotNull(p, "the provider is registered as a service");
        Experiment small = Experiment.builder().scenario(ROOT.resolve("examples/scenarios/retention.yaml")).replications(4).build();
        assertEquals(4 * 1400.0 * 24, SparkExecutorProvider.work(small), "runs x starting researchers x ticks");
        StringWriter err = new StringWriter();
        try (Executor ex = p.open(small, null, 2, new PrintWriter(err, true))) {
            assertInstanceOf(LocalExecutor.class, ex);
        }
        assertTrue(err.toString().startsWith("talentsim: 4 runs of about 33,600 researcher-months each: running on the local executor"),
                err.toString());
        // a large one goes to a local Spark, also saying so (it said nothing)
        Experiment large = small.toBuilder().replications(3000).build();
        StringWriter said = new StringWriter();
        assertEquals("local[2]", SparkExecutorProvider.master(large, null, 2, new PrintWriter(said, true)));
        assertEquals("talentsim: 3,000 runs of about 33,600 researcher-months each: running on Spark local[2] (--threads sets N;"
                + " --master spark://HOST:PORT on a cluster)\n", said.toString().replace(System.lineSeparator(), "\n"));
        StringWriter none = new StringWriter();
        assertEquals("spark://h:7077", SparkExecutorProvider.master(large, "spark://h:7077", 2, new PrintWriter(none, true)));
        assertEquals("", none.toString(), "a master given: nothing to say");
    }

    /**
     * runs.parquet appears only whole: written beside it and renamed at the end, so a driver
     * stopped while writing it left a 0-byte runs.parquet that readers reject (found by a review);
     * here the writing fails half-way, and no runs.parquet is left, nor an older one replaced.
     */
    @Test
    void runsParquetAppearsOnlyWhole(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("runs.csv"), "run,cell,replication,seed,m\n1,a,1,7,0.5\nnot-a-number,a,2,8,1\n");
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dir.resolve("runs.parquet").toUri());
        org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class,
                () -> RunsParquet.write(csv, target, new Configuration()));
        assertTrue(!Files.exists(dir.resolve("runs.parquet")), "no truncated file");
        Files.writeString(csv, "run,cell,replication,seed,m\n1,a,1,7,0.5\n");
        RunsParquet.write(csv, target, new Configuration());
        long whole = Files.size(dir.resolve("runs.parquet"));
        assertTrue(whole > 0);
        Files.writeString(csv, "run,cell,replication,seed,m\n1,a,1,7,0.5\nx,a,2,8,1\n");
        org.junit.jupiter.api.Assertions.assertThrows(NumberFormatException.class,
                () -> RunsParquet.write(csv, target, new Configuration()));
        assertEquals(whole, Files.size(dir.resolve("runs.parquet")), "the whole one stays");
    }

    @Test
    void csvCellsAreSplitAsWritten() {
        assertEquals(List.of("1", "a,b \"c\"", "2", ""), List.of(RunsParquet.cells("1,\"a,b \"\"c\"\"\",2,", 4)));
    }
}
