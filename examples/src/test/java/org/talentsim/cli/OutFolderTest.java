package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.io.ResultWriter;

/**
 * {@code run --out}: one run at a time per folder, the seven files replaced as a set through a
 * staging folder, no link followed, and a killed run (in a child JVM) leaves the folder as it was.
 */
class OutFolderTest {
    static final Path TINY = CliTest.TINY;
    static final Path META = Path.of("scenarios/meta-2025.yaml");

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedWhileTheFirstWrites(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("res");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Main slow = new Main().observe((t, w, m) -> {
            if (t == 2) {
                writing.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        CompletableFuture<Cli> first = CompletableFuture.supplyAsync(
                () -> Cli.run(slow, "run", TINY.toString(), "--out", out.toString(), "-q"));
        Cli second;
        try {
            assertTrue(writing.await(60, TimeUnit.SECONDS), "the first run started");
            second = Cli.run("run", TINY.toString(), "--out", out.toString(), "--seed", "7", "-q");
        } finally {
            release.countDown();
        }
        assertEquals(Main.BAD_INPUT, second.exit(), second.err());
        assertEquals(out + " is being written by another run (lock " + dir.resolve(".res.lock")
                + "); wait for it or choose another --out\n", second.err());
        assertEquals("", second.out());
        Cli r = first.get(60, TimeUnit.SECONDS);
        assertEquals(0, r.exit(), r.err());
        assertWholeSet(out, 11);
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "--seed", "7", "-q").exit(), "free again");
        assertWholeSet(out, 7);
    }

    @Test
    void aPlaceTheFileSystemRefusesIsBadInputSaidInWords(@TempDir Path dir) throws Exception {
        // /sys refuses new files even to root: exit 2 and one line, not an exception's name and exit 1
        assumeTrue(Files.isDirectory(Path.of("/sys")), "no /sys here");
        Cli r = Cli.run("run", TINY.toString(), "--out", "/sys/talentsim-cannot-be-here", "-q");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("talentsim: cannot write results to /sys/talentsim-cannot-be-here: "), r.err());
        assertTrue(r.err().contains("permission denied (") || r.err().contains("read-only file system ("), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        // /proc takes no new files either, and says so with "no such file" (was exit 1, NoSuchFileException)
        if (Files.isDirectory(Path.of("/proc"))) {
            Cli p = Cli.run("run", TINY.toString(), "--out", "/proc/talentsim-cannot-be-here", "-q");
            assertEquals(Main.BAD_INPUT, p.exit(), p.err());
            assertEquals("talentsim: cannot write results to /proc/talentsim-cannot-be-here: the file system does not let files"
                    + " be created in /proc (/proc/.talentsim-cannot-be-here.lock)\n", p.err());
        }
        // validate --csv under a regular file: the same
        Path file = Files.writeString(dir.resolve("afile"), "x");
        Cli v = Cli.run("validate", "bm", "--d", "0.02", "--l0", "0.1", "--l1", "0.1", "--b", "0.5", "--p", "1",
                "--csv", file.resolve("x.csv").toString());
        assertEquals(Main.BAD_INPUT, v.exit(), v.err());
        assertEquals(1, v.err().lines().count(), v.err());
        assertTrue(v.err().contains(file + " is a file, where a folder must be")
                || v.err().contains(file + " is not a folder"), v.err());
        assertFalse(v.err().contains("Exception"), v.err());
    }

    /**
     * A folder the file system will not change even for root (immutable, chattr +i) is bad input
     * said in words: it was exit 1 and "FileSystemException: ...: Operation not permitted".
     */
    @Test
    void anImmutableFolderIsBadInputSaidInWords(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        immutable(locked);
        try {
            Cli r = Cli.run("run", TINY.toString(), "--out", locked.resolve("new").toString(), "-q");
            assertEquals(Main.BAD_INPUT, r.exit(), r.err());
            assertEquals("talentsim: cannot write results to " + locked.resolve("new") + ": operation not permitted ("
                    + locked.resolve(".new.lock") + "): the file system refuses to change it (immutable, or another user's)\n", r.err());
        } finally {
            assertEquals(0, new ProcessBuilder("chattr", "-i", locked.toString()).start().waitFor());
        }
    }

    /** Marks {@code p} immutable (chattr +i), or skips the test where this machine cannot. */
    private static void immutable(Path p) throws Exception {
        Process chattr;
        try {
            chattr = new ProcessBuilder("chattr", "+i", p.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no chattr here: " + e.getMessage());
            return;
        }
        assumeTrue(chattr.waitFor() == 0, "this file system or user cannot mark " + p + " immutable");
    }

    /**
     * An earlier set that cannot be deleted (a file in it marked immutable) after the new one is in
     * place: the run succeeds and leaves the earlier set beside the folder, with a warning; it said
     * "cannot put the results in place" with exit 2 although they were (found by a reviewer).
     */
    @Test
    void anEarlierSetThatCannotBeDeletedDoesNotFailTheRun(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("res");
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "--months", "2", "-q", "--no-report").exit());
        Path pinned = out.resolve("summary.json");
        immutable(pinned);
        Path left = null;
        try {
            Cli r = Cli.run("run", TINY.toString(), "--out", out.toString(), "--months", "3", "-q", "--no-report");
            assertEquals(0, r.exit(), r.err());
            assertEquals(3, new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("months").asInt(), "the new set");
            List<String> olds = names(dir).stream().filter(n -> n.startsWith(".res.old-")).toList();
            assertEquals(1, olds.size(), names(dir).toString());
            left = dir.resolve(olds.get(0));
        } finally {
            Path where = left == null ? pinned : left.resolve("summary.json");
            assertEquals(0, new ProcessBuilder("chattr", "-i", where.toString()).start().waitFor());
        }
    }

    @Test
    void aFolderLockedByAnotherProcessIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("res");
        Path src = dir.resolve("HoldLock.java");
        Files.writeString(src, "import java.nio.channels.FileChannel; import java.nio.file.*;"
                + " public class HoldLock { public static void main(String[] a) throws Exception {"
                + " try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);"
                + " var l = c.tryLock()) { System.out.println(l != null ? \"locked\" : \"busy\"); System.out.flush();"
                + " Thread.sleep(60_000); } } }");
        Process holder = new ProcessBuilder(java(), src.toString(), dir.resolve(".res.lock").toString())
                .redirectErrorStream(true).start();
        try {
            String first = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("locked", first, "the holder took the lock");
            Cli r = Cli.run("run", TINY.toString(), "--out", out.toString(), "-q");
            assertEquals(Main.BAD_INPUT, r.exit(), r.err());
            assertEquals(out + " is being written by another run (lock " + dir.resolve(".res.lock")
                    + "); wait for it or choose another --out\n", r.err());
            assertFalse(Files.exists(out));
        } finally {
            holder.destroyForcibly();
            holder.waitFor(60, TimeUnit.SECONDS);
        }
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "-q").exit(), "free once the holder is gone");
        assertWholeSet(out, 11);
    }

    @Test
    void aPathUnderAFileIsBadInputLikeAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        Cli r = Cli.run("run", TINY.toString(), "--out", file.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("--out: " + file + " exists and is not a folder\n", r.err());
        r = Cli.run("run", TINY.toString(), "--out", file.resolve("sub").toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("--out: " + file.resolve("sub") + ": " + file + " is not a folder\n", r.err());
        r = Cli.run("run", TINY.toString(), "--out", file.resolve("sub/deeper").toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("x", Files.readString(file));
        assertEquals(List.of("afile"), names(dir), "nothing written");
    }

    @Test
    void temporaryNamesAndResultFilesThatAreLinksAreNeverFollowed(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectory(dir.resolve("res"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep");
        Files.createSymbolicLink(out.resolve(".labs.csv.part"), victim);
        Files.createSymbolicLink(out.resolve("moves.csv"), victim);
        Files.createSymbolicLink(dir.resolve(".res.staging-0123456789abcdef"), out);
        // a result's name without a manifest is refused unless --force (ResultOwnerTest); forced, the link is replaced, not followed
        Cli refused = Cli.run("run", TINY.toString(), "--out", out.toString(), "-q");
        assertEquals(Main.BAD_INPUT, refused.exit(), refused.err());
        Cli r = Cli.run("run", TINY.toString(), "--out", out.toString(), "-q", "--force");
        assertEquals(0, r.exit(), r.err());
        assertEquals("keep", Files.readString(victim));
        for (String f : ResultWriter.FILES) {
            assertTrue(Files.isRegularFile(out.resolve(f), LinkOption.NOFOLLOW_LINKS), f);
        }
        List<String> expected = new java.util.ArrayList<>(ResultWriter.files(true));
        expected.add("report.html");
        assertEquals(expected.stream().sorted().toList(), names(out), "the link and the temporary name are gone");
        assertWholeSet(out, 11);

        Path linked = Files.createSymbolicLink(dir.resolve("linked"), out);
        r = Cli.run("run", TINY.toString(), "--out", linked.toString(), "-q");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("--out: " + linked + " is a symbolic link: give the folder it points to, or another path\n", r.err());
    }

    @Test
    void aFolderInPlaceOfAResultFileIsRefusedAndNothingIsReplaced(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("res");
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "-q").exit());
        Files.delete(out.resolve("summary.json"));
        Files.createDirectory(out.resolve("summary.json"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Map<String, String> before = RunTest.snapshotTree(out);
        Cli r = Cli.run("run", TINY.toString(), "--out", out.toString(), "--seed", "3", "-q");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("--out: " + out.resolve("summary.json")
                + " is a folder, not a result file: move it away or choose another folder\n", r.err());
        assertEquals(before, RunTest.snapshotTree(out), "not one file replaced");
    }

    @Test
    void theUsersFilesAreKeptAcrossRuns(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("res");
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "-q").exit());
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.createDirectories(out.resolve("plots"));
        Files.writeString(out.resolve("plots/a.svg"), "<svg/>");
        Cli r = Cli.run("run", TINY.toString(), "--out", out.toString(), "--seed", "3");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("Results: " + out
                + " (labs.csv, teams.csv, market.csv, moves.csv, offers.csv, flows.csv, summary.json, scenario-as-run.yaml, manifest.json)\n"
                + "Report: " + out.resolve("report.html") + "\n"), r.out());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals("<svg/>", Files.readString(out.resolve("plots/a.svg")));
        assertWholeSet(out, 3);
        assertEquals(List.of(".res.lock", "res"), names(dir), "no staging or old folder left");
    }

    /** kill -9: the result folder is untouched, the staging folder stays beside it until the next run. */
    @Test
    void aRunKilledWithSigkillLeavesTheFolderAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("res");
        Map<String, String> before = previousRun(out);
        Process p = startLongRun(dir, out);
        p.destroyForcibly();
        int code = waitFor(p);
        assertEquals(137, code, "killed by SIGKILL");
        assertEquals(before, RunTest.snapshotTree(out), "no .part file, nothing replaced");
        assertTrue(names(dir).stream().anyMatch(n -> n.startsWith(".res.staging-")), "the killed run's staging folder: " + names(dir));
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "--seed", "3", "-q").exit());
        assertEquals(List.of(".res.lock", "err.txt", "out.txt", "res"), names(dir), "the next run cleaned it");
        assertWholeSet(out, 3);
    }

    /** SIGTERM: the shutdown hook deletes the staging folder at once. */
    @Test
    void aRunStoppedWithSigtermLeavesNoStaging(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("res");
        Map<String, String> before = previousRun(out);
        Process p = startLongRun(dir, out);
        p.destroy();
        int code = waitFor(p);
        assertEquals(143, code, "stopped by SIGTERM");
        assertEquals(before, RunTest.snapshotTree(out));
        assertEquals(List.of(".res.lock", "err.txt", "out.txt", "res"), names(dir));
        // and says so (it ended without a word: a reviewer)
        assertEquals("talentsim: stopped before the run ended; " + out + " keeps the files it held before\n",
                Files.readString(dir.resolve("err.txt")));
    }

    /** Stopped with an empty folder there before: nothing is said to be kept (it said "keeps the files it held": a re-check). */
    @Test
    void aRunStoppedOverAnEmptyFolderSaysNothingWasWritten(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("res"));
        Process p = startLongRun(dir, out);
        p.destroy();
        assertEquals(143, waitFor(p), "stopped by SIGTERM");
        assertEquals(List.of(), names(out));
        assertEquals("talentsim: stopped before the run ended; nothing was written to " + out + "\n",
                Files.readString(dir.resolve("err.txt")));
    }

    /**
     * SIGINT (Ctrl-C): like SIGTERM. A JVM started with SIGINT ignored (a background job of a
     * non-interactive shell) keeps ignoring it and finishes the run: then the new set is whole.
     */
    @Test
    void aRunInterruptedWithSigintLeavesTheOldSetOrTheNew(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill");
        Path out = dir.resolve("res");
        Map<String, String> before = previousRun(out);
        Process p = startLongRun(dir, out);
        Process kill = new ProcessBuilder("/bin/kill", "-INT", Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        int code = waitFor(p);
        if (code == 0) {
            assertEquals(360, new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("months").asInt());
            // the whole new set (without offers.csv: over 100,000 researchers), its report, and the user's file kept
            List<String> whole = new java.util.ArrayList<>(ResultWriter.files(false));
            whole.addAll(List.of("report.html", "notes.txt"));
            assertEquals(whole.stream().sorted().toList(), names(out));
            assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        } else {
            assertEquals(130, code, "stopped by SIGINT");
            assertEquals(before, RunTest.snapshotTree(out));
            assertEquals("talentsim: stopped before the run ended; " + out + " keeps the files it held before\n",
                    Files.readString(dir.resolve("err.txt")));
        }
        assertEquals(List.of(".res.lock", "err.txt", "out.txt", "res"), names(dir));
    }

    /**
     * Stopped while drawing the report, after the results were swapped in: exit 130 as before, but
     * it says that the results are complete and how to draw the report (it said nothing, and the
     * README's "a killed run leaves the folder as it was" read as if the old set were still there).
     */
    @Test
    void aRunStoppedWhileDrawingItsReportSaysTheResultsAreComplete(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill");
        Path out = dir.resolve("res");
        int code = interruptedAfterResults(dir, "run", META.toAbsolutePath().toString(), "--months", "240", "--threads", "1",
                "--out", out.toString(), "--png");
        String err = Files.readString(dir.resolve("err.txt"));
        // the results are the new, whole set either way
        assertEquals(240, new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("months").asInt());
        if (code == 0) {
            // the report was drawn before the signal came (a fast machine): nothing to say
            assertTrue(Files.exists(out.resolve("report.html")));
            return;
        }
        assertEquals(130, code, err);
        assertTrue(err.contains("talentsim: stopped while drawing the report; the results in " + out + " are complete: talentsim"
                + " report " + out + " --png draws it"), err);
        assertFalse(Files.exists(out.resolve("report.html")), "no half-drawn report");
    }

    /**
     * An experiment stopped while drawing its report, after its results are written: exit 130,
     * and it says the results are complete and how to draw the report, as a run does (it exited
     * without a word: found by a reviewer).
     */
    @Test
    void anExperimentStoppedWhileDrawingItsReportSaysTheResultsAreComplete(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "needs /bin/kill");
        Path out = dir.resolve("res");
        int code = interruptedAfterResults(dir, "replicate", META.toAbsolutePath().toString(), "-r", "2", "--months", "12",
                "--threads", "1", "--out", out.toString(), "--png");
        String err = Files.readString(dir.resolve("err.txt"));
        assertTrue(Files.exists(out.resolve("summary.csv")), "the results are in place");
        if (code == 0) {
            assertTrue(Files.exists(out.resolve("report.html")), "the report was drawn before the signal came");
            return;
        }
        assertEquals(130, code, err);
        assertTrue(err.contains("talentsim: stopped while drawing the report; the results in " + out + " are complete: talentsim"
                + " report " + out + " --png draws it"), err);
        assertFalse(Files.exists(out.resolve("report.html")), "no half-drawn report");
    }

    /**
     * Runs the command line with {@code args} in a child JVM (its output in {@code dir}'s out.txt
     * and err.txt), sends it SIGINT as soon as it has printed "Results: " (its report being
     * drawn, unless it was quicker), and returns its exit code.
     */
    private static int interruptedAfterResults(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.readString(dir.resolve("out.txt")).contains("Results: ")) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                fail("the child " + args[0] + " did not finish its results: " + Files.readString(dir.resolve("err.txt")));
            }
            Thread.sleep(5);
        }
        Process kill = new ProcessBuilder("/bin/kill", "-INT", Long.toString(p.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        return waitFor(p);
    }

    /** A short run into {@code out} with a user's file; the folder's snapshot. */
    private static Map<String, String> previousRun(Path out) throws IOException {
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "--months", "3", "-q").exit());
        Files.writeString(out.resolve("notes.txt"), "mine");
        return RunTest.snapshotTree(out);
    }

    /**
     * Starts {@code run meta-2025 --months 360 --force} (the folder holds an earlier run of another scenario) in a child JVM and returns once it has written
     * for 1.5 to 2.5 s (its staging folder exists and it is still running). A pool of 200,000 makes it run for several seconds
     * more: without it a fast machine finished the 360 months in 2.2 s and was stopped while drawing its report, after the swap.
     */
    private static Process startLongRun(Path dir, Path out) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                META.toAbsolutePath().toString(), "--months", "360", "--set", "pool.size=200000", "--threads", "1", "--out", out.toString(), "-q",
                "--force")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
        while (names(dir).stream().noneMatch(n -> n.startsWith(".res.staging-"))) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                fail("the child run did not start writing: " + Files.readString(dir.resolve("err.txt")));
            }
            Thread.sleep(20);
        }
        long until = t0 + TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextLong(1500, 2500));
        long wait = until - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(TimeUnit.NANOSECONDS.toMillis(wait));
        }
        assertTrue(p.isAlive(), "still running when stopped: " + Files.readString(dir.resolve("err.txt")));
        return p;
    }

    private static int waitFor(Process p) throws InterruptedException {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the child run did not end");
        }
        return p.exitValue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Seven files (offers.csv too: TINY is small), each whole: the seed in the manifest, every CSV row as wide as its header, ticks in order. */
    static void assertWholeSet(Path out, long seed) throws IOException {
        for (String f : ResultWriter.files(true)) {
            assertTrue(Files.isRegularFile(out.resolve(f), LinkOption.NOFOLLOW_LINKS), f);
        }
        assertEquals(seed, new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("seed").asLong());
        for (String f : List.of("labs.csv", "teams.csv", "moves.csv", "offers.csv")) {
            List<String> lines = Files.readAllLines(out.resolve(f));
            assertEquals(RunTest.HEADERS.get(f), lines.get(0), f);
            int cells = lines.get(0).split(",", -1).length;
            int tick = 0;
            for (String l : lines.subList(1, lines.size())) {
                String[] c = l.split(",", -1);
                assertEquals(cells, c.length, f + ": " + l);
                int t = Integer.parseInt(c[0]);
                assertTrue(t >= tick, f + ": tick " + t + " after " + tick);
                tick = t;
            }
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * A URI given as --out is refused in one line: it was read as a local path, written into
     * ./hdfs:/x/y, and reported as "Results: hdfs:/x/y" (found by a strategist's review).
     */
    @Test
    void aUriAsOutIsRefused(@TempDir Path dir) {
        for (String uri : new String[] {"hdfs://namenode/x/y", "s3a://bucket/out", "file://" + dir.resolve("uri")}) {
            Cli r = Cli.run("run", TINY.toString(), "--out", uri, "-q");
            assertEquals(Main.BAD_INPUT, r.exit(), r.err());
            assertTrue(r.err().startsWith("Invalid value for option '--out': '" + uri + "' is a URI: give a path on this machine"),
                    r.err());
        }
        assertFalse(Files.exists(Path.of("hdfs:")) || Files.exists(Path.of("file:")), "nothing written under the working folder");
        assertFalse(Files.exists(dir.resolve("uri")));
    }
}
