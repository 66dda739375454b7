package org.talentsim.engine;

import org.talentsim.kernel.Internals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.kernel.Market;
import org.talentsim.testkit.Recorder;
import org.talentsim.testkit.Worlds;

/** A restored snapshot replays the same ticks exactly. */
class SnapshotTest {
    @Test
    void restoredStateReplaysTheSameTicks() {
        Recorder rec = new Recorder();
        try (Simulation sim = Simulation.builder(Worlds.twoLabWar(8)).observer(rec).build()) {
            sim.run(4);
            Market.Snapshot snap = Internals.market(sim).snapshot();
            sim.run(6);
            var first = java.util.List.copyOf(rec.moves.subList(countUpTo(rec, 4), rec.moves.size()));
            double cap = sim.world().lab(0).capability();
            Internals.market(sim).restore(snap);
            assertEquals(4, sim.tick());
            int mark = rec.moves.size();
            sim.run(6);
            var second = rec.moves.subList(mark, rec.moves.size());
            assertTrue(first.size() > 20);
            assertEquals(first, second);
            assertEquals(cap, sim.world().lab(0).capability(), 0);
        }
    }

    private static int countUpTo(Recorder rec, int tick) {
        return (int) rec.moves.stream().filter(m -> m.tick() <= tick).count();
    }
}
