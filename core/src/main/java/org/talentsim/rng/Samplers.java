package org.talentsim.rng;

import java.util.random.RandomGenerator;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Bridge from a {@link RandomGenerator} stream to Commons Math, whose distributions must never
 * seed themselves: pass {@code Samplers.commonsMath(stream)} to every distribution constructor.
 */
public final class Samplers {
    private Samplers() {}

    /** A Commons Math generator that draws from {@code source}; {@code setSeed} is refused. */
    public static org.apache.commons.math3.random.RandomGenerator commonsMath(
            RandomGenerator source) {
        return new Bridge(source);
    }

    private static final class Bridge extends AbstractRandomGenerator {
        private final RandomGenerator source;

        Bridge(RandomGenerator source) {
            this.source = source;
        }

        @Override
        public void setSeed(long seed) {
            throw new UnsupportedOperationException(
                    "streams are derived from (seed, key); re-seeding a bridge is not allowed");
        }

        @Override
        public double nextDouble() {
            return source.nextDouble();
        }

        @Override
        public long nextLong() {
            return source.nextLong();
        }

        @Override
        public int nextInt() {
            return source.nextInt();
        }
    }
}
