package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SVG's numbers are written by integer arithmetic, the same text as rounding and Double.toString. */
class SvgNumbersTest {
    /** The former way: round to the scale, then Double.toString (Long.toString for whole numbers). */
    private static String reference(double v, double scale) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "0";
        }
        double r = Math.round(v * scale) / scale;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return Double.toString(r);
    }

    @Test
    void theTextIsThatOfRoundingAndDoubleToString() {
        SplittableRandom rng = new SplittableRandom(20261205);
        double[] fixed = {0, -0.0, 0.04, 0.05, -0.05, 0.95, 0.995, 1.005, -1.25, 57.4, 331, 9_999_999.95, 1e7, -1e7, 1.5e7, 3e15, 1e300,
            -2.5e-9, Double.NaN, Double.POSITIVE_INFINITY, 0.15, 0.25, 0.35, 2.675, 1.0 / 3, -1e300, -9.3e17, -9.3e16,
            Double.NEGATIVE_INFINITY, -Double.MAX_VALUE};
        for (double v : fixed) {
            assertEquals(reference(v, 10), Svg.dp1(v), "dp1 " + v);
            assertEquals(reference(v, 100), Svg.dp2(v), "dp2 " + v);
        }
        for (int i = 0; i < 2_000_000; i++) {
            double v = switch (i % 4) {
                case 0 -> rng.nextDouble(-1000, 1000);
                case 1 -> rng.nextDouble(-2e7, 2e7);
                case 2 -> rng.nextInt(-100_000, 100_000) / 100.0 + rng.nextDouble(-0.006, 0.006);
                default -> rng.nextDouble(-1, 1);
            };
            assertEquals(reference(v, 10), Svg.dp1(v), "dp1 " + v);
            assertEquals(reference(v, 100), Svg.dp2(v), "dp2 " + v);
        }
    }
}
