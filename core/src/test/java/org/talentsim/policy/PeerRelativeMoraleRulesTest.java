package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;

/** Each weight of the peer-relative rule is checked, at its edge and past it, with a message naming it. */
class PeerRelativeMoraleRulesTest {
    static final String[] NAMES = {"base", "pay", "layoffs", "gap", "disparity", "leader", "speed"};

    /** The default rule with weight {@code k} replaced by {@code v}. */
    static PeerRelativeMorale with(int k, double v) {
        double[] w = {0.75, 0.5, 1.0, 0.3, 0.1, 0.5, 0.25};
        w[k] = v;
        return new PeerRelativeMorale(w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
    }

    @Test
    void everyWeightIsChecked() {
        for (int k = 0; k < NAMES.length; k++) {
            int at = k;
            boolean unit = k == 0 || k == 6;
            assertDoesNotThrow(() -> with(at, 0), NAMES[k] + " = 0");
            String range = unit ? " must be in [0,1], was " : " must be a finite number >= 0, was ";
            DoubleFunction<String> message = v -> "morale policy 'peer-relative': " + NAMES[at] + range + v;
            assertEquals(message.apply(-0.01), assertThrows(IllegalArgumentException.class, () -> with(at, -0.01)).getMessage());
            assertEquals(message.apply(Double.NaN), assertThrows(IllegalArgumentException.class, () -> with(at, Double.NaN)).getMessage());
            if (unit) {
                assertDoesNotThrow(() -> with(at, 1), NAMES[k] + " = 1");
                assertEquals(message.apply(1.01), assertThrows(IllegalArgumentException.class, () -> with(at, 1.01)).getMessage());
            } else {
                assertDoesNotThrow(() -> with(at, 50), NAMES[k] + " = 50");
                assertEquals(message.apply(Double.POSITIVE_INFINITY),
                        assertThrows(IllegalArgumentException.class, () -> with(at, Double.POSITIVE_INFINITY)).getMessage());
            }
        }
    }
}
