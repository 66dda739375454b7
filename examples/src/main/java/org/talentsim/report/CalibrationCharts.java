package org.talentsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of calibrations and sensitivity analyses: the objective over the search, Morris's
 * μ* against σ, and Sobol's indices as grouped bars (the fit of the targets is a forest plot of
 * {@link ExperimentCharts}).
 */
final class CalibrationCharts {
    private static final BasicStroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 4f}, 0f);

    private CalibrationCharts() {}

    /**
     * The objective at each call of the search (points, one colour per phase: each start, the
     * Jacobian) and the best so far (a line); on a log axis with {@code log}, where values ≤ 0 are left out.
     *
     * @param byPhase phase → its (call, objective) points
     * @param best the best objective so far at each call
     */
    static JFreeChart trace(String title, String xLabel, String yLabel, Map<String, List<double[]>> byPhase,
            List<double[]> best, boolean log) {
        XYSeriesCollection ds = new XYSeriesCollection();
        XYSeries b = new XYSeries("best so far", false, true);
        best.stream().filter(p -> !log || p[1] > 0).forEach(p -> b.add(p[0], p[1]));
        ds.addSeries(b);
        for (Map.Entry<String, List<double[]>> e : byPhase.entrySet()) {
            XYSeries s = new XYSeries("objective, " + Charts.text(e.getKey()), false, true);
            e.getValue().stream().filter(p -> !log || p[1] > 0).forEach(p -> s.add(p[0], p[1]));
            ds.addSeries(s);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesLinesVisible(0, true);
        r.setSeriesShapesVisible(0, false);
        r.setSeriesPaint(0, new Color(0x333a45));
        r.setSeriesStroke(0, new BasicStroke(2f));
        for (int k = 1; k < ds.getSeriesCount(); k++) {
            r.setSeriesPaint(k, Charts.PALETTE[(k - 1) % Charts.PALETTE.length]);
            r.setSeriesShape(k, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        NumberAxis x = Axes.number(Charts.text(xLabel));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        org.jfree.chart.axis.ValueAxis y = Charts.valueAxis(yLabel, log, false, Charts.shortNumbers());
        if (y instanceof org.jfree.chart.axis.LogAxis a) {
            // a tick at every power of ten, or every k-th when the values span more than 8 of them
            double decades = Math.log10(ds.getRangeUpperBound(false) / ds.getRangeLowerBound(false));
            a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(Math.max(1, Math.ceil(decades / 8))), false, false);
        }
        XYPlot plot = new XYPlot(ds, x, y, r);
        return Charts.style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), title);
    }

    /**
     * Morris's plot for one target: each parameter a point at (μ*, σ), labelled with its name, and
     * the diagonal σ = μ* dashed.
     *
     * @param points parameter → {μ*, σ}
     */
    static JFreeChart morris(String title, String xLabel, String yLabel, Map<String, double[]> points) {
        XYSeriesCollection ds = new XYSeriesCollection();
        double max = 0;
        for (Map.Entry<String, double[]> e : points.entrySet()) {
            XYSeries s = new XYSeries(Charts.text(e.getKey()), false, true);
            s.add(e.getValue()[0], e.getValue()[1]);
            ds.addSeries(s);
            max = Math.max(max, Math.max(e.getValue()[0], e.getValue()[1]));
        }
        XYSeries diagonal = new XYSeries("\u03c3 = \u03bc* (dashed)", false, true);
        diagonal.add(0, 0);
        diagonal.add(max > 0 ? max * 1.05 : 1, max > 0 ? max * 1.05 : 1);
        ds.addSeries(diagonal);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setDefaultItemLabelGenerator((d, series, item) -> d.getSeriesKey(series).toString());
        r.setDefaultItemLabelFont(Charts.font(Font.PLAIN, 11));
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelAnchorOffset(4);
        int n = points.size();
        for (int k = 0; k < n; k++) {
            r.setSeriesPaint(k, Charts.PALETTE[k % Charts.PALETTE.length]);
            r.setSeriesShape(k, new Ellipse2D.Double(-4, -4, 8, 8));
            r.setSeriesItemLabelsVisible(k, true);
        }
        r.setSeriesLinesVisible(n, true);
        r.setSeriesShapesVisible(n, false);
        r.setSeriesItemLabelsVisible(n, false);
        r.setSeriesPaint(n, Charts.MARK);
        r.setSeriesStroke(n, DASHED);
        NumberAxis x = Axes.number(Charts.text(xLabel));
        NumberAxis y = Axes.number(Charts.text(yLabel));
        x.setNumberFormatOverride(Charts.shortNumbers());
        y.setNumberFormatOverride(Charts.shortNumbers());
        x.setUpperMargin(0.25); // room for the labels right of the points
        XYPlot plot = new XYPlot(ds, x, y, r);
        return Charts.style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), title);
    }

    /** Grouped bars: one group per category (a parameter), one bar per series (first order, total order). */
    static JFreeChart bars(String title, String xLabel, String yLabel, DefaultCategoryDataset ds) {
        CategoryAxis x = new CategoryAxis(Charts.text(xLabel));
        if (ds.getColumnCount() > 6) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = Axes.number(Charts.text(yLabel));
        y.setNumberFormatOverride(Charts.decimals());
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.05);
        for (int k = 0; k < ds.getRowCount(); k++) {
            r.setSeriesPaint(k, Charts.PALETTE[k % Charts.PALETTE.length]);
        }
        CategoryPlot plot = new CategoryPlot(ds, x, y, r);
        return Charts.style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), title);
    }
}
