package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;

/**
 * The per-tick hiring quota (MODEL §7.4–7.5) holds on every path by which a team fills a
 * position: a seeker hired at a take-it-or-leave-it price or in an auction, and a researcher
 * poached either way. Lab A plans to grow from 100 to 200 (a quota of ceil(0.05 × 200) = 10 a
 * month); Lab B's 2 000 staff, or 2 000 seekers, hear from A every month.
 */
class HiringQuotaTest {
    static Scenario growth(long seed, String offer, boolean poach) {
        var b = MechanismTest.quiet("quota-" + offer).seed(seed).months(3)
                .market(MechanismTest.QUIET.withOffersSeeking(Rate.perMonth(0.9)).withOffersEmployed(Rate.perMonth(0.9))
                        .withVisibilityGain(0))
                .lab("A", l -> l.productivity(3).prestige(0.9).offer(PolicySpec.of(offer))
                        .team("T", Focus.RESEARCH, 100, t -> t.target(200)))
                .lab("B", l -> l.productivity(0.5).prestige(0.1)
                        .team("S", Focus.RESEARCH, poach ? 2000 : 1, t -> t.target(poach ? 2000 : 1)));
        if (!poach) {
            b.pool(2000);
        }
        return b.build();
    }

    /** Moves into lab A per tick. */
    static int[] intoA(Scenario s, MoveReason reason) {
        RunResult r = Talentsim.defaults().run(s);
        int[] h = new int[s.ticks() + 1];
        r.moves().stream().filter(m -> m.reason() == reason && "A".equals(m.toLab())).forEach(m -> h[m.tick()]++);
        return h;
    }

    @Test
    void theQuotaBindsOnEveryPath() {
        for (String offer : new String[] {"premium", "bertrand"}) {
            for (boolean poach : new boolean[] {false, true}) {
                for (long seed = 1; seed <= 3; seed++) {
                    int[] h = intoA(growth(seed, offer, poach), poach ? MoveReason.POACHED : MoveReason.HIRED);
                    String what = offer + (poach ? " poaching" : " hiring") + ", seed " + seed + ": " + Arrays.toString(h);
                    for (int t = 1; t <= 3; t++) {
                        assertEquals(10, h[t], what);
                    }
                }
            }
        }
    }
}
