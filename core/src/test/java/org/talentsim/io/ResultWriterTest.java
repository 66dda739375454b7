package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.Talentsim;
import org.talentsim.engine.Simulation;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Digests;
import org.talentsim.testkit.Worlds;

/**
 * The result folder: replaced as a set through a staging folder, locked while a run writes it,
 * never written through a link, and what killed runs leave is cleaned by the next run.
 */
class ResultWriterTest {
    static final Scenario WAR = Worlds.twoLabWar(11).withMonths(6);

    @Test
    void theSetIsReplacedWholeAndTheUsersFilesAreKept(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("res");
        Runs.runToFolder(WAR.withSeed(5), out, 1);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.createDirectories(out.resolve("plots"));
        Files.writeString(out.resolve("plots/a.svg"), "<svg/>");
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep");
        Files.delete(out.resolve("moves.csv"));
        Files.createSymbolicLink(out.resolve("moves.csv"), victim);
        Files.createSymbolicLink(out.resolve(".labs.csv.part"), victim);
        Files.createSymbolicLink(out.resolve("link-of-mine"), victim);

        Runs.runToFolder(WAR, out, 2);

        assertEquals("keep", Files.readString(victim), "no link written through");
        for (String f : ResultWriter.FILES) {
            assertTrue(Files.isRegularFile(out.resolve(f), LinkOption.NOFOLLOW_LINKS), f + " is a regular file");
        }
        assertEquals(Digests.ofRun(WAR, 1, Files.createDirectory(tmp.resolve("fresh"))), Digests.ofFolder(out),
                "the same bytes as a run into a new folder");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals("<svg/>", Files.readString(out.resolve("plots/a.svg")));
        assertTrue(Files.isSymbolicLink(out.resolve("link-of-mine")), "the user's own link is kept as a link");
        assertEquals(List.of(".res.lock", "fresh", "res", "victim.txt"), names(tmp), "no staging or old folder left");
        assertEquals(List.of("flows.csv", "labs.csv", "link-of-mine", "manifest.json", "market.csv", "moves.csv", "notes.txt",
                "offers.csv", "plots", "scenario-as-run.yaml", "summary.json", "teams.csv"), names(out), "no temporary file, old or new");
    }

    @Test
    void aFailedRunChangesNothingAndLeavesNoStaging(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("res");
        Runs.runToFolder(WAR, out, 1);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Map<String, String> before = snapshot(out);
        Simulation.Builder b = Simulation.builder(WAR.withSeed(9)).observer((t, w, m) -> {
            if (t == 3) {
                throw new IllegalStateException("power cut at tick " + t);
            }
        });
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Runs.runToFolder(b, RunInfo.of(WAR, 1), out));
        assertTrue(e.getMessage().contains("power cut"), e.getMessage());
        assertEquals(before, snapshot(out));
        assertEquals(List.of(".res.lock", "res"), names(tmp));

        Path fresh = tmp.resolve("a/b/fresh");
        Simulation.Builder b2 = Simulation.builder(WAR).observer((t, w, m) -> {
            throw new IllegalStateException("power cut");
        });
        assertThrows(IllegalStateException.class, () -> Runs.runToFolder(b2, RunInfo.of(WAR, 1), fresh));
        assertFalse(Files.exists(fresh), "a failed run into a new folder does not create it");
        assertEquals(List.of(".fresh.lock"), names(fresh.getParent()));
    }

    @Test
    void aFolderOrLinkWhereTheResultsGoIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("res");
        Runs.runToFolder(WAR, out, 1);
        Files.delete(out.resolve("summary.json"));
        Files.createDirectory(out.resolve("summary.json"));
        Files.writeString(out.resolve("summary.json/mine.txt"), "mine");
        Map<String, String> before = snapshot(out);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Talentsim.defaults().run(WAR.withSeed(3), out));
        assertEquals(out.resolve("summary.json") + " is a folder, not a result file: move it away or choose another folder",
                e.getMessage());
        assertEquals(before, snapshot(out), "no file replaced");
        assertEquals("mine", Files.readString(out.resolve("summary.json/mine.txt")));

        Path file = Files.writeString(tmp.resolve("afile"), "x");
        e = assertThrows(IllegalArgumentException.class, () -> Runs.runToFolder(WAR, file, 1));
        assertEquals(file + " exists and is not a folder", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Runs.runToFolder(WAR, file.resolve("sub"), 1));
        assertEquals(file.resolve("sub") + ": " + file + " is not a folder", e.getMessage());
        Path link = Files.createSymbolicLink(tmp.resolve("link"), out);
        e = assertThrows(IllegalArgumentException.class, () -> Runs.runToFolder(WAR, link, 1));
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        assertEquals(before, snapshot(out), "the folder behind the link untouched");
        assertFalse(Files.exists(file.resolveSibling(".afile.lock")), "nothing written for a refused folder");
    }

    @Test
    void aSecondRunInThisJvmIsRefusedWhileTheFirstWrites(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("res");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Simulation.Builder slow = Simulation.builder(WAR).observer((t, w, m) -> {
            if (t == 2) {
                writing.countDown();
                await(release);
            }
        });
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> Runs.runToFolder(slow, RunInfo.of(WAR, 1), out));
        try {
            assertTrue(writing.await(60, TimeUnit.SECONDS), "the first run started");
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Talentsim.defaults().run(WAR.withSeed(2), out));
            assertInstanceOf(FolderBusyException.class, e);
            assertEquals(out + " is being written by another run (lock " + tmp.resolve(".res.lock")
                    + "); wait for it or choose another folder", e.getMessage());
            assertThrows(FolderBusyException.class, () -> Runs.runToFolder(WAR, tmp.resolve("x/../res"), 1),
                    "the same folder spelt differently");
        } finally {
            release.countDown();
        }
        first.get(60, TimeUnit.SECONDS);
        assertEquals(Digests.ofRun(WAR, 1, Files.createDirectory(tmp.resolve("fresh"))), Digests.ofFolder(out),
                "the first run's files, not mixed with the refused one's");
        Talentsim.defaults().run(WAR.withSeed(2), out);
        assertNotEquals(Digests.ofRun(WAR, 1, tmp.resolve("fresh")), Digests.ofFolder(out), "free again once done");
    }

    @Test
    void aLockHeldThroughAnotherChannelOfThisJvmCountsAsBusy(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("res");
        Path lockFile = tmp.resolve(".res.lock");
        try (FileChannel c = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock l = c.lock()) {
            assertTrue(l.isValid());
            assertThrows(FolderBusyException.class, () -> Runs.runToFolder(WAR, out, 1), "OverlappingFileLockException");
        }
        assertFalse(Files.exists(out));
        Runs.runToFolder(WAR, out, 1);
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")));
    }

    @Test
    void whatKilledRunsLeftIsCleanedByTheNextRun(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("res");
        Runs.runToFolder(WAR.withSeed(4), out, 1);
        Files.writeString(out.resolve("notes.txt"), "mine");
        // killed while writing: a staging folder with partial files
        Path staging = Files.createDirectory(tmp.resolve(".res.staging-0123456789abcdef"));
        Files.writeString(staging.resolve("labs.csv"), "tick,da");
        // killed between the two renames: the old set aside, no result folder
        Path old = tmp.resolve(".res.old-fedcba9876543210");
        Files.move(out, old);
        Path notOurs = Files.createDirectory(tmp.resolve(".res.staging-mine"));

        Runs.runToFolder(WAR, out, 1);

        assertEquals("mine", Files.readString(out.resolve("notes.txt")), "the old folder came back with the user's file");
        assertEquals(Digests.ofRun(WAR, 1, Files.createDirectory(tmp.resolve("fresh"))), Digests.ofFolder(out));
        assertEquals(List.of(".res.lock", ".res.staging-mine", "fresh", "res"), names(tmp));
        assertTrue(Files.isDirectory(notOurs), "only names of the form staging-<16 hex digits> are cleaned");
    }

    @Test
    void anOldFolderLeftAfterTheSwapHandsItsUsersFilesOver(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("res");
        Runs.runToFolder(WAR, out, 1);
        // killed after the swap, before the user's folders were moved out of the old folder
        Path old = Files.createDirectory(tmp.resolve(".res.old-00112233aabbccdd"));
        Files.writeString(old.resolve("labs.csv"), "old results");
        Files.createDirectories(old.resolve("plots"));
        Files.writeString(old.resolve("plots/a.svg"), "<svg/>");

        Runs.runToFolder(WAR.withSeed(8), out, 1);

        assertEquals("<svg/>", Files.readString(out.resolve("plots/a.svg")));
        assertEquals(List.of(".res.lock", "res"), names(tmp));
    }

    @Test
    void aLinkAtTheLockOrStagingNameIsNeverFollowed(@TempDir Path tmp) throws IOException {
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep");
        Files.createSymbolicLink(tmp.resolve(".res.lock"), victim);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Runs.runToFolder(WAR, tmp.resolve("res"), 1));
        assertTrue(e.getMessage().contains(".res.lock is a symbolic link"), e.getMessage());
        Files.delete(tmp.resolve(".res.lock"));
        Path victimDir = Files.createDirectory(tmp.resolve("victim-dir"));
        Files.createSymbolicLink(tmp.resolve(".res.staging-0123456789abcdef"), victimDir);
        Runs.runToFolder(WAR, tmp.resolve("res"), 1);
        assertEquals("keep", Files.readString(victim));
        assertEquals(List.of(), names(victimDir), "nothing written into a folder behind a link");
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every entry of the folder (hidden ones too) with its kind, modification time and content. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String v = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toString();
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    v += " " + Files.readString(p).hashCode() + " " + Files.size(p);
                } else {
                    v += Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? " folder" : " other";
                }
                m.put(p.getFileName().toString(), v);
            }
        }
        return m;
    }

    /**
     * The result files' number format is public through {@code ResultWriter.number} (it was
     * {@code io.Num}, now internal: a reviewer found no public way left to write numbers as the
     * CSV files do).
     */
    @Test
    void numbersAreWrittenAsTheFilesWriteThem() {
        org.junit.jupiter.api.Assertions.assertEquals("0.0000001", ResultWriter.number(1e-7));
        org.junit.jupiter.api.Assertions.assertEquals("1234567.891", ResultWriter.number(1234567.8912345));
        org.junit.jupiter.api.Assertions.assertEquals("", ResultWriter.number(Double.NaN));
        org.junit.jupiter.api.Assertions.assertEquals("", ResultWriter.number(Double.POSITIVE_INFINITY));
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        for (int k = 0; k < 10_000; k++) {
            double x = Double.longBitsToDouble(r.nextLong());
            org.junit.jupiter.api.Assertions.assertEquals(org.talentsim.internal.Num.format(x), ResultWriter.number(x));
        }
    }
}
