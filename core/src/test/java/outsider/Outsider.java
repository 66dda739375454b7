package outsider;

import org.talentsim.engine.Simulation;
import org.talentsim.model.WorldView;

/** Code of a user of the library (a package outside org.talentsim) that reaches for the kernel's classes. */
public final class Outsider {
    private Outsider() {}

    /** What {@code Internals.world} gives this caller. */
    public static Object world(WorldView view) {
        return org.talentsim.kernel.Internals.world(view);
    }

    /** What {@code Internals.market} gives this caller. */
    public static Object market(Simulation simulation) {
        return org.talentsim.kernel.Internals.market(simulation);
    }

    /** Tries to replace the engine's accessor. */
    public static void install() {
        org.talentsim.kernel.Internals.install(s -> null);
    }
}
