package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The standard validation's six sets run on seeds no other set of any nearby master seed uses:
 * with seed + k, set 2 of {@code validate --seed 1} ran on the streams of set 1 of {@code
 * validate --seed 2}.
 */
class ValidationSeedsTest {
    @Test
    void setSeedsOfNearbyMasterSeedsAreAllDistinct() {
        Set<Long> seen = new HashSet<>();
        for (long seed = -50; seed < 500; seed++) {
            for (int k = 0; k < 6; k++) {
                assertTrue(seen.add(Validation.set(seed, k)), "seed " + seed + " set " + k);
            }
        }
        assertEquals(7L, Validation.set(7, 0), "the first set runs on the master seed itself");
    }
}
