package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

/**
 * A sweep's report drew its first 12 metrics in alphabetical order: seven of them the same in
 * every run (a lab's layoffs in a market without any), with axes whose ticks all read "0" or
 * "200", while the metrics the varied premium moved were left out (found by a reviewer).
 */
class SweepChartsTest {
    private static double[] cell(double mean, double low, double high) {
        return new double[] {mean, low, high};
    }

    @Test
    void theMostResponsiveMetricsComeFirstAndConstantOnesAreLeftOut() {
        Map<String, Map<String, double[]>> stats = new LinkedHashMap<>();
        stats.put("A.layoffs", Map.of("x=1", cell(0, 0, 0), "x=2", cell(0, 0, 0)));                  // the same in every run
        stats.put("A.headcount_start", Map.of("x=1", cell(200, 200, 200), "x=2", cell(200, 200, 200)));
        stats.put("A.noisy", Map.of("x=1", cell(10, 0, 20), "x=2", cell(11, 1, 21)));                  // 1 over a half-width of 10
        stats.put("A.poached_in", Map.of("x=1", cell(100, 95, 105), "x=2", cell(160, 150, 170)));    // 60 over 7.5
        stats.put("A.fixed_step", Map.of("x=1", cell(1, 1, 1), "x=2", cell(2, 2, 2)));               // differs, no CI width
        stats.put("A.flat_but_noisy", Map.of("x=1", cell(5, 4, 6), "x=2", cell(5, 4, 6)));            // no response, yet varies
        List<String> shown = List.of("A.fixed_step", "A.flat_but_noisy", "A.headcount_start", "A.layoffs", "A.missing",
                "A.noisy", "A.poached_in");
        assertEquals(List.of("A.fixed_step", "A.poached_in", "A.noisy", "A.flat_but_noisy"),
                ExperimentReport.byResponse(shown, stats));
    }

    /**
     * Values without an order (policies) are points with intervals, not a line and band joining
     * them, and every label is drawn: "{name: match, upTo: 0.6}", between two long ones, was left
     * out by the axis (found by a reviewer).
     */
    @Test
    void categoriesArePointsWithIntervalsAndEveryLabelIsDrawn() {
        String[] categories = {"none", "{name: match, upTo: 0.4}", "{name: match, upTo: 0.6}", "stars"};
        Map<String, List<ExperimentCharts.Point>> series = new LinkedHashMap<>();
        series.put("mean, 95% CI", List.of(new ExperimentCharts.Point(0, 0, 0, 0), new ExperimentCharts.Point(1, 0, 0, 0),
                new ExperimentCharts.Point(2, 3.25, 0.9, 5.6), new ExperimentCharts.Point(3, 0.5, -0.4, 1.4)));
        JFreeChart c = ExperimentCharts.band("t", "retention", "countered", series, categories);
        assertTrue(c.getXYPlot().getRenderer() instanceof org.jfree.chart.renderer.xy.XYErrorRenderer, "points and intervals");
        assertFalse(((org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) c.getXYPlot().getRenderer()).getDefaultLinesVisible(),
                "no line joining them");
        // upright labels get room of their own: the plot keeps most of a 400-pixel chart's height (the y title was cut)
        int room = ExperimentCharts.uprightRoom(categories);
        assertTrue(room > 100, "room " + room);
        assertEquals(0, ExperimentCharts.uprightRoom(new String[] {"none", "match", "stars"}), "short labels sit side by side");
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        c.createBufferedImage(640, 400 + room, info);
        double plot = info.getPlotInfo().getDataArea().getHeight();
        assertTrue(plot >= 230, "the plot's height: " + plot);
        String svg = Svg.inline(new Figure("sweep-t", "t", "retention", "countered", "caption", c, 640, 400 + room));
        for (String label : categories) {
            assertTrue(svg.contains(">" + label + "</text>"), "label drawn: " + label);
        }
        // numbers keep their band
        JFreeChart numbers = ExperimentCharts.band("t", "x", "y", series, null);
        assertTrue(numbers.getXYPlot().getRenderer() instanceof org.jfree.chart.renderer.xy.DeviationRenderer);
    }

    @Test
    void aMetricWithoutValuesIsNotDrawn() {
        Map<String, Map<String, double[]>> stats = Map.of("A.x", Map.of("x=1", cell(Double.NaN, Double.NaN, Double.NaN)));
        assertTrue(ExperimentReport.byResponse(List.of("A.x"), stats).isEmpty());
    }

    /** A band of values that never change got a range of 1e-8: every tick read "200". */
    @Test
    void aFlatBandHasAnAxisWhoseTicksDiffer() {
        Map<String, List<ExperimentCharts.Point>> series = new LinkedHashMap<>();
        series.put("mean, 95% CI", List.of(new ExperimentCharts.Point(0.1, 200, 200, 200),
                new ExperimentCharts.Point(0.3, 200, 200, 200)));
        JFreeChart c = ExperimentCharts.band("t", "x", "y", series, null);
        NumberAxis y = (NumberAxis) c.getXYPlot().getRangeAxis();
        // a hundredth of the value at least (a tenth flattened real trends: see below), ticks that differ
        assertTrue(y.getRange().getLength() >= 2, "range " + y.getRange());
        assertTrue(y.getRange().contains(200), "range " + y.getRange());
        java.util.List<String> ticks = new java.util.ArrayList<>();
        for (double t = Math.ceil(y.getRange().getLowerBound() / y.getTickUnit().getSize()) * y.getTickUnit().getSize();
                t <= y.getRange().getUpperBound(); t += y.getTickUnit().getSize()) {
            ticks.add(y.getNumberFormatOverride().format(t));
        }
        assertEquals(ticks.size(), new java.util.HashSet<>(ticks).size(), "every tick reads differently: " + ticks);
        JFreeChart zero = ExperimentCharts.band("t", "x", "y", Map.of("m", List.of(new ExperimentCharts.Point(1, 0, 0, 0))), null);
        assertTrue(((NumberAxis) zero.getXYPlot().getRangeAxis()).getRange().getLength() >= 1);
        JFreeChart boxes = ExperimentCharts.boxes("t", "x", "y", Map.of("Meta", List.of(200.0, 200.0, 200.0)));
        assertTrue(((NumberAxis) boxes.getCategoryPlot().getRangeAxis()).getRange().getLength() >= 20);
        assertFalse(y.getRange().getLength() > 1e6, "not absurdly wide");
    }

    /**
     * A trend of +37 in a metric near 2,850, with intervals of about ±5, lay flat in an axis of
     * 2710–2990 (a tenth of the values' size at least: a strategist's review); the axis now fits
     * the bands, and a metric that never changes still gets ticks that differ.
     */
    @Test
    void theAxisFitsTheBandsOfASmallTrendInALargeMetric() {
        Map<String, List<ExperimentCharts.Point>> series = new LinkedHashMap<>();
        series.put("mean, 95% CI", List.of(new ExperimentCharts.Point(0.6, 2824, 2819, 2829),
                new ExperimentCharts.Point(0.8, 2850, 2845, 2855), new ExperimentCharts.Point(1.0, 2861, 2856, 2866)));
        org.jfree.data.Range r = ExperimentCharts.band("t", "upTo", "headcount", series, null).getXYPlot().getRangeAxis().getRange();
        assertTrue(r.getLowerBound() <= 2819 && r.getUpperBound() >= 2866, r.toString());
        assertTrue(r.getLength() < 100, "the trend fills the plot: " + r);
        Map<String, List<ExperimentCharts.Point>> flat = new LinkedHashMap<>();
        flat.put("mean, 95% CI", List.of(new ExperimentCharts.Point(1, 200, 200, 200), new ExperimentCharts.Point(2, 200, 200, 200)));
        org.jfree.data.Range f = ExperimentCharts.band("t", "x", "y", flat, null).getXYPlot().getRangeAxis().getRange();
        assertTrue(f.getLength() >= 2, "a constant gets a range its ticks can tell apart: " + f);
    }
}
