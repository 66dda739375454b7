package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Recorder;

/**
 * The openings a team starts with (MODEL §5): the positions its leavers of the tick before would
 * have left, but only below its target. A team at its target gets them all; a team frozen below
 * its headcount gets none, and hires nobody until attrition takes it under its target.
 */
class StartVacanciesTest {
    /** Frozen (20 staff, target {@code frozen}), AtTarget (200 staff, target 200) and a pool; brisk separations. */
    static Scenario market(long seed, int frozen) {
        return Scenario.builder("vacancies").seed(seed).months(24)
                .market(MarketSpec.DEFAULT.withSeparation(Rate.perYear(1.5)))
                .lab("Frozen", l -> l.team("R", Focus.RESEARCH, 20, t -> t.target(frozen)))
                .lab("AtTarget", l -> l.team("R", Focus.RESEARCH, 200, t -> t.target(200)))
                .pool(100)
                .build();
    }

    @Test
    void aFreezeOpensNothingAndHiresNobodyWhileATeamAtItsTargetOpensItsLeaversPlaces() {
        int raised = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Recorder rec = new Recorder((tick, w) -> { });
            try (Simulation sim = Simulation.builder(market(seed, 0)).observer(rec).build()) {
                assertEquals(0, sim.world().team(0).target(), "seed " + seed + ": the freeze's target before tick 1");
                int atTarget = sim.world().team(1).target();
                assertTrue(atTarget >= 200, "seed " + seed + ": " + atTarget);
                raised += atTarget - 200;
                sim.run();
            }
            List<Recorder.Move> in = rec.moves.stream().filter(m -> m.toLab() == 0
                    && (m.reason() == MoveReason.HIRED || m.reason() == MoveReason.POACHED)).toList();
            assertEquals(List.of(), in, "seed " + seed + ": a team frozen at target 0 hires nobody");
        }
        // 1.5 a year is ~12% a month leaving: about 24 of the 200 places open a tick, over ten seeds ~240
        assertTrue(raised > 150 && raised < 350, "positions opened at AtTarget over 10 seeds: " + raised);
    }

    /**
     * A team above its target opens only what its leavers leave below the target: with 20 staff
     * and a target of 19, a single leaver opens nothing and three leavers open two.
     */
    @Test
    void aTeamAboveItsTargetOpensOnlyBelowIt() {
        int opened = 0;
        int closedSeeds = 0;
        for (long seed = 1; seed <= 20; seed++) {
            try (Simulation sim = Simulation.builder(market(seed, 19)).build()) {
                int target = sim.world().team(0).target();
                assertTrue(target == 19 || target >= 21, "seed " + seed + ": target 19 kept, or raised past 20: " + target);
                opened += target == 19 ? 0 : target - 20;
                closedSeeds += target == 19 ? 1 : 0;
            }
        }
        assertTrue(closedSeeds > 0, "some seeds draw at most one leaver, and open nothing");
        assertTrue(opened > 0, "some seeds draw two or more leavers, and open positions");
    }

    /**
     * A team growing toward its target counts its leavers' places among the openings it already
     * has: its target stays the file's, and its monthly quota ⌈0.05 · target⌉ holds. It rose by
     * the leavers (found by an economist's review): a team of 200 growing to 800 got a target of
     * ~803 and hired 41 a month, one over its quota of 40, on every seed.
     */
    @Test
    void aGrowingTeamKeepsItsTargetAndHiresItsQuota() {
        int full = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Scenario s = Scenario.builder("growing").seed(seed).months(6)
                    .lab("Solo", l -> l.prestige(0.7).team("R", Focus.RESEARCH, 200, t -> t.target(800)))
                    .lab("Near", l -> l.team("R", Focus.RESEARCH, 195, t -> t.target(200)))
                    .pool(5000)
                    .build();
            Recorder rec = new Recorder((tick, w) -> { });
            try (Simulation sim = Simulation.builder(s).observer(rec).build()) {
                assertEquals(800, sim.world().team(0).target(), "seed " + seed + ": the growing team's target before tick 1");
                // a team 5 under its target with more leavers than that opens what goes beyond
                int near = sim.world().team(1).target();
                assertTrue(near >= 200, "seed " + seed + ": " + near);
                sim.run();
            }
            for (int tick = 1; tick <= 6; tick++) {
                int t = tick;
                long in = rec.moves.stream().filter(m -> m.tick() == t && m.toLab() == 0
                        && (m.reason() == MoveReason.HIRED || m.reason() == MoveReason.POACHED)).count();
                assertTrue(in <= 40, "seed " + seed + ", month " + tick + ": " + in + " hired, over the quota of 40");
                full += in == 40 ? 1 : 0;
            }
        }
        assertTrue(full >= 50, "months at the quota, of 60: " + full);
    }
}
