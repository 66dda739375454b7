package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long name (an arm of 300 letters) gave --png file names longer than a file system takes: the
 * comparison wrote its results, then stopped with "File name too long" and exit 1, half its
 * charts written. Chart ids keep at most 64 characters of a name, told apart by a hash of the whole.
 */
class LongNamesTest {
    @Test
    void aLongArmNameGivesChartFilesAFileSystemTakes(@TempDir Path dir) throws Exception {
        String arm = "a".repeat(300);
        Path out = dir.resolve("long");
        Cli r = Cli.run("compare", ExperimentCliTest.RETENTION, "--arm", arm + ":labs[Keeper].retention=none", "-r", "2",
                "--months", "3", "--png", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> charts;
        try (Stream<Path> s = Files.list(out.resolve("charts"))) {
            charts = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(charts.stream().anyMatch(n -> n.startsWith("difference-aaaa") && n.endsWith(".png")), charts.toString());
        assertTrue(charts.stream().allMatch(n -> n.length() <= 120), charts.toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains(arm), "the page names the arm in full");
    }

    @Test
    void longNamesThatShareTheirStartStayApart() {
        String a = "x".repeat(100) + "1";
        String b = "x".repeat(100) + "2";
        assertNotEquals(org.talentsim.report.IdsAccess.of(a), org.talentsim.report.IdsAccess.of(b));
        assertTrue(org.talentsim.report.IdsAccess.of(a).length() <= 64 + 6, org.talentsim.report.IdsAccess.of(a));
        assertEquals("meta", org.talentsim.report.IdsAccess.of("Meta"), "a short name as before");
    }
}
