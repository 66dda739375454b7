package org.talentsim.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.junit.jupiter.api.Test;

/** The search's starts, its stopping on the optimiser's own failures only, and its minimum on a known function. */
class SearchTest {
    static Calibration calibration(String optimizer) {
        return SmmTest.calibration("  - {metric: Keeper.quits, observed: 10, se: 2}\n"
                + "  - {metric: Leaker.quits, observed: 20, se: 4}\noptimizer: " + optimizer + "\n");
    }

    @Test
    void startsAreTheFilesThenAHaltonSequenceInsideTheBox() {
        Calibration c = calibration("bobyqa");
        assertArrayEquals(new double[] {0.5, 0.5}, Search.start(c, 0), 1e-12); // the middle of each range
        assertArrayEquals(new double[] {0.1 + 0.8 * 0.5, 0.1 + 0.8 / 3}, Search.start(c, 1), 1e-12);
        assertArrayEquals(new double[] {0.1 + 0.8 * 0.25, 0.1 + 0.8 * 2 / 3}, Search.start(c, 2), 1e-12);
    }

    @Test
    void onlyTheOptimisersOwnFailuresAreSwallowed() {
        assertTrue(Search.fromOptimiser(new MathIllegalStateException()));
        assertFalse(Search.fromOptimiser(new IllegalStateException("a run failed")));
        Calibration c = calibration("bobyqa");
        assertThrows(IllegalStateException.class, () -> Search.minimise(c, 0, Search.start(c, 0), 50, u -> {
            throw new IllegalStateException("a run failed");
        }));
    }

    /** Each optimiser finds the minimum of a smooth bowl inside the box, and stops within its budget. */
    @Test
    void findsTheMinimumOfABowl() {
        for (String o : new String[] {"bobyqa", "cmaes"}) {
            Calibration c = calibration(o);
            double[] best = {Double.POSITIVE_INFINITY, 0, 0};
            int[] calls = {0};
            Search.minimise(c, 0, new double[] {0.9, 0.1}, 300, u -> {
                calls[0]++;
                double q = (u[0] - 0.3) * (u[0] - 0.3) + 2 * (u[1] - 0.7) * (u[1] - 0.7);
                if (q < best[0]) {
                    best[0] = q;
                    best[1] = u[0];
                    best[2] = u[1];
                }
                return q;
            });
            assertEquals(0.3, best[1], 0.01, o);
            assertEquals(0.7, best[2], 0.01, o);
            assertTrue(calls[0] <= 300, o + ": " + calls[0]);
        }
    }
}
