package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.model.Focus;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;

/** Contract tests over every registered policy. */
class PolicyRegistryTest {
    static final List<PolicyRegistry.Kind<?>> KINDS = List.of(PolicyRegistry.OFFER, PolicyRegistry.RETENTION,
            PolicyRegistry.ACCEPTANCE, PolicyRegistry.LAYOFF, PolicyRegistry.MORALE, PolicyRegistry.QUITS,
            PolicyRegistry.PRODUCTION, PolicyRegistry.STRATEGY);

    @Test
    void everyBuiltInIsCreatedByNameWithDefaults() {
        PolicyRegistry reg = PolicyRegistry.defaults();
        int n = 0;
        for (PolicyRegistry.Kind<?> k : KINDS) {
            assertTrue(reg.names(k).size() >= 1, k + " has built-ins");
            for (String name : reg.names(k)) {
                Object p = reg.create(k, PolicySpec.of(name));
                assertNotNull(p);
                assertTrue(k.type().isInstance(p));
                n++;
            }
        }
        assertTrue(n >= 19, "the DESIGN §3.4 set: " + n);
    }

    @Test
    void everyOfferAndRetentionPolicyRunsAWholeMarket() {
        PolicyRegistry reg = PolicyRegistry.defaults();
        for (String offer : reg.names(PolicyRegistry.OFFER)) {
            for (String ret : reg.names(PolicyRegistry.RETENTION)) {
                for (String acc : reg.names(PolicyRegistry.ACCEPTANCE)) {
                    Scenario s = Scenario.builder("contract").months(6)
                            .acceptance(PolicySpec.of(acc))
                            .lab("A", l -> l.postedWage(400_000).offer(PolicySpec.of(offer)).retention(PolicySpec.of(ret))
                                    .team("T", Focus.RESEARCH, 100, t -> t.target(150)))
                            .lab("B", l -> l.postedWage(350_000).offer(PolicySpec.of(offer)).retention(PolicySpec.of(ret))
                                    .team("T", Focus.RESEARCH, 100, t -> t.target(150)))
                            .build();
                    InvariantChecker inv = new InvariantChecker();
                    try (Simulation sim = Simulation.builder(s).observer(inv).build()) {
                        sim.run();
                    }
                    assertEquals(6, inv.ticksChecked(), offer + "/" + ret + "/" + acc);
                }
            }
        }
    }

    @Test
    void unknownNamesAreRejectedWithASuggestion() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PolicyRegistry.defaults().create(PolicyRegistry.OFFER, PolicySpec.of("premum")));
        assertEquals("unknown offer policy 'premum' (did you mean 'premium'?); known: [bertrand, posted, premium, star]",
                e.getMessage());
    }

    @Test
    void unknownAndBadParametersAreRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> PolicyRegistry.defaults()
                .create(PolicyRegistry.OFFER, PolicySpec.of("premium", "premiun", 0.3)));
        assertEquals("offer policy 'premium' has no parameter 'premiun' (did you mean 'premium'?); its parameters: [premium]",
                e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> PolicyRegistry.defaults()
                .create(PolicyRegistry.RETENTION, PolicySpec.of("match", "upTo", 1.5)));
        assertEquals("retention policy 'match': upTo must be in [0,1], was 1.5", e2.getMessage());
    }

    @Test
    void customPoliciesPlugInByName() {
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.RETENTION, "never", spec -> q -> Double.NaN);
        assertTrue(reg.names(PolicyRegistry.RETENTION).contains("never"));
        Scenario s = Scenario.builder("custom").months(3)
                .lab("A", l -> l.retention(PolicySpec.of("never")).team("T", Focus.RESEARCH, 50, t -> { }))
                .build();
        try (Simulation sim = Simulation.builder(s).registry(reg).build()) {
            sim.run();
            assertEquals(3, sim.tick());
        }
        assertThrows(IllegalArgumentException.class, () -> Simulation.of(s), "not in the default registry");
    }
}
