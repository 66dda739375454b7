package org.talentsim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

/** The built-in generator is the JDK's L64X128MixRandom, draw for draw, through every scalar method a model draws with. */
class L64X128MixTest {
    @Test
    void givesTheJdksNumbersFromEveryMethod() {
        RandomGeneratorFactory<RandomGenerator> jdk = RandomGeneratorFactory.of("L64X128MixRandom");
        SplittableRandom seeds = new SplittableRandom(20261207);
        long[] edge = {0, 1, -1, 42, Long.MIN_VALUE, Long.MAX_VALUE, 0x6A09E667F3BCC909L, 0x9E3779B97F4A7C15L};
        for (int k = 0; k < 200; k++) {
            long seed = k < edge.length ? edge[k] : seeds.nextLong();
            RandomGenerator expected = jdk.create(seed);
            L64X128Mix own = k % 2 == 0 ? new L64X128Mix(seed) : reseeded(seed);
            for (int d = 0; d < 300; d++) {
                String at = "seed " + seed + " draw " + d;
                switch (d % 12) {
                    case 0 -> assertEquals(expected.nextLong(), own.nextLong(), at);
                    case 1 -> assertEquals(expected.nextDouble(), own.nextDouble(), at);
                    case 2 -> assertEquals(expected.nextInt(1000), own.nextInt(1000), at);
                    case 3 -> assertEquals(expected.nextGaussian(), own.nextGaussian(), at);
                    case 4 -> assertEquals(expected.nextInt(), own.nextInt(), at);
                    case 5 -> assertEquals(expected.nextExponential(), own.nextExponential(), at);
                    case 6 -> assertEquals(expected.nextDouble(0.2, 0.8), own.nextDouble(0.2, 0.8), at);
                    case 7 -> assertEquals(expected.nextLong(1L << 40), own.nextLong(1L << 40), at);
                    case 8 -> assertEquals(expected.nextBoolean(), own.nextBoolean(), at);
                    case 9 -> assertEquals(expected.nextFloat(), own.nextFloat(), at);
                    case 10 -> assertEquals(expected.nextGaussian(1.5, 0.3), own.nextGaussian(1.5, 0.3), at);
                    default -> assertEquals(expected.nextInt(7, 19), own.nextInt(7, 19), at);
                }
            }
        }
    }

    /** A generator first on another stream, then re-seeded in place. */
    private static L64X128Mix reseeded(long seed) {
        L64X128Mix g = new L64X128Mix(seed + 1);
        g.nextLong();
        g.reseed(seed);
        return g;
    }

    @Test
    void stafford13IsSplitMix64sOutputFunction() {
        // SplittableRandom(s).nextLong() is mix64(s + gamma), gamma the golden ratio's
        SplittableRandom r = new SplittableRandom(99);
        assertEquals(r.nextLong(), L64X128Mix.stafford13(99 + 0x9E3779B97F4A7C15L));
    }
}
