package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/** The invariants of {@link InvariantChecker} hold after every tick of many differently configured worlds. */
class InvariantsTest {
    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "random world {0}")
    @MethodSource("seeds")
    void randomWorlds(long seed) {
        check(Worlds.random(seed), seed % 3 == 0 ? 2 : 1);
    }

    @ParameterizedTest(name = "every event, seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void everyEvent(long seed) {
        check(Worlds.everything(seed), 1);
    }

    @ParameterizedTest(name = "two-lab war, seed {0}")
    @ValueSource(longs = {1, 2})
    void twoLabWar(long seed) {
        check(Worlds.twoLabWar(seed), 2);
    }

    private static void check(Scenario s, int threads) {
        InvariantChecker inv = new InvariantChecker();
        try (Simulation sim = Simulation.builder(s).threads(threads).observer(inv).build()) {
            sim.run();
        }
        assertEquals(s.ticks(), inv.ticksChecked());
    }
}
