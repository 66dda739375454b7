package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.kernel.Market;
import org.talentsim.model.Focus;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Digests;
import org.talentsim.testkit.Worlds;

/** DESIGN §4: the same scenario and seed give byte-identical result files for any thread count, on every run. */
class DeterminismTest {
    @TempDir
    Path tmp;

    /** Big enough to span several chunks, so threads really split the work. */
    static Scenario multiChunk(long seed) {
        return Scenario.builder("multi-chunk").seed(seed).months(12)
                .lab("A", l -> l.prestige(0.7).offer(PolicySpec.of("star")).retention(PolicySpec.of("match"))
                        .team("R", Focus.RESEARCH, 6000, t -> t.target(7000))
                        .team("P", Focus.PRODUCT, 4000, t -> t.target(4500)))
                .lab("B", l -> l.prestige(0.5).team("R", Focus.RESEARCH, 5000, t -> t.target(5500)))
                .pool(3000, CohortSpec.DEFAULT.withVisaShare(0.2))
                .build();
    }

    @Test
    void identicalForOneTwoAndEightThreads() {
        Scenario s = multiChunk(11);
        org.junit.jupiter.api.Assertions.assertTrue(18000 > 3 * Market.CHUNK_SIZE, "several chunks");
        String one = Digests.ofRun(s, 1, tmp);
        assertEquals(one, Digests.ofRun(s, 2, tmp), "2 threads");
        assertEquals(one, Digests.ofRun(s, 8, tmp), "8 threads");
        assertEquals(one, Digests.ofRun(s, 1, tmp), "repeat run");
    }

    @Test
    void identicalAcrossThreadsWithEveryEvent() {
        Scenario s = Worlds.everything(5);
        String one = Digests.ofRun(s, 1, tmp);
        assertEquals(one, Digests.ofRun(s, 2, tmp));
        assertEquals(one, Digests.ofRun(s, 8, tmp));
    }

    @Test
    void identicalAcrossThreadsWhenRaisesAreScaledToBudgets() {
        Scenario s = Worlds.tightBudgets(4, org.talentsim.model.TickUnit.MONTH);
        String one = Digests.ofRun(s, 1, tmp);
        assertEquals(one, Digests.ofRun(s, 2, tmp));
        assertEquals(one, Digests.ofRun(s, 3, tmp));
    }

    @Test
    void differentSeedDifferentResults() {
        assertNotEquals(Digests.ofRun(Worlds.twoLabWar(1), 1, tmp), Digests.ofRun(Worlds.twoLabWar(2), 1, tmp));
    }

    /**
     * A pinned digest of a fixed small world. It changes only when the model, its defaults, the
     * stream keys or the file format change on purpose: then update it in the same commit and
     * say why.
     */
    @Test
    void goldenDigest() {
        assertEquals(GOLDEN, Digests.ofRun(Worlds.twoLabWar(42), 1, tmp));
    }

    static final String GOLDEN = "857c717d44ef2bd158c719cac6bda88fd87bce0cf6e7bb67551eb9f3f606380e";
}
