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

    /**
     * A name no scenario can give ("a,b") is refused at registration, where it was accepted and could
     * never be chosen; and the registry says what it holds (it printed as PolicyRegistry@63753b6d:
     * an API user's review).
     */
    @Test
    void aNameNoScenarioCouldGiveIsRefusedAndTheRegistrySaysWhatItHolds() {
        PolicyRegistry reg = PolicyRegistry.defaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> reg.register(PolicyRegistry.RETENTION, "a,b", spec -> reg.create(PolicyRegistry.RETENTION, PolicySpec.of("none"))));
        assertTrue(e.getMessage().startsWith("cannot register retention policy 'a,b': no scenario could name it ("), e.getMessage());
        reg.register(PolicyRegistry.RETENTION, "keep-all", spec -> reg.create(PolicyRegistry.RETENTION, PolicySpec.of("none")));
        String said = reg.toString();
        assertTrue(said.startsWith("PolicyRegistry[") && said.contains("retention: ") && said.contains("keep-all"), said);
        for (String name : reg.names(PolicyRegistry.OFFER)) {
            assertTrue(said.contains(name), name + " in " + said);
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
        assertEquals("offer policy 'premium' has no parameter 'premiun' (did you mean 'premium'?); its parameters: [cap, premium]",
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

    /**
     * A registered policy's parameters are checked against those it declares: a misspelt
     * {@code factr: 1.2} was accepted and the run used the factory's default (found by a reviewer).
     */
    @Test
    void aCustomPolicysParametersAreCheckedAgainstThoseItDeclares() {
        double[] seen = new double[1];
        PolicyRegistry reg = PolicyRegistry.defaults()
                .register(PolicyRegistry.RETENTION, "valuable", java.util.Set.of("factor"), spec -> {
                    seen[0] = spec.param("factor", 1.5);
                    return q -> Math.min(1, seen[0]) * q.valuation();
                })
                .register(PolicyRegistry.RETENTION, "plain", spec -> q -> Double.NaN);
        var typo = assertThrows(IllegalArgumentException.class,
                () -> reg.create(PolicyRegistry.RETENTION, PolicySpec.of("valuable", "factr", 1.2)));
        assertEquals("retention policy 'valuable' has no parameter 'factr' (did you mean 'factor'?); its parameters: [factor]",
                typo.getMessage());
        assertEquals(0, seen[0], "refused before the factory ran");
        reg.create(PolicyRegistry.RETENTION, PolicySpec.of("valuable", "factor", 1.2));
        assertEquals(1.2, seen[0]);
        var none = assertThrows(IllegalArgumentException.class,
                () -> reg.create(PolicyRegistry.RETENTION, PolicySpec.of("plain", "upTo", 0.5)));
        assertTrue(none.getMessage().startsWith("retention policy 'plain' takes no parameters, was given 'upTo'"), none.getMessage());
        reg.create(PolicyRegistry.RETENTION, PolicySpec.of("plain"));
        // a built-in policy without parameters says so too (it listed "its parameters: []")
        var builtIn = assertThrows(IllegalArgumentException.class,
                () -> reg.create(PolicyRegistry.RETENTION, PolicySpec.of("none", "upTo", 0.5)));
        assertEquals("retention policy 'none' takes no parameters, was given 'upTo'", builtIn.getMessage());
        java.util.Set<String> withNull = new java.util.HashSet<>(java.util.Arrays.asList("a", null));
        var nul = assertThrows(NullPointerException.class, () -> reg.register(PolicyRegistry.RETENTION, "n", withNull, spec -> q -> 0));
        assertEquals("parameters: a parameter's name is null", nul.getMessage());
        // through a scenario: a field error at the policy, before the run
        Scenario s = Scenario.builder("typo").months(2)
                .lab("A", l -> l.retention(PolicySpec.of("valuable", "factr", 1.2)).team("T", Focus.RESEARCH, 20, t -> { }))
                .build();
        var atField = assertThrows(IllegalArgumentException.class, () -> Simulation.builder(s).registry(reg).build());
        assertTrue(atField.getMessage().contains("labs[0].retention") && atField.getMessage().contains("no parameter 'factr'"),
                atField.getMessage());
    }
}
