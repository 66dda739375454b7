package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.io.ResultWriter;

/**
 * What the report does to a result folder when something else is there (found by a reviewer
 * trying full disks, links and concurrent commands): chart files are never written through a
 * link, a {@code report DIR} never draws a folder another command is writing, nor an experiment
 * that has not finished, and an odd lock file is bad input, not an internal error.
 */
class ReportFolderSafetyTest {
    private static final String WAR = "scenarios/bidding-war.yaml";

    @Test
    void chartFilesAreNeverWrittenThroughALink(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("war");
        Cli r = Cli.run("run", WAR, "--months", "2", "--out", out.toString(), "-q", "--png");
        assertEquals(0, r.exit(), r.err());
        Path victim = Files.writeString(dir.resolve("victim.txt"), "mine");
        Path svg = out.resolve("charts/flows.svg");
        Path png = out.resolve("charts/flows.png");
        Files.delete(svg);
        Files.delete(png);
        Files.createSymbolicLink(svg, victim);
        Files.createSymbolicLink(png, victim);
        Cli again = Cli.run("report", out.toString(), "--png");
        assertEquals(0, again.exit(), again.err());
        assertEquals("mine", Files.readString(victim), "the link's target is not written");
        assertTrue(Files.isRegularFile(svg, LinkOption.NOFOLLOW_LINKS) && Files.readString(svg).startsWith("<?xml"), "a file of its own");
        byte[] magic = Files.readAllBytes(png);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(magic, 4));
        try (var s = Files.list(out.resolve("charts"))) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }

        // the charts folder itself a link to another folder: refused, nothing written there
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        org.talentsim.internal.TextFiles.write(out.resolve("charts/keep.txt"), "x");
        Files.move(out.resolve("charts"), dir.resolve("old-charts"));
        Files.createSymbolicLink(out.resolve("charts"), elsewhere);
        Cli linked = Cli.run("report", out.toString(), "--png");
        assertEquals(2, linked.exit(), linked.err());
        assertEquals("report: " + out.resolve("charts") + " is a symbolic link: the chart files are never written through one; remove it,"
                + " or draw without --png\n", linked.err());
        try (var s = Files.list(elsewhere)) {
            assertEquals(0, s.count(), "nothing written into the folder the link points to");
        }
    }

    @Test
    void aFolderAnotherCommandIsWritingIsNotDrawn(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("war");
        assertEquals(0, Cli.run("run", WAR, "--months", "2", "--out", out.toString(), "-q").exit());
        String page = Files.readString(out.resolve("report.html"));
        try (AutoCloseable lock = ResultWriter.lockFolder(out)) {   // as a run writing it holds it
            Cli r = Cli.run("report", out.toString());
            assertEquals(2, r.exit(), r.err());
            assertTrue(r.err().contains("is being written by another run"), r.err());
        }
        assertEquals(page, Files.readString(out.resolve("report.html")), "the page is left as it was");
    }

    @Test
    void anExperimentThatHasNotFinishedIsNotDrawn(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rep");
        Cli r = Cli.run("replicate", "scenarios/retention.yaml", "-r", "2", "--months", "2", "--out", out.toString(), "-q",
                "--no-report");
        assertEquals(0, r.exit(), r.err());
        Files.delete(out.resolve("manifest.json"));   // as a disk that filled at the last file
        String said = "report: " + out + " holds an experiment that has not finished (no manifest.json): run it again with"
                + " --resume to finish it, then draw its report\n";
        Cli drawn = Cli.run("report", out.toString());
        assertEquals(2, drawn.exit(), drawn.err());
        assertEquals(said, drawn.err());
        Files.delete(out.resolve("summary.csv"));   // as a Ctrl-C leaves it: the journal, no summary yet
        Cli stopped = Cli.run("report", out.toString());
        assertEquals(said, stopped.err(), "the hint, not 'holds no results'");
        assertFalse(Files.exists(out.resolve("report.html")));
    }

    @Test
    void anOddLockFileIsBadInputForEveryCommand(@TempDir Path dir) throws Exception {
        Files.createSymbolicLink(dir.resolve(".lk.lock"), dir.resolve("victim"));
        String out = dir.resolve("lk").toString();
        for (String[] args : new String[][] {{"run", WAR, "--months", "3", "--out", out, "-q"},
            {"replicate", "scenarios/retention.yaml", "-r", "2", "--months", "2", "--out", out, "-q"}}) {
            Cli r = Cli.run(args);
            assertEquals(2, r.exit(), args[0] + ": " + r.err());
            assertTrue(r.err().endsWith(dir.resolve(".lk.lock") + " is a symbolic link, not a lock file: remove it\n")
                    && r.err().lines().count() == 1, args[0] + ": " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("victim")));
    }
}
