package org.talentsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The charts of who moved: the flow matrix as a heat map, and the named researchers' pay paths. */
final class MoveCharts {
    private MoveCharts() {}

    /** Light to dark blue on a log scale of counts (so 3 and 3,000 both show). */
    record LogBlues(double max) implements PaintScale {
        @Override
        public double getLowerBound() {
            return 0;
        }

        @Override
        public double getUpperBound() {
            return Math.max(1, max);
        }

        @Override
        public Paint getPaint(double value) {
            if (!(value > 0)) {
                return new Color(0xf4f6f9);
            }
            double t = Math.log1p(value) / Math.log1p(getUpperBound());
            t = Math.max(0, Math.min(1, t));
            int r = (int) Math.round(222 + t * (8 - 222));
            int g = (int) Math.round(235 + t * (48 - 235));
            int b = (int) Math.round(247 + t * (107 - 247));
            return new Color(r, g, b);
        }

        /** This scale read on a {@link LogCountAxis}: the value u stands for the count 10^u − 1. */
        PaintScale onLogAxis() {
            LogBlues counts = this;
            return new PaintScale() {
                @Override
                public double getLowerBound() {
                    return 0;
                }

                @Override
                public double getUpperBound() {
                    return Math.log10(1 + counts.getUpperBound());
                }

                @Override
                public Paint getPaint(double u) {
                    return counts.getPaint(Math.pow(10, u) - 1);
                }
            };
        }

        boolean dark(double value) {
            return value > 0 && Math.log1p(value) / Math.log1p(getUpperBound()) > 0.55;
        }
    }

    /**
     * The flow matrix: from (rows) × to (columns), the count in each cell; "pool" is the pool of
     * job seekers (hires come from it, quits, layoffs and exits go to it).
     */
    static JFreeChart heatMap(String title, String xLabel, String yLabel, List<String> names, int[][] counts) {
        int n = names.size();
        double[] xs = new double[n * n];
        double[] ys = new double[n * n];
        double[] zs = new double[n * n];
        double max = 0;
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                int k = from * n + to;
                xs[k] = to;
                ys[k] = from;
                zs[k] = counts[from][to];
                max = Math.max(max, counts[from][to]);
            }
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("flows", new double[][] {xs, ys, zs});
        String[] labels = names.stream().map(Charts::text).toArray(String[]::new);
        SymbolAxis x = new SymbolAxis(Charts.text(xLabel), labels);
        x.setVerticalTickLabels(true);
        x.setGridBandsVisible(false);
        SymbolAxis y = new SymbolAxis(Charts.text(yLabel), labels);
        y.setInverted(true);
        y.setGridBandsVisible(false);
        XYBlockRenderer r = new XYBlockRenderer();
        LogBlues scale = new LogBlues(max);
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        for (int k = 0; k < zs.length; k++) {
            if (zs[k] > 0) {
                XYTextAnnotation a = new XYTextAnnotation(Fmt.count((long) zs[k]), xs[k], ys[k]);
                a.setFont(Charts.font(Font.PLAIN, 10));
                a.setPaint(scale.dark(zs[k]) ? Color.WHITE : new Color(0x1d2430));
                a.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(a);
            }
        }
        JFreeChart c = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        // the strip is drawn on the colours' own log scale, with a tick at each power of ten (a
        // linear axis of counts put most of the strip in the darkest blue, under crowded labels)
        LogCountAxis legendAxis = new LogCountAxis("researchers moved (log scale)", Math.max(1, max));
        legendAxis.setLabelFont(Charts.font(Font.PLAIN, 11));
        legendAxis.setTickLabelFont(Charts.font(Font.PLAIN, 10));
        PaintScaleLegend legend = new PaintScaleLegend(scale.onLogAxis(), legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(64);
        legend.setMargin(new RectangleInsets(8, 12, 8, 4));
        c.addSubtitle(legend);
        return Charts.style(c, title);
    }

    /**
     * Each named researcher's pay as a step line over time, from the rows of {@code moves.csv}
     * that name them (pay is known at each move: the raises between moves are not rows), with
     * the lab or team they moved to written at each move.
     */
    static JFreeChart namedPaths(String title, String xLabel, String yLabel, java.text.NumberFormat payFormat, double[] x,
            String[] dates, List<RunData.NamedMove> moves, Map<String, Double> endPay) {
        Map<String, List<RunData.NamedMove>> by = new LinkedHashMap<>();
        for (RunData.NamedMove m : moves) {
            by.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        XYSeriesCollection ends = new XYSeriesCollection();   // per person: last row to the pay at the end, or empty
        List<XYTextAnnotation> notes = new ArrayList<>();
        double min = Double.MAX_VALUE;
        double max = 0;
        int k = 0;
        for (Map.Entry<String, List<RunData.NamedMove>> e : by.entrySet()) {
            XYSeries s = new XYSeries(Charts.text(e.getKey()), false, true);
            List<RunData.NamedMove> ms = e.getValue();
            double start = ms.get(0).oldSalary();
            if (start > 0) {
                s.add(x[0], start);
            }
            double last = start;
            double span = x.length > 1 ? x[x.length - 1] - x[0] : 1;
            double prevLabel = Double.NEGATIVE_INFINITY;
            boolean below = false;
            for (RunData.NamedMove m : ms) {
                double px = x[m.tick() - 1];
                boolean out = m.toLab().isEmpty();   // quit, laid off, exited: no pay from a lab after it
                if (m.newSalary() > 0 && !out) {
                    s.add(px, m.newSalary());
                    last = m.newSalary();
                    min = Math.min(min, m.newSalary());
                    max = Math.max(max, m.newSalary());
                }
                if (!m.toLab().equals(m.fromLab()) || !m.toTeam().equals(m.fromTeam())) {
                    String where = out ? m.reason().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            : m.toLab() + (m.toTeam().isEmpty() ? "" : "/" + m.toTeam());
                    XYTextAnnotation a = new XYTextAnnotation(" \u2192 " + Charts.text(where), px, last > 0 ? last : 1);
                    a.setFont(Charts.font(Font.PLAIN, 10));
                    a.setPaint(Charts.PALETTE[k % Charts.PALETTE.length].darker());
                    // a label close after the one before of the same person goes under the line
                    // rather than over the end of that one ("→ xAI/Research→ quit")
                    below = px - prevLabel < 0.3 * span && !below;
                    a.setTextAnchor(below ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_LEFT);
                    prevLabel = px;
                    notes.add(a);
                }
                if (out && last > 0) {
                    // the line ends where he left: drawn on at his last pay it showed him paid
                    s.add(px, last);
                    s.add(px, null);
                    last = 0;
                }
            }
            if (start > 0) {
                min = Math.min(min, start);
                max = Math.max(max, start);
            }
            Double end = endPay.get(e.getKey());
            int lastTick = ms.get(ms.size() - 1).tick();
            XYSeries toEnd = new XYSeries(Charts.text(e.getKey()) + " (to the end)", false, true);
            if (last > 0 && end != null && end > 0 && lastTick < x.length && Math.abs(end - last) > 1e-6 * last) {
                // raises after his last row are no rows: the pay at the end is joined to that row by a
                // dashed line, not drawn on flat at the old pay (a founder drawn at $2M to the end
                // was paid $14.5M then: found by a reviewer)
                toEnd.add(x[lastTick - 1], last);
                toEnd.add(x[x.length - 1], end);
                min = Math.min(min, end);
                max = Math.max(max, end);
            } else if (last > 0 && lastTick < x.length) {
                s.add(x[x.length - 1], last);
            }
            ds.addSeries(s);
            ends.addSeries(toEnd);
            k++;
        }
        XYStepRenderer r = new XYStepRenderer();
        r.setDefaultShapesVisible(true);
        // each person's marker the same on both renderers: the dashed line to the pay at the end
        // took the next shapes of the plot's sequence, so the legend's triangle was a diamond on
        // the chart (found by a student-style review)
        java.awt.Shape[] shapes = org.jfree.chart.plot.DefaultDrawingSupplier.createStandardSeriesShapes();
        for (int j = 0; j < ds.getSeriesCount(); j++) {
            r.setSeriesPaint(j, Charts.PALETTE[j % Charts.PALETTE.length]);
            r.setSeriesStroke(j, new BasicStroke(2f));
            r.setSeriesShape(j, shapes[j % shapes.length]);
        }
        boolean log = min < Double.MAX_VALUE && max / min > Charts.LOG_RATIO;
        org.jfree.chart.axis.ValueAxis y = Charts.valueAxis(yLabel + (log ? " (log scale)" : ""), log, false, payFormat);
        XYSeriesCollection both = new XYSeriesCollection();   // the axis spans the pay at the end too
        try {
            for (int j = 0; j < ds.getSeriesCount(); j++) {
                both.addSeries((XYSeries) ds.getSeries(j).clone());
                both.addSeries((XYSeries) ends.getSeries(j).clone());
            }
        } catch (CloneNotSupportedException impossible) {
            throw new IllegalStateException(impossible);
        }
        Charts.wholeDecades(y, both, 0.08);   // room for the labels of the moves above the highest pay
        spread(notes, x[0], x.length > 1 ? x[x.length - 1] : x[0] + 1, y, both, log);
        XYPlot plot = new XYPlot(ds, Charts.timeAxis(xLabel), y, r);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer dashed = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, true);
        for (int j = 0; j < ends.getSeriesCount(); j++) {
            dashed.setSeriesPaint(j, Charts.PALETTE[j % Charts.PALETTE.length]);
            dashed.setSeriesStroke(j, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            dashed.setSeriesVisibleInLegend(j, false);
            dashed.setSeriesShape(j, shapes[j % shapes.length]);
        }
        plot.setDataset(1, ends);
        plot.setRenderer(1, dashed);
        // the step renderer draws no shapes: each person's points (his pay at the start, at each
        // move and at the end) get the marker the legend shows, drawn over the lines (the legend
        // showed a square and a circle that no line had: found by a student's review)
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer points = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
        for (int j = 0; j < ds.getSeriesCount(); j++) {
            points.setSeriesPaint(j, Charts.PALETTE[j % Charts.PALETTE.length]);
            points.setSeriesShape(j, shapes[j % shapes.length]);
            points.setSeriesVisibleInLegend(j, false);
        }
        // (a collection of its own: a plot gives a dataset it holds twice the first renderer's
        // legend, and the legend showed each person twice)
        XYSeriesCollection marked = new XYSeriesCollection();
        for (int j = 0; j < ds.getSeriesCount(); j++) {
            marked.addSeries(ds.getSeries(j));
        }
        plot.setDataset(2, marked);
        plot.setRenderer(2, points);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        for (XYTextAnnotation a : notes) {
            plot.addAnnotation(a);
        }
        return Charts.style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), title);
    }

    /** The plot area of the named researchers' chart in its figure (640 × 420), roughly: for placing its labels. */
    private static final double PLOT_WIDTH = 525;
    private static final double PLOT_HEIGHT = 295;

    /**
     * Places the labels of the moves so that they do not overlap, as far as it can: each (in the
     * order of the people, then of their moves) above its point, or below it, or moved right past
     * the label in its way, whichever overlaps the labels already placed least; sizes estimated
     * in the figure's pixels with the table font's widths, the data's markers counted as in the
     * way ("→ laid off" and "→ AMI Labs/Core" ran into one another and into a marker: found by a
     * student-style review). A pay line may still cross a label: a
     * white backing to the labels hid the markers and lines under them.
     */
    static void spread(List<XYTextAnnotation> notes, double x0, double x1, org.jfree.chart.axis.ValueAxis y,
            org.jfree.data.xy.XYDataset data, boolean log) {
        double lo;
        double hi;
        if (log) {
            lo = Math.log10(y.getLowerBound());
            hi = Math.log10(y.getUpperBound());
        } else {
            lo = 0;
            hi = 0;
            for (int s = 0; s < data.getSeriesCount(); s++) {
                for (int k = 0; k < data.getItemCount(s); k++) {
                    double v = data.getYValue(s, k);
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
        }
        if (!(hi > lo) || !(x1 > x0)) {
            return;
        }
        List<double[]> markers = new ArrayList<>();
        // the markers of the data are in the way too (a label ran into another person's marker)
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int k = 0; k < data.getItemCount(s); k++) {
                double v = data.getYValue(s, k);
                if (Double.isFinite(v) && (!log || v > 0)) {
                    double mx = (data.getXValue(s, k) - x0) / (x1 - x0) * PLOT_WIDTH;
                    double my = PLOT_HEIGHT * (1 - ((log ? Math.log10(v) : v) - lo) / (hi - lo));
                    markers.add(new double[] {mx - 4, my - 4, mx + 4, my + 4});
                }
            }
        }
        List<double[]> placed = new ArrayList<>();
        for (XYTextAnnotation a : notes) {
            double px = (a.getX() - x0) / (x1 - x0) * PLOT_WIDTH;
            double v = log ? Math.log10(Math.max(a.getY(), 1e-300)) : a.getY();
            double py = PLOT_HEIGHT * (1 - (v - lo) / (hi - lo));   // down from the top, as drawn
            TableFont f = (TableFont) a.getFont();
            double w = f.advance(a.getText(), 0, a.getText().length());
            double h = f.getSize2D() * 1.2;
            boolean above = a.getTextAnchor() == TextAnchor.BOTTOM_LEFT;
            // the marker of its own point is where the label starts, not in its way
            List<double[]> others = markers.stream().filter(m -> Math.abs(m[0] + 4 - px) > 0.5 || Math.abs(m[1] + 4 - py) > 0.5)
                    .toList();
            // a move near the right edge (the run's last months) is labelled to the left of its
            // point: the label ran off the plot and showed as "–" (found by a review)
            boolean left = px + w > PLOT_WIDTH && px - w >= 0;
            double from = left ? px - w : px;
            double[][] tries = {box(from, py, w, h, above), box(from, py, w, h, !above)};
            double[] best = null;
            double least = Double.MAX_VALUE;
            for (double[] b : tries) {
                // another label in the way weighs far more than a marker: a label is unreadable
                // under another, and only grazed by a marker
                double o = 1000 * overlap(b, placed) + overlap(b, others);
                if (o < least - 1e-9) {
                    least = o;
                    best = b;
                }
            }
            if (overlap(best, placed) > 0 && !left) {
                // moved right past the labels it runs into, on the side it overlaps least (at most
                // 60 px); not past markers: "→ laid off" moved a month right past the person's next
                // markers, onto the line of his next job, and read as a layoff from that job (found
                // by a student's review)
                double[] b = best.clone();
                for (double[] q : placed) {
                    if (overlap(b, List.<double[]>of(q)) > 0) {
                        double dx = q[2] + 3 - b[0];
                        b[0] += dx;
                        b[2] += dx;
                    }
                }
                if (b[0] - best[0] <= 60 && overlap(b, placed) < overlap(best, placed)) {
                    best = b;
                }
            }
            boolean top = best[1] < py - h / 2;
            a.setTextAnchor(left ? (top ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT)
                    : top ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT);
            a.setX(x0 + (left ? best[2] : best[0]) / PLOT_WIDTH * (x1 - x0));
            placed.add(best);
        }
    }

    /** The box {x0, y0, x1, y1} of a label at (px, py): above the point (its bottom there) or below it. */
    private static double[] box(double px, double py, double w, double h, boolean above) {
        return above ? new double[] {px, py - h, px + w, py} : new double[] {px, py, px + w, py + h};
    }

    /** The area {@code b} shares with the boxes {@code placed}. */
    private static double overlap(double[] b, List<double[]> placed) {
        double sum = 0;
        for (double[] q : placed) {
            double dx = Math.min(b[2], q[2]) - Math.max(b[0], q[0]);
            double dy = Math.min(b[3], q[3]) - Math.max(b[1], q[1]);
            if (dx > 0 && dy > 0) {
                sum += dx * dy;
            }
        }
        return sum;
    }

    /**
     * An axis of counts from 0 to {@code max} on the scale log10(1 + count), the heat map's colour
     * scale: its ticks are 0 and the powers of ten up to {@code max}, labelled as counts.
     */
    static final class LogCountAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final double max;

        LogCountAxis(String label, double max) {
            super(label);
            this.max = max;
            setRange(0, Math.log10(1 + max));
        }

        /** The ticks: (log10(1 + count), label) for count 0, 1, 10, 100, … up to {@code max}. */
        java.util.List<org.jfree.chart.axis.NumberTick> countTicks(TextAnchor anchor, TextAnchor rotationAnchor) {
            java.util.List<org.jfree.chart.axis.NumberTick> out = new java.util.ArrayList<>();
            out.add(new org.jfree.chart.axis.NumberTick(0.0, "0", anchor, rotationAnchor, 0));
            for (long c = 1; c <= max; c *= 10) {
                out.add(new org.jfree.chart.axis.NumberTick(Math.log10(1 + c), Fmt.count(c), anchor, rotationAnchor, 0));
            }
            return out;
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected java.util.List refreshTicksVertical(java.awt.Graphics2D g2, java.awt.geom.Rectangle2D dataArea,
                RectangleEdge edge) {
            return countTicks(edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT, TextAnchor.CENTER);
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected java.util.List refreshTicksHorizontal(java.awt.Graphics2D g2, java.awt.geom.Rectangle2D dataArea,
                RectangleEdge edge) {
            return countTicks(edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER, TextAnchor.CENTER);
        }
    }
}
