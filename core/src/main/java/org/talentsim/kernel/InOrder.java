package org.talentsim.kernel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

/**
 * Runs a sequential step over chunks in a given order as the chunks become ready, on whichever
 * thread is free, while other threads go on preparing later chunks: step s (on chunk
 * {@code chunkOf(s)}) runs as soon as the chunks of steps 0..s are ready, overlapping the
 * sequential phase with the parallel one. The offers phase resolves its chunks in the tick's
 * rotated order this way (a chunk may have two steps: the two sides of the point where the
 * rotation starts).
 *
 * <p>At most one thread runs the step at a time (a try-lock, never a wait): a thread that marks a
 * chunk ready and finds the step busy goes back to its own work, and the busy thread, before it
 * lets go, looks once more at the next chunk, so no ready chunk is left behind (all flags and the
 * lock are volatile, so the last look sees any flag set before a failed try). The step's effects
 * are passed from one holder to the next through the lock, and a chunk's inputs from the thread
 * that readied it through its flag.
 */
final class InOrder {
    private final AtomicBoolean busy = new AtomicBoolean();
    private static final IntUnaryOperator IDENTITY = s -> s;
    private AtomicIntegerArray ready = new AtomicIntegerArray(0);
    private int steps;
    private IntUnaryOperator chunkOf = IDENTITY;
    private volatile int next;
    private volatile boolean failed;
    private IntConsumer step;

    /** Starts a round of {@code chunks} chunks, each to be passed to {@code step} once, in chunk order. */
    void start(int chunks, IntConsumer step) {
        start(chunks, chunks, IDENTITY, step);
    }

    /**
     * Starts a round of {@code steps} steps over {@code chunks} chunks: step s (passed to {@code
     * step} as s, in order 0, 1, …) needs chunk {@code chunkOf(s)} and every earlier step's chunk
     * ready.
     */
    void start(int chunks, int steps, IntUnaryOperator chunkOf, IntConsumer step) {
        if (ready.length() < chunks) {
            ready = new AtomicIntegerArray(chunks);
        } else {
            for (int c = 0; c < chunks; c++) {
                ready.set(c, 0);
            }
        }
        this.steps = steps;
        this.chunkOf = chunkOf;
        this.step = step;
        this.next = 0;
        this.failed = false;
        busy.set(false);
    }

    /** Chunk {@code c}'s inputs are complete: runs the step on every chunk now ready in order, unless another thread is. */
    void ready(int c) {
        ready.set(c, 1);
        drain();
    }

    /** Runs the step on the ready chunks in order, unless another thread is running it. */
    void drain() {
        while (!failed && busy.compareAndSet(false, true)) {
            try {
                while (next < steps && ready.get(chunkOf.applyAsInt(next)) == 1) {
                    step.accept(next);
                    next++;
                }
            } catch (RuntimeException | Error e) {
                failed = true;   // this step may be half done: never run another
                throw e;
            } finally {
                busy.set(false);
            }
            if (next >= steps || ready.get(chunkOf.applyAsInt(next)) == 0) {
                return;
            }
        }
    }

    /** Finishes the round once every chunk is ready (after the parallel work has returned). */
    void finish() {
        drain();
        if (!failed && next != steps) {
            throw new IllegalStateException("steps left unresolved: " + next + " of " + steps + " done");
        }
    }
}
