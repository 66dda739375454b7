package org.talentsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.talentsim.experiment.Estimate;
import org.talentsim.experiment.Experiment;
import org.talentsim.model.Focus;
import org.talentsim.scenario.Scenario;

/**
 * A null argument to the public builders is named in the exception, as in the rest of the API
 * (these threw the JDK's "Cannot invoke ... because "coll" is null", from inside a copy: found
 * by a reviewer).
 */
class NullArgumentsTest {
    private static void named(String expected, Executable call) {
        assertEquals(expected, assertThrows(NullPointerException.class, call).getMessage());
    }

    @Test
    void nullArgumentsAreNamed() {
        named("file", () -> Experiment.builder().scenario((java.nio.file.Path) null));
        named("scenario", () -> Experiment.builder().scenario((Scenario) null));
        named("overrides", () -> Experiment.builder().overrides(null));
        named("the overrides of arm 'x'", () -> Experiment.builder().arm("x", null));
        named("metrics", () -> Experiment.builder().metrics(null));
        named("the values of market.separation", () -> Experiment.builder().vary("market.separation", null));
        named("path", () -> Experiment.builder().vary(null, List.of("1")));
        named("the body of lab 'A' (l -> { } for none)", () -> Scenario.builder("z").lab("A", null));
        named("the body of team 'R' (t -> { } for none)", () -> Scenario.builder("z").lab("A",
                l -> l.team("R", Focus.RESEARCH, 3, null)));
        named("the body editing lab 'A'", () -> Scenario.builder("z").lab("A", l -> l.team("R", Focus.RESEARCH, 3, t -> { }))
                .editLab("A", null));
        named("values", () -> Estimate.of(null));
    }
}
