package org.talentsim.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.talentsim.kernel.ChunkRunner;

/**
 * Spreads chunks over the calling thread and {@code threads − 1} daemon workers of its own, each
 * taking the next chunk as it frees up. Which thread runs a chunk does not matter: every chunk
 * has its own random stream and output. The caller works rather than waits, so a phase hands
 * off to one thread fewer (at 10 000 researchers a tick is about a millisecond, and each
 * hand-off to a parked thread costs tens of microseconds).
 *
 * <p>A run allocates nothing: the workers wait for the next run's generation number (spinning
 * briefly, then parked) and share one chunk counter; the last to finish wakes the caller. A
 * chunk's exception (the first, if several fail) is thrown by {@link #run} once every thread has
 * stopped. One run at a time: the engine calls it from the thread that steps the simulation.
 */
public final class ParallelRunner implements ChunkRunner, AutoCloseable {
    /** Spins of a waiting thread before it parks (a phase often follows the last within microseconds). */
    private static final int SPINS = 2_000;

    private final int threads;
    /** The simulation's name its workers carry in the log's context (null: none). */
    private final String logName;
    private final Worker[] workers;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private IntConsumer task;
    private int chunks;
    private volatile Thread caller;
    private volatile boolean closed;

    /** A worker thread: runs chunks of each generation it is handed. */
    private final class Worker implements Runnable {
        final Thread thread;
        volatile long generation;

        Worker(int id) {
            thread = new Thread(this, "talentsim-worker-".concat(Integer.toString(id)));   // (no invokedynamic: Market.logName)
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            if (logName != null) {
                org.slf4j.MDC.put(EngineLog.KEY, logName);   // for the thread's life: it works for one simulation
            }
            long seen = 0;
            int spins = 0;
            while (true) {
                long g = generation;
                if (g != seen) {
                    // a generation handed over is run even if the runner was closed since: the
                    // caller waits for it
                    seen = g;
                    spins = 0;
                    work();
                    if (pending.decrementAndGet() == 0) {
                        LockSupport.unpark(caller);
                    }
                    continue;
                }
                if (closed) {
                    return;
                }
                if (spins++ < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
        }
    }

    public ParallelRunner(int threads) {
        this(threads, null);
    }

    /**
     * A runner whose workers carry {@code logName} under {@link EngineLog#KEY} in SLF4J's
     * diagnostic context for their whole life (null: none), so that what the policies called on
     * them log names the simulation, as on the calling thread.
     */
    public ParallelRunner(int threads, String logName) {
        this.logName = logName;
        this.threads = threads;
        this.workers = new Worker[Math.max(0, threads - 1)];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Worker(w + 1);
            workers[w].thread.start();
        }
    }

    @Override
    public void run(int chunks, IntConsumer task) {
        if (chunks <= 1) {
            ChunkRunner.SEQUENTIAL.run(chunks, task);
            return;
        }
        if (closed) {
            throw new IllegalStateException("the runner is closed");
        }
        int helpers = Math.min(threads, chunks) - 1;
        this.task = task;
        this.chunks = chunks;
        next.set(0);
        failure.set(null);
        caller = Thread.currentThread();
        pending.set(helpers);
        for (int w = 0; w < helpers; w++) {
            Worker worker = workers[w];
            worker.generation = worker.generation + 1;   // publishes the task and counters above
            LockSupport.unpark(worker.thread);
        }
        work();
        int spins = 0;
        while (pending.get() != 0) {
            if (closed && helpersGone(helpers)) {
                // closed from another thread while this run was handed out: a worker that saw
                // it closed before its generation left without it, and no one else will count
                // it down; this thread has taken every chunk left (work() above), and the
                // workers that took one have finished it (they are gone)
                this.task = null;
                throw new IllegalStateException("the runner was closed while it ran");
            }
            if (spins++ < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(this, closed ? 1_000_000L : Long.MAX_VALUE);
            }
        }
        this.task = null;
        Throwable t = failure.getAndSet(null);
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Whether the first {@code helpers} workers have all stopped. */
    private boolean helpersGone(int helpers) {
        for (int w = 0; w < helpers; w++) {
            if (workers[w].thread.getState() != Thread.State.TERMINATED) {
                return false;
            }
        }
        return true;
    }

    /** Takes chunks until none is left; the first exception is kept for the caller, and this thread stops taking chunks. */
    private void work() {
        IntConsumer task = this.task;
        int chunks = this.chunks;
        try {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                task.accept(c);
            }
        } catch (Throwable t) {
            failure.compareAndSet(null, t);
        }
    }

    @Override
    public int workers() {
        return threads;
    }

    /** Stops the workers (they are daemons: a runner never closed does not keep the JVM alive). */
    @Override
    public void close() {
        closed = true;
        for (Worker w : workers) {
            LockSupport.unpark(w.thread);
        }
        Thread c = caller;
        if (c != null) {
            LockSupport.unpark(c);   // a run waiting for its workers looks again (see run)
        }
    }
}
