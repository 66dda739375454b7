package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;

/** A team fills a growth plan at its recruiting capacity; a target set by an event is filled at once (MODEL §7.4). */
class HiringCapacityTest {
    /** Lab L plans to grow from 100 to 200; plenty of seekers hear from it. */
    static Scenario growth(long seed, boolean spree) {
        var b = MechanismTest.quiet("growth").seed(seed).months(6)
                .market(MechanismTest.QUIET.withOffersSeeking(Rate.perMonth(0.9)).withVisibilityGain(0))
                .lab("L", l -> l.team("T", Focus.RESEARCH, 100, t -> t.target(spree ? 100 : 200)))
                .pool(2000);
        if (spree) {
            b.event(new EventSpec.HiringSpree(1, "L", "T", 200, 1));
        }
        return b.build();
    }

    static int[] hiresPerTick(Scenario s) {
        RunResult r = Talentsim.defaults().run(s);
        int[] h = new int[s.ticks() + 1];
        r.moves().stream().filter(m -> m.reason() == MoveReason.HIRED).forEach(m -> h[m.tick()]++);
        return h;
    }

    @Test
    void aGrowthPlanIsFilledAtTheRecruitingCapacity() {
        for (long seed = 1; seed <= 5; seed++) {
            int[] h = hiresPerTick(growth(seed, false));
            for (int t = 1; t <= 6; t++) {
                // at most ceil(0.05 x max(headcount, target = 200)) = 10 a month
                assertTrue(h[t] <= 10, "seed " + seed + ", month " + t + ": " + h[t] + " hires");
            }
            assertTrue(h[1] == 10 && h[2] == 10, "the capacity binds while the plan is open: " + java.util.Arrays.toString(h));
        }
    }

    /**
     * Weekly ticks recruit at the monthly pace: the month's quota (ceil(0.05 x 200) = 10 for T, at
     * least one for the 20-planned S) is given out week by week, the fraction carried. Rounding up
     * each week's share and a floor of one a week hired 3 a week for T (178 after six months
     * against 160 monthly) and 1 a week for S (4.3 a month instead of 1).
     */
    @Test
    void weeklyTicksRecruitAtTheMonthlyPace() {
        for (org.talentsim.model.TickUnit unit : org.talentsim.model.TickUnit.values()) {
            Scenario s = MechanismTest.quiet("pace").seed(3).months(6).tickUnit(unit)
                    .market(MechanismTest.QUIET.withOffersSeeking(Rate.perMonth(0.9)).withVisibilityGain(0))
                    .lab("L", l -> l.team("T", Focus.RESEARCH, 100, t -> t.target(200)).team("S", Focus.RESEARCH, 10,
                            t -> t.target(20)))
                    .pool(5000).build();
            RunResult r = Talentsim.defaults().run(s);
            long toT = r.moves().stream().filter(m -> m.reason() == MoveReason.HIRED && m.toTeam().equals("T")).count();
            long toS = r.moves().stream().filter(m -> m.reason() == MoveReason.HIRED && m.toTeam().equals("S")).count();
            // six months of 10 (T) and of 1 (S); a weekly run's 26 weeks are 6.0 months: a hire either way
            assertTrue(toT >= 59 && toT <= 61, unit + ": T hired " + toT);
            assertTrue(toS >= 5 && toS <= 7, unit + ": S hired " + toS);
        }
    }

    @Test
    void aSpreeFillsItsTargetAtOnce() {
        for (long seed = 1; seed <= 5; seed++) {
            int[] h = hiresPerTick(growth(seed, true));
            assertTrue(h[1] > 50, "seed " + seed + ": a spree is not paced: " + java.util.Arrays.toString(h));
        }
    }
}
