package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.metrics.History;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.metrics.Metrics;
import org.talentsim.testkit.Worlds;

class SmokeTest {
    @Test
    void everythingRuns() {
        History h = new History();
        InvariantChecker inv = new InvariantChecker();
        try (Simulation sim = Simulation.builder(Worlds.everything(3)).observer(inv).observer(new Metrics(h)).build()) {
            sim.run();
        }
        System.out.println(h.summary());
        assertTrue(inv.ticksChecked() == 30);
    }
}
