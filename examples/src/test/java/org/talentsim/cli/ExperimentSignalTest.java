package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An experiment stopped by Ctrl-C (SIGINT, in a child JVM) keeps the runs that finished, whole,
 * in both journals, says that --resume continues, and resumes to the bytes of an experiment never
 * stopped. Before, the finished runs' rows waiting in an 8 KB buffer were lost, a line could be
 * cut in two, and nothing was said.
 */
class ExperimentSignalTest {
    @Test
    void anExperimentStoppedWithSigintKeepsItsFinishedRunsAndSaysHowToResume(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill");
        Path out = dir.resolve("rep");
        List<String> args = List.of("replicate", CliTest.TINY.toAbsolutePath().toString(), "-r", "3000", "--months", "6",
                "--threads", "1", "--out", out.toString(), "-q", "--no-report");
        Process p = new ProcessBuilder(concat(List.of(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName()), args))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        // until it has run a while: runs.csv exists (its header), then 2 s more
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(out.resolve("runs.csv"))) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                fail("the experiment did not start: " + Files.readString(dir.resolve("err.txt")));
            }
            Thread.sleep(20);
        }
        Thread.sleep(2000);
        assertTrue(p.isAlive(), "still running when stopped");
        assertEquals(0, new ProcessBuilder("/bin/kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the experiment did not stop");
        }
        assumeTrue(p.exitValue() != 0, "this JVM ignored SIGINT (a background job) and finished");
        assertEquals(130, p.exitValue(), Files.readString(dir.resolve("err.txt")));
        // (after the scenario's note: tiny's layoff falls after a run of 6 months)
        String err = Files.readString(dir.resolve("err.txt")).strip();
        assertEquals("talentsim: stopped; the runs that finished are in " + out.resolve("runs.csv")
                + ": the same command with --resume continues", err.substring(err.lastIndexOf('\n') + 1), err);
        assertTrue(err.lines().limit(err.lines().count() - 1).allMatch(l -> l.contains(": note: ")), err);
        String runs = Files.readString(out.resolve("runs.csv"));
        String paths = Files.readString(out.resolve("paths.csv"));
        long finished = runs.lines().count() - 1;
        assertTrue(finished >= 2, "runs finished in 2 s are written (they waited in a buffer): " + finished);
        assertTrue(runs.endsWith("\n") && paths.endsWith("\n"), "whole lines only");
        // (the runs go on while the JVM shuts down: the two journals are written a few runs apart,
        // and a run in one journal only is run again on resuming)
        assertTrue(paths.lines().count() - 1 >= 2, "paths.csv has finished runs too: " + (paths.lines().count() - 1) + " of "
                + finished);

        // resumed, the same bytes as an experiment never stopped (shorter: -r is part of the spec, so both use 3000)
        Cli resumed = Cli.run(concat(args, List.of("--resume")).toArray(String[]::new));
        assertEquals(0, resumed.exit(), resumed.err());
        Path whole = dir.resolve("whole");
        Cli once = Cli.run(concat(args.subList(0, args.indexOf("--out")), List.of("--out", whole.toString(), "-q", "--no-report"))
                .toArray(String[]::new));
        assertEquals(0, once.exit(), once.err());
        for (String f : List.of("runs.csv", "paths.csv", "summary.csv")) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(out.resolve(f)), f);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
