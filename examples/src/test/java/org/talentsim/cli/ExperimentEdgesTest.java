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

/** Experiments at their edges, as a strategist met them (found by a reviewer): each gives its files and its page. */
class ExperimentEdgesTest {
    static final String RETENTION = "scenarios/retention.yaml";

    /** The page listed only the last varied path: each overwrote the one before. */
    @Test
    void aSweepsPageListsEveryVariedPath(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sweep");
        Cli r = Cli.run("sweep", RETENTION, "--vary", "labs[Keeper].retention.upTo=0.5,1", "--vary",
                "market.offersEmployed=0.5/year,1/year", "-r", "2", "--set", "months=3", "--metrics", "Keeper.retention",
                "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("<dd>labs[Keeper].retention.upTo = 0.5, 1; market.offersEmployed = 0.5/year, 1/year</dd>"),
                page.substring(page.indexOf("Varied")));
    }

    /**
     * A grid's charts are those that change most across its cells, which differ in every path:
     * they were said to change most with the first path, which moved none of them (a strategist's
     * review). A replication's charts are kinds of metric, each of every lab, whose values are in
     * summary.csv: "the table below has them all" sent a reader to a table without them.
     */
    @Test
    void theChartNotesSayWhatTheChartsAreChosenBy(@TempDir Path dir) throws Exception {
        Path grid = dir.resolve("grid");
        Cli g = Cli.run("sweep", RETENTION, "--vary", "labs[Keeper].retention.upTo=0.5,1", "--vary",
                "market.offersEmployed=0.5/year,1/year", "-r", "2", "--set", "months=3", "--out", grid.toString(), "-q");
        assertEquals(0, g.exit(), g.err());
        String page = Files.readString(grid.resolve("report.html"));
        assertTrue(page.contains("metrics that change most across the grid&#39;s cells"), "the grid's note");
        assertFalse(page.contains("change most with labs[Keeper]"), "not said of the first path");
        Path rep = dir.resolve("rep");
        Cli r = Cli.run("replicate", RETENTION, "-r", "2", "--set", "months=3", "--out", rep.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String spread = Files.readString(rep.resolve("report.html"));
        assertTrue(spread.contains("Charts for the first 12 kinds of metric, each of every lab; summary.csv has every metric&#39;s"
                + " mean and interval, the table below those it names."), "the replication's note");
        assertFalse(spread.contains("the table below has them all"), "not said where the table has not");
    }

    /** One arm: the table ("1 arm", as its page says: it said "1 cell"), the files and a page saying there is nothing to compare (a NullPointerException, exit 1, no page). */
    @Test
    void aComparisonOfOneArmGivesItsPage(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("one");
        // (from an experiment file: compare refuses an arm named baseline alone, nothing to compare)
        Path f = Files.writeString(dir.resolve("e.yaml"), "version: 1\nscenario: '" + Path.of(RETENTION).toAbsolutePath()
                + "'\nreplications: 2\nmetrics: [Keeper.retention]\narms:\n  baseline: ['labs[Keeper].retention=none', 'months=3']\n");
        Cli r = Cli.run("experiment", f.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("retention: 1 arm x 2 replications = 2 runs"), r.out());
        assertFalse(Files.exists(out.resolve("comparison.csv")), "nothing to compare");
        assertTrue(Files.readString(out.resolve("report.html")).contains("One arm only"));
        Cli again = Cli.run("report", out.toString());
        assertEquals(0, again.exit(), again.err());
    }

    /** {@code pairs} was left empty for an arm with fewer than two pairs (EXPERIMENTS.md: the replications with both values). */
    @Test
    void pairsAreCountedEvenBelowTwo(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r1");
        Cli r = Cli.run("compare", RETENTION, "--arm", "stars:labs[Keeper].retention=stars", "-r", "1", "--set", "months=3",
                "--metrics", "Keeper.retention", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
        List<String> header = List.of(rows.get(0).split(",", -1));
        String[] base = rows.get(1).split(",", -1);
        String[] stars = rows.get(2).split(",", -1);
        int n = header.indexOf("n");
        int pairs = header.indexOf("pairs");
        assertTrue(base[0].equals("baseline") && base[n].equals("1") && base[pairs].isEmpty(), "the baseline has no pairs: " + rows);
        assertTrue(stars[0].equals("stars") && stars[n].equals("1") && stars[pairs].equals("1")
                && stars[header.indexOf("difference")].isEmpty() && stars[header.indexOf("no_spread")].isEmpty(),
                "one pair, no difference: " + rows);
    }

    /** A 100-character arm name took the forest plot's whole width: it was drawn empty. */
    @Test
    void theForestPlotNamesLongArmsShort(@TempDir Path dir) throws Exception {
        String arm = "long-arm-name-".repeat(8).substring(0, 100);
        Path out = dir.resolve("long");
        Cli r = Cli.run("compare", RETENTION, "--arm", arm + ":labs[Keeper].retention=stars", "-r", "3", "--set", "months=6",
                "--metrics", "Keeper.retention,Keeper.hires", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String page = Files.readString(out.resolve("report.html"));
        int at = page.indexOf("id=\"fig-forest\"");
        assertTrue(at >= 0, "the forest plot is drawn");
        String svg = page.substring(at, page.indexOf("</svg>", at));
        assertFalse(svg.contains(arm), "the full name is not on the plot");
        assertTrue(svg.contains("long-arm-name-long-arm-n\u2026".substring(0, 23)), "its first 23 characters and an ellipsis");
        // the plot area is wide enough to draw the bars: the x axis's tick labels span over 200 of the
        // 640 px (where they fall depends on the data's range; drawn empty, they spanned none)
        Matcher m = Pattern.compile("<text x='([0-9.]+)'[^>]*>\u2212?[0-9.]+</text>").matcher(svg);
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        int ticks = 0;
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
            ticks++;
        }
        assertTrue(ticks >= 3 && hi - lo > 200, ticks + " ticks over " + (hi - lo) + " px");
        assertTrue(page.contains(arm), "the table keeps the whole name");
    }

    /** "A, B" names A and B: a space after the comma named an unknown metric ' B' (a strategist's review). */
    @Test
    void metricsListedWithSpacesAfterTheCommas(@TempDir Path dir) {
        Cli r = Cli.run("replicate", RETENTION, "-r", "2", "--months", "2", "--metrics", "Keeper.spend, Keeper.retention ,",
                "--out", dir.resolve("m").toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Keeper.spend") && r.out().contains("Keeper.retention"), r.out());
    }
}
