package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The axes' number formats, written by arithmetic (a fresh JVM runs DecimalFormat's code cold for
 * every tick), write what DecimalFormat's patterns wrote: over ticks as JFreeChart spaces them
 * (multiples of 1, 2 and 5 times a power of ten, summed in floating point, as an axis steps),
 * negative ones, exact halves of the last place (rounded half even) and the large. (Where the
 * shortest decimal of a double is a half but the double lies above it, 5e-5 to four places, ours
 * rounds the double's value up, 0.0001, where DecimalFormat writes 0.0: no axis has such ticks.)
 */
class PlainFormatTest {

    private static void agree(NumberFormat ours, String pattern) {
        DecimalFormat theirs = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (int p = -5; p <= 8; p++) {
            for (double f : new double[] {1, 2, 2.5, 5}) {
                double unit = f * Math.pow(10, p);
                double tick = -40 * unit;
                for (int i = 0; i <= 80; i++, tick += unit) {
                    assertEquals(expected(theirs, tick), ours.format(tick), pattern + " at " + tick);
                }
            }
        }
        for (double v : new double[] {0, 0.125, 0.375, 2.5e-5, 7.5e-5, 1234567.125, 99999.995, 123456789012.5, -0.5, 1e15, 3e17, Double.NaN}) {
            assertEquals(expected(theirs, v), ours.format(v), pattern + " at " + v);
        }
    }

    /** DecimalFormat's text, but 0 where it writes "-0" (a value a rounding error below zero). */
    private static String expected(DecimalFormat theirs, double v) {
        String t = theirs.format(v);
        return t.startsWith("-") && t.chars().allMatch(c -> c == '-' || c == '0' || c == '.' || c == ',') ? t.substring(1) : t;
    }

    @Test
    void countsAsTheirPattern() {
        agree(Charts.counts(), "#,##0.##");
        assertEquals("1,234,567", Charts.counts().format(1234567));
        assertEquals("0.5", Charts.counts().format(0.5));
    }

    @Test
    void decimalsAsTheirPattern() {
        agree(Charts.decimals(), "0.0###");
        assertEquals("0.515", Charts.decimals().format(0.515));
        assertEquals("3.0", Charts.decimals().format(3));
    }

    @Test
    void aRoundingErrorOffZeroReadsZero() {
        assertEquals("0", Charts.counts().format(-1e-17));
        assertEquals("0.0", Charts.decimals().format(-1e-17));
    }
}
