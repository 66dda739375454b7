package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An experiment's report lists the scenario's events and numbers them on its time charts, as a
 * run's report does (the fan and difference charts had none: a strategist's review); an arm
 * whose overrides change an event gets its own list, and its charts number by it.
 */
class ExperimentEventsTest {
    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aComparisonListsTheEventsAndAnArmsOwn(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c");
        Cli r = Cli.run("compare", "scenarios/meta-2025.yaml", "--months", "8", "-r", "2", "--arm",
                "calm:events[llama-4-disappoints].factor=1", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        // an arm that turns an event off is not told to "give factor or delta" (a strategist's review)
        assertTrue(r.err().contains("note: arm calm: the capabilityJump event 'llama-4-disappoints' of 2025-04 (tick 4) does nothing"
                + " there (factor 1, delta 0): the arm's overrides turn it off"), r.err());
        assertTrue(!r.err().contains("give factor or delta"), r.err());
        String html = Files.readString(out.resolve("report.html"));
        int paths = html.indexOf("<h2 id=\"paths\">");
        assertTrue(paths > 0, "the headcount paths' section");
        String section = html.substring(paths);
        assertTrue(section.contains("The scenario&#39;s events, numbered as on the time axes"), section.substring(0, 400));
        assertTrue(section.contains("<li>2. 2025-04  llama-4-disappoints: Meta capability \u00d70.9</li>"), "the file's event");
        // the arm's list holds only what differs, numbered after the file's (the same event keeps its number)
        assertTrue(section.contains("Arm calm changes the events: it does not have event 2; it has instead the events below."),
                "what the arm changes is said");
        assertTrue(section.contains("<li>10. 2025-04  llama-4-disappoints: Meta capability unchanged</li>"), "the arm's event");
        assertEquals(2, count(section, "<ul class=\"events numbered\">"), "two lists: the file's and the arm's");
        assertEquals(1, count(section, "<li>10. "), "the arm's list: only its changed event");
        assertTrue(!section.contains("2025-10  "), "only the events within the 8 months are listed");
        // the arm changes an event of Meta's: Meta's metrics are the ones shown (every lab's headcount
        // and poaching were, and not Meta's capability: a strategist's review)
        assertTrue(r.out().contains("all metrics of Meta, which the experiment's changes name"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("Meta.capability_end")), r.out());
        assertTrue(html.contains("(the market&#39;s, and all metrics of Meta, which the experiment&#39;s changes name)"),
                "the report shows them too");
    }

    @Test
    void replicationsListTheEventsAndAFolderWithoutTheCopySaysSo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r");
        Cli r = Cli.run("replicate", "scenarios/meta-2025.yaml", "--months", "12", "-r", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<li>1. 2025-01  r1-release: DeepSeek capability \u00d71.18</li>"), "the events listed");
        assertEquals(1, count(html, "<ul class=\"events numbered\">"));
        // the fans' SVG numbers the events' months in its top panel ("1" for January, "3–6" for June)
        String fan = html.substring(html.indexOf("id=\"fig-fan-"));
        fan = fan.substring(0, fan.indexOf("</svg>"));
        assertTrue(fan.contains(">3-6</text>"), "June's four events numbered on the fan chart");

        // AMI Labs starts empty: its retention is undefined in every run, and its missing box is said
        assertTrue(html.contains("No box for AMI Labs: undefined in every run (docs/METRICS.md)."), "the retention boxes say it");
        assertTrue(html.contains("data-title=\"retention over 2 runs\" data-x-axis=\"lab\""), "no market box, no market in the axis's name");
        assertTrue(html.contains("data-title=\"mean_salary_end over 2 runs\" data-x-axis=\"lab (or the market)\""), "a market box: named");

        Files.delete(out.resolve("scenario-copy.yaml"));
        Cli again = Cli.run("report", out.toString());
        assertEquals(0, again.exit(), again.err());
        String redrawn = Files.readString(out.resolve("report.html"));
        assertTrue(redrawn.contains("The scenario&#39;s copy (scenario-copy.yaml) is not in the folder: its events are not marked."),
                "said why there are no marks");
        assertEquals(0, count(redrawn, "<ul class=\"events numbered\">"));
    }

    /** {@code --png} writes the key to the numbers (events.txt), the arm's own events after the file's. */
    @Test
    void theChartFilesComeWithTheirKey(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("k");
        Cli r = Cli.run("compare", "scenarios/meta-2025.yaml", "--months", "8", "-r", "2", "--arm",
                "calm:events[llama-4-disappoints].factor=1", "--out", out.toString(), "-q", "--png");
        assertEquals(0, r.exit(), r.err());
        String key = Files.readString(out.resolve("charts").resolve("events.txt"));
        assertTrue(key.contains("2. 2025-04  llama-4-disappoints: Meta capability \u00d70.9\n"), key);
        assertTrue(key.contains("Arm calm's own:\n10. 2025-04  llama-4-disappoints: Meta capability unchanged\n"), key);
        assertTrue(r.out().contains("events.txt says what the event numbers on them stand for"), r.out());
        // a second arm with the same changed event is keyed too, with the same number (it was left out: a docs review)
        Path two = dir.resolve("k2");
        Cli r2 = Cli.run("compare", "scenarios/meta-2025.yaml", "--months", "8", "-r", "2", "--arm",
                "calm:events[llama-4-disappoints].factor=1", "--arm", "calm2:events[llama-4-disappoints].factor=1,labs[Meta].retention=none",
                "--out", two.toString(), "-q", "--png");
        assertEquals(0, r2.exit(), r2.err());
        String key2 = Files.readString(two.resolve("charts").resolve("events.txt"));
        assertTrue(key2.contains("Arm calm's own:\n10. 2025-04  llama-4-disappoints: Meta capability unchanged\n")
                && key2.contains("Arm calm2's own:\n10. 2025-04  llama-4-disappoints: Meta capability unchanged\n"), key2);
    }

    /** A sweep whose cells vary an event ran different events: it marks none and says why. */
    @Test
    void aSweepOfAnEventMarksNone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s");
        Cli r = Cli.run("sweep", "scenarios/meta-2025.yaml", "--months", "6", "-r", "2", "--vary",
                "events[llama-4-disappoints].factor=0.8,1", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("The cells vary an event (events[llama-4-disappoints].factor), so their events differ: the charts"
                + " mark none."), "said");
        assertEquals(0, count(html, "<ul class=\"events numbered\">"));
    }
}
