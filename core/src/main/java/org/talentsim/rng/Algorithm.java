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
    L32X64MixRandom,
    L64X128MixRandom,
    L64X128StarStarRandom,
    L64X256MixRandom,
    L64X1024MixRandom,
    L128X128MixRandom,
    L128X256MixRandom,
    L128X1024MixRandom,
    Xoroshiro128PlusPlus,
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
