package org.talentsim;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.experiment.Outcomes;
import org.talentsim.experiment.Overrides;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * The library's entry points name a null argument (they threw NullPointerExceptions from deep
 * inside, without a name), and a policy factory that returns null is refused where the scenario
 * is validated (it was accepted and failed mid-run in the kernel). Found by a reviewer.
 */
class ApiArgumentsTest {
    private static void named(String name, org.junit.jupiter.api.function.Executable call) {
        NullPointerException e = assertThrows(NullPointerException.class, call);
        assertTrue(e.getMessage() != null && e.getMessage().startsWith(name), name + ": " + e.getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        Talentsim ts = Talentsim.defaults();
        Scenario s = Worlds.twoLabWar(3).withMonths(2);
        named("scenario", () -> ts.run(null));
        named("scenario", () -> ts.run(null, Path.of("x")));
        named("scenario", () -> ts.replicate(null, 2));
        named("file", () -> ts.load(null));
        named("scenario", () -> ts.override(null, "months=3"));
        named("texts[0]", () -> ts.override(s, (String) null));
        named("texts", () -> Overrides.parse((String[]) null));
        named("extra", () -> Outcomes.run(s, PolicyRegistry.defaults(), null));
    }

    @Test
    void aFactoryReturningNullIsRefusedAtValidation() {
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.RETENTION, "nul", spec -> null);
        Scenario war = Worlds.twoLabWar(3).withMonths(2);
        String lab = war.labs().get(0).name();
        Scenario s = war.toBuilder().editLab(lab, l -> l.retention("nul")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.validate(reg));
        assertTrue(e.getMessage().contains("'nul'") && e.getMessage().contains("returned null"), e.getMessage());
    }
}
