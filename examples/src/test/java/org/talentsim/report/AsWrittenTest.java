package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.talentsim.internal.Num;

/**
 * The report's rows collected during a run hold each value as the CSV files write it, so that
 * {@code run}'s report and {@code report DIR}'s (which reads the files) are the same bytes;
 * whole numbers skip the text. Checked bit for bit against the text read back.
 */
class AsWrittenTest {
    private static double viaText(double v) {
        String s = Num.format(v);
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static void same(double v) {
        assertEquals(Double.doubleToRawLongBits(viaText(v)), Double.doubleToRawLongBits(RunCollector.asWritten(v)), "value " + v);
    }

    @Test
    void everyValueIsTheOneItsTextReadsBackAs() {
        for (double v : new double[] {0.0, -0.0, 1, -1, 42, 1e14, 999_999_999_999_999.0, 1e15, -1e15, 1e15 + 2, 1e300, -1e300, 0.5, -2.5,
            1.0 / 3, 123456.789012345, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Math.nextUp(1.0), Math.nextDown(1e15)}) {
            same(v);
        }
        // at the powers of ten, where the count of digits before the point changes, and at ties
        for (int e = -14; e <= 16; e++) {
            double p = Math.pow(10, e);
            for (double v : new double[] {p, Math.nextDown(p), Math.nextUp(p), p * 0.99999999995, p * 0.999999999949,
                p * 0.99999999996, p * 1.0000000005, p * 1.00000000049999, p * 9.9999999995, p * 9.99999999949, p * 1.23456789015}) {
                same(v);
                same(-v);
            }
        }
        SplittableRandom r = new SplittableRandom(13);
        for (int k = 0; k < 2_000_000; k++) {
            double v = switch (k % 5) {
                case 0 -> r.nextInt(-5_000, 5_000);                                 // headcounts, layoffs
                case 1 -> Math.rint(r.nextDouble() * 1e12) * (r.nextBoolean() ? 1 : -1); // whole dollars
                case 2 -> r.nextDouble() * Math.pow(10, r.nextInt(-14, 16));         // pay, morale, capability
                case 3 -> Double.longBitsToDouble(r.nextLong());                     // anything
                default -> (r.nextLong(1, 10_000_000_000L) + (r.nextBoolean() ? 0.5 : r.nextDouble()))
                        * Math.pow(10, r.nextInt(-22, 6));                               // at and near ties of the tenth digit
            };
            same(v);
        }
    }
}
