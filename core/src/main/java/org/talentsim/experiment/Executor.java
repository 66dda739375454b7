package org.talentsim.experiment;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * Runs an experiment's independent runs: each is a pure function of a small input (scenario
 * text, overrides, seed) that returns a small row. Results come back in input order whatever
 * order the runs finish in, so the files written from them are the same for any executor and
 * thread count. {@link LocalExecutor} uses this machine's cores; a cluster executor ships the
 * inputs and the function (both {@link Serializable}) to workers.
 */
public interface Executor extends AutoCloseable {
    /** A run as a function that can travel to another machine (a static method reference does). */
    @FunctionalInterface
    interface RunFunction<I, O> extends Function<I, O>, Serializable {}

    /** Told of each finished run, on the thread that called {@link #map}, one run at a time, in completion order. */
    @FunctionalInterface
    interface Listener<O> {
        /** Run {@code index} (its position in the inputs) gave {@code output}. */
        void done(int index, O output);
    }

    /**
     * Applies {@code run} to every input, telling {@code listener} of each output as its run
     * finishes; keeps no output (memory stays flat however many runs there are).
     *
     * @throws RunFailedException for the first input (by index) whose run threw or returned null,
     *     after the other runs have finished and been reported to the listener
     */
    <I, O> void forEach(List<I> inputs, RunFunction<I, O> run, Listener<? super O> listener);

    /**
     * Applies {@code run} to every input and returns the outputs in input order (telling {@code
     * listener} of each as it finishes).
     *
     * @throws RunFailedException as {@link #forEach}
     */
    default <I, O> List<O> map(List<I> inputs, RunFunction<I, O> run, Listener<? super O> listener) {
        Object[] out = new Object[inputs.size()];
        forEach(inputs, run, (index, o) -> {
            out[index] = o;
            listener.done(index, o);
        });
        @SuppressWarnings("unchecked")
        List<O> result = (List<O>) List.of(out);
        return result;
    }

    /** Runs in parallel at most (1 for a sequential executor). */
    int parallelism();

    /**
     * Whether this executor runs nothing more (it was closed). The experiment runner, the
     * calibrator and the sensitivity analysis refuse a closed executor before they write
     * anything: only a {@code LocalExecutor} was checked, and another made its folder's first
     * files before it failed (an API review). The default is false.
     */
    default boolean isClosed() {
        return false;
    }

    /** Throws IllegalStateException when {@code executor} is closed ({@link #isClosed}). */
    static void requireOpen(Executor executor) {
        if (executor.isClosed()) {
            throw new IllegalStateException("this " + executor.getClass().getSimpleName() + " is closed: it runs nothing more"
                    + " (use a new one)");
        }
    }

    /**
     * How many runs this executor holds in this JVM's heap at once, for the memory check before an
     * experiment starts: its parallelism for one that runs them here (a local executor, Spark on a
     * {@code local[N]} master), 0 for one that runs them in other processes (a cluster), whose
     * heaps this JVM cannot check. The default is 0.
     */
    default int runsInThisJvm() {
        return 0;
    }

    /**
     * What ran the runs, as the result folder's {@code manifest.json} records it: {@code local},
     * or a cluster executor's name and where it ran ({@code spark local[2]}, {@code spark
     * spark://host:7077}).
     */
    default String describe() {
        return getClass().getSimpleName();
    }

    /** Releases the executor's threads or connections. */
    @Override
    void close();
}
