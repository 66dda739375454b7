package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The census's rounding to cents is exactly {@code Math.round}, so sums keep their bits. */
class CentsTest {
    @Test
    void agreesWithMathRound() {
        double[] edges = {0, -0.0, 0.004999999, 0.005, 0.0049999999999999, 0.015, 1e-300, 0.49, 0.5, 1.005,
            4503599627370.495, 4503599627370.5, 45035996273704.96, 1e15, 123456.785, 2.5e6, Double.MIN_VALUE};
        for (double usd : edges) {
            assertEquals(Math.round(usd * 100), Money.CENTS.units(usd), "usd " + usd);
            double up = Math.nextUp(usd);
            assertEquals(Math.round(up * 100), Money.CENTS.units(up), "usd " + up);
        }
        SplittableRandom r = new SplittableRandom(9);
        for (int i = 0; i < 2_000_000; i++) {
            double usd = switch (i % 5) {
                case 0 -> 300_000 * Math.exp(r.nextGaussian());
                case 1 -> r.nextInt(10_000_000) / 100.0 + 0.005;       // halves of a cent
                case 2 -> r.nextDouble();
                case 3 -> Double.longBitsToDouble(r.nextLong() >>> 2);  // any non-negative double below 2
                default -> Double.longBitsToDouble(r.nextLong() >>> 1); // any non-negative double, huge and infinite too
            };
            assertEquals(Math.round(usd * 100), Money.CENTS.units(usd), "usd " + usd);
        }
    }

    @Test
    void agreesWithMathRoundNextToHalvesAndPowersOfTwo() {
        // where x + 0.5 could round: x just below a half-integer, and just below a power of two
        // (the sum crosses into the next binade, whose ulp is twice x's)
        java.util.List<Double> xs = new java.util.ArrayList<>();
        for (int e = -2; e < 52; e++) {
            double p = Math.scalb(1.0, e);
            xs.add(p);
            xs.add(p - 0.5);
            xs.add(p + 0.5);
        }
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            xs.add(Math.floor(Math.scalb(r.nextDouble(), r.nextInt(53))) + 0.5);
        }
        for (double x0 : xs) {
            double x = x0;
            for (int k = 0; k < 8; k++) {
                x = Math.nextDown(x);
            }
            for (int k = 0; k < 17; k++, x = Math.nextUp(x)) {
                double usd = x / 100;
                assertEquals(Math.round(usd * 100), Money.CENTS.units(usd), "x " + x + ", usd " + usd);
            }
        }
    }
}
