package org.talentsim.kernel;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;

/**
 * Runs a sequential step on chunks in chunk order as the chunks become ready, on whichever
 * thread is free, while other threads go on preparing later chunks: the offers of chunk c are
 * resolved as soon as the draws of chunks 0..c are made, overlapping the sequential phase with
 * the parallel one.
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
    private AtomicIntegerArray ready = new AtomicIntegerArray(0);
    private int chunks;
    private volatile int next;
    private volatile boolean failed;
    private IntConsumer step;

    /** Starts a round of {@code chunks} chunks, each to be passed to {@code step} once, in order. */
    void start(int chunks, IntConsumer step) {
        if (ready.length() < chunks) {
            ready = new AtomicIntegerArray(chunks);
        } else {
            for (int c = 0; c < chunks; c++) {
                ready.set(c, 0);
            }
        }
        this.chunks = chunks;
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
                while (next < chunks && ready.get(next) == 1) {
                    step.accept(next);
                    next++;
                }
            } catch (RuntimeException | Error e) {
                failed = true;   // the step of this chunk may be half done: never run another
                throw e;
            } finally {
                busy.set(false);
            }
            if (next >= chunks || ready.get(next) == 0) {
                return;
            }
        }
    }

    /** Finishes the round once every chunk is ready (after the parallel work has returned). */
    void finish() {
        drain();
        if (!failed && next != chunks) {
            throw new IllegalStateException("chunks left unresolved: " + next + " of " + chunks + " done");
        }
    }
}
