package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;

/**
 * The named researchers' chart: the labels of the moves do not run into one another, and each
 * person's marker is the same on the chart as in the legend (the flagship's "→ laid off" ran into
 * "→ AMI Labs/Core", and Yann LeCun's legend showed a triangle where the chart drew diamonds:
 * found by a student-style review).
 */
class NamedPathsLabelsTest {
    /** Two people paid about the same, moving two months apart: the flagship's case. */
    private static JFreeChart chart() {
        double[] x = new double[24];
        String[] dates = new String[24];
        for (int t = 0; t < 24; t++) {
            x[t] = 660 + t;   // months since 1970-01: 2025-01 on
            dates[t] = String.format(java.util.Locale.ROOT, "%d-%02d", 2025 + t / 12, 1 + t % 12);
        }
        List<RunData.NamedMove> moves = List.of(
                new RunData.NamedMove("Ruoming Pang", 7, dates[6], "Apple", "Models", "Meta", "TBD Lab", 25e6, 177e6, "POACHED"),
                new RunData.NamedMove("Yuandong Tian", 10, dates[9], "Meta", "FAIR", "", "", 4.7e6, 4.7e6, "LAID_OFF"),
                new RunData.NamedMove("Yuandong Tian", 11, dates[10], "", "", "OpenAI", "Infra", 4.7e6, 4.6e6, "HIRED"),
                new RunData.NamedMove("Yann LeCun", 12, dates[11], "Meta", "FAIR", "AMI Labs", "Core", 10e6, 2e6, "FOUNDED"));
        return MoveCharts.namedPaths("Named", "month", "pay", java.text.NumberFormat.getInstance(java.util.Locale.ROOT), x, dates,
                moves, Map.of("Yann LeCun", 14.5e6));
    }

    @Test
    void labelsOfMovesDoNotOverlap() {
        XYPlot plot = chart().getXYPlot();
        List<double[]> boxes = new ArrayList<>();
        double x0 = 660;
        double x1 = 683;
        double lo = Math.log10(plot.getRangeAxis().getLowerBound());
        double hi = Math.log10(plot.getRangeAxis().getUpperBound());
        for (XYAnnotation an : plot.getAnnotations()) {
            XYTextAnnotation a = (XYTextAnnotation) an;
            TableFont f = (TableFont) a.getFont();
            double w = f.advance(a.getText(), 0, a.getText().length());
            double h = f.getSize2D() * 1.2;
            double px = (a.getX() - x0) / (x1 - x0) * 525;
            double py = 295 * (1 - (Math.log10(a.getY()) - lo) / (hi - lo));
            boolean above = a.getTextAnchor() == org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT;
            boxes.add(above ? new double[] {px, py - h, px + w, py} : new double[] {px, py, px + w, py + h});
        }
        assertEquals(4, boxes.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);
                assertFalse(overlap, "labels " + i + " and " + j + " overlap: " + java.util.Arrays.toString(a) + " "
                        + java.util.Arrays.toString(b));
            }
        }
    }

    /**
     * Each label starts at its own move's month: "→ laid off" was moved a month right, past the
     * markers of the person's next job, onto that job's line, and read as a layoff from it (a
     * student's review of the flagship).
     */
    @Test
    void labelsStayAtTheirMonth() {
        Map<String, Double> at = new java.util.HashMap<>();
        for (XYAnnotation an : chart().getXYPlot().getAnnotations()) {
            XYTextAnnotation a = (XYTextAnnotation) an;
            at.put(a.getText().trim(), a.getX());
        }
        assertEquals(Map.of("\u2192 Meta/TBD Lab", 666.0, "\u2192 laid off", 669.0, "\u2192 OpenAI/Infra", 670.0,
                "\u2192 AMI Labs/Core", 671.0), at);
    }

    /**
     * A move in the run's last month is labelled to the left of its point, inside the plot: its
     * label ran off the right edge and showed as "–" (a review of the flagship at 11 months, seed 4).
     */
    @Test
    void aMoveInTheLastMonthIsLabelledInsideThePlot() {
        double[] x = new double[11];
        String[] dates = new String[11];
        for (int t = 0; t < 11; t++) {
            x[t] = 660 + t;
            dates[t] = String.format(java.util.Locale.ROOT, "2025-%02d", 1 + t);
        }
        List<RunData.NamedMove> moves = List.of(new RunData.NamedMove("Yuandong Tian", 11, dates[10], "OpenAI", "Infra",
                "Google DeepMind", "Research", 4.6e6, 5.2e6, "POACHED"));
        XYPlot plot = MoveCharts.namedPaths("Named", "month", "pay", java.text.NumberFormat.getInstance(java.util.Locale.ROOT), x,
                dates, moves, Map.of()).getXYPlot();
        XYTextAnnotation a = (XYTextAnnotation) plot.getAnnotations().get(0);
        assertEquals("\u2192 Google DeepMind/Research", a.getText().trim());
        assertTrue(a.getTextAnchor() == org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT
                || a.getTextAnchor() == org.jfree.chart.ui.TextAnchor.TOP_RIGHT, a.getTextAnchor().toString());
        assertEquals(670.0, a.getX(), 1e-9, "it ends at its month");
    }

    /** The legend's markers are drawn on the pay lines, at each point (the step renderer draws none). */
    @Test
    void theMarkersAreOnTheLines() {
        XYPlot plot = chart().getXYPlot();
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer points = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer(2);
        assertEquals(3, plot.getLegendItems().getItemCount(), "each person once in the legend");
        for (int j = 0; j < 3; j++) {
            assertSame(((org.jfree.data.xy.XYSeriesCollection) plot.getDataset(0)).getSeries(j),
                    ((org.jfree.data.xy.XYSeriesCollection) plot.getDataset(2)).getSeries(j), "the markers mark the pay lines' points");
            assertTrue(points.getItemShapeVisible(j, 0) && !points.getItemLineVisible(j, 0), "series " + j + ": markers only");
            assertEquals(plot.getRenderer(0).getSeriesShape(j), points.getSeriesShape(j), "series " + j + ": the legend's marker");
            assertFalse(points.isSeriesVisibleInLegend(j), "series " + j + " once in the legend");
        }
    }

    @Test
    void eachPersonHasOneMarker() {
        XYPlot plot = chart().getXYPlot();
        XYItemRenderer steps = plot.getRenderer(0);
        XYItemRenderer toEnd = plot.getRenderer(1);
        for (int j = 0; j < 3; j++) {
            assertTrue(steps.getSeriesShape(j) != null && steps.getSeriesShape(j).equals(toEnd.getSeriesShape(j)),
                    "series " + j + ": the same shape on the pay line, its dashed end and so in the legend");
        }
        assertFalse(steps.getSeriesShape(1).equals(steps.getSeriesShape(2)), "people told apart");
    }
}
