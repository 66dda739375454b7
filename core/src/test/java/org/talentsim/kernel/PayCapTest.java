package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Recorder;

/**
 * A lab's pay cap (its offer policy's {@code cap}) holds its counter-offers and anniversary raises
 * as well as its offers: the flagship's star, offered Meta's $75M cap, was paid $89M a year later,
 * his raise taking him toward his team's pay level (found by a reviewer). Pay already above the
 * cap is not cut.
 */
class PayCapTest {
    static final double CAP = 400_000;

    /** Capped (counters every offer, raises of 10% a year) against a raiding rival, with or without the cap. */
    static Scenario market(long seed, boolean capped) {
        return Scenario.builder("cap").seed(seed).months(36)
                .market(org.talentsim.scenario.MarketSpec.DEFAULT.withAnnualRaise(0.1))
                .lab("Capped", l -> l.prestige(0.6).retention("match")
                        .offer(capped ? org.talentsim.scenario.PolicySpec.of("premium", "cap", CAP) : org.talentsim.scenario.PolicySpec.of("premium"))
                        .team("R", Focus.RESEARCH, 300, t -> t.target(300)))
                .lab("Rival", l -> l.prestige(0.8).offer("premium", "premium", 0.5)
                        .team("R", Focus.RESEARCH, 300, t -> t.target(400)))
                .pool(200)
                .build();
    }

    @Test
    void noRaiseOrCounterTakesPayAboveTheCapAndNobodyIsCut() {
        int above = 0;
        int heldBelow = 0;
        for (long seed = 1; seed <= 4; seed++) {
            for (boolean capped : new boolean[] {true, false}) {
                Recorder rec = new Recorder((tick, w) -> { });
                try (Simulation sim = Simulation.builder(market(seed, capped)).observer(rec).build()) {
                    PopulationView pop = sim.world().population();
                    double[] start = new double[pop.size()];
                    boolean[] atCapped = new boolean[pop.size()];
                    for (int i = 0; i < pop.size(); i++) {
                        start[i] = pop.salary(i);
                        atCapped[i] = pop.status(i) == Status.EMPLOYED && sim.world().labOf(i) == 0;
                    }
                    sim.run();
                    for (int i = 0; i < pop.size(); i++) {
                        if (!atCapped[i] || pop.status(i) != Status.EMPLOYED || sim.world().labOf(i) != 0) {
                            continue;
                        }
                        int r = i;
                        boolean moved = rec.moves.stream().anyMatch(m -> m.researcher() == r);
                        if (moved) {
                            continue;   // left and came back: hired again at an offer, capped too, but not this check's
                        }
                        double end = pop.salary(i);
                        assertTrue(end >= start[i], "seed " + seed + ", #" + i + ": a cut from " + start[i] + " to " + end);
                        if (start[i] < CAP && end > CAP) {
                            assertTrue(!capped, "seed " + seed + ", #" + i + ": raised from " + start[i] + " past the cap to " + end);
                            above++;
                        }
                        if (capped && start[i] < CAP && end == CAP) {
                            heldBelow++;
                        }
                    }
                    // counter-offers: none above the cap
                    if (capped) {
                        for (Recorder.Move m : rec.moves) {
                            if (m.toLab() == 0) {
                                assertTrue(m.newSalary() <= CAP, "seed " + seed + ": hired at " + m.newSalary());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(above > 0, "the case: without the cap, raises take some past it");
        assertTrue(heldBelow > 0, "with it, some stop at it");
        assertEquals(true, above > 0 && heldBelow > 0);
    }
}
