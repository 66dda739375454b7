package org.talentsim.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.talentsim.kernel.ChunkRunner;

/**
 * Spreads chunks over the calling thread and a fixed pool of {@code threads − 1} workers, each
 * taking the next chunk as it frees up. Which thread runs a chunk does not matter: every chunk
 * has its own random stream and output. The caller works rather than waits, so a phase hands
 * off to one thread fewer (at 10 000 researchers a tick is about a millisecond, and each
 * hand-off to a parked thread costs tens of microseconds).
 */
public final class ParallelRunner implements ChunkRunner, AutoCloseable {
    private final int threads;
    private final ExecutorService pool;

    public ParallelRunner(int threads) {
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads - 1), r -> {
            Thread t = new Thread(r, "talentsim-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void run(int chunks, IntConsumer task) {
        if (chunks <= 1) {
            ChunkRunner.SEQUENTIAL.run(chunks, task);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                task.accept(c);
            }
        };
        List<Future<?>> futures = new ArrayList<>(threads - 1);
        for (int w = 1; w < Math.min(threads, chunks); w++) {
            futures.add(pool.submit(work));
        }
        try {
            work.run();
        } finally {
            awaitAll(futures);
        }
    }

    private static void awaitAll(List<Future<?>> futures) {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for workers", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    @Override
    public int workers() {
        return threads;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
