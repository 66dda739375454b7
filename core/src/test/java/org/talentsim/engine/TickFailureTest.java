package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.Talentsim;
import org.talentsim.metrics.History;
import org.talentsim.metrics.Metrics;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * A tick that stops part way (a user's policy, phase or observer throws) names the scenario, the
 * tick and the phase, and leaves a simulation that refuses to go on: stepping again computed the
 * next tick from half of this one's state, and finish() then wrote results from it.
 */
class TickFailureTest {
    static final Scenario WAR = Worlds.twoLabWar(5).withMonths(6);

    @Test
    void aUserPhaseThatThrowsNamesTheTickAndPhaseAndStopsTheSimulation() {
        IllegalArgumentException boom = new IllegalArgumentException("no such thing");
        AtomicInteger ends = new AtomicInteger();
        TickObserver counter = new TickObserver() {
            @Override
            public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {}

            @Override
            public void onEnd(org.talentsim.model.WorldView world) {
                ends.incrementAndGet();
            }
        };
        try (Simulation sim = Simulation.builder(WAR).after(PhaseId.OFFERS, ctx -> {
            if (ctx.tick() == 3) {
                throw boom;
            }
        }).observer(counter).build()) {
            sim.step();
            sim.step();
            TickFailedException e = assertThrows(TickFailedException.class, sim::step);
            assertSame(boom, e.getCause());
            assertEquals(3, e.tick());
            assertEquals("a user phase after OFFERS", e.phase());
            assertEquals("scenario 'war' failed at tick 3 of 6, in a user phase after OFFERS: no such thing", e.getMessage()
                    .replace(WAR.name(), "war"));
            IllegalStateException again = assertThrows(IllegalStateException.class, sim::step);
            assertTrue(again.getMessage().contains("tick 3") && again.getMessage().contains("failed part way"), again.getMessage());
            assertThrows(IllegalStateException.class, sim::finish, "no end from a broken state");
            assertThrows(IllegalStateException.class, sim::run);
            assertEquals(0, ends.get(), "the observers were not told the run ended");
        }
    }

    @Test
    void aPolicyThatThrowsInAWorkerThreadNamesThePhase() {
        // armed after the build (building the market asks the policy for the starting hazards)
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean();
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.QUITS, "fragile", s -> (m, g) -> {
            if (armed.get()) {
                throw new ArithmeticException("fragile hazard");
            }
            return 0.01;
        });
        Scenario s = WAR.toBuilder().quits(PolicySpec.of("fragile")).build();
        for (int threads = 1; threads <= 2; threads++) {
            armed.set(false);
            try (Simulation sim = Simulation.builder(s).registry(reg).threads(threads).build()) {
                armed.set(true);
                TickFailedException e = assertThrows(TickFailedException.class, sim::step);
                assertTrue(e.getCause() instanceof ArithmeticException, String.valueOf(e.getCause()));
                assertEquals(1, e.tick());
                assertEquals("phase MORALE or SEARCH", e.phase());
                assertTrue(e.getMessage().endsWith(": fragile hazard"), e.getMessage());
            }
        }
    }

    @Test
    void anObserverThatThrowsStopsTheRunAndTheFolderIsLeftAsItWas(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("war");
        Talentsim ts = Talentsim.defaults();
        ts.run(WAR, out);
        byte[] before = Files.readAllBytes(out.resolve("labs.csv"));
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.QUITS, "late", s -> new org.talentsim.policy.QuitPolicy() {
            int calls;

            @Override
            public double hazard(double morale, double gap) {
                if (++calls > 2000) {
                    throw new IllegalStateException("late failure");
                }
                return 0.01;
            }
        });
        Scenario late = WAR.toBuilder().quits(PolicySpec.of("late")).seed(99).build();
        TickFailedException e = assertThrows(TickFailedException.class, () -> ts.withRegistry(reg).run(late, out));
        assertTrue(e.tick() > 1, "failed after the first tick: " + e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("labs.csv"))), "the earlier set is kept");
        assertFalse(Files.exists(dir.resolve(".war.staging")), "no staging left");
        History h = new History();
        try (Simulation sim = Simulation.builder(WAR).observer(new Metrics(h)).observer(new TickObserver() {
            @Override
            public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {
                if (tick == 2) {
                    throw new UnsupportedOperationException("observer");
                }
            }
        }).build()) {
            TickFailedException o = assertThrows(TickFailedException.class, sim::run);
            assertEquals("an observer", o.phase());
            assertEquals(2, o.tick());
        }
    }
}
