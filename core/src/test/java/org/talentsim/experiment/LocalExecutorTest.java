package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Outputs in input order whatever the completion order; failures named; a bounded number of runs ahead. */
class LocalExecutorTest {
    static final AtomicInteger STARTED = new AtomicInteger();
    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MOST_RUNNING = new AtomicInteger();

    static String slowSquare(Integer i) {
        STARTED.incrementAndGet();
        MOST_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            Thread.sleep((i * 7919L) % 5); // finish out of order
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.decrementAndGet();
        }
        return i + "^2=" + (i * i);
    }

    /** A closed executor says so (it threw the pool's RejectedExecutionException, naming a lambda: found by a reviewer). */
    @Test
    void aClosedExecutorSaysItIsClosed() {
        LocalExecutor ex = new LocalExecutor(1);
        assertEquals(List.of("2^2=4"), ex.map(List.of(2), LocalExecutorTest::slowSquare, (i, o) -> { }));
        ex.close();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ex.map(List.of(1, 2), LocalExecutorTest::slowSquare, (i, o) -> { }));
        assertEquals("this LocalExecutor is closed: it runs nothing more (use a new one)", e.getMessage());
    }

    @Test
    void outputsComeBackInInputOrderForAnyThreadCount() {
        List<Integer> inputs = IntStream.range(0, 60).boxed().toList();
        List<String> expected = inputs.stream().map(i -> i + "^2=" + (i * i)).toList();
        for (int threads : new int[] {1, 2, 4}) {
            MOST_RUNNING.set(0);
            List<Integer> heard = new ArrayList<>();
            try (LocalExecutor ex = new LocalExecutor(threads)) {
                List<String> out = ex.map(inputs, LocalExecutorTest::slowSquare, (index, o) -> {
                    assertEquals(expected.get(index), o);
                    heard.add(index);
                });
                assertEquals(expected, out);
                assertEquals(threads, ex.parallelism());
            }
            assertEquals(60, heard.size());
            assertEquals(inputs, heard.stream().sorted().toList(), "each run heard once");
            assertTrue(MOST_RUNNING.get() <= threads, "at most " + threads + " at once: " + MOST_RUNNING.get());
        }
    }

    @Test
    void runsAreSubmittedAFewAheadNotAllAtOnce() {
        STARTED.set(0);
        int[] most = new int[1];
        try (LocalExecutor ex = new LocalExecutor(2)) {
            int[] heard = new int[1];
            ex.forEach(IntStream.range(0, 200).boxed().toList(), LocalExecutorTest::slowSquare, (index, o) -> {
                heard[0]++;
                most[0] = Math.max(most[0], STARTED.get() - heard[0]);
            });
        }
        assertTrue(most[0] <= 4, "started but not yet reported: at most 2 x threads, was " + most[0]);
    }

    static Integer failOnMultiplesOfSeven(Integer i) {
        if (i % 7 == 0 && i > 0) {
            throw new IllegalArgumentException("bad cell " + i);
        }
        return i == 3 ? null : i;
    }

    @Test
    void theFirstFailureByIndexIsReportedAfterTheOthersFinish() {
        List<Integer> heard = new ArrayList<>();
        RunFailedException e;
        try (LocalExecutor ex = new LocalExecutor(3)) {
            e = assertThrows(RunFailedException.class, () -> ex.forEach(IntStream.range(0, 20).boxed().toList(),
                    LocalExecutorTest::failOnMultiplesOfSeven, (index, o) -> heard.add(index)));
        }
        assertEquals(3, e.index(), "run 3 returned null, before 7 and 14 threw");
        assertTrue(e.getMessage().startsWith("run 3 (3) failed: java.lang.NullPointerException"), e.getMessage());
        assertEquals(20 - 3, heard.size(), "every other run finished and was heard");
    }

    @Test
    void itTakesOneToAThousandAndTwentyFourThreadsOfDaemons() throws Exception {
        try (LocalExecutor all = LocalExecutor.allCores()) {
            assertEquals(Runtime.getRuntime().availableProcessors(), all.parallelism());
        }
        for (int bad : new int[] {0, -1, 1025}) {
            IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> new LocalExecutor(bad));
            assertEquals("threads must be in [1, 1024], was " + bad, x.getMessage());
        }
        try (LocalExecutor most = new LocalExecutor(1024)) {
            assertEquals(1024, most.parallelism());
            List<Boolean> daemon = new ArrayList<>();
            most.forEach(List.of(1, 2), i -> Thread.currentThread().isDaemon(), (index, d) -> daemon.add(d));
            assertEquals(List.of(true, true), daemon, "a forgotten executor does not keep the JVM alive");
        }
    }

    @Test
    void theFirstRunFailingIsReportedEvenWhenOthersFailLater() {
        try (LocalExecutor one = new LocalExecutor(1)) {
            RunFailedException e = assertThrows(RunFailedException.class, () -> one.forEach(List.of(0, 1, 2, 3),
                    i -> {
                        if (i % 3 == 0) {
                            throw new IllegalStateException("cell " + i);
                        }
                        return i;
                    }, (index, o) -> {}));
            assertEquals(0, e.index(), "run 0 failed first, run 3 after it");
        }
    }

    /**
     * Interrupting the caller cancels the runs in flight (they see the interrupt) and says so; no
     * queued run starts on a thread a cancelled run gives back (the runs were cancelled first to
     * last, and now and then a third run started and was interrupted): repeated, as it was a race.
     */
    @org.junit.jupiter.api.RepeatedTest(100)
    void interruptingTheCallerCancelsTheRunsInFlight() throws Exception {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(2);
        AtomicInteger interrupted = new AtomicInteger();
        Throwable[] thrown = new Throwable[1];
        boolean[] flagged = new boolean[1];
        try (LocalExecutor ex = new LocalExecutor(2)) {
            Thread caller = new Thread(() -> {
                try {
                    ex.forEach(List.of(0, 1, 2, 3), i -> {
                        started.countDown();
                        try {
                            Thread.sleep(60_000);
                        } catch (InterruptedException e) {
                            interrupted.incrementAndGet();
                        }
                        return i;
                    }, (index, o) -> {});
                } catch (RuntimeException e) {
                    thrown[0] = e;
                    flagged[0] = Thread.currentThread().isInterrupted();
                }
            });
            caller.start();
            assertTrue(started.await(30, java.util.concurrent.TimeUnit.SECONDS));
            caller.interrupt();
            caller.join(30_000);
            assertTrue(thrown[0] instanceof IllegalStateException, String.valueOf(thrown[0]));
            assertEquals("interrupted while waiting for runs", thrown[0].getMessage());
            assertTrue(flagged[0], "the caller's interrupt flag is kept");
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (interrupted.get() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(2, interrupted.get(), "both running runs were cancelled, not left to sleep");
        }
    }
}
