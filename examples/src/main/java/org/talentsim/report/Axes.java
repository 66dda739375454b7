package org.talentsim.report;

import java.text.NumberFormat;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * New axes for the charts, as copies of one blank axis of each class. JFreeChart's constructors
 * give every number and log axis a tick-unit source with six {@code DecimalFormat}s of its own
 * (each looking up the locale's symbols and parsing its pattern): ~360 formats in the flagship's
 * report, made on the thread that assembles the page while the charts are drawn. A copy shares
 * {@link #STANDARD} instead, which gives the same tick sizes but keeps no state (JFreeChart's
 * source keeps the last unit it found in fields, so it cannot be shared by charts drawn at once)
 * and no format: every axis of the report has a format of its own ({@link Charts#localeFree}).
 */
final class Axes {
    private Axes() {}

    private static final NumberAxis NUMBER = new NumberAxis(null);
    private static final LogAxis LOG = new Charts.TextLogAxis(null);

    /** A number axis labelled {@code label}, with {@link #STANDARD} tick units. */
    static NumberAxis number(String label) {
        NumberAxis a = copy(NUMBER);
        a.setStandardTickUnits(STANDARD);
        a.setLabel(label);
        return a;
    }

    /** A log axis (its tick labels plain text) labelled {@code label}, with {@link #STANDARD} tick units. */
    static LogAxis log(String label) {
        LogAxis a = copy(LOG);
        a.setStandardTickUnits(STANDARD);
        a.setLabel(label);
        return a;
    }

    @SuppressWarnings("unchecked")
    private static <A extends org.jfree.chart.axis.Axis> A copy(A prototype) {
        try {
            return (A) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Tick units of 1, 2 and 5 times a power of ten, as JFreeChart's {@code NumberTickUnitSource}
     * gives them (the same sizes by the same arithmetic, and the same minor tick counts), without
     * its state; every unit carries one format, which no axis of the report uses.
     */
    static final TickUnitSource STANDARD = new TickUnitSource() {
        @Override
        public TickUnit getLargerTickUnit(TickUnit unit) {
            TickUnit t = getCeilingTickUnit(unit);
            if (t.equals(unit)) {
                int[] pf = ceiling(unit.getSize());
                next(pf);
                t = unit(pf);
            }
            return t;
        }

        @Override
        public TickUnit getCeilingTickUnit(TickUnit unit) {
            return getCeilingTickUnit(unit.getSize());
        }

        @Override
        public TickUnit getCeilingTickUnit(double size) {
            return unit(ceiling(size));
        }
    };

    /** The one format of {@link #STANDARD}'s units (never asked for a label). */
    private static final NumberFormat UNUSED = Charts.shortNumbers();

    /** {power, factor} of the smallest unit at or above {@code size}, found as JFreeChart finds it. */
    static int[] ceiling(double size) {
        if (Double.isInfinite(size)) {
            throw new IllegalArgumentException("Must be finite.");
        }
        int[] pf = {(int) Math.ceil(Math.log10(size)), 1};
        boolean done = false;
        while (!done) {
            done = !previous(pf);
            if (size(pf) < size) {
                next(pf);
                done = true;
            }
        }
        return pf;
    }

    private static boolean next(int[] pf) {
        switch (pf[1]) {
            case 1 -> pf[1] = 2;
            case 2 -> pf[1] = 5;
            default -> {
                if (pf[0] == 300) {
                    return false;
                }
                pf[0]++;
                pf[1] = 1;
            }
        }
        return true;
    }

    private static boolean previous(int[] pf) {
        switch (pf[1]) {
            case 1 -> {
                if (pf[0] == -300) {
                    return false;
                }
                pf[1] = 5;
                pf[0]--;
            }
            case 2 -> pf[1] = 1;
            default -> pf[1] = 2;
        }
        return true;
    }

    private static double size(int[] pf) {
        return pf[1] * Math.pow(10.0, pf[0]);
    }

    private static TickUnit unit(int[] pf) {
        return new NumberTickUnit(size(pf), UNUSED, pf[1] == 1 ? 10 : pf[1] == 5 ? 5 : 0);
    }
}
