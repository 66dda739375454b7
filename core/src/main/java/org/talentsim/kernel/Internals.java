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

    /**
     * Each lab's median pay, tick after tick, by the census's own algorithm: the exact lower
     * median (rank ⌊(n − 1)/2⌋) of the lab's pays, found from the window of values kept around the
     * tick before's median when it holds this tick's, else by sorting a copy (fewer than 256
     * values) or a selection counting over the values' bits; for a lab of 24 or fewer, the tick
     * before's median when one pass shows it still is, else a count of ranks. For the benchmarks' baselines, so that they compute lab medians as the census does: the
     * same values with the same work. Not thread-safe: one finder per thread of labs.
     */
    public static final class LabMedianFinder {
        private final LabMedians windows = new LabMedians();
        private final LabMedians.Scratch scratch = new LabMedians.Scratch();
        private final double[] last;

        /** A finder for labs {@code 0 .. labs - 1}, with no tick before. */
        public LabMedianFinder(int labs) {
            windows.reset(labs);
            last = new double[labs];
            java.util.Arrays.fill(last, Double.NaN);
        }

        /**
         * This tick's lower median of lab {@code lab}'s non-negative pays {@code a[lo..hi)} (0 when
         * there are none). The segment may be reordered; it keeps the same values.
         */
        public double median(int lab, float[] a, int lo, int hi) {
            double v = windows.median(lab, a, lo, hi, last[lab], true, scratch);
            last[lab] = v;
            return v;
        }

        /** Medians found in the window kept from the tick before, so far (for tests). */
        public int windowed() {
            return windows.windowed;
        }

        /**
         * Medians of labs of at most {@code TINY} (24) researchers found still in place from the
         * tick before, so far (for tests).
         */
        public int kept() {
            return windows.kept;
        }

        /**
         * A copy of what this finder keeps from one tick to the next (the windows and last medians),
         * for a benchmark's snapshot: restored with {@link #set}, a tick after the restore finds its
         * medians across a real tick's change, as the census does, not in windows of the very state
         * it restored (a review of the baselines).
         */
        public LabMedianFinder copy() {
            LabMedianFinder c = new LabMedianFinder(last.length);
            c.set(this);
            return c;
        }

        /** Takes {@code from}'s windows and last medians (a finder for as many labs). */
        public void set(LabMedianFinder from) {
            if (from.last.length != last.length) {
                throw new IllegalArgumentException("a finder for " + from.last.length + " labs, not " + last.length);
            }
            windows.copyFrom(from.windows);
            System.arraycopy(from.last, 0, last, 0, last.length);
        }
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
