package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.junit.jupiter.api.Test;

/**
 * One difference far larger than the rest (meta-retention's "none: Meta.poached_out", +606%)
 * set the forest plot's scale and left a dozen differences within ±16% as dots on the zero line,
 * the experiment's answer among them (found by a student's review). The axis now fits the rest,
 * and a row beyond it is written at the edge it crosses.
 */
class ForestAxisTest {
    static final List<ExperimentCharts.Row> ROWS = List.of(
            new ExperimentCharts.Row("none: Meta.poached_out", "none", 605.9, 592.5, 619.2),
            new ExperimentCharts.Row("none: Meta.retention", "none", -16.1, -16.5, -15.7),
            new ExperimentCharts.Row("none: Meta.spend", "none", -3.8, -4.6, -3.0),
            new ExperimentCharts.Row("tbd: Meta.spend", "tbd", -7.4, -8.1, -6.7),
            new ExperimentCharts.Row("tbd: Meta.poached_out", "tbd", -3.6, -14.4, 7.2),
            new ExperimentCharts.Row("tbd: Meta.retention", "tbd", 0.2, 0.1, 0.3));

    @Test
    void theAxisFitsTheSmallerDifferencesAndTheLargerAreWrittenAtItsEdge() {
        XYPlot p = (XYPlot) ExperimentCharts.forest("t", "difference, %", "arm: metric", ROWS, List.of("none", "tbd")).getPlot();
        double lo = p.getDomainAxis().getLowerBound();
        double hi = p.getDomainAxis().getUpperBound();
        double[] fit = ExperimentCharts.range(ROWS);
        assertTrue(fit[0] < -16.5 && fit[0] > -25 && fit[1] > 7.2 && fit[1] < 20, "fits -16.5 .. +7.2 with a margin: "
                + java.util.Arrays.toString(fit));
        // and the axis runs on beyond it on the side of the row written there, for its text: written over the
        // plot, "+939% … →" ran from +3% back to −9% across the zero line (a strategist's review)
        assertEquals(fit[0], lo, 1e-9, "nothing off the left");
        assertEquals(fit[1] + 0.8 * (fit[1] - fit[0]), hi, 1e-9);
        assertEquals(hi, ((XYTextAnnotation) ((AbstractXYItemRenderer) p.getRenderer()).getAnnotations().iterator().next()).getX(), 1e-9,
                "written from the far edge, in the room beyond the data");
        List<String> notes = ((AbstractXYItemRenderer) p.getRenderer()).getAnnotations().stream()
                .map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertEquals(List.of("+606% [+593%, +619%] \u2192"), notes);
        assertEquals(1, ExperimentCharts.beyond(ROWS));
        // the zero line behind the text written at the edge (it cut a digit of "+592.5%": a visual review)
        assertEquals(1, p.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());
        assertEquals(null, p.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND));
        // rows of like size: the axis fits them all, nothing written at an edge
        List<ExperimentCharts.Row> like = ROWS.subList(1, ROWS.size());
        assertNull(ExperimentCharts.range(like));
        XYPlot q = (XYPlot) ExperimentCharts.forest("t", "x", "y", like, List.of("none", "tbd")).getPlot();
        assertTrue(((AbstractXYItemRenderer) q.getRenderer()).getAnnotations().isEmpty());
        assertTrue(q.getDomainAxis().isAutoRange());
        // a row whose value is on the axis but whose interval runs off it is drawn, cut at the edge, not written
        // (the text hid its point and said "→" of an interval running off the left: a visual review)
        List<ExperimentCharts.Row> wide = new java.util.ArrayList<>();
        for (int k = 0; k < 8; k++) {
            wide.add(new ExperimentCharts.Row("a: m" + k, "none", k - 4, k - 6, k - 2));
        }
        wide.add(new ExperimentCharts.Row("a: far", "none", 600, 580, 620));
        wide.add(new ExperimentCharts.Row("b: wide", "tbd", 5, -900, 910));
        double[] range = ExperimentCharts.range(wide);
        assertTrue(range[0] > -900 && range[1] < 600 && range[0] < 5 && 5 < range[1], java.util.Arrays.toString(range));
        XYPlot w = (XYPlot) ExperimentCharts.forest("t", "x", "y", wide, List.of("none", "tbd")).getPlot();
        // the wide interval, cut at both edges, has an arrow at each (it just stopped: a strategist's review)
        assertEquals(List.of("+600% [+580%, +620%] \u2192", "\u2190", "\u2192"), ((AbstractXYItemRenderer) w.getRenderer())
                .getAnnotations().stream().map(a -> ((XYTextAnnotation) a).getText()).toList());
        assertEquals(1, ExperimentCharts.beyond(wide));
        assertEquals(1, ExperimentCharts.cut(wide));
        assertEquals(0, ExperimentCharts.cut(ROWS));
        // one beyond on the left
        List<ExperimentCharts.Row> left = new java.util.ArrayList<>(like);
        left.add(new ExperimentCharts.Row("x: Meta.quits", "tbd", -250, -300, -200));
        XYPlot l = (XYPlot) ExperimentCharts.forest("t", "x", "y", left, List.of("none", "tbd")).getPlot();
        assertEquals(List.of("\u2190 -250% [-300%, -200%]"), ((AbstractXYItemRenderer) l.getRenderer()).getAnnotations().stream()
                .map(a -> ((XYTextAnnotation) a).getText()).toList());
        double[] fitLeft = ExperimentCharts.range(left);
        assertEquals(fitLeft[0] - 0.8 * (fitLeft[1] - fitLeft[0]), l.getDomainAxis().getLowerBound(), 1e-9, "room on the left");
        assertEquals(fitLeft[1], l.getDomainAxis().getUpperBound(), 1e-9);
    }

    /**
     * A value in the room the axis leaves for the texts is on the axis, so it is drawn, not
     * written (+56% and +92% were written as text on an axis running to +113%: a strategist's
     * review).
     */
    @Test
    void aValueInTheRoomForTheTextsIsDrawn() {
        List<ExperimentCharts.Row> rows = new java.util.ArrayList<>();
        for (int k = 0; k < 8; k++) {
            rows.add(new ExperimentCharts.Row("a: m" + k, "none", k * 5, k * 5 - 2, k * 5 + 2));
        }
        rows.add(new ExperimentCharts.Row("a: far", "none", 900, 880, 920));
        double[] fit = ExperimentCharts.range(rows);
        double[] axis = ExperimentCharts.axis(rows);
        double inRoom = (fit[1] + axis[1]) / 2;
        rows.add(new ExperimentCharts.Row("a: room", "none", inRoom, inRoom - 1, inRoom + 1));
        XYPlot p = (XYPlot) ExperimentCharts.forest("t", "x", "y", rows, List.of("none")).getPlot();
        assertEquals(List.of("+900% [+880%, +920%] \u2192"), ((AbstractXYItemRenderer) p.getRenderer()).getAnnotations().stream()
                .map(a -> ((XYTextAnnotation) a).getText()).toList(), "only the value off the axis is written");
        assertEquals(1, ExperimentCharts.beyond(rows));
    }
}
