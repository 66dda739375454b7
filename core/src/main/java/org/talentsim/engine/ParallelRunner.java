package org.talentsim.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.talentsim.market.ChunkRunner;

/**
 * Spreads chunks over a fixed pool of worker threads that take the next chunk as they free up.
 * Which thread runs a chunk does not matter: every chunk has its own random stream and output.
 */
final class ParallelRunner implements ChunkRunner, AutoCloseable {
    private final int threads;
    private final ExecutorService pool;

    ParallelRunner(int threads) {
        this.threads = threads;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
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
        List<Future<?>> futures = new ArrayList<>(threads);
        for (int w = 0; w < Math.min(threads, chunks); w++) {
            futures.add(pool.submit(() -> {
                for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                    task.accept(c);
                }
            }));
        }
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
