package org.talentsim.kernel;

import java.util.Objects;
import java.util.function.Function;

/**
 * The way from a running simulation (engine package) to its {@link Market}, for the benchmarks
 * and the kernel's own tests, without a public getter on the simulation: the engine installs
 * the accessor when its simulation class loads. The package is not exported by the module.
 *
 * <p>On the class path, where a module's exports are not enforced, {@link #market} and {@link
 * #world} still answer only the project's own code (a caller in a package under {@code
 * org.talentsim}), and {@link #install} only the engine's simulation: an observer that imported
 * this class could otherwise turn the read-only view it is handed back into the mutable state and
 * change pay in the middle of a run (found by an economist's review).
 */
public final class Internals {
    private static volatile Function<Object, Market> markets;
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private Internals() {}

    /** Called once by the engine. @throws IllegalCallerException from anywhere else */
    public static void install(Function<Object, Market> accessor) {
        Class<?> caller = WALKER.getCallerClass();
        if (!caller.getPackageName().equals("org.talentsim.engine") || !caller.getSimpleName().equals("Simulation")) {
            throw new IllegalCallerException("only the engine installs the kernel's accessor, not " + caller.getName());
        }
        markets = Objects.requireNonNull(accessor, "accessor");
    }

    /** The market of a {@code Simulation}. @throws IllegalCallerException outside the project's own code */
    public static Market market(Object simulation) {
        requireOwn(WALKER.getCallerClass());
        // a simulation object exists, so its class has been initialised and has installed the accessor
        return markets.apply(Objects.requireNonNull(simulation, "simulation"));
    }

    /** Refuses a caller outside the project's own packages (see the class's comment). */
    private static void requireOwn(Class<?> caller) {
        if (!caller.getPackageName().startsWith("org.talentsim.")) {
            throw new IllegalCallerException(caller.getName() + " may not reach the kernel's mutable state: the views a"
                    + " simulation hands out are read-only; read results through them, a RunResult or the result files");
        }
    }

    /**
     * The kernel's world behind a view the engine handed out ({@code WorldView}s given to
     * observers and user phases are read-only views of it), for the project's own tests and
     * benchmarks, as {@link #market} is.
     */
    public static World world(org.talentsim.model.WorldView view) {
        requireOwn(WALKER.getCallerClass());
        return ((Views.World) Objects.requireNonNull(view, "view")).world();
    }

    /** Entries the histogram of {@link #lowerMedian} needs. */
    public static final int MEDIAN_HIST = Select.HIST;

    /**
     * The census's median: the lower median of the non-negative {@code a[lo..hi)} (reordered),
     * exact, by counting over the values' bits; {@code hist} needs {@link #MEDIAN_HIST} entries.
     * For the benchmarks' baselines, so they compute lab medians with the same algorithm.
     */
    public static float lowerMedian(float[] a, int lo, int hi, int[] hist) {
        return Select.lowerMedian(a, lo, hi, hist);
    }

    /**
     * Sets the population state (bytes) from which the offer desk resolves a tick's draws in
     * batches whose data it loads first (0: always; {@code Long.MAX_VALUE}: never; the default is
     * {@link #DEFAULT_TOUCH_BYTES}). Results are the same either way; for the benchmark that
     * compares the two in one JVM. Affects every market in this JVM.
     *
     * @throws IllegalCallerException outside the project's own code
     */
    public static void touchFrom(long bytes) {
        requireOwn(WALKER.getCallerClass());   // (it changes every market of the JVM: a public-API review)
        OfferDesk.touchBytes = bytes;
    }

    /** The default of {@link #touchFrom}. */
    public static final long DEFAULT_TOUCH_BYTES = OfferDesk.TOUCH_BYTES;
}
