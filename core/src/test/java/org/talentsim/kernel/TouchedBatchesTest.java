package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Digests;
import org.talentsim.testkit.Worlds;

/**
 * Large populations resolve the tick's draws in batches whose data is loaded first
 * ({@code OfferDesk.touch}): the same draws in the same order, so the same results, byte for
 * byte, as resolving them one by one.
 */
class TouchedBatchesTest {
    @Test
    void touchedBatchesGiveTheSameResults(@TempDir Path tmp) {
        for (long seed = 1; seed <= 3; seed++) {
            for (Scenario s : new Scenario[] {Worlds.everything(seed), Worlds.twoLabWar(seed), Worlds.acquiHire(seed)}) {
                String plain = Digests.ofRun(s, 1, tmp);
                OfferDesk.touchBytes = 0;
                try {
                    assertEquals(plain, Digests.ofRun(s, 1, tmp), s.name() + " seed " + seed);
                    assertEquals(plain, Digests.ofRun(s, 2, tmp), s.name() + " seed " + seed + ", 2 threads");
                } finally {
                    OfferDesk.touchBytes = OfferDesk.TOUCH_BYTES;
                }
            }
        }
    }
}
