package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.model.LabView;
import org.talentsim.policy.GapResponse;
import org.talentsim.policy.LabStrategy;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;

/**
 * The kernel applies the built-in {@code gap-response} strategy ({@link GapResponse}) to each lab
 * directly, without the {@code Situation} and {@code Adjustment} values of a call: the same
 * budgets and premiums, bit for bit, tick after tick, as the same record called through the
 * {@link LabStrategy} interface (hidden behind a lambda, so the kernel cannot recognise it).
 */
class GapResponseDirectTest {
    static Scenario scenario(String strategy, long seed) {
        PolicySpec fast = PolicySpec.of(strategy, "threshold", 0.05, "premiumStep", 0.2, "maxPremium", 0.6,
                "budgetGrowth", 0.1, "relax", 0.1, "budgetCap", 1.7);
        return MechanismTest.quiet("gap").seed(seed).months(30)
                .lab("Leader", l -> l.budget(400e6).prestige(0.9).strategy(PolicySpec.of(strategy))
                        .team("R", Focus.RESEARCH, 120, t -> t.target(160)))
                .lab("Chaser", l -> l.budget(60e6).strategy(fast).team("R", Focus.RESEARCH, 30, t -> t.target(60)))
                .lab("Unbudgeted", l -> l.strategy(fast).team("P", Focus.PRODUCT, 20, t -> t.target(25)))
                .lab("Static", l -> l.budget(50e6).team("R", Focus.RESEARCH, 20, t -> t.target(20)))
                .pool(200)
                .build();
    }

    @Test
    void theDirectPathGivesTheBitsOfTheCall() {
        PolicyRegistry defaults = PolicyRegistry.defaults();
        // the same record, behind a lambda: the kernel calls adjust() with a Situation
        PolicyRegistry called = PolicyRegistry.defaults().register(PolicyRegistry.STRATEGY, "gap-called",
                java.util.Set.of("threshold", "premiumStep", "maxPremium", "budgetGrowth", "relax", "budgetCap"), spec -> {
            LabStrategy g = defaults.create(PolicyRegistry.STRATEGY, new PolicySpec("gap-response", spec.params()));
            assertTrue(g instanceof GapResponse);
            return s -> g.adjust(s);
        });
        int changed = 0;
        for (long seed = 1; seed <= 5; seed++) {
            try (Simulation direct = Simulation.builder(scenario("gap-response", seed)).registry(defaults).build();
                    Simulation call = Simulation.builder(scenario("gap-called", seed)).registry(called).build()) {
                for (int t = 0; t < 30; t++) {
                    direct.step();
                    call.step();
                    for (int l = 0; l < direct.world().labCount(); l++) {
                        LabView a = direct.world().lab(l);
                        LabView b = call.world().lab(l);
                        String at = "seed " + seed + ", tick " + t + ", " + a.name();
                        assertEquals(Double.doubleToRawLongBits(b.budget()), Double.doubleToRawLongBits(a.budget()), at);
                        assertEquals(Double.doubleToRawLongBits(b.offerPremium()), Double.doubleToRawLongBits(a.offerPremium()), at);
                        changed += a.offerPremium() > 0 ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(changed > 0, "some lab raised its premium");
    }
}
