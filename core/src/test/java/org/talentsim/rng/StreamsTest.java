package org.talentsim.rng;

import org.talentsim.kernel.ReusableStream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamsTest {
    private static final long[] SEEDS = {0, 1, 42, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x9E3779B97F4A7C15L};

    @Test
    void mixOfThreeKeysIsMixOfTheArray() {
        for (long seed : SEEDS) {
            for (long k = -3; k < 40; k += 7) {
                assertEquals(Streams.mix(seed, k, 5, k * 31), Streams.mix3(seed, k, 5, k * 31));
            }
        }
        assertNotEquals(Streams.mix(1, 2, 3, 4), Streams.mix(1, 3, 2, 4));
        assertNotEquals(Streams.mix(1, 2, 3, 4), Streams.mix(2, 2, 3, 4));
    }

    /** The reusable generator must give, draw for draw, the JDK generator of the same stream. */
    @ParameterizedTest
    @ValueSource(strings = {"L64X128MixRandom", "Xoshiro256PlusPlus", "L128X128MixRandom"})
    void reusableStreamReproducesTheNamedAlgorithm(String algorithm) {
        for (long seed : SEEDS) {
            Streams streams = Streams.of(algorithm, seed);
            ReusableStream reusable = ReusableStream.of(streams);
            for (long tick = 0; tick < 5; tick++) {
                for (long chunk : new long[] {0, 1, 244, -1}) {
                    RandomGenerator expected = streams.stream(tick, 3, chunk);
                    reusable.reset(tick, 3, chunk);
                    for (int d = 0; d < 200; d++) {
                        String at = algorithm + " seed " + seed + " tick " + tick + " chunk " + chunk + " draw " + d;
                        switch (d % 5) {
                            case 0 -> assertEquals(expected.nextLong(), reusable.nextLong(), at);
                            case 1 -> assertEquals(expected.nextDouble(), reusable.nextDouble(), at);
                            case 2 -> assertEquals(expected.nextInt(1000), reusable.nextInt(1000), at);
                            case 3 -> assertEquals(expected.nextGaussian(), reusable.nextGaussian(), at);
                            default -> assertEquals(expected.nextInt(), reusable.nextInt(), at);
                        }
                    }
                }
            }
        }
    }

    @Test
    void resettingToTheSameKeysRepeatsTheStream() {
        ReusableStream g = ReusableStream.of(Streams.of(Streams.DEFAULT_ALGORITHM, 7));
        double first = g.reset(1, 2, 3).nextDouble();
        double other = g.reset(1, 2, 4).nextDouble();
        assertEquals(first, g.reset(1, 2, 3).nextDouble());
        assertNotEquals(first, other);
    }

    /** Every accepted algorithm repeats its streams from the seed; a system-seeded one is refused. */
    @Test
    void onlyReproducibleAlgorithmsAreAccepted() {
        for (Algorithm a : Algorithm.values()) {
            Streams x = Streams.of(a.name(), 99);
            Streams y = Streams.of(a.name(), 99);
            for (long k = 0; k < 3; k++) {
                org.junit.jupiter.api.Assertions.assertEquals(x.stream(k, 7).nextLong(), y.stream(k, 7).nextLong(), a.name());
            }
        }
        for (String bad : new String[] {"SecureRandom", "Random", "SplittableRandom", "SplitMix64", "l64x128mixrandom"}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> Streams.of(bad, 1));
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("L64X128MixRandom"), e.getMessage());
        }
        org.junit.jupiter.api.Assertions.assertEquals(Streams.DEFAULT_ALGORITHM, Algorithm.DEFAULT.name());
    }
}
