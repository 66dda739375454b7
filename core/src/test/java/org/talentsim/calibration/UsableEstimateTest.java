package org.talentsim.calibration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An estimate is usable only when every flag says so: an estimate at its range's edge, whose se
 * the terminal called not to be trusted, was still "identified" (an economist's review: raise
 * 0.079 in [0, 0.08], se 0.028, its interval beyond the range, held at the bound).
 */
class UsableEstimateTest {
    static Calibrator.ParameterEstimate e(double estimate, double se, boolean boundHit, boolean identified, double gap,
            boolean held) {
        return new Calibrator.ParameterEstimate("p", estimate, se, estimate - 1.96 * se, estimate + 1.96 * se, boundHit, identified,
                gap, held);
    }

    @Test
    void everyFlagAtOnce() {
        assertTrue(e(0.5, 0.05, false, true, 0.2, false).usable(0, 1));
        assertTrue(e(0.5, 0.05, false, true, Double.NaN, false).usable(0, 1), "no slope gap known");
        assertFalse(e(0.5, 0.05, false, false, 0.2, false).usable(0, 1), "not identified");
        assertFalse(e(0.5, 0.3, false, true, 0.2, false).usable(0, 1), "its interval beyond the range");
        assertFalse(e(0.995, 0.001, true, true, 0.2, false).usable(0, 1), "at a bound");
        assertFalse(e(0.5, 0.05, false, true, 1.42, false).usable(0, 1), "moments not smooth");
        assertFalse(e(0.5, 0.05, false, true, 0.2, true).usable(0, 1), "held at a bound");
        assertFalse(e(0.5, Double.NaN, false, true, 0.2, false).usable(0, 1), "no se");
        // the review's case
        assertFalse(e(0.07904213724, 0.02796023588, false, true, 1.421678986, true).usable(0, 0.08));
    }
}
