package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.Talentsim;
import org.talentsim.model.Focus;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;

/**
 * A user's quit policy that returns NaN or a negative hazard stops the run with a message naming
 * it: such a value made every comparison of the one-draw search false (NaN) or moved its offer
 * interval (negative), and silently switched off the exogenous separation and the outside offers
 * to the employed. A hazard of 1 or more is a certain departure, and 0 leaves the separation.
 */
class QuitPolicyCheckTest {
    static final PolicyRegistry REGISTRY = PolicyRegistry.defaults()
            .register(PolicyRegistry.QUITS, "qzero", s -> (m, g) -> 0.0)
            .register(PolicyRegistry.QUITS, "qneg", s -> (m, g) -> -0.05)
            .register(PolicyRegistry.QUITS, "qnan", s -> (m, g) -> Double.NaN)
            .register(PolicyRegistry.QUITS, "qall", s -> (m, g) -> Double.POSITIVE_INFINITY);

    static Scenario scenario(String quits) {
        return Scenario.builder("q").seed(3).months(6).quits(PolicySpec.of(quits))
                .market(MarketSpec.DEFAULT.withSeparation(Rate.perYear(0.2)).withOffersEmployed(Rate.perYear(1)))
                .lab("A", l -> l.team("R", Focus.RESEARCH, 300, t -> t.target(400)))
                .lab("B", l -> l.prestige(0.7).team("R", Focus.RESEARCH, 300, t -> t.target(400)))
                .pool(100).build();
    }

    @Test
    void aNanOrNegativeHazardIsAnErrorNamingThePolicy() {
        for (int threads = 1; threads <= 2; threads++) {
            Talentsim ts = Talentsim.defaults().withRegistry(REGISTRY).withThreads(threads);
            for (String q : new String[] {"qneg", "qnan"}) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> ts.run(scenario(q)), q);
                // the starting hazards are asked for when the market is set up: the scenario named first
                assertTrue(e.getMessage().startsWith("scenario 'q' failed before its first tick, in the set-up of the market:"
                        + " quit policy (a lambda in org.talentsim.policy.QuitPolicyCheckTest) returned ")
                        && e.getMessage().contains(q.equals("qnan") ? "returned NaN" : "returned -0.05"), e.getMessage());
            }
        }
    }

    @Test
    void zeroLeavesTheSeparationAndInfinityIsACertainDeparture() {
        Talentsim ts = Talentsim.defaults().withRegistry(REGISTRY);
        var zero = ts.run(scenario("qzero"));
        assertTrue(zero.lab("A").quits() > 0, "the exogenous separation remains: " + zero.lab("A").quits());
        var all = ts.run(scenario("qall"));
        // every employed researcher leaves in the first month (or retires): nobody is left at A's start staff
        assertTrue(all.lab("A").quits() >= 290, "a certain departure: " + all.lab("A").quits());
        assertEquals(all, ts.run(scenario("qall")), "and the same every time");
    }
}
