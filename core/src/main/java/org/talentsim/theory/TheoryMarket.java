package org.talentsim.theory;

import java.util.function.Consumer;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.Editor;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Scenario;

/**
 * A textbook model expressed as a configuration of the engine: the scenario (labs, market rates,
 * policies by name), the registry holding the model's own pricing rule, and an optional
 * stationary start. Build a {@link Simulation} from it with {@link #builder()}; the engine that
 * runs it is the one that runs every other scenario.
 *
 * @param scenario labs, rates and policy names
 * @param registry built-in policies plus the model's pricing rule
 * @param initializer the stationary start, or null to start everyone unemployed
 */
public record TheoryMarket(Scenario scenario, PolicyRegistry registry, Consumer<Editor> initializer) {
    /** A simulation builder for this configuration (single-threaded unless you set threads). */
    public Simulation.Builder builder() {
        Simulation.Builder b = Simulation.builder(scenario).registry(registry);
        if (initializer != null) {
            b.initializer(initializer);
        }
        return b;
    }
}
