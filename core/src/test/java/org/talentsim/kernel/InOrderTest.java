package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The in-order step of the offers pipeline: every chunk once, in chunk order, one thread at a time. */
class InOrderTest {
    @Test
    void everyChunkOnceInOrderWhateverOrderTheyAreReadiedIn() throws InterruptedException {
        InOrder inOrder = new InOrder();
        SplittableRandom r = new SplittableRandom(4);
        for (int round = 0; round < 200; round++) {
            int chunks = 1 + r.nextInt(60);
            int threads = 1 + r.nextInt(4);
            List<Integer> seen = new ArrayList<>();            // not thread-safe on purpose
            AtomicInteger inside = new AtomicInteger();
            AtomicInteger overlaps = new AtomicInteger();
            inOrder.start(chunks, c -> {
                if (inside.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                seen.add(c);
                Thread.onSpinWait();
                inside.decrementAndGet();
            });
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                order.add(c);
            }
            Collections.shuffle(order, new java.util.Random(round));
            AtomicInteger next = new AtomicInteger();
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread th = new Thread(() -> {
                    for (int k = next.getAndIncrement(); k < chunks; k = next.getAndIncrement()) {
                        inOrder.ready(order.get(k));
                    }
                });
                ts.add(th);
                th.start();
            }
            for (Thread th : ts) {
                th.join();
            }
            inOrder.finish();
            List<Integer> expected = new ArrayList<>(order);
            Collections.sort(expected);
            assertEquals(expected, seen, "round " + round + ", " + threads + " threads");
            assertEquals(0, overlaps.get(), "two threads ran the step at once");
        }
    }

    @Test
    void aFailingStepStopsTheRound() {
        InOrder inOrder = new InOrder();
        List<Integer> seen = new ArrayList<>();
        inOrder.start(5, c -> {
            if (c == 2) {
                throw new IllegalStateException("policy failed");
            }
            seen.add(c);
        });
        inOrder.ready(0);
        inOrder.ready(1);
        assertThrows(IllegalStateException.class, () -> inOrder.ready(2));
        inOrder.ready(3);
        inOrder.ready(4);
        inOrder.finish();
        assertEquals(List.of(0, 1), seen);
    }

    /**
     * The offers phase's rotated order: chunks+1 steps starting at a chunk, in either direction,
     * the first chunk twice (first and last step). Each step runs once, in step order, and only
     * when its chunk has been readied.
     */
    @Test
    void rotatedStepsRunInStepOrderEachAfterItsChunkIsReady() throws InterruptedException {
        InOrder inOrder = new InOrder();
        SplittableRandom r = new SplittableRandom(9);
        for (int round = 0; round < 200; round++) {
            int chunks = 1 + r.nextInt(40);
            int first = r.nextInt(chunks);
            boolean down = r.nextBoolean();
            int threads = 1 + r.nextInt(4);
            java.util.function.IntUnaryOperator chunkOf = s -> Math.floorMod(down ? first - s : first + s, chunks);
            java.util.concurrent.atomic.AtomicIntegerArray readied = new java.util.concurrent.atomic.AtomicIntegerArray(chunks);
            List<Integer> seen = new ArrayList<>();
            AtomicInteger early = new AtomicInteger();
            inOrder.start(chunks, chunks + 1, chunkOf, s -> {
                if (readied.get(chunkOf.applyAsInt(s)) == 0) {
                    early.incrementAndGet();
                }
                seen.add(s);
            });
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < chunks; c++) {
                order.add(c);
            }
            Collections.shuffle(order, new java.util.Random(round));
            AtomicInteger next = new AtomicInteger();
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread th = new Thread(() -> {
                    for (int k = next.getAndIncrement(); k < chunks; k = next.getAndIncrement()) {
                        readied.set(order.get(k), 1);
                        inOrder.ready(order.get(k));
                    }
                });
                ts.add(th);
                th.start();
            }
            for (Thread th : ts) {
                th.join();
            }
            inOrder.finish();
            List<Integer> expected = new ArrayList<>();
            for (int s = 0; s <= chunks; s++) {
                expected.add(s);
            }
            assertEquals(expected, seen, "round " + round);
            assertEquals(0, early.get(), "a step ran before its chunk was ready");
        }
    }

    @Test
    void finishingBeforeEveryChunkIsReadyIsAnError() {
        InOrder inOrder = new InOrder();
        inOrder.start(3, c -> { });
        inOrder.ready(0);
        inOrder.ready(2);
        assertThrows(IllegalStateException.class, inOrder::finish);
    }
}
