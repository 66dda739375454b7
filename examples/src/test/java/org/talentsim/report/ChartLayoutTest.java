package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** Where things land on a chart, as a reader saw them overlap. */
class ChartLayoutTest {
    /** The top of the highest line, in px below the top of the plot area, once drawn at 640 × 420. */
    static double headroom(JFreeChart c, double max) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        c.draw(new SVGGraphics2D(640, 420), new Rectangle2D.Double(0, 0, 640, 420), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        ValueAxis y = ((XYPlot) c.getPlot()).getRangeAxis();
        return y.valueToJava2D(max, area, RectangleEdge.LEFT) - area.getMinY();
    }

    /**
     * The events' numbers (two rows of 10 px text from the top of the plot) sat on the highest
     * lines: a lab at the top of the headcount chart ran through them. The value axis now leaves
     * room above the data on a chart with events, on a linear and a log axis alike.
     */
    @Test
    void theEventsNumbersHaveRoomAboveTheData() {
        double[] x = {0, 1, 2, 3, 4, 5};
        List<RunData.Series> series = List.of(new RunData.Series("top", new double[] {4800, 4810, 4790, 4805, 4800, 4812}),
                new RunData.Series("low", new double[] {200, 210, 205, 207, 206, 209}));
        List<Charts.Mark> marks = List.of(new Charts.Mark(1, "1"), new Charts.Mark(2, "2"));
        for (boolean log : new boolean[] {false, true}) {
            JFreeChart with = Charts.timeLines("t", "month", "researchers", x, series, log, true, null, marks);
            JFreeChart without = Charts.timeLines("t", "month", "researchers", x, series, log, true, null, List.of());
            double room = headroom(with, 4812);
            assertTrue(room >= 28, (log ? "log" : "linear") + ": the highest line is " + room + " px below the plot's top");
            // (a log axis of whole decades may have the room already: 4812 under 10,000 leaves 16%)
            assertTrue(log ? headroom(without, 4812) <= room : headroom(without, 4812) < room, "only charts with marks leave the room");
        }
    }

    /**
     * The flow matrix's colour legend was a linear axis of counts under a log colour scale: most
     * of the strip the darkest blue, and its labels crowded. It is now on the colours' own scale,
     * with a tick at 0 and each power of ten, and the strip's colour at each tick is a cell's
     * colour for that count.
     */
    @Test
    void theFlowLegendIsOnTheColoursLogScale() {
        MoveCharts.LogCountAxis a = new MoveCharts.LogCountAxis("moved", 1641);
        List<NumberTick> ticks = a.countTicks(TextAnchor.CENTER_LEFT, TextAnchor.CENTER);
        assertEquals(List.of("0", "1", "10", "100", "1,000"), ticks.stream().map(NumberTick::getText).toList());
        assertEquals(Math.log10(1001), ticks.get(4).getValue(), 1e-12);
        assertEquals(Math.log10(1642), a.getUpperBound(), 1e-12);
        MoveCharts.LogBlues counts = new MoveCharts.LogBlues(1641);
        org.jfree.chart.renderer.PaintScale strip = counts.onLogAxis();
        for (int c : new int[] {1, 7, 30, 100, 999, 1641}) {
            assertEquals(counts.getPaint(c), strip.getPaint(Math.log10(1 + c)), "count " + c);
        }
        assertEquals(a.getUpperBound(), strip.getUpperBound(), 1e-12);
    }

    /**
     * A log axis spans whole decades, so each line lies between two labelled gridlines: pay of
     * $40M ran above the top label ($10M) with only $1M and $10M labelled.
     */
    @Test
    void aLogAxisSpansWholeDecades() {
        double[] x = {0, 1, 2};
        List<RunData.Series> series = List.of(new RunData.Series("TBD Lab", new double[] {Double.NaN, 4.0e7, 4.3e7}),
                new RunData.Series("FAIR", new double[] {4.1e5, 4.2e5, 4.3e5}));
        JFreeChart c = Charts.timeLines("t", "month", "USD", x, series, true, false, null, List.of());
        ValueAxis y = ((XYPlot) c.getPlot()).getRangeAxis();
        assertEquals(1e5, y.getLowerBound(), 1e5 * 1e-8);
        assertEquals(1e8, y.getUpperBound(), 1e8 * 1e-8);
        // and both ends are labelled, for every top a run can have (JFreeChart dropped the tick of
        // 10^n at an end for n = 3, 6, 9, 12: $1B at the top of the named paths was unlabelled)
        for (int top = 3; top <= 12; top++) {
            List<RunData.Series> one = List.of(new RunData.Series("a", new double[] {Math.pow(10, top - 2) * 1.5, Math.pow(10, top) * 0.8}),
                    new RunData.Series("b", new double[] {Math.pow(10, top - 2) * 2, Math.pow(10, top - 1) * 3}));
            JFreeChart chart = Charts.timeLines("t", "month", "USD", new double[] {0, 1}, one, true, false, null, List.of());
            ValueAxis axis = ((XYPlot) chart.getPlot()).getRangeAxis();
            SVGGraphics2D g = new SVGGraphics2D(640, 420);
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, 640, 420), info);
            List<?> ticks = axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(), info.getPlotInfo().getDataArea(), RectangleEdge.LEFT);
            List<Double> values = ticks.stream().map(t -> ((org.jfree.chart.axis.ValueTick) t).getValue())
                    .filter(v -> Math.abs(Math.log10(v) - Math.rint(Math.log10(v))) < 1e-6).map(v -> Math.rint(Math.log10(v))).toList();
            assertTrue(values.contains((double) top) && values.contains((double) (top - 2)), "top 1e" + top + ": decades " + values);
        }
    }

    /** A named researcher who leaves for the pool (quits, is laid off, exits) is drawn no further: the line went on at his last pay. */
    @Test
    void aNamedPathEndsWhereHeLeft() {
        double[] x = {0, 1, 2, 3, 4, 5};
        String[] dates = {"2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"};
        List<RunData.NamedMove> moves = List.of(
                new RunData.NamedMove("Wong", 2, "2025-02", "Scale", "Core", "Frontier", "AI", 3e6, 4.5e6, "ACQUIRED"),
                new RunData.NamedMove("Wong", 4, "2025-04", "Frontier", "AI", "", "", 4.5e6, 4.5e6, "EXITED"));
        JFreeChart c = MoveCharts.namedPaths("p", "month", "pay", Charts.money(), x, dates, moves, java.util.Map.of("Wong", 4.5e6));
        org.jfree.data.xy.XYDataset ds = ((XYPlot) c.getPlot()).getDataset();
        int n = ds.getItemCount(0);
        assertEquals(null, ds.getY(0, n - 1), "the line stops at the exit");
        for (int k = 0; k < n; k++) {
            assertTrue(ds.getXValue(0, k) <= 3, "nothing drawn after the exit: x " + ds.getXValue(0, k));
        }
    }

    /**
     * A lab an acqui-hire closes (acqui-hire.yaml's Surf, in 2025-09) kept its budget line to the
     * end of the run (found by a reviewer): its series end with the month it closed.
     */
    @Test
    void aClosedLabsLineEndsWhenItCloses() throws Exception {
        ScenarioInfo info = ScenarioInfo.of(org.talentsim.io.ScenarioFiles.read(java.nio.file.Path.of("scenarios/acqui-hire.yaml")));
        assertEquals(java.util.Map.of("Surf", 9), info.closed());
        RunData.Series budget = RunReport.untilClosed(new RunData.Series("Surf", new double[] {6e7, 6e7, 6e7, 6e7}),
                java.util.Map.of("Surf", 2));
        assertEquals(6e7, budget.y()[1], 0, "drawn to the month it closed");
        assertTrue(Double.isNaN(budget.y()[2]) && Double.isNaN(budget.y()[3]), "not after");
        RunData.Series open = new RunData.Series("Frontier", new double[] {1, 2});
        assertEquals(open, RunReport.untilClosed(open, java.util.Map.of("Surf", 2)));
        // a series that begins with the start, a month before the first row (capability): one later
        RunData.Series capability = RunReport.untilClosed(new RunData.Series("Surf", new double[] {90, 89, 88, 87, 86}),
                java.util.Map.of("Surf", 2), 1);
        assertEquals(88, capability.y()[2], 0, "drawn to the month it closed");
        assertTrue(Double.isNaN(capability.y()[3]) && Double.isNaN(capability.y()[4]), "not after");
    }


    /**
     * A lab's team charts carried every event of the scenario (OpenAI's, the flagship's 16, Meta's
     * among them: found by a reviewer): they mark only the events that name the lab, numbered as in
     * the page's list; the lab charts keep them all, a month's run of numbers as "3–6".
     */
    @Test
    void aLabsTeamChartsMarkOnlyItsEvents() {
        double[] x = {0, 1, 2, 3};
        List<ScenarioInfo.Event> events = List.of(new ScenarioInfo.Event(1, "a", java.util.Set.of("Meta")),
                new ScenarioInfo.Event(2, "b", java.util.Set.of("Meta")), new ScenarioInfo.Event(2, "c", java.util.Set.of("OpenAI")),
                new ScenarioInfo.Event(2, "d", java.util.Set.of("Meta", "xAI")), new ScenarioInfo.Event(4, "e", java.util.Set.of()));
        assertEquals(List.of(new Charts.Mark(0, "1"), new Charts.Mark(1, "2\u20134"), new Charts.Mark(3, "5")),
                RunReport.marks(events, x, null));
        assertEquals(List.of(new Charts.Mark(0, "1"), new Charts.Mark(1, "2, 4")), RunReport.marks(events, x, "Meta"));
        assertEquals(List.of(new Charts.Mark(1, "3")), RunReport.marks(events, x, "OpenAI"));
        assertEquals(List.of(), RunReport.marks(events, x, "Apple"));
        assertEquals("3\u20136, 9, 11\u201312", RunReport.numbers(List.of(3, 4, 5, 6, 9, 11, 12)));
        // an event a run skipped part of stands alone, starred
        assertEquals("3, 4*, 5\u20136, 9*, 11\u201312", RunReport.numbers(List.of(3, 4, 5, 6, 9, 11, 12), java.util.Set.of(4, 9)));
        assertEquals("3\u20134, 5*", RunReport.numbers(List.of(3, 4, 5), java.util.Set.of(5)));
        assertEquals(List.of(new Charts.Mark(0, "1"), new Charts.Mark(1, "2, 3*, 4"), new Charts.Mark(3, "5")),
                RunReport.marks(events, x, null, java.util.Set.of(3)));
    }

    /**
     * A capability jump in the first month (DeepSeek's R1 in the flagship) was already in the
     * first point drawn, so it never showed as a jump (found by a reviewer): the capability chart
     * starts a month before the first row, at each lab's start (NaN for a lab founded later).
     */
    @Test
    void theCapabilityChartStartsAtTheStart() {
        assertEquals(List.of(659.0, 660.0, 661.0), java.util.Arrays.stream(RunReport.fromStart(new double[] {660, 661}))
                .boxed().toList());
        double week = 7 / (365.25 / 12);
        double[] weekly = RunReport.fromStart(new double[] {660, 660 + week, 660 + 2 * week});
        assertEquals(660 - week, weekly[0], 1e-12, "a weekly run's start is a week before, not a month (found by a reviewer)");
        List<RunData.Series> s = RunReport.fromStart(List.of(new RunData.Series("DeepSeek", new double[] {113.4, 112.9}),
                new RunData.Series("AMI Labs", new double[] {Double.NaN, 10})), lab -> lab.equals("DeepSeek") ? 85 : Double.NaN);
        assertEquals(List.of(85.0, 113.4, 112.9), java.util.Arrays.stream(s.get(0).y()).boxed().toList());
        assertTrue(Double.isNaN(s.get(1).y()[0]) && s.get(1).y()[2] == 10, "founded later: no start");
    }

    /**
     * The palette's 12 colours stay apart: every pair at least 25 apart in CIELAB (ΔE76). The old
     * last two, a dark red beside the brown (ΔE 20.5) and a dark blue, were told from others only
     * with effort in a market of 12 lines (found by a reviewer).
     */
    @Test
    void thePalettesColoursStayApart() {
        double min = Double.MAX_VALUE;
        for (int i = 0; i < Charts.PALETTE.length; i++) {
            for (int j = i + 1; j < Charts.PALETTE.length; j++) {
                double[] a = lab(Charts.PALETTE[i]);
                double[] b = lab(Charts.PALETTE[j]);
                min = Math.min(min, Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2)));
            }
        }
        assertTrue(min >= 25, "closest pair: " + min);
        assertEquals(12, Charts.PALETTE.length);
    }

    /** sRGB (D65) to CIELAB. */
    private static double[] lab(java.awt.Color c) {
        double[] rgb = {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0};
        for (int k = 0; k < 3; k++) {
            rgb[k] = rgb[k] > 0.04045 ? Math.pow((rgb[k] + 0.055) / 1.055, 2.4) : rgb[k] / 12.92;
        }
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        java.util.function.DoubleUnaryOperator f = v -> v > 0.008856 ? Math.cbrt(v) : 7.787 * v + 16 / 116.0;
        return new double[] {116 * f.applyAsDouble(y) - 16, 500 * (f.applyAsDouble(x) - f.applyAsDouble(y)),
            200 * (f.applyAsDouble(y) - f.applyAsDouble(z))};
    }

    /**
     * A founder paid $2M at his founding and $14.5M at the end (a raise, which is no row) was
     * drawn flat at $2M to the end (found by a reviewer): the pay at the end is joined to the last
     * row by a dashed series of its own, out of the legend; the same pay at the end draws on flat.
     */
    @Test
    void thePayAtTheEndIsJoinedToTheLastRow() {
        double[] x = {0, 1, 2, 3, 4, 5};
        String[] dates = {"2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"};
        List<RunData.NamedMove> moves = List.of(
                new RunData.NamedMove("Yann", 2, "2025-02", "Meta", "FAIR", "AMI", "Core", 10e6, 2e6, "FOUNDED"),
                new RunData.NamedMove("Ann", 3, "2025-03", "A", "T", "B", "U", 1e6, 1.5e6, "POACHED"));
        JFreeChart c = MoveCharts.namedPaths("p", "month", "pay", Charts.money(), x, dates, moves,
                java.util.Map.of("Yann", 14.5e6, "Ann", 1.5e6));
        XYPlot p = (XYPlot) c.getPlot();
        org.jfree.data.xy.XYDataset main = p.getDataset(0);
        org.jfree.data.xy.XYDataset ends = p.getDataset(1);
        assertEquals(2, ends.getItemCount(0), "Yann: last row to the end");
        assertEquals(1, ends.getXValue(0, 0), 0);
        assertEquals(2e6, ends.getYValue(0, 0), 0);
        assertEquals(5, ends.getXValue(0, 1), 0);
        assertEquals(14.5e6, ends.getYValue(0, 1), 0);
        for (int k = 0; k < main.getItemCount(0); k++) {
            assertTrue(main.getXValue(0, k) <= 1, "no flat line at $2M after the founding: x " + main.getXValue(0, k));
        }
        assertEquals(0, ends.getItemCount(1), "Ann's pay did not change: no dashed line");
        assertEquals(5, main.getXValue(1, main.getItemCount(1) - 1), 0, "her line runs on to the end");
        assertEquals(false, p.getRenderer(1).getSeriesVisibleInLegend(0));
        assertTrue(p.getRangeAxis().getUpperBound() >= 14.5e6, "the axis holds the pay at the end");
    }

    /**
     * A team growing from 0 to 35 beside teams of 2,000 lay flat on the zero line (TBD Lab in the
     * flagship, the story's row): a small series that changes a lot gets an axis of its own on the
     * right; a small one that stays level stays on the left, where it reads as level.
     */
    @Test
    void aSmallSeriesThatGrowsIsDrawnAgainstAnAxisOfItsOwn() {
        double[] x = {0, 1, 2, 3};
        List<RunData.Series> series = List.of(new RunData.Series("Products", new double[] {2050, 2060, 1700, 1690}),
                new RunData.Series("TBD Lab", new double[] {0, 2, 16, 35}),
                new RunData.Series("Level", new double[] {190, 200, 195, 198}));
        assertEquals(List.of(false, true, false), java.util.stream.IntStream.range(0, 3)
                .mapToObj(k -> Charts.small(series)[k]).toList());
        JFreeChart c = Charts.timeLines("t", "month", "researchers", x, series, false, true, null, List.of());
        XYPlot p = (XYPlot) c.getPlot();
        assertEquals(2, p.getRangeAxisCount());
        assertEquals("researchers (right axis)", p.getRangeAxis(1).getLabel());
        assertEquals("TBD Lab (right axis)", p.getDataset(1).getSeriesKey(0));
        assertTrue(p.getRangeAxis(1).getUpperBound() < 100, "its own scale: " + p.getRangeAxis(1).getUpperBound());
        assertEquals(Charts.PALETTE[1], p.getRenderer(1).getSeriesPaint(0), "its colour of its place in the list");
        // dashed and named at its end with its size: drawn solid on its own scale, it read as the largest
        assertTrue(((java.awt.BasicStroke) p.getRenderer(1).getSeriesStroke(0)).getDashArray() != null, "dashed");
        assertEquals(null, ((java.awt.BasicStroke) p.getRenderer(0).getSeriesStroke(0)).getDashArray(), "the left axis' lines solid");
        List<String> labels = ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) p.getRenderer(1)).getAnnotations().stream()
                .map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).toList();
        assertEquals(List.of("TBD Lab: 35 (right axis)"), labels);
        assertTrue(((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) p.getRenderer(0)).getAnnotations().isEmpty());
    }

    /**
     * A log axis spans whole decades; a series at a power of ten itself (meta-2025's DeepSeek
     * budget, $100M) sat on the axis line, half hidden: the axis then starts a decade lower.
     */
    @Test
    void aLineAtAPowerOfTenIsNotDrawnOnTheLogAxisLine() {
        org.jfree.data.xy.XYSeriesCollection ds = new org.jfree.data.xy.XYSeriesCollection();
        org.jfree.data.xy.XYSeries s = new org.jfree.data.xy.XYSeries("b");
        s.add(1, 1e8);
        s.add(2, 3e9);
        ds.addSeries(s);
        ValueAxis a = Charts.valueAxis("USD", true, false, null);
        Charts.wholeDecades(a, ds, 0);
        assertEquals(1e7, a.getLowerBound(), 1e-2, "a decade below $100M");
        assertEquals(1e10, a.getUpperBound(), 1e2);
        org.jfree.data.xy.XYSeries t = new org.jfree.data.xy.XYSeries("c");
        t.add(1, 2e8);
        org.jfree.data.xy.XYSeriesCollection other = new org.jfree.data.xy.XYSeriesCollection(t);
        Charts.wholeDecades(a, other, 0);
        assertEquals(1e8, a.getLowerBound(), 1e-1, "above a power of ten: the decade it is in");
        // with the marks' room: the next power of ten where the data leave a tenth of the height under it (a payroll of
        // $3.35B over $1M rose to $100B: a student's review), the one after where they do not
        org.jfree.data.xy.XYSeries pay = new org.jfree.data.xy.XYSeries("p");
        pay.add(1, 1.2e6);
        pay.add(2, 3.35e9);
        Charts.wholeDecades(a, new org.jfree.data.xy.XYSeriesCollection(pay), Charts.MARK_ROOM);
        assertEquals(1e10, a.getUpperBound(), 1e2, "$10B: 12% of the height free above $3.35B");
        org.jfree.data.xy.XYSeries full = new org.jfree.data.xy.XYSeries("f");
        full.add(1, 1.2e6);
        full.add(2, 9.5e9);
        Charts.wholeDecades(a, new org.jfree.data.xy.XYSeriesCollection(full), Charts.MARK_ROOM);
        assertEquals(1e11, a.getUpperBound(), 1e3, "$9.5B nearly at $10B: a decade more for the numbers");
    }

    /**
     * An event's number is drawn over every event line, on a white ground: "11–14" was cut by the
     * next month's dashed line (found by a visual review). Lines behind the data, numbers in front.
     */
    @Test
    void eventNumbersAreDrawnOverTheEventLines() {
        double[] x = {0, 1, 2, 3};
        List<RunData.Series> series = List.of(new RunData.Series("A", new double[] {1, 2, 3, 4}));
        JFreeChart c = Charts.timeLines("t", "month", "researchers", x, series, false, true, null,
                List.of(new Charts.Mark(1, "11\u201314"), new Charts.Mark(2, "15")));
        XYPlot p = (XYPlot) c.getPlot();
        java.util.Collection<?> back = p.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND);
        java.util.Collection<?> front = p.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        assertEquals(2, back.size());
        assertEquals(2, front.size());
        assertTrue(back.stream().allMatch(m -> ((org.jfree.chart.plot.Marker) m).getLabel() == null), "lines without numbers");
        // a run of numbers drawn with a hyphen, as the page's list has it with a dash (Charts.markLabel)
        assertEquals(List.of("11-14", "15"), front.stream().map(m -> ((org.jfree.chart.plot.Marker) m).getLabel()).toList());
        String svg = Svg.inline(new Figure("f", "t", "month", "researchers", "c", c, 640, 400));
        assertTrue(svg.contains(">11-14<") && svg.chars().allMatch(ch -> ch <= 0xFF),
                "a one-byte SVG (a dash made the whole chart a two-byte string, slower to build in a fresh JVM)");
        assertTrue(front.stream().allMatch(m -> ((java.awt.Color) ((org.jfree.chart.plot.Marker) m).getLabelBackgroundColor()).getAlpha() > 200),
                "numbers on a white ground");
        // the moves' bars: all lines first, then the numbers
        org.jfree.data.category.DefaultCategoryDataset ds = new org.jfree.data.category.DefaultCategoryDataset();
        for (String m : List.of("2025-09", "2025-10", "2025-11")) {
            ds.addValue(1, "hired", m);
        }
        java.util.Map<String, String> marks = new java.util.LinkedHashMap<>();
        marks.put("2025-10", "11\u201314");
        marks.put("2025-11", "15");
        org.jfree.chart.plot.CategoryPlot bars = (org.jfree.chart.plot.CategoryPlot) Charts.stackedBars("t", "month", "y", ds,
                List.of(Charts.PALETTE[0]), marks).getPlot();
        List<String> order = bars.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .map(m -> String.valueOf(((org.jfree.chart.plot.Marker) m).getLabel())).toList();
        assertEquals(List.of("null", "null", "11-14", "15"), order);
    }

    /**
     * An event in the run's last month kept its number beyond the plot, and a lab founded then was
     * in the legend but not drawn, a line of one point drawing nothing (found by a visual review).
     */
    @Test
    void anEventAtTheEndIsNumberedInsideAndASeriesOfOnePointIsDrawn() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        double[] late = new double[12];
        java.util.Arrays.fill(late, Double.NaN);
        late[11] = 1;
        double[] all = new double[12];
        java.util.Arrays.fill(all, 100);
        List<RunData.Series> series = List.of(new RunData.Series("Big", all), new RunData.Series("New", late));
        JFreeChart c = Charts.timeLines("t", "month", "researchers", x, series, false, true, null,
                List.of(new Charts.Mark(2, "1"), new Charts.Mark(11, "16")));
        XYPlot p = (XYPlot) c.getPlot();
        List<org.jfree.chart.plot.Marker> front = p.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND).stream()
                .map(m -> (org.jfree.chart.plot.Marker) m).toList();
        assertEquals(org.jfree.chart.ui.TextAnchor.TOP_LEFT, front.get(0).getLabelTextAnchor(), "right of its line");
        assertEquals(org.jfree.chart.ui.TextAnchor.TOP_RIGHT, front.get(1).getLabelTextAnchor(), "left of its line, inside the plot");
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) p.getRenderer();
        boolean newOnRight = p.getDatasetCount() > 1 && p.getDataset(1) != null && p.getDataset(1).getSeriesCount() > 0;
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer of = newOnRight
                ? (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) p.getRenderer(1) : r;
        int at = newOnRight ? 0 : 1;
        assertEquals(Boolean.TRUE, of.getSeriesShapesVisible(at), "a point where a line of one point draws nothing");
        assertTrue(r.getSeriesShapesVisible(0) == null || !r.getSeriesShapesVisible(0), "a line of many points has no shapes");
    }

    /** Counts by lab of many labs: the largest eight and how many more (pvr1's caption listed 49 labs: a student's review). */
    @Test
    void manyLabsCountsAreCut() {
        List<String> parts = new java.util.ArrayList<>();
        for (int k = 1; k <= 12; k++) {
            parts.add("P" + k + " " + Fmt.count(k * 1000L));
        }
        assertEquals("P12 12,000, P11 11,000, P10 10,000, P9 9,000, P8 8,000, P7 7,000, P6 6,000, P5 5,000 and 4 labs more",
                RunReport.mostOf(parts));
        assertEquals("Big Lab 3, Small 1", RunReport.mostOf(List.of("Big Lab 3", "Small 1")), "a few: all, in order");
    }
}
