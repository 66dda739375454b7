package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.testkit.Worlds;

/** Looking at the state does not change it: Simulation.world() once marked the census stale, forcing a recount. */
class CensusFreshnessTest {
    @Test
    void readingTheWorldLeavesTheCensusFresh() {
        try (Simulation sim = Simulation.of(Worlds.twoLabWar(3))) {
            sim.run(2);
            Market m = Internals.market(sim);
            assertTrue(m.censusFresh);
            sim.world().lab(0).payroll();
            sim.world();
            assertTrue(m.censusFresh, "a getter must not mark the census stale");
        }
    }
}
