package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.talentsim.io.Num;

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
        SplittableRandom r = new SplittableRandom(13);
        for (int k = 0; k < 200_000; k++) {
            double v = switch (k % 4) {
                case 0 -> r.nextInt(-5_000, 5_000);                                 // headcounts, layoffs
                case 1 -> Math.rint(r.nextDouble() * 1e12) * (r.nextBoolean() ? 1 : -1); // whole dollars
                case 2 -> r.nextDouble() * Math.pow(10, r.nextInt(-8, 13));          // pay, morale, capability
                default -> Double.longBitsToDouble(r.nextLong());                    // anything
            };
            same(v);
        }
    }
}
