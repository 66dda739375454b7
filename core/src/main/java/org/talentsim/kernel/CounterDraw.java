package org.talentsim.kernel;

import org.talentsim.rng.Streams;

/**
 * Counter-based uniforms: draw {@code n} of the stream {@code key} is {@code fmix(key + (n + 1)·G)}
 * ({@link Streams#fmix}, G the golden gamma), its top 53 bits as a double in [0, 1). For one key
 * the draws 0, 1, 2, … are the output of a SplitMix64 generator (Steele, Lea and Flood 2014)
 * seeded with {@code key}, the generator behind {@link java.util.SplittableRandom}; a key is
 * {@link Streams#mix3 mixed} from (seed, tick, phase), so each tick's phase starts at an
 * unrelated place of the Weyl sequence.
 *
 * <p>A draw needs no state: researcher i's draws are the counters {@code 2i} and {@code 2i + 1}
 * whichever chunk holds him and whatever the others drew, so a phase's draws are the same for
 * any chunking and any thread, and a change in one researcher's fate does not shift anybody
 * else's draws (two runs that differ in a policy keep their common random numbers).
 */
final class CounterDraw {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private CounterDraw() {}

    /** The key of the draws of phase {@code phase} in tick {@code tick} of a run seeded {@code seed}. */
    static long key(long seed, long tick, long phase) {
        return Streams.mix3(seed, tick, phase, 0);
    }

    /** Draw {@code n} of stream {@code key}: a uniform double in [0, 1) with 53 random bits. */
    static double uniform(long key, long n) {
        return (Streams.fmix(key + (n + 1) * GOLDEN) >>> 11) * 0x1.0p-53;
    }
}
