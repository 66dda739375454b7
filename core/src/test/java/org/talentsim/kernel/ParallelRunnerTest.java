package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelRunnerTest {
    @Test
    void runsEveryChunkExactlyOnce() {
        for (int threads : new int[] {2, 3, 8}) {
            try (ParallelRunner runner = new ParallelRunner(threads)) {
                for (int chunks : new int[] {0, 1, 2, 7, 245}) {
                    AtomicIntegerArray seen = new AtomicIntegerArray(Math.max(1, chunks));
                    runner.run(chunks, c -> seen.incrementAndGet(c));
                    for (int c = 0; c < chunks; c++) {
                        assertEquals(1, seen.get(c), threads + " threads, chunk " + c + " of " + chunks);
                    }
                }
            }
        }
    }

    @Test
    void aFailingChunkFailsTheRunWithItsException() {
        try (ParallelRunner runner = new ParallelRunner(2)) {
            for (int bad : new int[] {0, 5, 99}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(100, c -> {
                    if (c == bad) {
                        throw new IllegalArgumentException("chunk " + c);
                    }
                }));
                assertEquals("chunk " + bad, e.getMessage());
            }
            AtomicIntegerArray seen = new AtomicIntegerArray(10);
            runner.run(10, seen::incrementAndGet);
            assertEquals(10, java.util.stream.IntStream.range(0, 10).map(seen::get).sum());
        }
    }
}
