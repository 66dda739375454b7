package org.talentsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an experiment's runs on this machine, {@code threads} at a time (each run itself on one
 * thread: many small runs scale better across cores than one run split in chunks). Outputs come
 * back in input order; the listener hears of each run as it finishes, on the calling thread.
 */
public final class LocalExecutor implements Executor {
    private final int threads;
    private final ExecutorService pool;

    /** An executor using every available core. */
    public static LocalExecutor allCores() {
        return new LocalExecutor(Runtime.getRuntime().availableProcessors());
    }

    /** Runs in parallel. */
    int threads() {
        return threads;
    }

    /**
     * An executor of its own daemon threads; {@link #close()} stops them (a closed executor runs
     * nothing more).
     *
     * @param threads runs in parallel, in [1, 1024]
     * @throws IllegalArgumentException outside that range
     */
    public LocalExecutor(int threads) {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be in [1, 1024], was " + threads);
        }
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "talentsim-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Whether {@link #close()} was called: a closed executor runs nothing more. */
    @Override
    public boolean isClosed() {
        return pool.isShutdown();
    }

    /**
     * Throws IllegalStateException when this executor is closed (the experiment runner, the
     * calibrator and the sensitivity analysis ask before they write anything).
     */
    public void requireOpen() {
        if (pool.isShutdown()) {
            throw new IllegalStateException("this LocalExecutor is closed: it runs nothing more (use a new one)");
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when this executor is closed
     */
    @Override
    public <I, O> void forEach(List<I> inputs, RunFunction<I, O> run, Listener<? super O> listener) {
        requireOpen();
        int n = inputs.size();
        CompletionService<Done<O>> done = new ExecutorCompletionService<>(pool);
        List<Future<Done<O>>> inFlight = new ArrayList<>();
        int window = 2 * threads; // runs submitted ahead: enough to keep every thread busy, no more
        int submitted = 0;
        int firstFailed = -1;
        Throwable failure = null;
        try {
            for (int finished = 0; finished < n; finished++) {
                while (submitted < n && submitted - finished < window) {
                    int index = submitted++;
                    I input = inputs.get(index);
                    inFlight.add(done.submit(() -> Done.of(index, run, input)));
                }
                Done<O> d = done.take().get();
                if (d.failure == null) {
                    listener.done(d.index, d.output);
                } else if (firstFailed < 0 || d.index < firstFailed) {
                    firstFailed = d.index;
                    failure = d.failure;
                }
                inFlight.removeIf(Future::isDone);
            }
        } catch (InterruptedException e) {
            // the last submitted first: those still queued are cancelled before a running run is
            // interrupted, so that no queued run takes the thread a cancelled one gives back
            for (int i = inFlight.size() - 1; i >= 0; i--) {
                inFlight.get(i).cancel(true);
            }
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for runs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a run could not be scheduled", e.getCause());
        }
        if (failure != null) {
            throw new RunFailedException(firstFailed, String.valueOf(inputs.get(firstFailed)), failure);
        }
    }

    /** One finished run: its output, or what it threw. */
    private static final class Done<O> {
        final int index;
        final O output;
        final Throwable failure;

        private Done(int index, O output, Throwable failure) {
            this.index = index;
            this.output = output;
            this.failure = failure;
        }

        static <I, O> Done<O> of(int index, RunFunction<I, O> run, I input) {
            try {
                O o = run.apply(input);
                return o == null ? new Done<>(index, null, new NullPointerException("the run returned null"))
                        : new Done<>(index, o, null);
            } catch (RuntimeException | Error e) {
                return new Done<>(index, null, e);
            }
        }
    }

    @Override
    public int parallelism() {
        return threads;
    }

    /** Its threads: the runs happen in this JVM. */
    @Override
    public int runsInThisJvm() {
        return parallelism();
    }

    @Override
    public String describe() {
        return "local";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
