package org.talentsim.kernel;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.talentsim.internal.L64X128Mix;
import org.talentsim.rng.Streams;

/**
 * A generator that can be re-pointed at another stream of the same {@link Streams} without
 * allocating: {@code reset(k1, k2, k3)} makes it produce exactly the numbers that {@code
 * streams.stream(k1, k2, k3)} would. Hot loops that need a fresh stream per (tick, phase, chunk)
 * keep one per chunk and reset it, instead of creating a generator each tick.
 *
 * <p>For {@code L64X128MixRandom} (the default) it re-seeds one {@link L64X128Mix} in place (the
 * JDK's algorithm, seeded as the JDK seeds it from one {@code long}: a test checks both give the
 * same numbers). For any other algorithm {@code reset} creates a JDK generator (one allocation per
 * reset) and delegates to it.
 *
 * <p>Not thread-safe: one instance per thread. (The offers' order, its one user, draws from it on
 * one thread; the per-chunk draws of the search are counter-based, {@link CounterDraw}, and need
 * no generator.)
 */
public final class ReusableStream implements RandomGenerator {
    private final long seed;
    private final RandomGeneratorFactory<RandomGenerator> factory;
    /** The default algorithm's generator, re-seeded in place; null for any other algorithm. */
    private final L64X128Mix own;
    private RandomGenerator delegate;

    /**
     * A generator that {@link #reset resets} to any stream of {@code streams} without allocating
     * (for the default algorithm); it starts on an unspecified stream.
     */
    public static ReusableStream of(Streams streams) {
        return new ReusableStream(streams.seed(), Streams.DEFAULT_ALGORITHM.equals(streams.algorithm())
                ? null : RandomGeneratorFactory.of(streams.algorithm()));
    }

    /** @param factory {@code null} for the built-in L64X128MixRandom */
    ReusableStream(long seed, RandomGeneratorFactory<RandomGenerator> factory) {
        this.seed = seed;
        this.factory = factory;
        this.own = factory == null ? new L64X128Mix(0) : null;
        reseed(0);
    }

    /** Re-points this generator at the stream {@code Streams.stream(k1, k2, k3)}. */
    public ReusableStream reset(long k1, long k2, long k3) {
        reseed(Streams.mix3(seed, k1, k2, k3));
        return this;
    }

    private void reseed(long raw) {
        if (own != null) {
            own.reseed(raw);
        } else {
            delegate = factory.create(raw);
        }
    }

    @Override
    public long nextLong() {
        return own != null ? own.nextLong() : delegate.nextLong();
    }
}
