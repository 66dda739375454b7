package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.talentsim.scenario.Scenario;

/**
 * With a matching function the seekers' offers come from it, so {@code offersSeeking} is not in
 * the per-tick sum with the pool exit: a file was refused for an offersSeeking it does not use,
 * and the pool exit's error blamed the unused default (found by a scenario author's review).
 */
class MatchingRatesTest {
    static final String HEAD = "version: 1\nname: m\nmarket:\n  matching: {efficiency: 0.5, eta: 0.5}\n";

    @Test
    void anOffersSeekingTheMatchingFunctionReplacesIsNotCounted() {
        Scenario s = ScenarioFiles.parse(HEAD + "  offersSeeking: 1/month\n  poolExit: 0.1/month\nlabs:\n  - name: Meta\n", "m.yaml");
        assertEquals(0.1, s.market().poolExit().perTick(org.talentsim.model.TickUnit.MONTH), 1e-12);
        // without matching the same rates are refused, as before
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFiles.parse(
                "version: 1\nname: m\nmarket:\n  offersSeeking: 1/month\n  poolExit: 0.1/month\nlabs:\n  - name: Meta\n", "f.yaml"));
        assertEquals("f.yaml:4:18: market.offersSeeking: per-tick offers to seekers + pool exit must be <= 1, was 1 + 0.1 = 1.1"
                + " a month (lower the rates or use tick: week)", e.getMessage());
    }
}
