package org.talentsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private record Submitted(int code, String err) {}

    /** Submit of a two-run experiment into {@code out}: its exit code and what it wrote to standard error. */
    private static Submitted submit(Path dir, String out) throws Exception {
        Path file = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: "
                + SubmitTest.ROOT.resolve("examples/scenarios/retention.yaml").toAbsolutePath() + "\nreplications: 2\n"
                + "overrides: ['months=2']\n");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            code = Submit.run(file.toString(), "--out", out);
        } finally {
            System.setErr(old);
        }
        return new Submitted(code, err.toString(StandardCharsets.UTF_8));
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
        assertEquals("the master spark://127.0.0.1:1 did not accept the application (Spark gave up connecting to it)", e.getMessage());
    }
}
