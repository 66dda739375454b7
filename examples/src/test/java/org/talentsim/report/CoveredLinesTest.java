package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;

/**
 * A line that lies on another hid it: Google DeepMind's capability (100 → 100.6) lay under
 * OpenAI's (100 → 101) from start to end (found by a student's review). The line drawn on top
 * (the earlier series: a plot draws its first series last) is dashed, so the one beneath shows.
 */
class CoveredLinesTest {
    private static final double[] X = {1, 2, 3, 4};

    private static java.awt.Stroke stroke(List<RunData.Series> s, boolean log, int k) {
        XYPlot p = (XYPlot) Charts.timeLines("t", "month", "y", X, s, log, true, Charts.counts(), List.of()).getPlot();
        XYItemRenderer r = p.getRenderer();
        return r.getSeriesStroke(k);
    }

    @Test
    void aLineOnAnotherIsDashed() {
        List<RunData.Series> s = List.of(
                new RunData.Series("OpenAI", new double[] {100, 100.2, 100.5, 101}),
                new RunData.Series("Google DeepMind", new double[] {100, 100.1, 100.3, 100.6}),
                new RunData.Series("Meta", new double[] {90, 90, 81, 82}),
                new RunData.Series("Apple", new double[] {70, 70, 70.2, 70.8}));
        assertTrue(Charts.hidesAnother(s, new boolean[4], 0, false, true), "OpenAI lies on Google DeepMind");
        assertFalse(Charts.hidesAnother(s, new boolean[4], 1, false, true), "nothing later lies under Google DeepMind");
        assertFalse(Charts.hidesAnother(s, new boolean[4], 2, false, true));
        assertEquals(Charts.COVERING_LINE, stroke(s, false, 0));
        assertEquals(Charts.line(1), stroke(s, false, 1), "the line beneath keeps its own");
        assertEquals(Charts.line(2), stroke(s, false, 2));
        // and the caption says why it is dashed (dashes elsewhere mean the right axis or an event: a student's review)
        assertEquals(" Dashed, the line of OpenAI lies on another, which shows through the gaps.",
                Charts.coveringNote(Charts.timeLines("t", "month", "y", X, s, false, true, Charts.counts(), List.of())));
        assertEquals("", Charts.coveringNote(Charts.timeLines("t", "month", "y", X, s.subList(1, 4), false, true, Charts.counts(),
                List.of())), "none dashed: nothing said");
        // without the axis's zero, the same lines are 0.4 apart on a range of 31: apart
        assertFalse(Charts.hidesAnother(s, new boolean[4], 0, false, false));
        // apart by more than a line's width somewhere: not on one another
        List<RunData.Series> apart = List.of(
                new RunData.Series("A", new double[] {100, 100, 100, 100}),
                new RunData.Series("B", new double[] {100, 100, 97, 100}),
                new RunData.Series("C", new double[] {70, 70, 70, 70}));
        assertFalse(Charts.hidesAnother(apart, new boolean[3], 0, false, true));
        assertEquals(Charts.line(0), stroke(apart, false, 0));
        // a single shared point is not a line lying on another
        List<RunData.Series> touch = List.of(
                new RunData.Series("A", new double[] {100, Double.NaN, Double.NaN, Double.NaN}),
                new RunData.Series("B", new double[] {100, 120, 130, 140}));
        assertFalse(Charts.hidesAnother(touch, new boolean[2], 0, false, true));
        // on a log axis, by the logarithms: pay of 1.00M and 1.004M on an axis from 100k to 10M
        List<RunData.Series> pay = List.of(
                new RunData.Series("A", new double[] {1.000e6, 1.001e6, 1.002e6, 1.003e6}),
                new RunData.Series("B", new double[] {1.004e6, 1.005e6, 1.006e6, 1.007e6}),
                new RunData.Series("C", new double[] {1e5, 1e5, 1e7, 1e7}));
        assertTrue(Charts.hidesAnother(pay, new boolean[3], 0, true, false));
        assertEquals(Charts.COVERING_LINE, stroke(pay, true, 0));
    }
}
