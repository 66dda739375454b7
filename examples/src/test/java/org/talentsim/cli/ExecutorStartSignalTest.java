package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * An experiment stopped (SIGTERM, as Ctrl-C's SIGINT, in a child JVM) while its executor starts —
 * Spark's start takes seconds — says so, exits 143 (130 for Ctrl-C) and leaves the result folder
 * untouched. It stopped
 * without a word before: the resume hint is set up only once the runs begin.
 */
class ExecutorStartSignalTest {
    @Test
    void anExperimentStoppedWhileItsExecutorStartsSaysSo(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill");
        Path out = dir.resolve("rep");
        Path marker = dir.resolve("starting");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dslowstart.marker=" + marker, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "replicate", CliTest.TINY.toAbsolutePath().toString(), "-r", "3", "--months", "6", "--executor", "slow-start",
                "--out", out.toString(), "-q", "--no-report"));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(marker)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                fail("the executor did not start: " + Files.readString(dir.resolve("err.txt")));
            }
            Thread.sleep(20);
        }
        // SIGTERM, the same shutdown as Ctrl-C's SIGINT: a JVM started from a background job
        // ignores SIGINT (a fresh-clone CI run started with nohup ... & slept through it)
        assertEquals(0, new ProcessBuilder("/bin/kill", "-TERM", Long.toString(p.pid())).inheritIO().start().waitFor());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the experiment did not stop");
        }
        assertEquals(143, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        // (after the scenario's note: tiny's layoff falls after a run of 6 months)
        String err = Files.readString(dir.resolve("err.txt")).strip();
        assertEquals(ExperimentCommands.startStopped("slow-start"), err.substring(err.lastIndexOf('\n') + 1), err);
        assertFalse(Files.exists(out), "nothing written");
    }
}
