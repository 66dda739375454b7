package org.talentsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The charts of experiments: a metric against a varied parameter with its 95% CI band, a forest
 * plot, box plots over runs, fan charts of headcount paths over runs.
 */
final class ExperimentCharts {
    private ExperimentCharts() {}

    /** A point of a sweep: x, the mean and its 95% CI. */
    record Point(double x, double mean, double low, double high) {}

    /**
     * A metric against the varied parameter: one line per series, its 95% CI as a shaded band.
     * {@code categories}, when not null, names the x positions 0, 1, … (values that are not numbers).
     */
    /**
     * The height the x axis's labels add when drawn upright (0 when they fit side by side): a
     * sweep's chart grows by it, so that the plot keeps its height (the y axis's title was cut
     * when the labels took 40% of a 400-pixel chart; found by a reviewer).
     */
    static int uprightRoom(String[] categories) {
        if (categories == null || categories.length == 0) {
            return 0;
        }
        int longest = java.util.Arrays.stream(categories).mapToInt(String::length).max().orElse(0);
        return longest * 7.0 > 560.0 / categories.length ? (int) Math.ceil(longest * 6.5) : 0;
    }

    static JFreeChart band(String title, String xLabel, String yLabel, Map<String, List<Point>> series,
            String[] categories) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        int k0 = 0;
        for (Map.Entry<String, List<Point>> e : series.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(Charts.text(e.getKey()));
            // values without an order (policy names): each series a little beside the others, so
            // that their intervals do not hide one another
            double shift = categories == null ? 0 : 0.08 * (k0 - (series.size() - 1) / 2.0);
            for (Point p : e.getValue()) {
                double lo = Double.isNaN(p.low()) ? p.mean() : p.low();
                double hi = Double.isNaN(p.high()) ? p.mean() : p.high();
                s.add(p.x() + shift, p.mean(), lo, hi);
            }
            ds.addSeries(s);
            k0++;
        }
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r;
        if (categories == null) {
            DeviationRenderer band = new DeviationRenderer(true, true);
            band.setAlpha(0.22f);
            band.setDrawSeriesLineAsPath(true);
            r = band;
        } else {
            // categories are not a scale: a point and its interval each, not a line and a band
            // through them (found by a reviewer: the line joined policy names as if numbers)
            r = intervals(true, 8);
        }
        for (int k = 0; k < series.size(); k++) {
            r.setSeriesPaint(k, Charts.PALETTE[k % Charts.PALETTE.length]);
            r.setSeriesFillPaint(k, Charts.PALETTE[k % Charts.PALETTE.length]);
            r.setSeriesStroke(k, new BasicStroke(2f));
        }
        ValueAxis x;
        if (categories != null) {
            SymbolAxis sx = new SymbolAxis(Charts.text(xLabel), java.util.Arrays.stream(categories).map(Charts::text).toArray(String[]::new));
            sx.setGridBandsVisible(false);
            // labels too long to sit side by side: upright, since the axis leaves out a label that
            // would overlap its neighbour ("{name: match, upTo: 0.6}" was missing, the peak's)
            if (uprightRoom(categories) > 0) {
                sx.setVerticalTickLabels(true);
            }
            sx.setRange(-0.5, categories.length - 0.5);
            x = sx;
        } else if (logSpaced(series)) {
            // values over more than a factor of 20, all above 0 (budgets of 10M to 3B, rates doubling):
            // a log axis, or the first steps, where the change is, sit in the first 3% of the plot (a
            // sweep analyst's review)
            x = Charts.valueAxis(xLabel + " (log scale)", true, false, Charts.shortNumbers());
        } else {
            NumberAxis nx = Axes.number(Charts.text(xLabel));
            nx.setAutoRangeIncludesZero(false);
            x = nx;
        }
        NumberAxis y = Axes.number(Charts.text(yLabel));
        y.setAutoRangeIncludesZero(false);
        y.setNumberFormatOverride(Charts.shortNumbers());
        double size = 0;
        for (List<Point> ps : series.values()) {
            for (Point p : ps) {
                size = Math.max(size, Math.max(Math.abs(p.mean()), Double.isNaN(p.high()) ? 0 : Math.abs(p.high())));
            }
        }
        // at least a hundredth of the values' size (ticks of four digits still differ), not a tenth:
        // a trend of +37 in 2,850 with intervals of ±5 lay flat in an axis of 280 (a strategist's
        // review); the bands show what is noise
        Charts.minimumRange(y, size, 0.01);
        XYPlot plot = new XYPlot(ds, x, y, r);
        return Charts.style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), title);
    }

    /** Whether the x values of {@code series} are all above 0 and span more than a factor of 20: drawn on a log axis. */
    static boolean logSpaced(Map<String, List<Point>> series) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (List<Point> ps : series.values()) {
            for (Point p : ps) {
                if (!(p.x() > 0)) {
                    return false;
                }
                lo = Math.min(lo, p.x());
                hi = Math.max(hi, p.x());
            }
        }
        return hi > 20 * lo;
    }

    /** Points with their intervals, upright ({@code vertical}) or across, caps {@code cap} long, no lines between them. */
    private static XYErrorRenderer intervals(boolean vertical, double cap) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(!vertical);
        r.setDrawYError(vertical);
        r.setErrorStroke(new BasicStroke(1.6f));
        r.setCapLength(cap);
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setErrorPaint(null);   // each interval in its series' colour
        return r;
    }

    /** A row of a forest plot: its label, the arm (its colour), the estimate and its 95% CI. */
    record Row(String label, String arm, double value, double low, double high) {}

    /** A forest plot: one row per (arm, metric) labelled on the y axis, the value with its CI, a line at zero. */
    static JFreeChart forest(String title, String xLabel, String yLabel, List<Row> rows, List<String> arms) {
        XIntervalSeriesCollection ds = new XIntervalSeriesCollection();
        for (String arm : arms) {
            XIntervalSeries s = new XIntervalSeries(arm);
            for (int k = 0; k < rows.size(); k++) {
                Row r = rows.get(k);
                if (r.arm().equals(arm)) {
                    s.add(r.value(), r.low(), r.high(), k);
                }
            }
            ds.addSeries(s);
        }
        XYErrorRenderer r = intervals(false, 6);
        for (int k = 0; k < arms.size(); k++) {
            r.setSeriesPaint(k, Charts.PALETTE[k % Charts.PALETTE.length]);
            // an arm with no row (the same as the baseline throughout) is not in the legend: it named
            // an arm no point stood for (a strategist's review); the others keep their colours
            if (ds.getSeries(k).getItemCount() == 0) {
                r.setSeriesVisibleInLegend(k, false);
            }
        }
        NumberAxis x = Axes.number(Charts.text(xLabel));
        x.setAutoRangeIncludesZero(true);
        SymbolAxis y = new SymbolAxis(Charts.text(yLabel), rows.stream().map(Row::label).map(Charts::text).toArray(String[]::new));
        y.setInverted(true);
        y.setGridBandsVisible(false);
        // 12: the chart is shown narrower than it is drawn beside its table (10 read as ~6 px: found by a reviewer)
        y.setTickLabelFont(Charts.font(Font.PLAIN, 12));
        XYPlot plot = new XYPlot(ds, x, y, r);
        // behind the data and the text written at the edges (it cut a digit of "+592.5%": a visual review)
        plot.addDomainMarker(new ValueMarker(0, new Color(0x4a5160), new BasicStroke(1.2f)), org.jfree.chart.ui.Layer.BACKGROUND);
        double[] axis = axis(rows);
        if (axis != null) {
            // one difference far larger than the rest (+606% beside a dozen within ±10%) set the scale
            // and left the others as dots on the zero line (found by a student's review): the axis
            // fits the rest, and each row beyond it is written at the edge it crosses
            x.setAutoRange(false);
            double lo = axis[0];
            double hi = axis[1];
            x.setRange(lo, hi);
            for (int k = 0; k < rows.size(); k++) {
                Row w = rows.get(k);
                // a row whose value is on the axis is drawn, its interval cut at the edges; only a value
                // off the axis is written at the edge it crosses (the text hid a point on the axis, and
                // said "→" of an interval running off the left: found by a visual review); a value in
                // the room left for those texts is on the axis too, and drawn (it was written as text:
                // a strategist's review)
                boolean right = w.value() > hi;
                boolean left = w.value() < lo;
                Color paint = Charts.PALETTE[Math.max(0, arms.indexOf(w.arm())) % Charts.PALETTE.length];
                if (!right && !left) {
                    // an interval cut at an edge says so with an arrow there (it just stopped: a strategist's review)
                    if (w.low() < lo) {
                        r.addAnnotation(arrow("\u2190", lo, k, false, paint));
                    }
                    if (w.high() > hi) {
                        r.addAnnotation(arrow("\u2192", hi, k, true, paint));
                    }
                }
                if (right || left) {
                    String text = Fmt.signedPercent(w.value()) + " [" + Fmt.signedPercent(w.low()) + ", " + Fmt.signedPercent(w.high()) + "]";
                    org.jfree.chart.annotations.XYTextAnnotation a = new org.jfree.chart.annotations.XYTextAnnotation(
                            right ? text + " \u2192" : "\u2190 " + text, right ? hi : lo, k);
                    a.setTextAnchor(right ? org.jfree.chart.ui.TextAnchor.CENTER_RIGHT : org.jfree.chart.ui.TextAnchor.CENTER_LEFT);
                    a.setFont(Charts.font(Font.BOLD, 11));
                    a.setPaint(Charts.PALETTE[Math.max(0, arms.indexOf(w.arm())) % Charts.PALETTE.length]);
                    a.setBackgroundPaint(new Color(255, 255, 255, 220));
                    r.addAnnotation(a);
                }
            }
        }
        JFreeChart c = Charts.style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), title);
        plot.getRangeAxis().setTickLabelFont(Charts.font(Font.PLAIN, 12));
        return c;
    }

    /**
     * The forest plot's axis when some rows reach far beyond the others: the range of the rows
     * that reach at most 4 times as far from zero as the upper quartile of the rows' reach, with
     * a tenth of it as margin; null when every row fits such a range (the axis then fits them all).
     */
    static double[] range(List<Row> rows) {
        double[] reach = rows.stream().mapToDouble(w -> Math.max(Math.abs(w.low()), Math.max(Math.abs(w.high()), Math.abs(w.value()))))
                .filter(Double::isFinite).sorted().toArray();
        if (reach.length < 3) {
            return null;
        }
        double limit = 4 * Math.max(ExperimentData.quantile(reach, 0.75), 1e-9);
        if (reach[reach.length - 1] <= limit) {
            return null;
        }
        double lo = 0;
        double hi = 0;
        for (Row w : rows) {
            if (Math.max(Math.abs(w.low()), Math.max(Math.abs(w.high()), Math.abs(w.value()))) <= limit) {
                lo = Math.min(lo, Math.min(w.low(), w.value()));
                hi = Math.max(hi, Math.max(w.high(), w.value()));
            }
        }
        double span = Math.max(hi - lo, 1e-9);
        return new double[] {lo - span / 10, hi + span / 10};
    }

    /**
     * The forest plot's axis, {lowest, highest}, when it does not fit every row ({@link #range}):
     * the fitted range with room beyond it, on each side a row's value lies off it, for the texts
     * written there ("+939% … →" written over the plot ran from +3% back to −9% across the zero
     * line and read as a small negative: a strategist's review); null: the axis fits every row.
     */
    static double[] axis(List<Row> rows) {
        double[] range = range(rows);
        if (range == null) {
            return null;
        }
        double span = range[1] - range[0];
        boolean anyRight = rows.stream().anyMatch(w -> w.value() > range[1]);
        boolean anyLeft = rows.stream().anyMatch(w -> w.value() < range[0]);
        return new double[] {range[0] - (anyLeft ? 0.8 * span : 0), range[1] + (anyRight ? 0.8 * span : 0)};
    }

    /** How many rows {@link #forest} writes at its axis's edge: those whose value is off its axis. */
    static int beyond(List<Row> rows) {
        double[] axis = axis(rows);
        return axis == null ? 0 : (int) rows.stream().filter(w -> w.value() < axis[0] || w.value() > axis[1]).count();
    }

    /** How many rows {@link #forest} draws with an interval cut at an edge of its axis (marked by an arrow). */
    static int cut(List<Row> rows) {
        double[] axis = axis(rows);
        return axis == null ? 0 : (int) rows.stream().filter(w -> w.value() >= axis[0] && w.value() <= axis[1]
                && (w.low() < axis[0] || w.high() > axis[1])).count();
    }

    /** An arrow at the edge {@code x} of row {@code k}: an interval that runs on beyond the axis. */
    private static org.jfree.chart.annotations.XYTextAnnotation arrow(String text, double x, int k, boolean right, Color paint) {
        org.jfree.chart.annotations.XYTextAnnotation a = new org.jfree.chart.annotations.XYTextAnnotation(text, x, k);
        a.setTextAnchor(right ? org.jfree.chart.ui.TextAnchor.CENTER_RIGHT : org.jfree.chart.ui.TextAnchor.CENTER_LEFT);
        a.setFont(Charts.font(Font.BOLD, 13));
        a.setPaint(paint);
        return a;
    }

    /**
     * A fan chart: per lab, the median over runs as a line, the middle half of the runs as a darker
     * band and 90% of them (5% to 95%) as a lighter one, over time ({@code x}: the periods' times).
     * A lab whose quantiles are null is not drawn but keeps its place in the palette.
     */
    static JFreeChart fan(String title, String xLabel, String yLabel, double[] x, Map<String, double[][]> quantiles) {
        return fan(title, xLabel, yLabel, x, quantiles, List.of());
    }

    /** {@link #fan} with the scenario's events as numbered dashed lines ({@code marks}). */
    static JFreeChart fan(String title, String xLabel, String yLabel, double[] x, Map<String, double[][]> quantiles,
            List<Charts.Mark> marks) {
        YIntervalSeriesCollection outer = new YIntervalSeriesCollection();
        YIntervalSeriesCollection inner = new YIntervalSeriesCollection();
        DeviationRenderer ro = bandRenderer(0.125f);
        DeviationRenderer ri = bandRenderer(0.3f);
        List<Fan> fans = fans(x, quantiles);
        for (int k = 0; k < fans.size(); k++) {
            Fan f = fans.get(k);
            outer.addSeries(f.outer());
            inner.addSeries(f.inner());
            paint(ro, k, f.colour(), false);
            paint(ri, k, f.colour(), true);
            ro.setSeriesVisibleInLegend(k, false);
        }
        NumberAxis y = Axes.number(Charts.text(yLabel));
        y.setAutoRangeIncludesZero(true);
        y.setNumberFormatOverride(Charts.counts());
        XYPlot plot = new XYPlot(inner, Charts.timeAxis(xLabel), y, ri);
        plot.setDataset(1, outer);
        plot.setRenderer(1, ro);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        // zero drawn as a line of its own: a band clear of it is what the chart is read for
        plot.addRangeMarker(new ValueMarker(0, new Color(0x4a5160), new BasicStroke(1f)), org.jfree.chart.ui.Layer.BACKGROUND);
        if (!marks.isEmpty()) {
            // room for the events' numbers above the bands and above zero (with every band below
            // zero, zero was the plot's top edge and the numbers sat where the reader looks for it)
            double lo = 0;
            double hi = 0;
            for (Fan f : fans) {
                for (int k = 0; k < f.outer().getItemCount(); k++) {
                    for (double v : new double[] {f.outer().getYLowValue(k), f.outer().getYValue(k), f.outer().getYHighValue(k)}) {
                        if (Double.isFinite(v)) {
                            lo = Math.min(lo, v);
                            hi = Math.max(hi, v);
                        }
                    }
                }
            }
            double span = hi > lo ? hi - lo : 1;
            double pad = 0.05 * span;
            double room = Charts.MARK_ROOM / (1 - Charts.MARK_ROOM) * (span + 2 * pad);
            y.setRange(lo - pad, hi + pad + room);
            Charts.addMarks(plot, x, marks, true);
        }
        return Charts.style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), title);
    }

    /**
     * A lab's fan as two series, 90% of the runs (5% to 95%) and the middle half, both about the
     * median; the periods where the lab exists in no run (founded later) are left out.
     */
    private static YIntervalSeries[] bands(String lab, double[] x, double[][] q) {
        YIntervalSeries o = new YIntervalSeries(Charts.text(lab));
        YIntervalSeries i = new YIntervalSeries(Charts.text(lab));
        for (int t = 0; t < x.length; t++) {
            if (!Double.isNaN(q[2][t])) {
                o.add(x[t], q[2][t], q[0][t], q[4][t]);
                i.add(x[t], q[2][t], q[1][t], q[3][t]);
            }
        }
        return new YIntervalSeries[] {o, i};
    }

    /** A lab's fan to draw: its name, its place's colour, 90% of the runs and the middle half ({@link #bands}). */
    private record Fan(String lab, Color colour, YIntervalSeries outer, YIntervalSeries inner) {}

    /**
     * The fans of {@code quantiles} to draw, in order: a lab whose quantiles are null is left out
     * but keeps its place, so that the others keep their colours; a lab founded in no run has
     * nothing to draw (nor to name in a legend).
     */
    private static List<Fan> fans(double[] x, Map<String, double[][]> quantiles) {
        List<Fan> out = new java.util.ArrayList<>();
        int place = -1;
        for (Map.Entry<String, double[][]> e : quantiles.entrySet()) {
            place++;
            if (e.getValue() != null) {
                YIntervalSeries[] b = bands(e.getKey(), x, e.getValue());
                if (b[1].getItemCount() > 0) {
                    out.add(new Fan(e.getKey(), Charts.PALETTE[place % Charts.PALETTE.length], b[0], b[1]));
                }
            }
        }
        return out;
    }

    /** Series {@code k} of a band renderer in {@code c}: the middle half's line thick, 90%'s thin. */
    private static void paint(DeviationRenderer r, int k, Color c, boolean inner) {
        r.setSeriesPaint(k, c);
        r.setSeriesFillPaint(k, c);
        r.setSeriesStroke(k, new BasicStroke(inner ? 2f : 0.5f));
    }

    /** A renderer of shaded bands of the given opacity about a line drawn as one path. */
    private static DeviationRenderer bandRenderer(float alpha) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(alpha);
        r.setDrawSeriesLineAsPath(true);
        return r;
    }

    /**
     * The share of the top panel's range left above its data for the events' two rows of numbers
     * (a panel is short: {@link Charts#MARK_ROOM}'s share put the second row on Meta's line).
     */
    static final double PANEL_MARK_ROOM = 0.38;

    /** The height of one lab's panel in {@link #fanPanels}, in pixels of the page. */
    static final int PANEL_HEIGHT = 96;

    /**
     * The headcount paths over runs as one panel per lab, stacked over a shared time axis, each
     * with an axis of its own: on one axis a lab of 16 beside one of 4,800 was a flat line, and
     * every band too thin to see (found by a review of the fan charts). Each panel draws the
     * median (a line), the middle half of the runs (dark band) and 90% of them (light band) in the
     * lab's colour, its axis named by the lab; a lab founded in no run is left out. The y label
     * is the chart's subtitle.
     */
    static JFreeChart fanPanels(String title, String xLabel, String yLabel, double[] x, Map<String, double[][]> quantiles) {
        return fanPanels(title, xLabel, yLabel, x, quantiles, Map.of());
    }

    /**
     * {@link #fanPanels}, a lab found in {@code ranges} on that axis range ({lowest, highest}, padded
     * a little): the same for the lab in every cell's chart, so that the cells' fans compare.
     */
    static JFreeChart fanPanels(String title, String xLabel, String yLabel, double[] x, Map<String, double[][]> quantiles,
            Map<String, double[]> ranges) {
        return fanPanels(title, xLabel, yLabel, x, quantiles, ranges, List.of());
    }

    /**
     * {@link #fanPanels} with the scenario's events ({@code marks}) as dashed lines through every
     * panel, numbered in the top one (given room above its data for them).
     */
    static JFreeChart fanPanels(String title, String xLabel, String yLabel, double[] x, Map<String, double[][]> quantiles,
            Map<String, double[]> ranges, List<Charts.Mark> marks) {
        org.jfree.chart.plot.CombinedDomainXYPlot plot = new org.jfree.chart.plot.CombinedDomainXYPlot(Charts.timeAxis(xLabel));
        plot.setGap(8);
        boolean top = true;
        for (Fan f : fans(x, quantiles)) {
            DeviationRenderer ro = bandRenderer(0.125f);
            DeviationRenderer ri = bandRenderer(0.3f);
            paint(ro, 0, f.colour(), false);
            paint(ri, 0, f.colour(), true);
            NumberAxis y = Axes.number(Charts.text(f.lab()));
            y.setAutoRangeIncludesZero(false);
            y.setAutoRangeMinimumSize(4);   // a lab whose runs never differ: a band of a few people, not of 0
            double[] range = ranges.get(f.lab());
            boolean numbered = top && !marks.isEmpty();
            if (range != null && range[0] <= range[1]) {
                double pad = Math.max(2, 0.05 * (range[1] - range[0]));
                // the top panel numbers the events: room above its data for them (the same in every
                // cell's chart whose top panel is this lab's)
                double room = numbered ? PANEL_MARK_ROOM / (1 - PANEL_MARK_ROOM) * (range[1] - range[0] + 2 * pad) : 0;
                y.setRange(range[0] - pad, range[1] + pad + room);
            } else if (numbered) {
                // the room's share of the axis, above the data and the axis's own margin below it
                y.setUpperMargin(PANEL_MARK_ROOM * (1 + y.getLowerMargin()) / (1 - PANEL_MARK_ROOM));
            }
            y.setNumberFormatOverride(Charts.counts());
            YIntervalSeriesCollection inner = new YIntervalSeriesCollection();
            inner.addSeries(f.inner());
            YIntervalSeriesCollection outer = new YIntervalSeriesCollection();
            outer.addSeries(f.outer());
            XYPlot sub = new XYPlot(inner, null, y, ri);
            sub.setDataset(1, outer);
            sub.setRenderer(1, ro);
            sub.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setOutlineVisible(false);
            sub.setDomainGridlinePaint(Charts.GRID);
            sub.setRangeGridlinePaint(Charts.GRID);
            sub.setDomainGridlineStroke(new BasicStroke(0.8f));
            sub.setRangeGridlineStroke(new BasicStroke(0.8f));
            sub.setAxisOffset(org.jfree.chart.ui.RectangleInsets.ZERO_INSETS);
            Charts.axis(y);
            y.setLabelFont(Charts.font(Font.BOLD, 11));
            y.setTickLabelFont(Charts.font(Font.PLAIN, 10));
            Charts.addMarks(sub, x, marks, numbered);
            plot.add(sub, 1);
            top = false;
        }
        JFreeChart chart = Charts.style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), title);
        org.jfree.chart.title.TextTitle sub = new org.jfree.chart.title.TextTitle(Charts.text(yLabel),
                Charts.font(Font.PLAIN, 12));
        sub.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
        sub.setPadding(new org.jfree.chart.ui.RectangleInsets(0, 8, 6, 8));
        chart.addSubtitle(sub);
        return chart;
    }

    /** Box plots of the values over runs: one box per category (a lab, or the market), quartiles and whiskers. */
    static JFreeChart boxes(String title, String xLabel, String yLabel, Map<String, List<Double>> byCategory) {
        DefaultBoxAndWhiskerCategoryDataset ds = new DefaultBoxAndWhiskerCategoryDataset();
        // the outliers are drawn by a renderer of points at their values: JFreeChart's box renderer
        // drew each circle half its size above its value and spread close ones sideways (an
        // outlier at 30 below a box from 33.5 to 35.75 sat on the box; found by a student's review)
        org.jfree.data.statistics.DefaultMultiValueCategoryDataset outs = new org.jfree.data.statistics.DefaultMultiValueCategoryDataset();
        for (Map.Entry<String, List<Double>> e : byCategory.entrySet()) {
            org.jfree.data.statistics.BoxAndWhiskerItem b = box(e.getValue());
            ds.add(new org.jfree.data.statistics.BoxAndWhiskerItem(b.getMean(), b.getMedian(), b.getQ1(), b.getQ3(),
                    b.getMinRegularValue(), b.getMaxRegularValue(), b.getMinRegularValue(), b.getMaxRegularValue(), List.of()),
                    "over runs: box = middle half, line = median, whiskers = within 1.5 IQR", Charts.text(e.getKey()));
            outs.add(b.getOutliers() == null ? List.of() : new java.util.ArrayList<Number>(b.getOutliers()), "runs beyond the whiskers",
                    Charts.text(e.getKey()));
        }
        BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
        r.setSeriesPaint(0, new Color(0x9ecae1));
        r.setSeriesOutlinePaint(0, new Color(0x1f5fa8));
        r.setDefaultOutlinePaint(new Color(0x1f5fa8));
        r.setMeanVisible(false);
        r.setMaxOutlierVisible(true);
        r.setMinOutlierVisible(true);
        r.setMaximumBarWidth(0.12);
        CategoryAxis x = new CategoryAxis(Charts.text(xLabel));
        x.setMaximumCategoryLabelLines(3);   // lab names wrap rather than end in "..."
        NumberAxis y = Axes.number(Charts.text(yLabel));
        y.setAutoRangeIncludesZero(false);
        y.setNumberFormatOverride(Charts.shortNumbers());
        Charts.minimumRange(y, byCategory.values().stream().flatMap(List::stream).filter(Double::isFinite)
                .mapToDouble(Math::abs).max().orElse(0));
        CategoryPlot plot = new CategoryPlot(ds, x, y, r);
        org.jfree.chart.renderer.category.ScatterRenderer dots = new org.jfree.chart.renderer.category.ScatterRenderer();
        dots.setUseSeriesOffset(false);
        dots.setUseFillPaint(true);
        dots.setUseOutlinePaint(true);
        dots.setDrawOutlines(true);
        dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        dots.setSeriesFillPaint(0, new Color(255, 255, 255, 0));
        dots.setSeriesOutlinePaint(0, new Color(0x1f5fa8));
        dots.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
        dots.setSeriesPaint(0, new Color(0x1f5fa8));
        plot.setDataset(1, outs);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart chart = Charts.style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), title);
        // a name with a word wider than its category's room was cut inside the word ("Anthropi" / "c"):
        // then the names are slanted, whole
        java.awt.FontMetrics m = new TableFont.Metrics(TableFont.of(x.getTickLabelFont()));
        int widest = byCategory.keySet().stream().flatMap(k -> java.util.Arrays.stream(Charts.text(k).split(" ")))
                .mapToInt(m::stringWidth).max().orElse(0);
        if (widest > CATEGORY_ROOM / Math.max(1, byCategory.size())) {
            x.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.UP_45);
        }
        return chart;
    }

    /** About the width, px, that a 640-pixel box chart's categories share for their names (0.7 of the plot, less the gaps between them). */
    static final int CATEGORY_ROOM = 370;

    /**
     * The box of {@code values}: quartiles as the fan charts' and the CSVs' (Hyndman and Fan's
     * type 7, {@link ExperimentData#quantile}; JFreeChart's calculator has a rule of its own, so a
     * box and a fan of the same runs showed other quartiles, found by a statistician's review),
     * whiskers to the furthest values within 1.5 IQR of the box, every value beyond them an
     * outlier drawn as a circle inside the axis's range (JFreeChart leaves values beyond 2 IQR out
     * of the range, as "far outs" on the plot's edge).
     */
    static org.jfree.data.statistics.BoxAndWhiskerItem box(List<Double> values) {
        double[] v = values.stream().filter(x -> x != null && !Double.isNaN(x)).mapToDouble(Double::doubleValue).sorted()
                .toArray();
        if (v.length == 0) {
            return new org.jfree.data.statistics.BoxAndWhiskerItem(null, null, null, null, null, null, null, null, List.of());
        }
        double q1 = ExperimentData.quantile(v, 0.25);
        double median = ExperimentData.quantile(v, 0.5);
        double q3 = ExperimentData.quantile(v, 0.75);
        double lowFence = q1 - 1.5 * (q3 - q1);
        double highFence = q3 + 1.5 * (q3 - q1);
        double lowWhisker = median;
        double highWhisker = median;
        double sum = 0;
        List<Double> outliers = new java.util.ArrayList<>();
        for (double x : v) {
            sum += x;
            if (x < lowFence || x > highFence) {
                outliers.add(x);
            } else {
                lowWhisker = Math.min(lowWhisker, x);
                highWhisker = Math.max(highWhisker, x);
            }
        }
        return new org.jfree.data.statistics.BoxAndWhiskerItem(sum / v.length, median, q1, q3, lowWhisker, highWhisker,
                v[0], v[v.length - 1], outliers);
    }
}
