package org.talentsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Submit} with an {@code --out} it cannot use says so in one line and exits 2 (docs/SPARK.md):
 * a folder it cannot lock threw an UncheckedIOException with its stack trace and exit 1.
 */
class SubmitErrorsTest {
    @Test
    void anOutItCannotUseIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Submitted r = submit(dir, "/proc/talentsim-cannot-be-here");
        int code = r.code();
        String text = r.err();
        assertEquals(2, code, text);
        // (Spark may warn of an earlier test's context in this JVM: only Submit's own output is checked)
        assertEquals(1, text.lines().filter(l -> l.startsWith("--out: cannot lock /proc/talentsim-cannot-be-here")).count(), text);
        assertTrue(!text.contains("UncheckedIOException") && !text.contains("org.talentsim.spark.Submit.call"), text);
        // in the command line's words (it said "NoSuchFileException: /proc/...": a Spark user's review)
        assertTrue(text.contains("--out: cannot lock /proc/talentsim-cannot-be-here: the file system does not let files be created in"
                + " /proc") && !text.contains("NoSuchFileException"), text);
    }

    /**
     * An {@code --out} on a file system Hadoop names but whose connector is not on the class path
     * (s3a without hadoop-aws, as in the apache/spark image): was Hadoop's RuntimeException with
     * its ClassNotFoundException and a stack trace, exit 1.
     */
    @Test
    void aFileSystemWithoutItsConnectorIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Submitted r = submit(dir, "s3a://bucket/x");
        String text = r.err();
        assertEquals(2, r.code(), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("--out s3a://bucket/x: the file system of 's3a:' is not on the"
                + " class path (Class org.apache.hadoop.fs.s3a.S3AFileSystem not found); add its Hadoop connector")).count(),
                text);
        assertTrue(!text.contains("\tat "), text);
    }

    /**
     * A folder that holds another experiment's results is refused before Spark starts, in the
     * command line's words: it was said after 6 to 127 seconds, and on a busy cluster not at all
     * ("no executor …"; a review of Spark's side). Here the master is one no one answers at, so
     * only a check made before Spark is touched names the folder; and a Mesos master is refused at
     * once, as the command line refuses it.
     */
    @Test
    void aFolderOfAnotherExperimentIsRefusedBeforeSparkStarts(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("other"));
        Files.writeString(out.resolve("experiment.yaml"), "version: 1\nscenario: x.yaml\nreplications: 9\n");
        Files.writeString(out.resolve("manifest.json"), "{}\n");
        String master = System.getProperty("spark.master");
        System.setProperty("spark.master", "spark://127.0.0.1:1");
        try {
            Submitted r = submit(dir, out.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().strip().startsWith(out + " holds the results of another experiment (its experiment.yaml differs"), r.err());
            // in this application's options, as the command line's (it said "force = true (replaceOtherKinds …)": a re-check)
            assertTrue(r.err().strip().endsWith("; --force replaces them, or choose another --out"), r.err());
            assertEquals("version: 1\nscenario: x.yaml\nreplications: 9\n", Files.readString(out.resolve("experiment.yaml")), "nothing changed");
            System.setProperty("spark.master", "mesos://h:5050");
            Submitted mesos = submit(dir, dir.resolve("new").toString());
            assertEquals(2, mesos.code(), mesos.err());
            assertEquals("--master mesos://h:5050: " + SparkExecutorProvider.NO_MESOS, mesos.err().strip());
        } finally {
            if (master == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", master);
            }
        }
    }

    /** An unknown option: one line, a suggestion, where the help is, exit 2 (it printed the whole usage). */
    @Test
    void anUnknownOptionIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Submitted bad = submitFile(Path.of("e.yaml"), dir.resolve("o").toString(), "--resum");
        String text = bad.err();
        assertEquals(2, bad.code(), text);
        assertTrue(text.startsWith("Unknown option: '--resum'"), text);
        assertTrue(text.contains("--resume") && text.strip().endsWith("Try --help for the application's options (docs/SPARK.md)."), text);
        assertTrue(text.lines().count() <= 4 && !text.contains("Usage:"), text);
        Submitted none = submitFile(Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: "
                + SubmitTest.ROOT.resolve("examples/scenarios/retention.yaml").toAbsolutePath() + "\n"), dir.resolve("o").toString(), "-r", "0");
        assertEquals(2, none.code(), none.err());
        assertEquals("-r must be at least 1, was 0", none.err().strip());
    }

    private record Submitted(int code, String err) {}

    /**
     * A calibration file, or a file whose kind is misspelt, given to Submit (which runs
     * experiment files): one line naming the kind, exit 2; it said "kind: unknown key" (found by
     * a review).
     */
    @Test
    void aFileWithAKindIsSaidToBeNoExperiment(@TempDir Path dir) throws Exception {
        String body = "version: 1\nscenario: " + SubmitTest.ROOT.resolve("examples/scenarios/retention.yaml").toAbsolutePath() + "\n";
        Path calibration = Files.writeString(dir.resolve("c.yaml"), body + "kind: calibration\n");
        Path misspelt = Files.writeString(dir.resolve("m.yaml"), body + "kind: calibraton\n");
        Submitted c = submitFile(calibration, dir.resolve("o").toString());
        assertEquals(2, c.code(), c.err());
        assertEquals(calibration + ":3:1: kind: an experiment file has no kind: this is a calibration file; run it with"
                + " talentsim calibrate (or sensitivity), not as an experiment", c.err().strip());
        Submitted m = submitFile(misspelt, dir.resolve("o").toString());
        assertEquals(2, m.code(), m.err());
        assertEquals(misspelt + ":3:7: kind: must be 'calibration' or 'sensitivity' (a scenario or an experiment file has no"
                + " kind), was calibraton", m.err().strip());
        assertTrue(!Files.exists(dir.resolve("o")), "nothing written");
    }

    private static Submitted submitFile(Path file, String out, String... more) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            List<String> args = new java.util.ArrayList<>(List.of(file.toString(), "--out", out));
            args.addAll(List.of(more));
            code = Submit.run(args.toArray(String[]::new));
        } finally {
            System.setErr(old);
        }
        return new Submitted(code, err.toString(StandardCharsets.UTF_8));
    }

    /** Submit of a two-run experiment into {@code out}: its exit code and what it wrote to standard error. */
    private static Submitted submit(Path dir, String out) throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: "
                + SubmitTest.ROOT.resolve("examples/scenarios/retention.yaml").toAbsolutePath() + "\nreplications: 2\n"
                + "overrides: ['months=2']\n");
        return submitFile(file, out);
    }

    /**
     * A cluster master that never takes the application: Spark gives up and stops the context
     * (after three attempts of 20 s), which the executor's start now reports as one line, exit 2,
     * before anything is written; the first job failed instead, as an internal error. Checked here
     * on a stopped context, without the minute Spark takes to give up.
     */
    @Test
    void aContextStoppedWhileWaitingForTheClusterIsAStartError() {
        org.apache.spark.api.java.JavaSparkContext sc = new org.apache.spark.api.java.JavaSparkContext(
                SparkExecutor.conf("local[1]", "stopped"));
        sc.stop();
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SparkExecutor.awaitExecutors(sc, "spark://127.0.0.1:1", 5_000));
        assertEquals("the application stopped before it had an executor on spark://127.0.0.1:1: Spark gave up connecting to the"
                + " master, or the master removed it when its executors failed to start on the workers (the master's and the"
                + " workers' logs say which)", e.getMessage());
    }

    /**
     * A cluster that never gives an executor (no worker with the memory asked for): after the
     * wait, one line saying why, and the context stopped; the job waited for ever, with only
     * Spark's "Initial job has not accepted any resources" (a strategist's review). A local
     * context has no executor but the driver, so it stands in for such a cluster.
     */
    @Test
    void aClusterThatGivesNoExecutorIsAStartError() {
        org.apache.spark.api.java.JavaSparkContext sc = new org.apache.spark.api.java.JavaSparkContext(
                SparkExecutor.conf("local[1]", "no executor"));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SparkExecutor.awaitExecutors(sc, "spark://127.0.0.1:7077", 2_000));
        assertTrue(sc.sc().isStopped(), "the context stopped");
        assertEquals("no executor on spark://127.0.0.1:7077 after 2 s: no worker has the cores and memory the application asks"
                + " for (spark.executor.cores, spark.executor.memory; the master's web UI, port 8080 unless set, shows each worker's), or"
                + " other applications hold them all; ask for less, or try again when they are free", e.getMessage());
    }

    /** java -jar talentsim-spark.jar without Spark on the class path: one line saying how to run it (it was a NoClassDefFoundError). */
    @Test
    void theJarWithoutSparkSaysHowToRunIt() throws Exception {
        try (java.net.URLClassLoader bare = new java.net.URLClassLoader(new java.net.URL[0], null)) {
            String m = Launch.missing(bare);
            assertTrue(m != null && m.startsWith("talentsim-spark.jar runs under spark-submit") && m.contains("docs/SPARK.md"), m);
            // each way it names runs as printed: with the output folder (the java -cp one had none: a review)
            assertTrue(m.contains("spark-submit --class org.talentsim.spark.Submit spark/target/talentsim-spark.jar FILE --out DIR;"), m);
            assertTrue(m.contains("org.talentsim.spark.Submit FILE --out DIR (on local[*]"), m);
        }
        assertEquals(null, Launch.missing(Launch.class.getClassLoader()), "Spark on the class path: Submit runs");
    }

    /** Submit into {@code dir/out} with the master as spark-submit passes it (the spark.master property). */
    private static Submitted submitOn(String master, Path dir) throws Exception {
        String was = System.getProperty("spark.master");
        System.setProperty("spark.master", master);
        try {
            return submit(dir, dir.resolve("out").toString());
        } finally {
            if (was == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", was);
            }
        }
    }

    /**
     * A master Spark cannot parse is one line and exit 2 (it was Spark's stack trace twice, exit 1;
     * the command line's --executor spark already said it in one line).
     */
    @Test
    void aMasterSparkCannotParseIsOneLine(@TempDir Path dir) throws Exception {
        Submitted r = submitOn("local[x]", dir);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("--master local[x]: cannot start: ")).count(), r.err());
        assertTrue(!r.err().contains("\tat "), r.err());
    }

    /**
     * A standalone master nobody listens for is said at once, in one line with exit 2, by {@code
     * Submit} (the master as spark-submit passes it, a system property) and by the executor's
     * start: Spark tried three times, 20 s each, a minute for a typing error. Several masters
     * (spark://a:7077,b:7077) are fine when one answers; other masters are left to Spark.
     */
    @Test
    void aMasterNobodyListensForIsOneLineAtOnce(@TempDir Path dir) throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + closed;
        Submitted r = submitOn(master, dir);
        assertEquals(2, r.code(), r.err());
        assertEquals("--master " + master + ": no master answers at 127.0.0.1:" + closed + " (Connection refused); is the"
                + " cluster's master running there (start-master.sh; its port is 7077 unless set)?", r.err().strip());
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written");

        try (java.net.ServerSocket open = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertEquals(null, SparkExecutor.unreachable("spark://127.0.0.1:" + open.getLocalPort(), 1000));
            assertEquals(null, SparkExecutor.unreachable(master + ",127.0.0.1:" + open.getLocalPort(), 1000), "one of two answers");
        }
        assertEquals(null, SparkExecutor.unreachable("local[2]", 1000));
        assertEquals(null, SparkExecutor.unreachable("yarn", 1000));
        assertEquals(null, SparkExecutor.unreachable("spark://host:port", 1000), "Spark says what is wrong with the URL");
        assertEquals(null, SparkExecutor.unreachable("spark://127.0.0.1", 1000), "no port: Spark says the URL is invalid");
        assertEquals(null, SparkExecutor.unreachable("spark://", 1000));
        String unknown = SparkExecutor.unreachable("spark://no-such-host.invalid:7077", 1000);
        assertTrue(unknown.startsWith("no master answers at no-such-host.invalid:7077 (unknown host)"), unknown);
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> SparkExecutor.start(master, "unreachable"));
        assertTrue(e.getMessage().startsWith("no master answers at 127.0.0.1:" + closed + " (Connection refused)"), e.getMessage());
    }
}
