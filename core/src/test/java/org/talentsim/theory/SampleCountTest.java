package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.MovesView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.WorldView;

/**
 * The validation's exposure counts (employed and unemployed worker-ticks) are taken from the
 * teams' headcounts: they must equal a count of every worker's status, tick by tick, in each kind
 * of theory market (including one started with everyone unemployed, and weekly ticks), over seeds.
 */
class SampleCountTest {
    /** Counts the employed by status, as {@link Sample} did, over the same window. */
    private static final class ByStatus implements TickObserver {
        final int from;
        long employed;
        long unemployed;
        int employedBefore;
        int unemployedBefore;
        int ticks;

        ByStatus(int from) {
            this.from = from;
        }

        @Override
        public void onStart(WorldView w) {
            count(w);
        }

        @Override
        public void onTick(int tick, WorldView w, MovesView log) {
            if (tick >= from) {
                employed += employedBefore;
                unemployed += unemployedBefore;
            }
            count(w);
            ticks++;
        }

        private void count(WorldView w) {
            PopulationView p = w.population();
            int e = 0;
            for (int i = 0; i < p.size(); i++) {
                if (p.status(i) == Status.EMPLOYED) {
                    e++;
                }
            }
            employedBefore = e;
            unemployedBefore = p.size() - e;
        }
    }

    private static void same(TheoryMarket tm, int from) {
        Sample s = new Sample(from);
        ByStatus b = new ByStatus(from);
        try (Simulation sim = tm.builder().observer(s).observer(b).build()) {
            sim.run();
        }
        assertTrue(b.ticks > from, "ticks: " + b.ticks);
        assertTrue(b.employed > 0 && b.unemployed > 0, "employed " + b.employed + ", unemployed " + b.unemployed);
        assertEquals(b.employed, s.employedTicks, "employed worker-ticks");
        assertEquals(b.unemployed, s.unemployedTicks, "unemployed worker-ticks");
    }

    @Test
    void exposureFromTeamsEqualsACountByStatus() {
        for (long seed = 1; seed <= 4; seed++) {
            TheoryMarkets.Options o = TheoryMarkets.Options.of(3_000, 24, seed).withLabs(50);
            same(TheoryMarkets.burdettMortensen(EngineValidationTest.BM1, o), 6);
            same(TheoryMarkets.burdettMortensen(EngineValidationTest.BM1, o.startingUnemployed()), 0);
            same(TheoryMarkets.postelVinayRobin(EngineValidationTest.PVR3, o.withTick(org.talentsim.model.TickUnit.WEEK)), 10);
            same(TheoryMarkets.mortensenPissarides(new MortensenPissarides(0.02, 0.5, 0.5), 1.0, o), 3);
        }
    }
}
