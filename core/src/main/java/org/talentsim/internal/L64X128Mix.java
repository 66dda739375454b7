package org.talentsim.internal;

import java.util.random.RandomGenerator;

/**
 * The LXM generator {@code L64X128MixRandom} (Steele and Vigna 2021: a 64-bit linear congruential
 * generator and a xoroshiro128 generator, combined by a mixing function), seeded from one
 * {@code long} as the JDK's class of that name seeds it, so that both give the same numbers, draw
 * for draw, from every method of {@link RandomGenerator} (a test checks it against the JDK's).
 *
 * <p>Why not the JDK's: {@code RandomGeneratorFactory.of} finds its algorithms through a service
 * loader and reads their annotations, and {@code create} calls a constructor by reflection; in a
 * fresh JVM the first of each took tens of milliseconds, on every run of the command line.
 */
public final class L64X128Mix implements RandomGenerator {
    /** The LCG's multiplier. */
    private static final long M = 0xD1342543DE82EF95L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long SILVER = 0x6A09E667F3BCC909L;

    private long a;
    private long s;
    private long x0;
    private long x1;

    /** The generator the JDK's {@code L64X128MixRandom(seed)} is. */
    public L64X128Mix(long seed) {
        reseed(seed);
    }

    /** Starts again as {@code new L64X128Mix(seed)} would, without allocating. */
    public void reseed(long seed) {
        long z = seed ^ SILVER;
        a = murmur64(z) | 1;
        s = 1;
        x0 = stafford13(z);
        x1 = stafford13(z + GOLDEN);
    }

    @Override
    public long nextLong() {
        long result = lea64(s + x0);
        s = M * s + a;
        long q0 = x0;
        long q1 = x1 ^ q0;
        x0 = Long.rotateLeft(q0, 24) ^ q1 ^ (q1 << 16);
        x1 = Long.rotateLeft(q1, 37);
        return result;
    }

    /** MurmurHash3's 64-bit finaliser. */
    private static long murmur64(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    /** Doug Lea's 64-bit mixing function, the LXM family's output function. */
    private static long lea64(long z) {
        z = (z ^ (z >>> 32)) * 0xDABA0B6EB09322E3L;
        z = (z ^ (z >>> 32)) * 0xDABA0B6EB09322E3L;
        return z ^ (z >>> 32);
    }

    /** Stafford's variant 13 of MurmurHash3's finaliser, SplitMix64's output function. */
    public static long stafford13(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
