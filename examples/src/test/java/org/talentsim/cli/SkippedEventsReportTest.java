package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that skipped a part of an event (a dismissal of someone who had already left) says so in
 * its results and its report, and an experiment's report says in how many runs of each arm it
 * happened: the counts were only on stderr, and the report of 20 runs of which 3 did not dismiss
 * Yuandong Tian read as if every run had (found by a strategist's review).
 */
class SkippedEventsReportTest {
    /** The raid takes both stars in 2025-02; the dismissal and the job fair of 2025-03 find them gone. */
    static final String RAIDED = "version: 1\nname: skipped\nstart: 2025-01\nmonths: 5\nseed: 3\n"
            + "market: {offersEmployed: 0/year, separation: 0/year}\n"
            + "labs:\n"
            + "  - name: Alpha\n    teams:\n      - {name: Research, focus: research, headcount: 20}\n"
            + "  - name: Upstart\n    teams:\n      - name: Core\n        focus: research\n        headcount: 5\n"
            + "        stars:\n          - {name: Ada <b>Star</b> & Co, skill: 6, salary: 5M, visibility: 1.0}\n"
            + "          - {name: Bo Lead, skill: 5, salary: 3M, visibility: 0.8}\n"
            + "pool: {size: 30}\n"
            + "events:\n"
            + "  - {date: 2025-02, type: raid, lab: Alpha, team: Research, fromLab: Upstart, count: 2, by: visibility}\n"
            + "  - {date: 2025-03, type: dismissal, lab: Upstart, researchers: 'Ada <b>Star</b> & Co'}\n"
            + "  - {date: 2025-03, type: jobFair, researcher: Bo Lead}\n";

    /** No raid; the market's own offers take the star before her dismissal in some runs only. */
    static final String SOMETIMES = RAIDED.replace("offersEmployed: 0/year", "offersEmployed: 6/year")
            .replace("  - {date: 2025-02, type: raid", "#  - {date: 2025-02, type: raid")
            .replace("  - {date: 2025-03, type: jobFair, researcher: Bo Lead}\n", "")
            .replace("{date: 2025-03, type: dismissal", "{date: 2025-04, type: dismissal");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRunListsWhatItSkippedInItsSummaryAndReport(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("raided.yaml");
        Files.writeString(file, RAIDED);
        Cli c = Cli.run("run", file.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(0, c.exit(), c.err());
        JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
        List<String> skipped = new ArrayList<>();
        summary.path("events_skipped").forEach(n -> skipped.add(n.path("date").asText() + " #" + n.path("event").asInt() + ": "
                + n.path("text").asText()));
        // each with its month and its event's number by date (the raid 1, the dismissal 2, the job fair 3)
        assertEquals(List.of("2025-03 #3: job fair for Bo Lead skipped: Bo Lead is EMPLOYED, not between jobs",
                "2025-03 #2: dismissal of 'Ada <b>Star</b> & Co' by 'Upstart' skipped: employed by 'Alpha' now"), skipped);
        String html = Files.readString(dir.resolve("out/report.html"));
        int box = html.indexOf("<div class=\"warn\" id=\"skipped\">");
        assertTrue(box > html.indexOf("<h2 id=\"events\">") && box < html.indexOf("<h2 id=\"labs\">"), "under the events");
        String text = html.substring(box, html.indexOf("</div>", box));
        assertTrue(text.contains("2 parts of the events above were skipped in this run"), text);
        assertTrue(text.contains("<li>2025-03, event 2: dismissal of &#39;Ada &lt;b&gt;Star&lt;/b&gt; &amp; Co&#39; by"
                + " &#39;Upstart&#39; skipped: employed by &#39;Alpha&#39; now</li>"), text);
        // and the numbered list marks events 2 and 3, not the raid (a student's review)
        String list = html.substring(html.indexOf("<ol class=\"events\">"), html.indexOf("</ol>", html.indexOf("<ol class=\"events\">")));
        List<String> items = List.of(list.split("<li>")).subList(1, 4);
        assertFalse(items.get(0).contains("not played as written"), items.get(0));
        assertTrue(items.get(1).contains("(not played as written in this run: below)") && items.get(2).contains("(not played as written"), list);
        assertFalse(html.contains("<b>Star</b>"), "a name is text, not markup");
        // and the charts' time axes star them too, and the list says what a star means (the lines
        // read as played: a review)
        assertTrue(html.contains(">2*, 3*</text>") && !html.contains(">1*</text>") && html.contains(">1</text>"), "the marks");
        assertTrue(html.contains("a star (12*) marks an event not played as written in this run"), "the legend of the star");
        // report DIR draws it again from the folder alike
        String first = html;
        Files.delete(dir.resolve("out/report.html"));
        assertEquals(0, Cli.run("report", dir.resolve("out").toString()).exit());
        String again = Files.readString(dir.resolve("out/report.html"));
        assertEquals(first.substring(box, first.indexOf("</div>", box)), again.substring(again.indexOf("<div class=\"warn\" id=\"skipped\">"),
                again.indexOf("</div>", again.indexOf("<div class=\"warn\" id=\"skipped\">"))));
    }

    @Test
    void aRunThatPlayedEveryEventSaysNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("played.yaml");
        Files.writeString(file, RAIDED.replace("  - {date: 2025-02, type: raid", "#  - {date: 2025-02, type: raid")
                .replace("  - {date: 2025-03, type: jobFair, researcher: Bo Lead}\n", ""));
        Cli c = Cli.run("run", file.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(0, c.exit(), c.err());
        JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
        assertTrue(summary.path("events_skipped").isArray() && summary.path("events_skipped").isEmpty(), summary.toString());
        assertFalse(Files.readString(dir.resolve("out/report.html")).contains("id=\"skipped\""));
        assertFalse(Files.readString(dir.resolve("out/report.html")).contains("written before talentsim recorded"));
        assertFalse(Files.readString(dir.resolve("out/report.html")).contains("a star (12*)"));
        assertFalse(Files.readString(dir.resolve("out/report.html")).contains("*</text>"), "no mark starred");
        // a folder written before the field: not "nothing skipped", but not known (a student's review)
        Path json = dir.resolve("out/summary.json");
        Files.writeString(json, Files.readString(json).replaceFirst(",\\s*\"events_skipped\" : \\[ \\]", ""));
        assertFalse(Files.readString(json).contains("events_skipped"));
        assertEquals(0, Cli.run("report", dir.resolve("out").toString()).exit());
        assertTrue(Files.readString(dir.resolve("out/report.html")).contains("This folder was written before talentsim recorded the"
                + " parts of events a run skipped (summary.json has no events_skipped)"));
    }

    /**
     * Over 16 replications some runs skip the dismissal and some do not: the report counts those
     * that did, by arm, as runs.csv's column does; the tables leave the column out.
     */
    @Test
    void anExperimentsReportCountsTheRunsThatSkippedByArm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sometimes.yaml");
        Files.writeString(file, SOMETIMES);
        Path out = dir.resolve("cmp");
        Cli c = Cli.run("compare", file.toString(), "--arm", "early:events[0].date=2025-01", "-r", "16", "--out",
                out.toString(), "--threads", "2");
        assertEquals(0, c.exit(), c.err());
        assertFalse(c.out().contains("market.events_skipped"), "not an outcome: left out of the table\n" + c.out());
        List<String> lines = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        int col = header.indexOf("market.events_skipped");
        int cell = header.indexOf("cell");
        int rep = header.indexOf("replication");
        Map<String, int[]> byArm = new TreeMap<>();
        Map<String, List<String>> reps = new TreeMap<>();
        int with = 0;
        for (String l : lines.subList(1, lines.size())) {
            String[] r = l.split(",", -1);
            int[] n = byArm.computeIfAbsent(r[cell], k -> new int[2]);
            n[1]++;
            if (Double.parseDouble(r[col]) > 0) {
                n[0]++;
                with++;
                reps.computeIfAbsent(r[cell], k -> new ArrayList<>()).add(r[rep]);
            }
        }
        // (even in the first month a raid's offer may take her before the layoffs' phase)
        assertTrue(byArm.get("early")[0] < byArm.get("baseline")[0], "dismissed in the first month, she is there more often");
        assertTrue(byArm.get("baseline")[0] > 0 && byArm.get("baseline")[0] < 16, "some runs, not all: " + byArm.get("baseline")[0]);
        String html = Files.readString(out.resolve("report.html"));
        int box = html.indexOf("<div class=\"warn\" id=\"skipped\">");
        assertTrue(box > 0 && box < html.indexOf("<h2"), "near the top");
        String text = html.substring(box, html.indexOf("</div>", box));
        assertTrue(text.contains("In " + with + " of the 32 runs, parts of the scenario&#39;s events were skipped"), text);
        // each arm's runs that skipped, by replication (runs.csv is in run order: replications ascending per arm)
        String baseReps = String.join(", ", reps.get("baseline"));
        assertTrue(text.contains("By arm: baseline " + byArm.get("baseline")[0] + " of 16 (replication"
                + (byArm.get("baseline")[0] == 1 ? " " : "s ") + baseReps + "); early " + byArm.get("early")[0] + " of 16"), text);
        // and the command's last line says the same total, by arm
        assertTrue(c.err().contains("talentsim: " + with + " of the 32 runs skipped parts of the scenario's events (baseline "
                + byArm.get("baseline")[0] + " of 16; early " + byArm.get("early")[0] + " of 16;"), c.err());
        // chosen with --metrics, the count is in the table like any metric
        Cli chosen = Cli.run("replicate", file.toString(), "-r", "4", "--metrics", "market.events_skipped", "--out",
                dir.resolve("chosen").toString(), "--no-report");
        assertEquals(0, chosen.exit(), chosen.err());
        assertTrue(chosen.out().contains("market.events_skipped"), chosen.out());
        // in a comparison it is not tested, and the footer says why its p is '-' (it said "the same in every replication")
        Cli compared = Cli.run("compare", file.toString(), "--arm", "early:events[0].date=2025-01", "-r", "16", "--metrics",
                "market.events_skipped", "--out", dir.resolve("compared").toString());
        assertEquals(0, compared.exit(), compared.err());
        assertTrue(compared.out().contains("Nothing to test: market.events_skipped is a check of the runs, not tested ('-'; its"
                + " unadjusted p is in comparison.csv)"), compared.out());
        assertFalse(compared.out().contains("Every metric is the same"), compared.out());
        assertTrue(Files.readString(dir.resolve("compared/report.html")).contains("Nothing to test: market.events_skipped is a check"
                + " of the runs, not tested"));
        assertFalse(html.contains("<td>market.events_skipped"), "not in the tables");
        // a folder written before the count: said, not taken for "none"
        List<String> older = new ArrayList<>();
        for (String l : lines) {
            List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(col);
            older.add(String.join(",", cells));
        }
        Files.write(out.resolve("runs.csv"), older);
        assertEquals(0, Cli.run("report", out.toString()).exit());
        String redrawn = Files.readString(out.resolve("report.html"));
        assertFalse(redrawn.contains("id=\"skipped\""));
        assertTrue(redrawn.contains("runs.csv has no market.events_skipped"), "said");
    }
}
