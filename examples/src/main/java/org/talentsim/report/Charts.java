package org.talentsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The house style of the report's charts and the line and bar charts over time: white ground,
 * light grid, one palette that stays distinct in print, titles left-aligned, legend below.
 */
final class Charts {
    static final String FONT = "SansSerif";

    /**
     * The charts' font at {@code size} points: sans-serif measured from a table ({@link
     * TableFont}), not by the JDK's font system, which drawing a chart then never starts.
     */
    static Font font(int style, int size) {
        return TableFont.get(FONT, style, size);
    }
    /**
     * Distinct colours, reused in order. The last two are near-black and tan: a dark blue and a
     * dark red there were told apart from the first two only with effort (a market of 12 lines:
     * found by a reviewer).
     */
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x222222), new Color(0xcea262)};
    static final Color GRID = new Color(0xdde2ea);
    static final Color MARK = new Color(0x8a94a6);
    /** Pay spanning more than this ratio (max/min of the means drawn) gets a log axis. */
    static final double LOG_RATIO = 20;

    static {
        // rotated labels (the y axes, the flow matrix's columns) as text under a rotation, not
        // as glyph outlines: smaller SVG, selectable text, fonts of the reader's browser
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Charts() {}

    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(?=(amp|lt|gt|quot|apos);)");

    /**
     * Text of the user's (a lab's, a team's, a person's name, a path) as a chart shows it.
     * JFreeSVG escapes an {@code &} except where it starts one of XML's five named entities, which
     * it writes through: a team named {@code A&amp;B} would read "A&B" in the SVG. A zero-width
     * space after such an {@code &} keeps the text literal; it is invisible in the SVG and in the
     * PNG (Java2D draws it as nothing).
     */
    static String text(String s) {
        return s == null || s.indexOf('&') < 0 ? s : ENTITY.matcher(s).replaceAll("&\u200B");
    }

    /** A vertical mark on a time axis: at {@code x}, labelled {@code label} (a short number). */
    record Mark(double x, String label) {}

    /** The house style applied to a chart built by JFreeChart's factory or by hand. */
    static JFreeChart style(JFreeChart c, String title) {
        c.setTitle(new TextTitle(text(title), font(Font.BOLD, 15)));
        c.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        c.getTitle().setPadding(new RectangleInsets(4, 8, 6, 8));
        c.setBackgroundPaint(Color.WHITE);
        c.setAntiAlias(true);
        c.setTextAntiAlias(true);
        c.setPadding(new RectangleInsets(2, 2, 4, 22));   // room for a last tick label centred on the axis's end ("2035-01" was cut: a visual review)
        LegendTitle legend = c.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(font(Font.PLAIN, 12));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot p = c.getPlot();
        p.setBackgroundPaint(Color.WHITE);
        p.setOutlineVisible(false);
        if (p instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(0.8f));
            xy.setRangeGridlineStroke(new BasicStroke(0.8f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int k = 0; k < xy.getDomainAxisCount(); k++) {
                axis(xy.getDomainAxis(k));
            }
            for (int k = 0; k < xy.getRangeAxisCount(); k++) {
                axis(xy.getRangeAxis(k));
            }
        } else if (p instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(GRID);
            cp.setRangeGridlineStroke(new BasicStroke(0.8f));
            cp.setAxisOffset(RectangleInsets.ZERO_INSETS);
            axis(cp.getDomainAxis());
            axis(cp.getRangeAxis());
        }
        return c;
    }

    static void axis(org.jfree.chart.axis.Axis a) {
        if (a == null) {
            return;
        }
        a.setLabelFont(font(Font.PLAIN, 12));
        a.setTickLabelFont(font(Font.PLAIN, 11));
        a.setLabelPaint(new Color(0x333a45));
        a.setTickLabelPaint(new Color(0x333a45));
        a.setAxisLinePaint(new Color(0x9aa3b2));
        a.setTickMarkPaint(new Color(0x9aa3b2));
    }

    /**
     * The time axis: x in months since 1970-01 ({@link RunData#time}), ticks on whole months (1,
     * 2, 3, 6 months, 1, 2, 5, 10 … years apart, the closest that fit), labelled {@code YYYY-MM}.
     * A number axis rather than JFreeChart's date axis, which sets up calendars and date formats
     * for each chart: a large piece of code to run in a fresh JVM (docs/REPORT.md, "Speed").
     */
    static NumberAxis timeAxis(String label) {
        NumberAxis a = Axes.number(text(label));
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        NumberFormat f = new MonthFormat();
        for (int months : new int[] {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000}) {
            units.add(new org.jfree.chart.axis.NumberTickUnit(months, f));
        }
        a.setStandardTickUnits(units);
        a.setNumberFormatOverride(f); // the labels the units give, and marks the axis as formatted (localeFree)
        a.setAutoRangeIncludesZero(false);
        a.setLowerMargin(0.01);
        a.setUpperMargin(0.01);
        return a;
    }

    /** Months since 1970-01 as {@code YYYY-MM}, for the time axis's ticks (whole months). */
    static final class MonthFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return to.append(Fmt.month(Math.round(number)));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return to.append(Fmt.month(number));
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }

    /**
     * On a log axis, the range from the power of ten at or below the data's lowest positive value
     * to the one at or above its highest (with {@code room} of the height left above the data
     * first): every line then lies between two labelled gridlines (with one or two labels a pay of
     * $40M ran above the top one, $2M below the lowest). A linear axis is left as it is.
     */
    static void wholeDecades(ValueAxis axis, org.jfree.data.xy.XYDataset ds, double room) {
        if (!(axis instanceof LogAxis a)) {
            return;
        }
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int sIdx = 0; sIdx < ds.getSeriesCount(); sIdx++) {
            for (int k = 0; k < ds.getItemCount(sIdx); k++) {
                double v = ds.getYValue(sIdx, k);
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (max <= 0) {
            return;
        }
        // a series at a power of ten itself (a $100M budget) would sit on the axis line, half
        // hidden: the range then starts a decade lower
        double lo = Math.floor(Math.log10(min) - 0.02);
        double top = Math.log10(max);
        // the room the marks' numbers need above the data, in whole decades: the next power of ten
        // when the data leave LOG_MARK_ROOM of the height free under it (two rows of numbers take
        // less than a tenth), else the one after (room's share of the height, as a linear axis: a
        // payroll of $3.35B over $1M rose to $100B, two decades of nothing: a student's review)
        double hi = Math.max(lo + 1, Math.ceil(top - 1e-9));
        if (room > 0 && (hi - top) / (hi - lo) < Math.min(room, LOG_MARK_ROOM)) {
            hi = Math.max(hi, Math.ceil(top + room * (top - lo) / (1 - room) - 1e-9));
        }
        // a hair beyond the powers of ten: JFreeChart computes log(10^n)/log(10) a hair below n for
        // n = 3, 6, 9, 12 and then drops that end's tick and label ($1B at the top was unlabelled)
        a.setRange(Math.pow(10, lo) * (1 - 1e-9), Math.pow(10, hi) * (1 + 1e-9));
    }

    /**
     * A log axis whose tick labels are plain text: JFreeChart's are attributed strings (for
     * superscripts, which a format override never has), measured and drawn through the JDK's
     * {@code TextLayout}, which needs the font system that {@link TableFont} keeps from starting.
     * Only the ticks are rewritten: {@code LogAxis.estimateMaximumTickLabelWidth} would still
     * measure through {@code TextLayout}, which it does only when the axis chooses its tick unit
     * itself ({@link #valueAxis} turns that off).
     */
    static final class TextLogAxis extends LogAxis {
        private static final long serialVersionUID = 1L;

        TextLogAxis(String label) {
            super(label);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List refreshTicks(java.awt.Graphics2D g2, org.jfree.chart.axis.AxisState state, java.awt.geom.Rectangle2D dataArea,
                org.jfree.chart.ui.RectangleEdge edge) {
            List out = new java.util.ArrayList();
            for (Object o : super.refreshTicks(g2, state, dataArea, edge)) {
                org.jfree.chart.axis.ValueTick t = (org.jfree.chart.axis.ValueTick) o;
                String text = null;
                if (t instanceof org.jfree.chart.axis.LogTick l && l.getAttributedLabel() != null) {
                    java.text.AttributedCharacterIterator it = l.getAttributedLabel().getIterator();
                    StringBuilder b = new StringBuilder();
                    for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) {
                        b.append(c);
                    }
                    text = b.toString();
                }
                out.add(new org.jfree.chart.axis.NumberTick(t.getTickType(), t.getValue(), text, t.getTextAnchor(),
                        t.getRotationAnchor(), t.getAngle()));
            }
            return out;
        }
    }

    /** A value axis: log (base 10, ticks 10k, 100k, 1M …) or linear from zero or fitted to the data. */
    static ValueAxis valueAxis(String label, boolean log, boolean fromZero, NumberFormat fmt) {
        if (log) {
            LogAxis a = Axes.log(text(label));
            a.setBase(10);
            a.setSmallestValue(1e-9);
            a.setNumberFormatOverride(fmt);
            // a tick at each power of ten ($100k, $1M, $10M): log ticks in between read badly
            a.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1), false, false);
            a.setAutoTickUnitSelection(false, false);
            a.setMinorTickCount(9);
            a.setMinorTickMarksVisible(true);
            return a;
        }
        NumberAxis a = Axes.number(text(label));
        a.setAutoRangeIncludesZero(fromZero);
        if (fmt != null) {
            a.setNumberFormatOverride(fmt);
        }
        return a;
    }

    /**
     * Lines over time, one per series (NaN values leave gaps), with {@code marks} as dashed
     * vertical lines numbered at the top.
     */
    static JFreeChart timeLines(String title, String xLabel, String yLabel, double[] x, List<RunData.Series> series,
            boolean log, boolean fromZero, NumberFormat fmt, List<Mark> marks) {
        boolean[] small = log ? new boolean[series.size()] : small(series);
        XYSeriesCollection ds = new XYSeriesCollection();
        XYSeriesCollection right = new XYSeriesCollection();
        for (int k = 0; k < series.size(); k++) {
            RunData.Series s = series.get(k);
            XYSeries xs = new XYSeries(text(s.name()) + (small[k] ? " (right axis)" : ""), false, true);
            for (int t = 0; t < x.length; t++) {
                double y = s.y()[t];
                boolean ok = !Double.isNaN(y) && !(log && y <= 0);
                xs.add(x[t], ok ? Double.valueOf(y) : null);
            }
            (small[k] ? right : ds).addSeries(xs);
        }
        // a run of one tick has one point a series: a line of one point draws nothing, so mark it
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, x.length == 1);
        XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(true, x.length == 1);
        r.setDrawSeriesLineAsPath(true);
        rr.setDrawSeriesLineAsPath(true);
        for (int k = 0, a = 0, b = 0; k < series.size(); k++) {
            // each series keeps the colour and line of its place in the list, on either axis
            XYLineAndShapeRenderer to = small[k] ? rr : r;
            int at = small[k] ? b++ : a++;
            int style = series.get(k).style() >= 0 ? series.get(k).style() : k;
            to.setSeriesPaint(at, PALETTE[style % PALETTE.length]);
            if (points(series.get(k).y()) == 1) {
                // a line of one point draws nothing: a lab founded in the run's last month was in the
                // legend and nowhere on the chart (found by a visual review)
                to.setSeriesShapesVisible(at, true);
            }
            // a series on the right axis is dashed and named at its end with its last value: drawn on
            // its own scale, a team of 35 climbed above one of 1,640 and read at a glance as the larger
            to.setSeriesStroke(at, small[k] ? SMALL_LINE : line(style));
            if (small[k]) {
                rr.addAnnotation(endLabel(series.get(k), x, fmt, PALETTE[style % PALETTE.length]));
            }
        }
        // a line that lies on a later one hides it (the first series is drawn last, on top): it is
        // dashed, so that the one beneath shows through its gaps (Google DeepMind's capability lay
        // under OpenAI's from start to end: found by a student's review)
        for (int k = 0, a = 0; k < series.size(); k++) {
            if (small[k]) {
                continue;
            }
            int style = series.get(k).style() >= 0 ? series.get(k).style() : k;
            if (DASHES[(style / PALETTE.length) % DASHES.length] == null && hidesAnother(series, small, k, log, fromZero && !log)) {
                r.setSeriesStroke(a, COVERING_LINE);
            }
            a++;
        }
        ValueAxis y = valueAxis(yLabel, log, fromZero, fmt);
        if (y instanceof NumberAxis a) {
            // series that never change (morale 0.5 throughout) would get a range of 1e-8, whose
            // ticks all read "0.5": at least a tenth of the values' size, so labels tell gridlines apart
            double size = 0;
            for (RunData.Series s : series) {
                for (double v : s.y()) {
                    size = Double.isFinite(v) ? Math.max(size, Math.abs(v)) : size;
                }
            }
            minimumRange(a, size);
        }
        if (!marks.isEmpty()) {
            // room above the data for the marks' two rows of numbers (they sat on the top lines)
            y.setUpperMargin(MARK_ROOM);
        }
        wholeDecades(y, ds, marks.isEmpty() ? 0 : MARK_ROOM);
        XYPlot plot = new XYPlot(ds, timeAxis(xLabel), y, r);
        if (right.getSeriesCount() > 0) {
            // series under a tenth of the largest would lie flat on the zero line (a team of 35
            // growing on an axis to 2,200): they are drawn against an axis of their own, on the right
            ValueAxis y2 = valueAxis(yLabel + " (right axis)", false, fromZero, fmt);
            if (!marks.isEmpty()) {
                y2.setUpperMargin(MARK_ROOM);
            }
            plot.setDataset(1, right);
            plot.setRenderer(1, rr);
            plot.setRangeAxis(1, y2);
            plot.mapDatasetToRangeAxis(1, 1);
        }
        addMarks(plot, x, marks, true);
        return style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), title);
    }

    /**
     * Adds {@code marks} to {@code plot} (time axis {@code x}) as dashed lines behind the data,
     * with their numbers at the top in front of it when {@code numbered}; a plot that numbers
     * them needs {@link #MARK_ROOM} above its data.
     */
    static void addMarks(XYPlot plot, double[] x, List<Mark> marks, boolean numbered) {
        for (int k = 0; k < marks.size(); k++) {
            // the dashed line behind the data, its number in front of every line on a white ground: a
            // long label ("11–14") was cut by the next month's line (found by a visual review)
            ValueMarker line = mark(marks.get(k), k % 2);
            line.setLabel(null);
            plot.addDomainMarker(line, org.jfree.chart.ui.Layer.BACKGROUND);
            if (!numbered) {
                continue;
            }
            ValueMarker label = mark(marks.get(k), k % 2);
            label.setPaint(new Color(0, 0, 0, 0));
            label.setLabelBackgroundColor(new Color(255, 255, 255, 235));
            if (x.length > 1 && marks.get(k).x() > x[0] + 0.9 * (x[x.length - 1] - x[0])) {
                // near the axis's end the number goes left of its line (an event in the run's last
                // month lost its number beyond the plot: found by a visual review)
                label.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                label.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            }
            plot.addDomainMarker(label, org.jfree.chart.ui.Layer.FOREGROUND);
        }
    }

    /**
     * Which series go on a second, right-hand axis: those whose largest value is above 0 and under
     * a tenth of the largest of all, and that change by at least half of it over the run (a team
     * growing from 0 to 35 beside teams of 2,000); a small series that stays level stays on the
     * left, where it reads as level (drawn on the right it lay over the large ones).
     */
    static boolean[] small(List<RunData.Series> series) {
        double[] max = new double[series.size()];
        double[] min = new double[series.size()];
        double top = 0;
        for (int k = 0; k < series.size(); k++) {
            min[k] = Double.MAX_VALUE;
            for (double v : series.get(k).y()) {
                if (Double.isFinite(v)) {
                    max[k] = Math.max(max[k], Math.abs(v));
                    min[k] = Math.min(min[k], Math.abs(v));
                }
            }
            top = Math.max(top, max[k]);
        }
        boolean[] out = new boolean[series.size()];
        for (int k = 0; k < series.size(); k++) {
            out[k] = max[k] > 0 && max[k] < 0.1 * top && max[k] - min[k] >= 0.5 * max[k];
        }
        return out;
    }

    /** How many finite values {@code y} has. */
    static int points(double[] y) {
        int n = 0;
        for (double v : y) {
            n += Double.isFinite(v) ? 1 : 0;
        }
        return n;
    }

    /** The line of a series drawn against the right axis: dashed, whatever its place in the palette. */
    static final BasicStroke SMALL_LINE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 3f}, 0f);

    /**
     * The label at a right-axis series' last point: "TBD Lab: 35 (right axis)", so the size it has
     * reads off the line itself rather than off a second set of ticks.
     */
    static org.jfree.chart.annotations.XYPointerAnnotation endLabel(RunData.Series s, double[] x, NumberFormat fmt, Paint paint) {
        int last = s.y().length - 1;
        while (last > 0 && !Double.isFinite(s.y()[last])) {
            last--;
        }
        double v = s.y()[last];
        String value = fmt != null ? fmt.format(v) : Fmt.num(v);
        // an arrow from the upper left to the last point, the text at its tail: set on the point with
        // a white ground, it washed out the line's end and any line it lay on (found by a visual review)
        org.jfree.chart.annotations.XYPointerAnnotation a = new org.jfree.chart.annotations.XYPointerAnnotation(
                text(s.name()) + ": " + value + " (right axis)", x[last], v, -0.75 * Math.PI);
        a.setFont(font(Font.BOLD, 11));
        a.setPaint(paint);
        a.setArrowPaint(paint);
        a.setTipRadius(3);
        a.setBaseRadius(22);
        a.setArrowLength(5);
        a.setArrowWidth(3);
        a.setLabelOffset(2);
        a.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return a;
    }

    /** Dash patterns of the lines, one per round of the palette: solid, dashed, dotted, dash-dot, long dashes. */
    private static final float[][] DASHES = {null, {7f, 4f}, {1.5f, 4f}, {9f, 3f, 2f, 3f}, {14f, 5f}};

    /**
     * The line of series {@code k}: 2 px, in colour {@code k mod 12} of the palette and, from the
     * thirteenth series on, dashed, so that 60 series stay apart (the colours alone repeat every 12).
     */
    static BasicStroke line(int k) {
        float[] dash = DASHES[(k / PALETTE.length) % DASHES.length];
        return dash == null ? new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The stroke of a line that lies on another ({@link #hidesAnother}): dashed, the other showing through its gaps. */
    static final BasicStroke COVERING_LINE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {6f, 5f}, 0f);

    /**
     * The caption's words for the lines of {@code chart} dashed as lying on another ({@link
     * #COVERING_LINE}): "" when none (a dashed OpenAI line on the capability chart, where dashes
     * elsewhere meant the right axis or an event, went unexplained: a student's review).
     */
    static String coveringNote(JFreeChart chart) {
        if (!(chart.getPlot() instanceof XYPlot p) || p.getDataset(0) == null || p.getRenderer(0) == null) {
            return "";
        }
        List<String> names = new java.util.ArrayList<>();
        for (int k = 0; k < p.getDataset(0).getSeriesCount(); k++) {
            if (COVERING_LINE.equals(p.getRenderer(0).getSeriesStroke(k))) {
                names.add(String.valueOf(p.getDataset(0).getSeriesKey(k)));
            }
        }
        return names.isEmpty() ? "" : " Dashed" + (names.size() == 1 ? ", the line of " + names.get(0) + " lies" : ": " + String.join(", ", names)
                + ", lines that lie") + " on another, which shows through the gaps.";
    }

    /** Two lines closer than this share of the chart's value range (about a line's width) lie on one another. */
    static final double ON_ANOTHER = 0.006;

    /**
     * Whether series {@code k} (on the left axis) lies on a later one on that axis at every time
     * both have a value (at least two): within {@link #ON_ANOTHER} of the left axis's value range
     * (of the logarithms on a log axis; from 0 when the axis starts at 0), so that, drawn over it,
     * it hides it.
     */
    static boolean hidesAnother(List<RunData.Series> series, boolean[] small, int k, boolean log, boolean fromZero) {
        double lo = fromZero ? 0 : Double.POSITIVE_INFINITY;
        double hi = fromZero ? 0 : Double.NEGATIVE_INFINITY;
        for (int j = 0; j < series.size(); j++) {
            if (!small[j]) {
                for (double v : series.get(j).y()) {
                    double w = log ? (v > 0 ? Math.log(v) : Double.NaN) : v;
                    if (Double.isFinite(w)) {
                        lo = Math.min(lo, w);
                        hi = Math.max(hi, w);
                    }
                }
            }
        }
        double tol = ON_ANOTHER * Math.max(hi - lo, 1e-12);
        double[] a = series.get(k).y();
        for (int j = k + 1; j < series.size(); j++) {
            if (small[j]) {
                continue;
            }
            double[] b = series.get(j).y();
            int shared = 0;
            boolean close = true;
            for (int t = 0; t < Math.min(a.length, b.length) && close; t++) {
                double u = log ? (a[t] > 0 ? Math.log(a[t]) : Double.NaN) : a[t];
                double v = log ? (b[t] > 0 ? Math.log(b[t]) : Double.NaN) : b[t];
                if (Double.isFinite(u) && Double.isFinite(v)) {
                    shared++;
                    close = Math.abs(u - v) <= tol;
                }
            }
            if (close && shared >= 2) {
                return true;
            }
        }
        return false;
    }

    /** The share of a time chart's value range left above the data for the marks' labels. */
    static final double MARK_ROOM = 0.16;

    /** The share of a log axis's height (whole decades) left above the data that is room enough for the marks' numbers. */
    static final double LOG_MARK_ROOM = 0.1;

    /**
     * A mark's label as a chart draws it: a run of numbers with a hyphen ("3-6"), where the page's
     * list of events has an en dash ("3–6"). One character beyond Latin-1 makes a chart's whole SVG
     * a two-byte string, built, copied and encoded to UTF-8 by other code than the rest, run cold
     * in a fresh JVM (thirteen of the flagship's charts had a dash).
     */
    static String markLabel(String label) {
        return label == null ? null : label.replace('\u2013', '-');
    }

    /** A mark's dashed line, its label in row {@code row} (0 or 1: neighbours alternate so their labels do not overlap). */
    static ValueMarker mark(Mark m, int row) {
        ValueMarker v = new ValueMarker(m.x(), MARK, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {4f, 3f}, 0f));
        v.setLabel(markLabel(m.label()));
        v.setLabelFont(font(Font.BOLD, 10));
        v.setLabelPaint(new Color(0x4a5160));
        v.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        v.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        v.setLabelOffset(new RectangleInsets(2 + 12 * row, 2, 2, 2));
        v.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        return v;
    }

    /** Stacked bars: one bar per category (x), one segment per series, with a fixed colour per series. */
    static JFreeChart stackedBars(String title, String xLabel, String yLabel, DefaultCategoryDataset ds,
            List<Paint> colours) {
        return stackedBars(title, xLabel, yLabel, ds, colours, java.util.Map.of());
    }

    /**
     * Stacked bars with {@code marks} (category → label, e.g. a month → its events' numbers) as
     * dashed lines through their categories, numbered at the top as the time charts' events are.
     */
    static JFreeChart stackedBars(String title, String xLabel, String yLabel, DefaultCategoryDataset ds,
            List<Paint> colours, java.util.Map<String, String> marks) {
        CategoryAxis x = new SparseCategoryAxis(text(xLabel), ds.getColumnKeys());
        // labels up to 0.8 of the plot's height long, not JFreeChart's 0.5: "Google
        // DeepMind/Resear…" hid the team's count (found by a student's review); a second line
        // ran into the next label
        org.jfree.chart.axis.CategoryLabelPosition up = CategoryLabelPositions.UP_45.getLabelPosition(RectangleEdge.BOTTOM);
        x.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(CategoryLabelPositions.UP_45,
                new org.jfree.chart.axis.CategoryLabelPosition(up.getCategoryAnchor(), up.getLabelAnchor(), up.getRotationAnchor(),
                        up.getAngle(), up.getWidthType(), 0.8f)));
        x.setCategoryMargin(0.15);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        NumberAxis y = Axes.number(text(yLabel));
        y.setNumberFormatOverride(counts());
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        for (int k = 0; k < colours.size(); k++) {
            r.setSeriesPaint(k, colours.get(k));
        }
        CategoryPlot plot = new CategoryPlot(ds, x, y, r);
        // the lines first, then their numbers on a white ground over every line (a long label,
        // "11–14", was cut by the next month's line: found by a visual review)
        for (boolean labels : new boolean[] {false, true}) {
            int row = 0;
            for (java.util.Map.Entry<String, String> m : marks.entrySet()) {
                if (ds.getColumnIndex(m.getKey()) < 0) {
                    continue;
                }
                org.jfree.chart.plot.CategoryMarker c = new org.jfree.chart.plot.CategoryMarker(m.getKey(),
                        labels ? new Color(0, 0, 0, 0) : MARK,
                        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
                c.setDrawAsLine(true);
                if (labels) {
                    c.setLabel(markLabel(m.getValue()));
                    c.setLabelFont(font(Font.BOLD, 10));
                    c.setLabelPaint(new Color(0x4a5160));
                    c.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
                    c.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                    c.setLabelOffset(new RectangleInsets(2 + 12 * (row % 2), 2, 2, 2));
                    c.setLabelBackgroundColor(new Color(255, 255, 255, 235));
                }
                row++;
                plot.addDomainMarker(c, org.jfree.chart.ui.Layer.FOREGROUND);
            }
        }
        if (!marks.isEmpty()) {
            y.setUpperMargin(MARK_ROOM);
        }
        return style(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), title);
    }

    /** At most this many labelled categories on a category axis: 24 fit a chart 640 px wide at 45° (30 touch). */
    static final int MAX_CATEGORY_LABELS = 24;

    /**
     * A category axis that labels every category while they fit ({@link #MAX_CATEGORY_LABELS}),
     * and otherwise one in {@code step} (1, 2, 3, 6, 12, 24, 60, 120 … the smallest that fits);
     * when the categories are months ({@code YYYY-MM}) the labelled ones are whole steps of the
     * calendar (every January with a step of 12), else every step-th from the first. The others
     * keep their bars and get no label: 420 months of labels 1.3 px apart read as a black band.
     */
    static final class SparseCategoryAxis extends CategoryAxis {
        private static final long serialVersionUID = 1L;
        private final java.util.Map<Comparable<?>, Integer> shown = new java.util.HashMap<>();
        private final int step;

        @SuppressWarnings("rawtypes")
        SparseCategoryAxis(String label, List categories) {
            super(label);
            int n = categories.size();
            int s = STEPS[STEPS.length - 1];
            for (int candidate : STEPS) {
                if (n <= MAX_CATEGORY_LABELS * (long) candidate) {
                    s = candidate;
                    break;
                }
            }
            step = s;
            boolean months = n > 0;
            for (Object c : categories) {
                months &= c instanceof String str && Fmt.monthIndex(str) != Long.MIN_VALUE;
            }
            for (int i = 0; i < n; i++) {
                Comparable<?> c = (Comparable<?>) categories.get(i);
                long at = months ? Fmt.monthIndex((String) c) : i;
                if (Math.floorMod(at, (long) step) == 0) {
                    shown.put(c, i);
                }
            }
        }

        private static final int[] STEPS = {1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12000};

        @Override
        @SuppressWarnings("rawtypes")
        protected org.jfree.chart.text.TextBlock createLabel(Comparable category, float width, RectangleEdge edge,
                java.awt.Graphics2D g2) {
            if (step > 1 && !shown.containsKey(category)) {
                return new org.jfree.chart.text.TextBlock();
            }
            return super.createLabel(category, width * step, edge, g2);
        }
    }

    /**
     * An axis's range is at least a tenth of {@code size} (the largest magnitude it shows; 1 when
     * that is 0): values that never change got a range of 1e-8, whose ticks all read the same
     * ("200 200 200").
     */
    static void minimumRange(NumberAxis a, double size) {
        minimumRange(a, size, 0.1);
    }

    /** {@link #minimumRange(NumberAxis, double)} with the range at least {@code share} of {@code size}. */
    static void minimumRange(NumberAxis a, double size, double share) {
        a.setAutoRangeMinimumSize(size > 0 && Double.isFinite(size) ? share * size : 1);
    }

    /**
     * Counts with thousands separators, and the decimals of a tick between whole numbers (an
     * axis over a few people has ticks at 0.5: rounded, they read 0, 1, 1, 2): as {@code
     * DecimalFormat("#,##0.##")} writes them.
     */
    static NumberFormat counts() {
        return new PlainFormat(0, 2, true, "#,##0.##");
    }

    /**
     * Plain decimals, {@code 0.45}, with up to four places: gridlines 0.005 apart read 0.515,
     * 0.52, 0.525 (with two places they read 0.52, 0.52, 0.53, one label standing for two lines):
     * as {@code DecimalFormat("0.0###")} writes them.
     */
    static NumberFormat decimals() {
        return new PlainFormat(1, 4, false, "0.0###");
    }

    /**
     * A number in plain decimals, {@code min} to {@code max} places (rounded half even, as {@code
     * DecimalFormat}), with thousands separators or not; a value a rounding error off zero reads
     * 0. By arithmetic, not with {@code DecimalFormat}: an axis formats its ticks several times
     * (once to measure them), ~400 numbers in the flagship's report, all in {@code DecimalFormat}'s
     * large, cold code in a fresh JVM (PlainFormatTest checks the two agree).
     */
    static final class PlainFormat extends AxisFormat {
        private static final long serialVersionUID = 1L;
        private final int min;
        private final int max;
        private final boolean grouped;
        /** The DecimalFormat pattern it writes as, for what arithmetic on a long cannot hold. */
        private final String pattern;

        PlainFormat(int min, int max, boolean grouped, String pattern) {
            this.min = min;
            this.max = max;
            this.grouped = grouped;
            this.pattern = pattern;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            long scale = 1;
            for (int k = 0; k < max; k++) {
                scale *= 10;
            }
            // rounded half even on the double's exact value, as DecimalFormat: the product's
            // rounding error (exact, by a fused multiply-add) settles a tie the product shows
            // (-0.175 summed from ticks is -0.17499…: "-0.17", not "-0.18")
            double a = Math.abs(number);
            double product = a * scale;
            double scaled = Math.rint(product);
            if (Math.abs(product - scaled) == 0.5 || product - Math.floor(product) == 0.5) {
                double error = Math.fma(a, scale, -product);
                scaled = error > 0 ? Math.ceil(product) : error < 0 ? Math.floor(product) : scaled;
            }
            if (!(scaled < 1e17)) {   // beyond a long's exact digits (and NaN, infinities)
                return to.append(new java.text.DecimalFormat(pattern, java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                        .format(number));
            }
            long k = (long) scaled;
            if (number < 0 && k != 0) {
                to.append('-');
            }
            String whole = Long.toString(k / scale);
            int first = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
            to.append(whole, 0, first);
            for (int i = first; i < whole.length(); i += 3) {
                if (grouped) {
                    to.append(',');
                }
                to.append(whole, i, i + 3);
            }
            long frac = k % scale;
            int places = max;
            while (places > min && frac % 10 == 0) {
                frac /= 10;
                places--;
            }
            if (places > 0) {
                String digits = Long.toString(frac);
                to.append('.');
                for (int z = digits.length(); z < places; z++) {
                    to.append('0');
                }
                to.append(digits);
            }
            return to;
        }

    }

    /** Money on an axis: {@code $300k}, {@code $1M}, {@code $2.5B}. */
    static NumberFormat money() {
        return new ShortFormat("$");
    }

    /**
     * Gives each number axis of {@code chart} without a format of its own {@link #shortNumbers}:
     * JFreeChart's default tick formats follow the JVM's locale ({@code 0,020} in German,
     * Arabic-Indic digits in Arabic), and a report must read the same everywhere. Axes of names
     * ({@code SymbolAxis}) are left alone.
     */
    static void localeFree(org.jfree.chart.JFreeChart chart) {
        if (chart != null) {
            localeFree(chart.getPlot());
            for (Object t : chart.getSubtitles()) {
                if (t instanceof org.jfree.chart.title.PaintScaleLegend l) {
                    localeFree(l.getAxis());
                }
            }
        }
    }

    private static void localeFree(org.jfree.chart.plot.Plot p) {
        if (p instanceof XYPlot x) {
            for (int i = 0; i < x.getDomainAxisCount(); i++) {
                localeFree(x.getDomainAxis(i));
            }
            for (int i = 0; i < x.getRangeAxisCount(); i++) {
                localeFree(x.getRangeAxis(i));
            }
        } else if (p instanceof org.jfree.chart.plot.CategoryPlot c) {
            for (int i = 0; i < c.getRangeAxisCount(); i++) {
                localeFree(c.getRangeAxis(i));
            }
        }
    }

    private static void localeFree(ValueAxis a) {
        if (a instanceof org.jfree.chart.axis.SymbolAxis) {
            return;
        }
        if (a instanceof NumberAxis n && n.getNumberFormatOverride() == null) {
            n.setNumberFormatOverride(shortNumbers());
        } else if (a instanceof org.jfree.chart.axis.LogAxis l && l.getNumberFormatOverride() == null) {
            l.setNumberFormatOverride(shortNumbers());
        }
    }

    /** Short numbers on an axis: {@code 300k}, {@code 1.2M}. */
    static NumberFormat shortNumbers() {
        return new ShortFormat("");
    }

    /** {@link Fmt#tick} as a {@link NumberFormat} for axes. */
    static final class ShortFormat extends AxisFormat {
        private static final long serialVersionUID = 1L;
        private final String prefix;

        ShortFormat(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            String s = Fmt.tick(Math.abs(number));
            // a tick a rounding error below zero (−1e-17) reads 0, not −0
            return to.append(number < 0 && !s.equals("0") ? "\u2212" : "").append(prefix).append(s);
        }

    }

    /** A format for an axis's tick labels: doubles only (a long is written as its double), never parsed. */
    abstract static class AxisFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public final StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return format((double) number, to, pos);
        }

        @Override
        public final Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
