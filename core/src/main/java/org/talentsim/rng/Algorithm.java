package org.talentsim.rng;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * The random generator algorithms a scenario may name: the seedable, non-stochastic
 * {@code java.util.random} algorithms of the LXM and xoshiro/xoroshiro families, whose whole
 * sequence follows from one {@code long} seed on every JDK. Not accepted: {@code SecureRandom}
 * (seeded by the system, so two runs differ) and the legacy {@code Random} and
 * {@code SplittableRandom}.
 */
public enum Algorithm {
    /** LXM: a 32-bit linear congruential generator mixed with a 64-bit xoroshiro one; 96 bits of state, period about 2⁹⁶. */
    L32X64MixRandom,
    /** LXM: a 64-bit linear congruential generator mixed with a 128-bit xoroshiro one; 192 bits of state, period about 2¹⁹² (the {@link #DEFAULT}). */
    L64X128MixRandom,
    /** As {@link #L64X128MixRandom}, with the StarStar scrambler in place of the mixing function; 192 bits of state. */
    L64X128StarStarRandom,
    /** LXM: a 64-bit linear congruential generator mixed with a 256-bit xoshiro one; 320 bits of state, period about 2³²⁰. */
    L64X256MixRandom,
    /** LXM: a 64-bit linear congruential generator mixed with a 1024-bit xoroshiro one; 1088 bits of state, period about 2¹⁰⁸⁸. */
    L64X1024MixRandom,
    /** LXM: a 128-bit linear congruential generator mixed with a 128-bit xoroshiro one; 256 bits of state, period about 2²⁵⁶. */
    L128X128MixRandom,
    /** LXM: a 128-bit linear congruential generator mixed with a 256-bit xoshiro one; 384 bits of state, period about 2³⁸⁴. */
    L128X256MixRandom,
    /** LXM: a 128-bit linear congruential generator mixed with a 1024-bit xoroshiro one; 1152 bits of state, period about 2¹¹⁵². */
    L128X1024MixRandom,
    /** xoroshiro128++: 128 bits of state, period 2¹²⁸ − 1. */
    Xoroshiro128PlusPlus,
    /** xoshiro256++: 256 bits of state, period 2²⁵⁶ − 1. */
    Xoshiro256PlusPlus;

    /** The default: {@code L64X128MixRandom}. */
    public static final Algorithm DEFAULT = L64X128MixRandom;

    /**
     * The algorithm of that name (exact spelling).
     *
     * @throws IllegalArgumentException for any other name, listing the accepted ones
     */
    public static Algorithm named(String name) {
        for (Algorithm a : values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown or non-reproducible algorithm '" + name + "'; known: "
                + String.join(", ", Arrays.stream(values()).map(Enum::name).toList()));
    }

    /** The JDK factory of this algorithm. */
    RandomGeneratorFactory<RandomGenerator> factory() {
        return RandomGeneratorFactory.of(name());
    }
}
