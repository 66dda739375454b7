package org.talentsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Submit} stopped by Ctrl-C (SIGINT, in a child JVM) says in one line that the runs that
 * finished are kept and that {@code --resume} continues, as the command line does, and exits 130;
 * {@code --resume} then finishes the experiment. Before, Spark's shutdown logged an error for each
 * task it cancelled and the cancelled job came out as a stack trace (~130 lines), without the line.
 */
class SubmitSignalTest {
    @Test
    void submitStoppedWithSigintSaysHowToResumeInOneLine(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill");
        Path file = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: "
                + SubmitTest.ROOT.resolve("examples/scenarios/retention.yaml").toAbsolutePath() + "\nreplications: 2000\n"
                + "overrides: ['months=6']\n");
        Path out = dir.resolve("out");
        List<String> args = List.of(file.toString(), "--out", out.toString(), "--no-parquet");
        Process p = submit(dir, args, "first");
        // until a wave of runs has finished (Spark's executor writes the journal as each ends)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(out.resolve("runs.csv")) || Files.readString(out.resolve("runs.csv")).lines().count() < 2) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                fail("the experiment did not start: " + Files.readString(dir.resolve("first.err")));
            }
            Thread.sleep(50);
        }
        assertTrue(p.isAlive(), "still running when stopped");
        assertEquals(0, new ProcessBuilder("/bin/kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Submit did not stop");
        }
        assumeTrue(p.exitValue() != 0, "this JVM ignored SIGINT (a background job) and finished");
        String err = Files.readString(dir.resolve("first.err"));
        assertEquals(130, p.exitValue(), err);
        assertEquals(1, err.lines().filter(l -> l.equals("talentsim: stopped; the runs that finished are in "
                + out.resolve("runs.csv") + ": the same command with --resume continues")).count(), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception") || err.contains("ERROR"), err);
        long finished = Files.readString(out.resolve("runs.csv")).lines().count() - 1;
        assertTrue(finished >= 1 && finished < 2000, "runs kept: " + finished);

        List<String> again = new ArrayList<>(args);
        again.add("--resume");
        Process q = submit(dir, again, "resumed");
        if (!q.waitFor(600, TimeUnit.SECONDS)) {
            q.destroyForcibly();
            fail("the resumed experiment did not finish");
        }
        assertEquals(0, q.exitValue(), Files.readString(dir.resolve("resumed.err")));
        String said = Files.readString(dir.resolve("resumed.out"));
        assertTrue(said.contains(" resumed") && said.contains(": 1 cell x 2000 replications = 2000 runs, seed "), said);   // (was "1 cells")
        assertEquals(2001, Files.readString(out.resolve("runs.csv")).lines().count());
    }

    /** {@code Submit} in a child JVM on {@code local[2]}, its output in {@code NAME.out} and {@code NAME.err}. */
    private static Process submit(Path dir, List<String> args, String name) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspark.master=local[2]", "-cp", System.getProperty("java.class.path"), Submit.class.getName()));
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
    }
}
