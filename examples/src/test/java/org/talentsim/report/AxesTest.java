package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickUnit;
import org.junit.jupiter.api.Test;

/**
 * The report's axes are copies of a blank axis sharing one stateless tick-unit source
 * ({@link Axes}); the charts must come out as JFreeChart's own axes draw them.
 */
class AxesTest {
    /** The same tick sizes and minor tick counts as JFreeChart's source, over 30 orders of magnitude and at the edges of each step. */
    @Test
    void theUnitsAreJFreeChartsOwn() {
        NumberTickUnitSource theirs = new NumberTickUnitSource();
        SplittableRandom r = new SplittableRandom(7);
        int checked = 0;
        for (int k = 0; k < 200_000; k++) {
            double size = Math.pow(10, -15 + 30 * r.nextDouble());
            checked += same(theirs, size);
        }
        for (int p = -12; p <= 12; p++) {
            for (double f : new double[] {1, 2, 5}) {
                double at = f * Math.pow(10.0, p);
                for (double size : new double[] {at, Math.nextDown(at), Math.nextUp(at), 0.999 * at, 1.001 * at}) {
                    checked += same(theirs, size);
                }
            }
        }
        assertEquals(200_000 + 25 * 3 * 5, checked);
    }

    private static int same(NumberTickUnitSource theirs, double size) {
        TickUnit a = theirs.getCeilingTickUnit(size);
        TickUnit b = Axes.STANDARD.getCeilingTickUnit(size);
        assertEquals(a.getSize(), b.getSize(), "ceiling of " + size);
        assertEquals(a.getMinorTickCount(), b.getMinorTickCount(), "minor ticks of " + size);
        // the next larger unit, from a unit each source made itself (as an axis asks)
        TickUnit la = theirs.getLargerTickUnit(a);
        TickUnit lb = Axes.STANDARD.getLargerTickUnit(b);
        assertEquals(la.getSize(), lb.getSize(), "larger than " + size);
        assertEquals(la.getMinorTickCount(), lb.getMinorTickCount(), "minor ticks larger than " + size);
        // and from a unit of another source, as JFreeChart's default unit is: not equal, so its ceiling
        TickUnit foreign = new NumberTickUnit(a.getSize(), new java.text.DecimalFormat("0"));
        assertEquals(theirs.getLargerTickUnit(foreign).getSize(), Axes.STANDARD.getLargerTickUnit(foreign).getSize(),
                "larger than a foreign unit of " + size);
        return 1;
    }

    @Test
    void anInfiniteSizeIsRefusedAsJFreeChartRefusesIt() {
        assertThrows(IllegalArgumentException.class, () -> new NumberTickUnitSource().getCeilingTickUnit(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Axes.STANDARD.getCeilingTickUnit(Double.POSITIVE_INFINITY));
    }

    /** Each axis is a new object with its label and the shared source; changing one leaves the next as new. */
    @Test
    void eachAxisIsItsOwn() {
        NumberAxis a = Axes.number("people");
        a.setAutoRangeIncludesZero(false);
        a.setNumberFormatOverride(Charts.counts());
        NumberAxis b = Axes.number("USD per year");
        assertNotSame(a, b);
        assertEquals("people", a.getLabel());
        assertEquals("USD per year", b.getLabel());
        assertTrue(b.getAutoRangeIncludesZero(), "a new axis as JFreeChart makes it");
        assertEquals(null, b.getNumberFormatOverride());
        assertSame(Axes.STANDARD, b.getStandardTickUnits());
        NumberAxis fresh = new NumberAxis("x");
        assertEquals(fresh.getAutoRangeIncludesZero(), b.getAutoRangeIncludesZero());
        assertEquals(fresh.getTickLabelFont(), b.getTickLabelFont());
        assertEquals(fresh.getRange(), b.getRange());
        LogAxis l = Axes.log("pay");
        assertTrue(l instanceof Charts.TextLogAxis, "log axes write plain-text tick labels");
        assertEquals("pay", l.getLabel());
        assertNotSame(l, Axes.log("pay"));
    }
}
