package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's table and the report show the same metrics (docs/EXPERIMENTS.md): every one
 * when there are 30 or fewer. The table showed only the named labs' and the market's when an arm
 * named a lab (or past 20 metrics) while the report showed all of them.
 */
class ShownMetricsTest {
    private static final List<String> METRICS = List.of("Meta.quits", "Meta.hires", "Meta.headcount_end", "OpenAI.quits",
            "OpenAI.hires", "OpenAI.headcount_end", "market.unemployment_end");

    /** One lab, its default metrics (23 of the lab's, 4 of the market's): 27, all shown in both. */
    @Test
    void aFewDefaultMetricsAreAllShownInBoth(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.yaml");
        Files.writeString(one, String.join("\n", "version: 1", "name: one", "start: 2025-01", "months: 6", "seed: 3",
                "labs:", "  - name: Solo", "    budget: 100M", "    retention: match", "    teams:", "      - name: Core",
                "        focus: research", "        headcount: 60", "pool:", "  size: 40", ""));
        for (String[] args : List.of(new String[] {"replicate", one.toString(), "-r", "2"},
                new String[] {"compare", one.toString(), "--arm", "none:labs[Solo].retention=none", "-r", "2"})) {
            Path out = dir.resolve(args[0]);
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.addAll(List.of("--out", out.toString(), "-q"));
            Cli r = Cli.run(all.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertFalse(r.out().contains("Shown:"), r.out());
            String html = Files.readString(out.resolve("report.html"));
            String header = Files.readAllLines(out.resolve("runs.csv")).get(0);
            List<String> metrics = List.of(header.substring(header.indexOf(",Solo.") + 1).split(","));
            assertTrue(metrics.size() > 20 && metrics.size() <= 30, metrics.toString());
            for (String m : metrics) {
                assertTrue(r.out().contains(m), m + " in the table of " + args[0] + ":\n" + r.out());
                assertTrue(html.contains("<td>" + m + "</td>"), m + " in the report of " + args[0]);
            }
        }
    }

    /**
     * Labs named by the overrides of every run (--set) or with a space before them count as
     * named in both (the table left them out, the report did not), and the default folder of an
     * experiment fits in a file name however long the scenario file's name.
     */
    @Test
    void labsNamedAnyWayCountInBoth(@TempDir Path dir) throws Exception {
        for (String[] args : List.of(new String[] {"replicate", CliTest.TINY.toString(), "-r", "2", "--set", "labs[Meta].prestige=0.5"},
                new String[] {"compare", CliTest.TINY.toString(), "-r", "2", "--arm", "x: labs[Meta].retention=none"})) {
            Path out = dir.resolve(args[0]);
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.addAll(List.of("--out", out.toString(), "-q"));
            Cli r = Cli.run(all.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("Meta.quits") && !r.out().contains("OpenAI.quits"), r.out());
            String html = Files.readString(out.resolve("report.html"));
            assertTrue(html.contains("<td>Meta.quits</td>") && !html.contains("<td>OpenAI.quits</td>"), args[0]);
        }
        String longName = "s".repeat(250) + ".yaml";
        String folder = RunCommand.defaultFolder(longName, "-replicate");
        assertEquals(255, folder.length());
        assertTrue(folder.endsWith("-replicate"), folder);
        assertEquals("tiny", RunCommand.defaultFolder("x/tiny.yaml"));
    }

    @Test
    void tableAndReportShowTheSameMetrics(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        Cli r = Cli.run("compare", CliTest.TINY.toString(), "--arm", "none:labs[Meta].retention=none", "-r", "2", "--out",
                out.toString(), "-q", "--metrics", String.join(",", METRICS));
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("Shown:"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        for (String m : METRICS) {
            assertTrue(r.out().contains(m), m + " in the table:\n" + r.out());
            assertTrue(html.contains("<td>" + m + "</td>"), m + " in the report");
        }

        // more than 30 (every default metric of two labs): the named lab's and the market's, in both
        Path all = dir.resolve("all");
        r = Cli.run("compare", CliTest.TINY.toString(), "--arm", "none:labs[Meta].retention=none", "-r", "2", "--out",
                all.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Shown: ") && r.out().contains("those of the labs the overrides name"), r.out());
        assertFalse(r.out().contains("OpenAI."), r.out());
        html = Files.readString(all.resolve("report.html"));
        Matcher m = Pattern.compile("<td>((?:Meta|OpenAI|market)\\.[a-z_]+)</td>").matcher(html);
        java.util.Set<String> inReport = new java.util.TreeSet<>();
        while (m.find()) {
            inReport.add(m.group(1));
        }
        java.util.Set<String> inTable = new java.util.TreeSet<>();
        Matcher t = Pattern.compile("\\b((?:Meta|OpenAI|market)\\.[a-z_]+)\\b").matcher(r.out());
        while (t.find()) {
            inTable.add(t.group(1));
        }
        assertEquals(inTable, inReport);
    }

    /** A replication's page says its tables show a few metrics and its spread charts every lab's main ones (it said only "Shown: 4 of 73" above charts of every lab: found by a reviewer). */
    @Test
    void aReplicationsPageSaysWhatItsTablesAndChartsShow(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rep");
        Cli r = Cli.run("replicate", CliTest.TINY.toString(), "-r", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("The tables show ") && html.contains("; the spread charts draw the main ones of every lab."), html);
        assertTrue(html.contains("id=\"fig-spread-headcount-end\""), "every lab's headcount spread");
    }
}
