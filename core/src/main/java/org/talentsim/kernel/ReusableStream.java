package org.talentsim.kernel;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.talentsim.rng.Streams;

/**
 * A generator that can be re-pointed at another stream of the same {@link Streams} without
 * allocating: {@code reset(k1, k2, k3)} makes it produce exactly the numbers that {@code
 * streams.stream(k1, k2, k3)} would. Hot loops that need a fresh stream per (tick, phase, chunk)
 * keep one per chunk and reset it, instead of creating a generator each tick.
 *
 * <p>For {@code L64X128MixRandom} (the default) the algorithm is implemented here — an LXM
 * generator (Steele and Vigna 2021): a 64-bit LCG and a xoroshiro128 generator combined by a
 * mixing function — seeded as the JDK seeds it from one {@code long}, and a test checks that
 * both give the same sequence. For any other algorithm {@code reset} creates a JDK generator
 * (one allocation per reset) and delegates to it.
 *
 * <p>Not thread-safe: one instance per chunk (or per thread). The state written at every draw
 * is padded by 64 bytes on each side, so that the generators of two chunks drawn by two threads
 * at once never share a cache line (without it, two threads drawing side by side run slower
 * than one).
 */
public final class ReusableStream implements RandomGenerator {
    private static final long M = 0xD1342543DE82EF95L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long SILVER = 0x6A09E667F3BCC909L;

    // padding before the state (fields of one size keep their declaration order)
    long p00, p01, p02, p03, p04, p05, p06, p07;
    private long a;
    private long s;
    private long x0;
    private long x1;
    // padding after the state
    long p10, p11, p12, p13, p14, p15, p16, p17;
    private final long seed;
    private final RandomGeneratorFactory<RandomGenerator> factory;
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
        reseed(0);
    }

    /** Re-points this generator at the stream {@code Streams.stream(k1, k2, k3)}. */
    public ReusableStream reset(long k1, long k2, long k3) {
        reseed(Streams.mix3(seed, k1, k2, k3));
        return this;
    }

    private void reseed(long raw) {
        if (factory != null) {
            delegate = factory.create(raw);
            return;
        }
        long z = raw ^ SILVER;
        a = murmur64(z) | 1;
        s = 1;
        x0 = Streams.fmix(z);
        x1 = Streams.fmix(z + GOLDEN);
    }

    @Override
    public long nextLong() {
        if (delegate != null) {
            return delegate.nextLong();
        }
        long result = lea64(s + x0);
        s = M * s + a;
        long q0 = x0;
        long q1 = x1 ^ q0;
        x0 = Long.rotateLeft(q0, 24) ^ q1 ^ (q1 << 16);
        x1 = Long.rotateLeft(q1, 37);
        return result;
    }

    @Override
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    private static long murmur64(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private static long lea64(long z) {
        z = (z ^ (z >>> 32)) * 0xDABA0B6EB09322E3L;
        z = (z ^ (z >>> 32)) * 0xDABA0B6EB09322E3L;
        return z ^ (z >>> 32);
    }
}
