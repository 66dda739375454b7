package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.experiment.Estimate;

/**
 * A comparison's headcount effect over time: each lab's headcount in an arm less the baseline's
 * in the run of the same replication, with its 95% CI (the arms' fan charts, on an axis of
 * thousands, could not show an effect of tens: found by a reviewer).
 */
class DifferencePathsTest {
    @Test
    void theDifferenceIsPairedByReplicationWithItsInterval(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("experiment.yaml"), "arms:\n  baseline: []\n  cut: ['x=1']\n");
        // one metric of each cell, so that the files agree (report DIR checks they do)
        Files.writeString(dir.resolve("summary.csv"), "cell,metric,mean,sd,ci_low,ci_high,n\nbaseline,m,1,0,1,1,2\ncut,m,1,0,1,1,2\n");
        Files.writeString(dir.resolve("runs.csv"), "run,cell,replication,seed\n");
        Files.writeString(dir.resolve("comparison.csv"), "arm,metric,mean,ci_low,ci_high,difference,diff_ci_low,diff_ci_high,p,p_holm,share_higher,share_lower,n,pairs\n"
                + "baseline,m,1,1,1,,,,,,,,2,\ncut,m,1,1,1,0,0,0,,,0,0,2,2\n");
        // runs in another order than by replication: the pairs are by replication, not by row
        Files.writeString(dir.resolve("paths.csv"), "run,cell,replication,seed,A.headcount@2025-01,A.headcount@2025-02,"
                + "B.headcount@2025-01,B.headcount@2025-02\n"
                + "0,baseline,0,11,100,110,50,50\n"
                + "1,baseline,1,12,100,120,50,50\n"
                + "2,baseline,2,13,100,130,50,50\n"
                + "5,cut,2,13,100,120,50,50\n"
                + "3,cut,0,11,100,101,50,50\n"
                + "4,cut,1,12,100,115,50,50\n");
        ExperimentData d = ExperimentData.read(dir);
        ExperimentData.Fan f = d.difference("cut", "baseline");
        assertEquals(3, f.runs(), "three pairs");
        assertEquals(List.of("2025-01", "2025-02"), f.periods());
        assertFalse(f.quantiles().containsKey("B"), "a lab the arm never moves is not drawn");
        double[][] a = f.quantiles().get("A");
        assertEquals(0, a[2][0], 0, "the same in the first month");
        Estimate e = Estimate.of(new double[] {101 - 110, 115 - 120, 120 - 130});
        assertEquals(e.mean(), a[2][1], 1e-12);
        assertEquals(e.ciLow(), a[0][1], 1e-12);
        assertEquals(e.ciLow(), a[1][1], 1e-12);
        assertEquals(e.ciHigh(), a[3][1], 1e-12);
        assertEquals(e.ciHigh(), a[4][1], 1e-12);
        assertTrue(e.ciHigh() < 0, "a band clear of zero here");
    }

    /**
     * A lab not yet founded has an empty cell in paths.csv (it was 0: a fan chart showed a lab of
     * nobody before it existed, found by a data analyst's review): the quantiles and the
     * differences are over the runs where it exists, and undefined where it exists in none.
     */
    @Test
    void aLabNotYetFoundedIsLeftOutOfTheQuantilesAndTheDifferences(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("experiment.yaml"), "arms:\n  baseline: []\n  cut: ['x=1']\n");
        // one metric of each cell, so that the files agree (report DIR checks they do)
        Files.writeString(dir.resolve("summary.csv"), "cell,metric,mean,sd,ci_low,ci_high,n\nbaseline,m,1,0,1,1,2\ncut,m,1,0,1,1,2\n");
        Files.writeString(dir.resolve("runs.csv"), "run,cell,replication,seed\n");
        Files.writeString(dir.resolve("comparison.csv"), "arm,metric,mean,ci_low,ci_high,difference,diff_ci_low,diff_ci_high,p,p_holm,share_higher,share_lower,n,pairs\n"
                + "baseline,m,1,1,1,,,,,,,,2,\ncut,m,1,1,1,0,0,0,,,0,0,2,2\n");
        Files.writeString(dir.resolve("paths.csv"), "run,cell,replication,seed,N.headcount@2025-01,N.headcount@2025-02,"
                + "N.headcount@2025-03\n"
                + "0,baseline,0,11,,4,8\n"
                + "1,baseline,1,12,,,6\n"
                + "2,cut,0,11,,2,9\n"
                + "3,cut,1,12,,,3\n");
        ExperimentData d = ExperimentData.read(dir);
        double[][] fan = d.fan("baseline").quantiles().get("N");
        assertTrue(Double.isNaN(fan[2][0]), "founded in no run yet");
        assertEquals(4, fan[2][1], 0, "the one run where it exists");
        assertEquals(7, fan[2][2], 1e-12, "the median of 8 and 6");
        double[][] diff = d.difference("cut", "baseline").quantiles().get("N");
        assertTrue(Double.isNaN(diff[2][0]));
        assertEquals(-2, diff[2][1], 0, "one pair");
        assertEquals((1 - 3) / 2.0, diff[2][2], 1e-12, "two pairs: 9 - 8 and 3 - 6");
        // and the chart draws only the periods where it exists
        org.jfree.chart.JFreeChart c = ExperimentCharts.fan("t", "month", "researchers", new double[] {1, 2, 3},
                d.fan("baseline").quantiles());
        assertEquals(2, c.getXYPlot().getDataset().getItemCount(0));
        // a lab founded in no run is neither drawn nor named in the legend; the others keep their colours
        double[][] none = new double[5][3];
        for (double[] row : none) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        java.util.Map<String, double[][]> q = new java.util.LinkedHashMap<>();
        q.put("Never", none);
        q.put("N", d.fan("baseline").quantiles().get("N"));
        org.jfree.chart.JFreeChart two = ExperimentCharts.fan("t", "month", "researchers", new double[] {1, 2, 3}, q);
        assertEquals(1, two.getXYPlot().getDataset().getSeriesCount());
        assertEquals("N", two.getXYPlot().getDataset().getSeriesKey(0));
        assertEquals(Charts.PALETTE[1], two.getXYPlot().getRenderer().getSeriesPaint(0), "N's colour as the second lab");
    }

    /**
     * Every lab moves a little by chance: the eight overlapping bands of meta-retention's arms all
     * crossed zero and were a tangle (found by a student's review). Only the labs whose band is
     * clear of zero in a quarter of the months or more are drawn, each in its place's colour.
     */
    @Test
    void onlyTheLabsClearOfZeroInAQuarterOfTheMonthsAreDrawn() {
        double[][] clear = {{-5, -6, -7, -8}, {-5, -6, -7, -8}, {-3, -4, -5, -6}, {-1, -2, -3, -4}, {-1, -2, -3, -4}};
        double[][] noise = {{-3, -2, -3, 0.5}, {-3, -2, -3, 0.5}, {0, 1, 0, 2}, {3, 4, 3, 4}, {3, 4, 3, 4}};
        assertEquals(1.0, ExperimentReport.clearOfZero(clear), 0);
        assertEquals(0.25, ExperimentReport.clearOfZero(noise), 0);
        double[][] never = {{-3, -2, -3, -1}, {-3, -2, -3, -1}, {0, 1, 0, 1}, {3, 4, 3, 4}, {3, 4, 3, 4}};
        assertEquals(0.0, ExperimentReport.clearOfZero(never), 0);
        // a lab whose band is clear of zero at the end is drawn too: an effect that builds up late
        // (4 of 24 months) was left out as "within chance" beside an end headcount beyond chance
        assertTrue(ExperimentReport.clearAtEnd(noise), "clear in its last month");
        assertTrue(!ExperimentReport.clearAtEnd(never) && ExperimentReport.clearAtEnd(clear));
        double[][] endsEarly = {{0.5, -1, Double.NaN}, {0.5, -1, Double.NaN}, {1, 1, Double.NaN}, {2, 3, Double.NaN}, {2, 3, Double.NaN}};
        assertTrue(!ExperimentReport.clearAtEnd(endsEarly), "the last month with a value counts");
        java.util.Map<String, double[][]> q = new java.util.LinkedHashMap<>();
        q.put("Meta", clear);
        q.put("OpenAI", null);   // left out: keeps its place
        q.put("AMI Labs", noise);
        org.jfree.chart.JFreeChart c = ExperimentCharts.fan("t", "month", "researchers", new double[] {1, 2, 3, 4}, q);
        org.jfree.chart.plot.XYPlot p = c.getXYPlot();
        assertEquals(2, p.getDataset().getSeriesCount());
        assertEquals("AMI Labs", p.getDataset().getSeriesKey(1));
        assertEquals(Charts.PALETTE[2], p.getRenderer().getSeriesPaint(1), "the colour of its place, third");
    }

    /**
     * The headcount fans are one panel per lab over a shared time axis, each with an axis of its
     * own that need not include 0: on one axis a lab of 16 beside one of 4,800 was flat and every
     * band too thin to see (found by a review of the replicate report). At most the 12 largest
     * labs by their median headcount at the end; a lab founded in no run is left out; each keeps
     * its place's colour.
     */
    @Test
    void theHeadcountFansAreOnePanelPerLabOnItsOwnScale() {
        java.util.Map<String, double[][]> q = new java.util.LinkedHashMap<>();
        q.put("Big", new double[][] {{4780, 4770}, {4790, 4785}, {4800, 4795}, {4805, 4800}, {4810, 4812}});
        double[][] none = new double[5][2];
        for (double[] row : none) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        q.put("Never", none);
        q.put("Small", new double[][] {{Double.NaN, 3}, {Double.NaN, 5}, {Double.NaN, 8}, {Double.NaN, 10}, {Double.NaN, 14}});
        for (int k = 0; k < 14; k++) {
            double v = 100 + k;
            q.put("L" + k, new double[][] {{v - 2, v - 2}, {v - 1, v - 1}, {v, v}, {v + 1, v + 1}, {v + 2, v + 2}});
        }
        java.util.Map<String, double[][]> largest = ExperimentReport.largestLabs(q);
        assertEquals(q.keySet(), largest.keySet(), "every lab keeps its place");
        assertEquals(12, largest.values().stream().filter(java.util.Objects::nonNull).count());
        assertTrue(largest.get("Big") != null && largest.get("Small") == null && largest.get("L2") == null && largest.get("L3") != null
                && largest.get("L13") != null, "the largest at the end: Big and L3..L13");
        org.jfree.chart.JFreeChart c = ExperimentCharts.fanPanels("t", "month", "researchers", new double[] {1, 2}, q);
        org.jfree.chart.plot.CombinedDomainXYPlot p = (org.jfree.chart.plot.CombinedDomainXYPlot) c.getPlot();
        java.util.List<org.jfree.chart.plot.XYPlot> panels = p.getSubplots();
        assertEquals(16, panels.size(), "a panel for each lab that exists in some run");
        org.jfree.chart.plot.XYPlot big = panels.get(0);
        assertEquals("Big", big.getRangeAxis().getLabel());
        assertTrue(big.getRangeAxis().getLowerBound() > 4000, "its own scale, not from 0: " + big.getRangeAxis().getRange());
        assertEquals(Charts.PALETTE[0], big.getRenderer().getSeriesPaint(0));
        org.jfree.chart.plot.XYPlot small = panels.get(1);
        assertEquals("Small", small.getRangeAxis().getLabel());
        assertTrue(small.getRangeAxis().getUpperBound() < 20, "the small lab's band fills its panel: " + small.getRangeAxis().getRange());
        assertEquals(1, small.getDataset().getItemCount(0), "only the periods where it exists");
        assertEquals(Charts.PALETTE[2], small.getRenderer().getSeriesPaint(0), "the colour of its place, third");
        assertTrue(c.getSubtitles().stream().anyMatch(t -> t instanceof org.jfree.chart.title.TextTitle tt && tt.getText().equals("researchers")),
                "the y label as the subtitle");
        // in a comparison, a lab's panels share its axis across the arms (each fitted its own, and a
        // median of 14 and one of 17 stood at the same height: a strategist's review)
        org.jfree.chart.JFreeChart shared = ExperimentCharts.fanPanels("t", "month", "researchers", new double[] {1, 2}, q,
                java.util.Map.of("Small", new double[] {0, 40}));
        org.jfree.chart.axis.ValueAxis axis = ((org.jfree.chart.plot.CombinedDomainXYPlot) shared.getPlot()).getSubplots().get(1).getRangeAxis();
        assertEquals(-2, axis.getLowerBound(), 1e-9, "the shared range, padded");
        assertEquals(42, axis.getUpperBound(), 1e-9);
    }

    /**
     * The experiments' time charts lacked the scenario's events (a strategist's review): the
     * fans' panels carry a dashed line per event month in every panel and its number in the top
     * one only, which gets room above its data (its shared range kept below it); the difference
     * chart numbers them too. Without marks, no marker at all.
     */
    @Test
    void theFansAndDifferencesMarkTheEvents() {
        java.util.Map<String, double[][]> q = new java.util.LinkedHashMap<>();
        q.put("Big", new double[][] {{90, 80, 70}, {95, 85, 75}, {100, 90, 80}, {105, 95, 85}, {110, 100, 90}});
        q.put("Small", new double[][] {{3, 4, 5}, {4, 5, 6}, {5, 6, 7}, {6, 7, 8}, {7, 8, 9}});
        double[] x = {1, 2, 3};
        java.util.List<Charts.Mark> marks = java.util.List.of(new Charts.Mark(1, "1"), new Charts.Mark(2, "2\u20133"));
        org.jfree.chart.JFreeChart c = ExperimentCharts.fanPanels("t", "month", "researchers", x, q,
                java.util.Map.of("Big", new double[] {70, 110}), marks);
        java.util.List<org.jfree.chart.plot.XYPlot> panels = ((org.jfree.chart.plot.CombinedDomainXYPlot) c.getPlot()).getSubplots();
        org.jfree.chart.plot.XYPlot top = panels.get(0);
        org.jfree.chart.plot.XYPlot below = panels.get(1);
        assertEquals(2, top.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size(), "a line per mark");
        // drawn with a hyphen (Charts.markLabel: the SVG stays Latin-1)
        assertEquals(java.util.List.of("1", "2-3"), labels(top.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)));
        assertEquals(2, below.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size(), "the lines through every panel");
        assertTrue(below.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND) == null
                || below.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).isEmpty(), "numbered in the top panel only");
        org.jfree.chart.axis.ValueAxis y = top.getRangeAxis();
        assertEquals(68, y.getLowerBound(), 1e-9, "the shared range's bottom, padded");
        double data = 112 - 68;
        assertEquals(ExperimentCharts.PANEL_MARK_ROOM, (y.getUpperBound() - 112) / (y.getUpperBound() - 68), 1e-9,
                "the numbers' room above the data: " + y.getRange() + " over " + data);
        org.jfree.chart.JFreeChart plain = ExperimentCharts.fanPanels("t", "month", "researchers", x, q);
        assertTrue(((org.jfree.chart.plot.CombinedDomainXYPlot) plain.getPlot()).getSubplots().stream()
                .allMatch(p -> p.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND) == null), "no events, no marks");
        org.jfree.chart.JFreeChart diff = ExperimentCharts.fan("t", "month", "researchers", x, q, marks);
        org.jfree.chart.plot.XYPlot d = (org.jfree.chart.plot.XYPlot) diff.getPlot();
        assertEquals(java.util.List.of("1", "2-3"), labels(d.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)));
        // zero inside the plot with the numbers' room above the data and above zero
        org.jfree.chart.axis.ValueAxis dy = d.getRangeAxis();
        assertEquals(-5.5, dy.getLowerBound(), 1e-9, "zero and the bands (0 to 110), padded");
        assertEquals(Charts.MARK_ROOM, (dy.getUpperBound() - 115.5) / (dy.getUpperBound() + 5.5), 1e-9, "" + dy.getRange());
        assertTrue(d.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).stream()
                .anyMatch(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue() == 0), "a zero line");
        // in a single cell (no shared range), the top panel gets the same share of room by a margin
        org.jfree.chart.JFreeChart alone = ExperimentCharts.fanPanels("t", "month", "researchers", x, q, java.util.Map.of(), marks);
        org.jfree.chart.plot.XYPlot first = ((org.jfree.chart.plot.CombinedDomainXYPlot) alone.getPlot()).getSubplots().get(0);
        org.jfree.chart.axis.ValueAxis fy = first.getRangeAxis();
        double dataLow = 70;
        double dataHigh = 110;
        assertEquals(ExperimentCharts.PANEL_MARK_ROOM, (fy.getUpperBound() - dataHigh) / (fy.getUpperBound() - dataLow + fy.getLowerMargin()
                * (dataHigh - dataLow)) , 0.02, "" + fy.getRange());
    }

    /**
     * An arm's events keep the file's numbers where they are the file's, and a difference chart
     * marks the events of both sides (a gap opened by an event only the baseline has showed no
     * mark: a strategist's review).
     */
    @Test
    void aDifferenceMarksTheEventsOfBothSides() {
        ScenarioInfo.Event r1 = new ScenarioInfo.Event(1, "r1");
        ScenarioInfo.Event llama = new ScenarioInfo.Event(4, "llama x0.9");
        ScenarioInfo.Event later = new ScenarioInfo.Event(11, "llama x0.9");
        ScenarioInfo.Event layoff = new ScenarioInfo.Event(10, "layoff");
        var base = List.of(new ExperimentReport.Numbered(1, r1), new ExperimentReport.Numbered(2, llama),
                new ExperimentReport.Numbered(3, layoff));
        var late = List.of(new ExperimentReport.Numbered(1, r1), new ExperimentReport.Numbered(3, layoff),
                new ExperimentReport.Numbered(4, later));
        var ev = new ExperimentReport.Events(base, java.util.Map.of("late", late), null);
        assertEquals(base, ev.of("baseline"));
        assertEquals(late, ev.of("late"));
        assertEquals(List.of(1, 2, 3, 4), ev.either("late", "baseline").stream().map(ExperimentReport.Numbered::number).toList(),
                "both sides' events, by month");
        assertEquals(List.of(1, 2, 3), ev.either("baseline", "other").stream().map(ExperimentReport.Numbered::number).toList());
    }

    private static java.util.List<String> labels(java.util.Collection<?> markers) {
        return markers.stream().map(m -> ((org.jfree.chart.plot.Marker) m).getLabel()).toList();
    }
}
