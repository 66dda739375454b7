package org.talentsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A policy spec's parameters: immutable, sorted by name, and equal whatever map they came in. */
class PolicySpecTest {
    @Test
    void noParametersIsOneValueHoweverGiven() {
        PolicySpec a = PolicySpec.of("premium");
        PolicySpec b = new PolicySpec("premium", new HashMap<>());
        PolicySpec c = new PolicySpec("premium", null);
        assertEquals(a, b);
        assertEquals(a, c);
        assertEquals(a.hashCode(), b.hashCode());
        assertTrue(b.params().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> b.params().put("x", 1.0));
    }

    @Test
    void parametersAreCopiedSortedAndImmutable() {
        Map<String, Double> given = new HashMap<>(Map.of("zeta", 2.0, "alpha", 1.0));
        PolicySpec p = new PolicySpec("premium", given);
        given.put("beta", 3.0);   // a later change to the caller's map does not reach the spec
        assertEquals(List.of("alpha", "zeta"), List.copyOf(p.params().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> p.params().put("x", 1.0));
        assertEquals(p, PolicySpec.of("premium", "alpha", 1.0, "zeta", 2.0));
    }

    @Test
    void labsWithoutPoliciesShareTheDefaults() {
        LabSpec one = Scenario.builder("s").lab("A", l -> l.team("T", org.talentsim.model.Focus.RESEARCH, 1, t -> { })).build().labs().get(0);
        assertEquals(PolicySpec.of("premium"), one.offer());
        assertEquals(PolicySpec.of("none"), one.retention());
        assertEquals(PolicySpec.of("lowest-output"), one.layoff());
        assertEquals(PolicySpec.of("static"), one.strategy());
        assertEquals(PolicySpec.of("cash"), one.pay());
    }
}
