package org.talentsim.kernel;

import java.util.Objects;
import java.util.function.Function;

/**
 * The way from a running simulation (engine package) to its {@link Market}, for the benchmarks
 * and the kernel's own tests, without a public getter on the simulation: the engine installs
 * the accessor when its simulation class loads. The package is not exported by the module.
 */
public final class Internals {
    private static volatile Function<Object, Market> markets;

    private Internals() {}

    /** Called once by the engine. */
    public static void install(Function<Object, Market> accessor) {
        markets = Objects.requireNonNull(accessor, "accessor");
    }

    /** The market of a {@code Simulation}. */
    public static Market market(Object simulation) {
        // a simulation object exists, so its class has been initialised and has installed the accessor
        return markets.apply(Objects.requireNonNull(simulation, "simulation"));
    }
}
