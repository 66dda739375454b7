package org.talentsim.kernel;

import java.util.function.IntConsumer;

/**
 * Runs a task once for every chunk {@code 0..chunks-1}, possibly in parallel. Tasks on different
 * chunks touch disjoint researchers and write per-chunk results, so the outcome does not depend
 * on how chunks are spread over threads. The engine provides the implementation.
 */
@FunctionalInterface
public interface ChunkRunner {
    /** Runs {@code task.accept(c)} for every chunk c and returns when all are done. */
    void run(int chunks, IntConsumer task);

    /** Worker threads the runner spreads tasks over (1 for a sequential runner). */
    default int workers() {
        return 1;
    }

    /** Runs every chunk on the calling thread, in order. */
    ChunkRunner SEQUENTIAL = (chunks, task) -> {
        for (int c = 0; c < chunks; c++) {
            task.accept(c);
        }
    };
}
