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

    /**
     * The kernel's world behind a view the engine handed out ({@code WorldView}s given to
     * observers and user phases are read-only views of it), for the project's own tests and
     * benchmarks, as {@link #market} is.
     */
    public static World world(org.talentsim.model.WorldView view) {
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
     */
    public static void touchFrom(long bytes) {
        OfferDesk.touchBytes = bytes;
    }

    /** The default of {@link #touchFrom}. */
    public static final long DEFAULT_TOUCH_BYTES = OfferDesk.TOUCH_BYTES;
}
