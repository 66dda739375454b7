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

    /** Chunks run side by side on the calling thread and the pool's daemon threads, as many as asked for. */
    @Test
    void theCallerWorksBesideThePoolsThreads() {
        try (ParallelRunner runner = new ParallelRunner(3)) {
            assertEquals(3, runner.workers());
            java.util.concurrent.CyclicBarrier all = new java.util.concurrent.CyclicBarrier(3);
            java.util.Set<Thread> ran = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Thread caller = Thread.currentThread();
            runner.run(3, c -> {
                ran.add(Thread.currentThread());
                try {
                    all.await(20, java.util.concurrent.TimeUnit.SECONDS);   // only three threads at once pass
                } catch (Exception e) {
                    throw new IllegalStateException("the chunks did not run side by side", e);
                }
            });
            assertEquals(3, ran.size());
            org.junit.jupiter.api.Assertions.assertTrue(ran.contains(caller), "the caller runs chunks too");
            for (Thread t : ran) {
                org.junit.jupiter.api.Assertions.assertTrue(t == caller || t.isDaemon(), t + " is a daemon");
            }
        }
    }

    /** The run returns only once the workers' chunks are done, and a worker's error reaches the caller as it was. */
    @Test
    void theRunWaitsForItsWorkersAndPassesOnTheirErrors() {
        try (ParallelRunner runner = new ParallelRunner(2)) {
            Thread caller = Thread.currentThread();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
            runner.run(2, c -> {
                both.countDown();
                try {
                    both.await(20, java.util.concurrent.TimeUnit.SECONDS);   // one chunk each
                    if (Thread.currentThread() != caller) {
                        Thread.sleep(200);
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                done.incrementAndGet();
            });
            assertEquals(2, done.get(), "the worker's chunk finished before run returned");

            java.util.concurrent.CountDownLatch again = new java.util.concurrent.CountDownLatch(2);
            AssertionError e = assertThrows(AssertionError.class, () -> runner.run(2, c -> {
                again.countDown();
                try {
                    again.await(20, java.util.concurrent.TimeUnit.SECONDS);   // one chunk each
                } catch (InterruptedException x) {
                    throw new IllegalStateException(x);
                }
                if (Thread.currentThread() != caller) {
                    throw new AssertionError("worker " + c);
                }
            }));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("worker "), e.getMessage());
        }
    }

    /**
     * Closed from another thread while a thread runs chunks: every run returns or throws, never
     * hangs. (A worker handed a run after it had seen the runner closed left without counting
     * it down, and the caller waited for it for ever; found by a reviewer closing a simulation
     * from a second thread.)
     */
    @Test
    void closingWhileRunningNeverHangsTheRunner() throws Exception {
        java.util.Random random = new java.util.Random(7);
        for (int attempt = 0; attempt < 300; attempt++) {
            ParallelRunner runner = new ParallelRunner(1 + 1 + random.nextInt(3));
            java.util.concurrent.atomic.AtomicLong sink = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.atomic.AtomicReference<Throwable> error = new java.util.concurrent.atomic.AtomicReference<>();
            Thread stepping = new Thread(() -> {
                try {
                    while (true) {
                        runner.run(8, c -> sink.addAndGet(c));
                    }
                } catch (IllegalStateException e) {
                    // "the runner is closed" or "closed while it ran": the expected ends
                } catch (Throwable t) {
                    error.set(t);
                }
            });
            stepping.setDaemon(true);
            stepping.start();
            long until = System.nanoTime() + random.nextInt(300_000);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            runner.close();
            stepping.join(10_000);
            assertEquals(false, stepping.isAlive(), "attempt " + attempt + ": the run hung after close()");
            assertEquals(null, error.get());
        }
    }
}
