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

    /**
     * Replication seeds of different master seeds never coincide. With {@code mix(S, r)} they did
     * for small seeds (S and r entered alike: replication 1 of seed 2 was replication 2 of seed 3,
     * and mix gave 0 whenever S ^ G == r + G), so "the same study with another seed" shared runs.
     */
    @Test
    void replicationSeedsOfSmallMasterSeedsAreAllDistinct() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        int pairs = 0;
        for (long s = -64; s < 256; s++) {
            for (long r = 0; r < 200; r++) {
                long x = Streams.replication(s, r);
                assertNotEquals(0L, x);
                assertEquals(true, seen.add(x), "seed " + s + " replication " + r + " repeats a seed");
                pairs++;
            }
        }
        assertEquals(pairs, seen.size());
        // the structure that made mix collide: the seed and the replication swapped
        assertNotEquals(Streams.replication(2, 1), Streams.replication(3, 2));
        assertNotEquals(Streams.replication(3, 0), Streams.replication(0, 1));
    }

    /**
     * The streams of a run, keyed (seed, tick, phase, chunk), are distinct for small seeds and
     * ticks. When the seed entered as {@code fmix(seed ^ G)} and the tick as {@code fmix(tick + G)},
     * combined by XOR, seed and tick could trade places: tick 1 of seed 2 was tick 2 of seed 3.
     */
    @Test
    void streamsOfSmallSeedsAndTicksAreAllDistinct() {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long s = -64; s < 256; s++) {
            for (long tick = 0; tick < 400; tick++) {
                long x = Streams.mix3(s, tick, 4, 0);
                assertEquals(true, seen.add(x), "seed " + s + " tick " + tick + " repeats a stream");
            }
        }
        assertNotEquals(Streams.mix3(2, 1, 4, 0), Streams.mix3(3, 2, 4, 0));
        assertNotEquals(Streams.mix(2, 1), Streams.mix(3, 2));
    }

    /**
     * A stream, and the reusable generator reset to it, give draw for draw the JDK's generator of
     * the named algorithm seeded with the stream's mixed seed (the default algorithm's is the
     * built-in one, compared with the JDK's here).
     */
    @ParameterizedTest
    @ValueSource(strings = {"L64X128MixRandom", "Xoshiro256PlusPlus", "L128X128MixRandom"})
    void reusableStreamReproducesTheNamedAlgorithm(String algorithm) {
        java.util.random.RandomGeneratorFactory<RandomGenerator> jdk = java.util.random.RandomGeneratorFactory.of(algorithm);
        for (long seed : SEEDS) {
            Streams streams = Streams.of(algorithm, seed);
            ReusableStream reusable = ReusableStream.of(streams);
            for (long tick = 0; tick < 5; tick++) {
                for (long chunk : new long[] {0, 1, 244, -1}) {
                    RandomGenerator expected = jdk.create(Streams.mix(seed, tick, 3, chunk));
                    RandomGenerator stream = streams.stream(tick, 3, chunk);
                    reusable.reset(tick, 3, chunk);
                    for (int d = 0; d < 200; d++) {
                        String at = algorithm + " seed " + seed + " tick " + tick + " chunk " + chunk + " draw " + d;
                        switch (d % 5) {
                            case 0 -> {
                                long x = expected.nextLong();
                                assertEquals(x, stream.nextLong(), at);
                                assertEquals(x, reusable.nextLong(), at);
                            }
                            case 1 -> {
                                double x = expected.nextDouble();
                                assertEquals(x, stream.nextDouble(), at);
                                assertEquals(x, reusable.nextDouble(), at);
                            }
                            case 2 -> {
                                int x = expected.nextInt(1000);
                                assertEquals(x, stream.nextInt(1000), at);
                                assertEquals(x, reusable.nextInt(1000), at);
                            }
                            case 3 -> {
                                double x = expected.nextGaussian();
                                assertEquals(x, stream.nextGaussian(), at);
                                assertEquals(x, reusable.nextGaussian(), at);
                            }
                            default -> {
                                int x = expected.nextInt();
                                assertEquals(x, stream.nextInt(), at);
                                assertEquals(x, reusable.nextInt(), at);
                            }
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
