package org.talentsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.cli.Main;

/** {@code talentsim compare ... --executor spark --master local[2]}: the provider is found, and the files are the local executor's. */
class CommandLineOnSparkTest {
    static final String RETENTION = Path.of("..", "examples", "scenarios", "retention.yaml").toString();

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine(new Main());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void compareOnSparkPrintsAndWritesWhatTheLocalExecutorDoes(@TempDir Path dir) throws Exception {
        List<String> common = List.of("compare", RETENTION, "--arm", "none:labs[Keeper].retention=none", "-r", "3", "--months", "3", "-q");
        String[] local = run(args(common, "--out", dir.resolve("local").toString()));
        String[] spark = run(args(common, "--out", dir.resolve("spark").toString(), "--executor", "spark", "--master", "local[2]"));
        assertEquals("0", spark[0], spark[2]);
        assertEquals("", spark[2], "nothing on stderr: Spark's log is quiet");
        assertEquals(strip(local[1]), strip(spark[1]), "the same table");
        for (String f : List.of("experiment.yaml", "runs.csv", "paths.csv", "summary.csv", "comparison.csv")) {
            assertEquals(Files.readString(dir.resolve("local").resolve(f)), Files.readString(dir.resolve("spark").resolve(f)), f);
        }
        // --threads beside --master is not used: said (it was ignored without a word: a strategist's review)
        String[] both = run(args(common, "--out", dir.resolve("both").toString(), "--executor", "spark", "--master", "local[2]",
                "--threads", "1"));
        assertEquals("0", both[0], both[2]);
        assertEquals("talentsim: --threads 1 is not used with --master local[2]: the master sets how many runs go at once"
                + " (local[N]: N)", both[2].strip());

        // without --master, this small experiment stays on the local executor, saying so
        String[] small = run(args(common, "--out", dir.resolve("small").toString(), "--executor", "spark"));
        assertEquals("0", small[0], small[2]);
        assertTrue(small[2].startsWith("talentsim: 6 runs of about 4,200 researcher-months each: running on the local executor"), small[2]);

        // a master Spark cannot use: one line, exit 2, nothing written
        String[] bad = run(args(common, "--out", dir.resolve("bad").toString(), "--executor", "spark", "--master", "nonsense://x"));
        assertEquals("2", bad[0], bad[2]);
        assertTrue(bad[2].startsWith("--executor spark --master nonsense://x: cannot start: Could not parse Master URL"), bad[2]);
        assertEquals(1, bad[2].strip().lines().count(), "one line: " + bad[2]);
        assertTrue(!Files.exists(dir.resolve("bad")));

        // YARN and Kubernetes: said at once, with the way there (it said "Could not parse Master URL: 'yarn'" after
        // Spark's start: a strategist's review)
        for (String cluster : List.of("yarn", "k8s://https://127.0.0.1:6443")) {
            String[] yarn = run(args(common, "--out", dir.resolve("yarn").toString(), "--executor", "spark", "--master", cluster));
            assertEquals("2", yarn[0], yarn[2]);
            assertEquals("--executor spark --master " + cluster + ": cannot start: the embedded Spark executor runs on local[N] or"
                    + " a standalone cluster's spark://HOST:PORT; on YARN or Kubernetes, submit org.talentsim.spark.Submit with the"
                    + " cluster's spark-submit (docs/SPARK.md)", yarn[2].strip());
            assertTrue(!Files.exists(dir.resolve("yarn")));
        }

        // Mesos: no Spark 4 runs it, spark-submit neither (it was sent there: a strategist's review)
        String[] mesos = run(args(common, "--out", dir.resolve("mesos").toString(), "--executor", "spark", "--master", "mesos://h:5050"));
        assertEquals("2", mesos[0], mesos[2]);
        assertEquals("--executor spark --master mesos://h:5050: cannot start: Spark 4 runs no Mesos: mesos:// is a master neither"
                + " the embedded executor nor spark-submit takes; use local[N], a standalone cluster's spark://HOST:PORT, or submit"
                + " org.talentsim.spark.Submit to YARN or Kubernetes (docs/SPARK.md)", mesos[2].strip());

        // a standalone master nobody listens for: said at once (Spark tried for a minute), in one line
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String master = "spark://127.0.0.1:" + port;
        String[] none = run(args(common, "--out", dir.resolve("none").toString(), "--executor", "spark", "--master", master));
        assertEquals("2", none[0], none[2]);
        assertEquals("--executor spark --master " + master + ": cannot start: no master answers at 127.0.0.1:" + port
                + " (Connection refused); is the cluster's master running there (start-master.sh; its port is 7077 unless set)?",
                none[2].strip());
        assertTrue(!Files.exists(dir.resolve("none")));

        // a folder of another experiment: refused before the executor starts (it was said once Spark had
        // started, 6 to 127 seconds on: a review of Spark's side), so not the unreachable master's words
        String[] other = run(args(common, "--out", dir.resolve("local").toString(), "--arm", "rich:labs[Raider].budget=2B",
                "--executor", "spark", "--master", master));
        assertEquals("2", other[0], other[2]);
        assertTrue(other[2].strip().startsWith(dir.resolve("local") + " holds the results of another experiment"), other[2]);
    }

    private static String[] args(List<String> common, String... more) {
        List<String> all = new java.util.ArrayList<>(common);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** The output without the run's time and folder. */
    private static String strip(String out) {
        return out.replaceAll("\\(\\d+\\.\\d s\\)", "").replaceAll("(?m)^(Results|Report): .*$", "");
    }
}
