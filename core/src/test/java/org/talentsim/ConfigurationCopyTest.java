package org.talentsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.EventTypes;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * A Talentsim is an immutable configuration: registering a policy in the registry it was given
 * afterwards changed its later runs (it kept the caller's mutable registry; found by a reviewer).
 */
class ConfigurationCopyTest {
    static final Scenario WAR = Worlds.twoLabWar(4).withMonths(6);

    @Test
    void registeringLaterChangesNeitherTheConfigurationNorItsRuns() {
        PolicyRegistry reg = PolicyRegistry.defaults();
        Talentsim ts = Talentsim.defaults().withRegistry(reg);
        RunResult before = ts.run(WAR);
        for (String name : reg.names(PolicyRegistry.OFFER)) {
            reg.register(PolicyRegistry.OFFER, name, java.util.Set.of("premium", "threshold", "share", "optionValue", "low", "high"),
                    spec -> q -> Double.NaN);   // no offer is ever made
        }
        assertEquals(before, ts.run(WAR), "the configuration kept the policies it was given");
        RunResult changed = Talentsim.defaults().withRegistry(reg).run(WAR);
        assertNotEquals(before, changed, "a configuration made from the changed registry uses the change");
        assertEquals(0, changed.summary().market().movesByReason().get("POACHED"), "no offers, no poaching");

        PolicyRegistry copy = reg.copy();
        reg.register(PolicyRegistry.QUITS, "later", spec -> (m, g) -> 0.0);
        assertEquals(false, copy.names(PolicyRegistry.QUITS).contains("later"), "a copy is independent");
    }

    @Test
    void eventTypesAreCopiedWithTheSameTypes() {
        EventTypes types = EventTypes.defaults();
        EventTypes copy = types.copy();
        assertEquals(types.names(), copy.names());
        for (String n : types.names()) {
            assertEquals(types.get(n), copy.get(n), n);
        }
    }
}
