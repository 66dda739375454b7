package org.talentsim.rng;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.talentsim.internal.L64X128Mix;

/**
 * Derives reproducible random streams from a master seed and a key.
 *
 * <p>A stream for (seed, k1, k2, ...) is a generator of the named algorithm seeded with {@link
 * #mix(long, long...)}: a function of the values only, so the stream a chunk of researchers gets
 * in a given tick and phase is the same whatever thread asks for it and in whatever order.
 *
 * <pre>{@code
 * Streams streams = Streams.of("L64X128MixRandom", 42L);
 * RandomGenerator g = streams.stream(tick, PHASE_SEARCH, chunk);
 * }</pre>
 */
public final class Streams {
    /** The algorithm used when a scenario names none. */
    public static final String DEFAULT_ALGORITHM = "L64X128MixRandom";

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final String algorithm;
    private final long seed;
    /**
     * The JDK's factory of any algorithm but the default, whose generator is {@link L64X128Mix}
     * (the same numbers, without the factory's service look-up and reflection: tens of
     * milliseconds in a fresh JVM, on every run of the command line).
     */
    private final RandomGeneratorFactory<RandomGenerator> factory;

    private Streams(String algorithm, long seed) {
        Algorithm a = Algorithm.named(algorithm);
        this.algorithm = algorithm;
        this.seed = seed;
        this.factory = a == Algorithm.DEFAULT ? null : a.factory();
    }

    /**
     * Streams of the named algorithm under a master seed.
     *
     * @throws IllegalArgumentException unless the name is one of {@link Algorithm}
     */
    public static Streams of(String algorithm, long seed) {
        return new Streams(Objects.requireNonNull(algorithm, "algorithm"), seed);
    }

    /** Checks that the name is one of {@link Algorithm}, throwing a message that lists them. */
    public static void requireAlgorithm(String algorithm) {
        Algorithm.named(algorithm);
    }

    /** The generator algorithm's name. */
    public String algorithm() {
        return algorithm;
    }

    /** The master seed. */
    public long seed() {
        return seed;
    }

    /** A new generator for the stream keyed by {@code keys} under this master seed. */
    public RandomGenerator stream(long... keys) {
        return seeded(mix(seed, keys));
    }

    /** A new generator of the named algorithm seeded directly (no mixing). */
    public RandomGenerator seeded(long rawSeed) {
        return factory == null ? new L64X128Mix(rawSeed) : factory.create(rawSeed);
    }

    /**
     * Mixes a seed with keys into a new 64-bit seed. The seed goes through the finaliser twice
     * with a constant added between; each key is folded in with a different multiple of the
     * golden gamma and passed through the finaliser, so (s, 1, 2) and (s, 2, 1) and (s+1, 1, 2)
     * give unrelated results. The seed's start is not of the form a key's is: when the seed
     * entered as {@code fmix(seed ^ G)} and the first key as {@code fmix(k + G)}, combined by XOR,
     * a seed and a first key could trade places ({@code 2 ^ G == G + 2} and {@code 3 ^ G == G + 1}),
     * so that tick 1 of seed 2 drew the numbers of tick 2 of seed 3. Replication seeds come from
     * {@link #replication}.
     */
    public static long mix(long seed, long... keys) {
        long h = start(seed);
        for (int i = 0; i < keys.length; i++) {
            h = fmix(h ^ fmix(keys[i] + GOLDEN * (i + 1)));
        }
        return h;
    }

    /** An odd constant (the fractional part of sqrt(2), made odd) for {@link #replication}'s sequence. */
    private static final long REPLICATION_GAMMA = 0x6A09E667F3BCC909L;

    /**
     * The seed of replication {@code r} of master seed {@code seed}: output r of a SplitMix64
     * sequence that starts from the mixed master seed, {@code fmix(fmix(seed ^ G) + (r + 1)·γ)}.
     * Two master seeds never share a replication by construction: their sequences start at
     * unrelated points. ({@code mix(S, r)}, used before, treated S and r alike, so that for
     * small seeds replication 1 of seed 2 was replication 2 of seed 3.)
     */
    public static long replication(long seed, long r) {
        return fmix(fmix(seed ^ GOLDEN) + (r + 1) * REPLICATION_GAMMA);
    }

    /** {@link #mix(long, long...)} of three keys, without the array. */
    public static long mix3(long seed, long k1, long k2, long k3) {
        long h = start(seed);
        h = fmix(h ^ fmix(k1 + GOLDEN));
        h = fmix(h ^ fmix(k2 + GOLDEN * 2));
        return fmix(h ^ fmix(k3 + GOLDEN * 3));
    }

    /** An odd constant (the fractional part of sqrt(3), made odd) that sets a seed's start apart from a key's. */
    private static final long SEED_GAMMA = 0xBB67AE8584CAA73BL;

    /** Where {@link #mix} starts for a seed: {@code fmix(fmix(seed ^ G) + γ3)}, no key's image. */
    private static long start(long seed) {
        return fmix(fmix(seed ^ GOLDEN) + SEED_GAMMA);
    }

    /** The 64-bit finaliser of the Stafford "variant 13" mixer: a bijection with full avalanche. */
    public static long fmix(long z) {
        return L64X128Mix.stafford13(z);
    }
}
