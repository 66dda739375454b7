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

    /**
     * An observer that steps or closes its own simulation: the tick fails with its tick and phase
     * named, and the cause says that it came from inside a step (it spoke of "another thread",
     * and a close made run() throw a bare "closed": an economist's review). Another thread's
     * step is still refused as before.
     */
    @Test
    void anObserverSteppingOrClosingItsOwnSimulationIsNamed() throws Exception {
        for (String call : new String[] {"step", "close", "finish"}) {
            Simulation[] self = new Simulation[1];
            AtomicInteger ends = new AtomicInteger();
            TickObserver inside = new TickObserver() {
                @Override
                public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {
                    if (tick == 2) {
                        switch (call) {
                            case "close" -> self[0].close();
                            case "finish" -> self[0].finish();
                            default -> self[0].step();
                        }
                    }
                }

                @Override
                public void onEnd(org.talentsim.model.WorldView world) {
                    ends.incrementAndGet();
                }
            };
            try (Simulation sim = Simulation.builder(WAR).observer(inside).build()) {
                self[0] = sim;
                TickFailedException e = assertThrows(TickFailedException.class, sim::run);
                assertEquals(2, e.tick());
                assertTrue(e.getCause() instanceof IllegalStateException, e.toString());
                assertEquals(call + "() called during a step of this simulation (by one of its observers,"
                        + " phases or policies): " + (call.equals("step") ? "a tick cannot start inside another"
                        : call + " it after the step, or stop by throwing from the observer"), e.getCause().getMessage());
                assertEquals(0, ends.get(), call + ": no observer was told the run ended");
            }
        }
        // another thread, while a step is under way
        java.util.concurrent.CountDownLatch in = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch out = new java.util.concurrent.CountDownLatch(1);
        try (Simulation sim = Simulation.builder(WAR).after(PhaseId.OFFERS, ctx -> {
            in.countDown();
            try {
                out.await();
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
        }).build()) {
            Thread t = new Thread(sim::step);
            t.start();
            in.await();
            IllegalStateException e = assertThrows(IllegalStateException.class, sim::step);
            assertEquals("step() called while another thread is stepping this simulation", e.getMessage());
            out.countDown();
            t.join();
        }
    }

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

    /**
     * An observer refusing at the start is rethrown as it is (the caller's error, before any tick),
     * and the simulation refuses to go on saying that its start failed: it said "tick 1 ... failed
     * part way", although no tick had run (found by a reviewer).
     */
    @Test
    void anObserverRefusingAtTheStartIsItsOwnErrorAndNoTickIsSaidToHaveFailed() {
        IllegalArgumentException refusal = new IllegalArgumentException("no tick is dated 2030-01");
        TickObserver strict = new TickObserver() {
            @Override
            public void onStart(org.talentsim.model.WorldView world) {
                throw refusal;
            }

            @Override
            public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {}
        };
        try (Simulation sim = Simulation.builder(WAR).observer(strict).build()) {
            assertSame(refusal, assertThrows(IllegalArgumentException.class, sim::step));
            assertEquals(0, sim.tick());
            IllegalStateException again = assertThrows(IllegalStateException.class, sim::step);
            assertEquals("the start of scenario '" + WAR.name() + "' failed, in an observer's start (" + refusal
                    + "): build a new simulation to run again", again.getMessage());
            TickFailedException cause = (TickFailedException) again.getCause();
            assertEquals(0, cause.tick());
            assertEquals("an observer's start", cause.phase());
            assertThrows(IllegalStateException.class, sim::finish);
        }
    }

    /**
     * A context or editor kept after its phase returned makes no change: between ticks (or from
     * an observer) a change would escape every phase's checks (it was accepted: found by a
     * reviewer). An initializer's editor is closed after the build as well.
     */
    @Test
    void anEditorKeptAfterItsPhaseRefusesChanges() {
        TickContext[] kept = new TickContext[1];
        Editor[] init = new Editor[1];
        try (Simulation sim = Simulation.builder(WAR).initializer(e -> {
            init[0] = e;
            e.prestige(0, 0.4);   // during the call: made
        }).after(PhaseId.OFFERS, c -> {
            kept[0] = c;
            c.edit().prestige(1, 0.3);   // during the phase: made
        }).build()) {
            assertEquals(0.4, sim.world().lab(0).prestige());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> init[0].prestige(0, 0.9));
            assertTrue(e.getMessage().startsWith("this Editor was kept after the user phase or initializer"), e.getMessage());
            sim.step();
            assertEquals(0.3, sim.world().lab(1).prestige());
            Editor late = kept[0].edit();
            for (Runnable change : java.util.List.<Runnable>of(() -> late.prestige(0, 0.1), () -> late.budget(0, 1e9),
                    () -> late.target(0, 5), () -> late.morale(0, 0.5), () -> late.salary(0, 1e5), () -> late.tenure(0, 3))) {
                assertThrows(IllegalStateException.class, change::run);
            }
            assertEquals(0.4, sim.world().lab(0).prestige(), "nothing changed");
            sim.step();   // the phase itself still edits
            assertEquals(0.3, sim.world().lab(1).prestige());
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

    /** A user's policy asked for the starting state, or an initializer, that throws is named with the scenario (tick 0). */
    @Test
    void aPolicyOrInitializerThatThrowsWhileSettingUpIsNamed() {
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.QUITS, "fragile", s -> (m, g) -> {
            throw new ArithmeticException("fragile hazard");
        });
        Scenario s = WAR.toBuilder().quits(PolicySpec.of("fragile")).build();
        TickFailedException e = assertThrows(TickFailedException.class, () -> Simulation.builder(s).registry(reg).build());
        assertTrue(e.getCause() instanceof ArithmeticException, String.valueOf(e.getCause()));
        assertEquals(0, e.tick());
        assertEquals("the set-up of the market", e.phase());
        assertEquals("scenario 'war' failed before its first tick, in the set-up of the market: fragile hazard",
                e.getMessage().replace(WAR.name(), "war"));
        IllegalStateException boom = new IllegalStateException("no editor today");
        TickFailedException i = assertThrows(TickFailedException.class, () -> Simulation.builder(WAR).initializer(ed -> {
            throw boom;
        }).build());
        assertSame(boom, i.getCause());
        assertEquals("an initializer", i.phase());
        assertEquals(0, i.tick());
        // a policy the registry refuses is still said as the field it is in, not wrapped
        PolicyRegistry npe = PolicyRegistry.defaults().register(PolicyRegistry.QUITS, "npe", x -> {
            throw new NullPointerException();
        });
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> Simulation.builder(WAR.toBuilder().quits(PolicySpec.of("npe")).build()).registry(npe).build());
        assertTrue(f instanceof org.talentsim.scenario.InvalidFieldException && f.getMessage().contains("policies.quits"), f.getMessage());
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

    /**
     * A layoff policy that does not return a reordering of its candidates (one researcher
     * several times, or another lab's) gave a row per copy, severance per copy and headcounts
     * that no longer added up; with no notice it failed inside the mover with an index -1.
     */
    @Test
    void aLayoffPolicyThatDoesNotReorderItsCandidatesIsNamed() {
        for (int notice : new int[] {2, 0}) {
            PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.LAYOFF, "dup", spec -> (c, n, ctx) -> {
                for (int i = 1; i < n; i++) {
                    c[i] = c[0];
                }
            });
            Scenario s = Scenario.builder("cut").months(3)
                    .lab("L", l -> l.layoff(PolicySpec.of("dup")).team("T", org.talentsim.model.Focus.RESEARCH, 10, t -> { }))
                    .event(new org.talentsim.scenario.EventSpec.Layoff(2, "L", java.util.List.of(), 4, Double.NaN, notice, 0, 0, null))
                    .build();
            TickFailedException e = assertThrows(TickFailedException.class, () -> Talentsim.defaults().withRegistry(reg).run(s));
            assertEquals(2, e.tick());
            assertTrue(e.getCause().getMessage().contains("layoff policy (a lambda in org.talentsim.engine.TickFailureTest) of lab 'L' did not reorder its 10 candidates (researcher #")
                    && e.getCause().getMessage().contains(" is there twice)"), e.getMessage());
        }
    }

    /** A production policy returning +Infinity (or 1e308) made every capability NaN, without a word. */
    @Test
    void anInfiniteOutputIsNamed() {
        for (double out : new double[] {Double.POSITIVE_INFINITY, 1e308}) {
            PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.PRODUCTION, "huge", spec -> in -> out);
            Scenario s = WAR.toBuilder().production(PolicySpec.of("huge")).build();
            TickFailedException e = assertThrows(TickFailedException.class, () -> Talentsim.defaults().withRegistry(reg).run(s));
            assertEquals("phase PRODUCTION", e.phase());
            assertTrue(e.getCause().getMessage().contains("production policy (a lambda in org.talentsim.engine.TickFailureTest) returned " + out
                    + " for team '"), e.getMessage());
        }
        PolicyRegistry ok = PolicyRegistry.defaults().register(PolicyRegistry.PRODUCTION, "nan", spec -> in -> Double.NaN);
        Talentsim.defaults().withRegistry(ok).run(WAR.toBuilder().production(PolicySpec.of("nan")).build()); // NaN counts as 0, as documented
    }

    /** An observer failing at the end: its exception; the observers after it are not told; a second finish() says why (it did nothing). */
    @Test
    void anObserverFailingAtTheEndIsNamedAndFinishRefusesAfter() {
        AtomicInteger later = new AtomicInteger();
        try (Simulation sim = Simulation.builder(WAR).observer(new TickObserver() {
            @Override
            public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {}

            @Override
            public void onEnd(org.talentsim.model.WorldView world) {
                throw new IllegalStateException("disk full");
            }
        }).observer(new TickObserver() {
            @Override
            public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {}

            @Override
            public void onEnd(org.talentsim.model.WorldView world) {
                later.incrementAndGet();
            }
        }).build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, sim::run);
            assertEquals("disk full", e.getMessage(), "its own exception");
            IllegalStateException again = assertThrows(IllegalStateException.class, sim::finish, "not silently nothing");
            assertTrue(again.getMessage().contains("failed part way (java.lang.IllegalStateException: disk full)"), again.getMessage());
            assertEquals("an observer at the end of the run", ((TickFailedException) again.getCause()).phase());
            assertEquals(0, later.get());
        }
    }

    /** A factory that throws (not a parameter it refuses) is named with its field; a null phase id is named. */
    @Test
    void aFailingFactoryAndANullPhaseIdAreNamed() {
        PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.QUITS, "npe", spec -> {
            throw new NullPointerException();
        });
        Scenario s = WAR.toBuilder().quits(PolicySpec.of("npe")).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Talentsim.defaults().withRegistry(reg).run(s));
        assertTrue(e.getMessage().contains("policies.quits") && e.getMessage().contains("quits policy 'npe': its factory failed:"
                + " java.lang.NullPointerException"), e.getMessage());
        NullPointerException n = assertThrows(NullPointerException.class, () -> Simulation.builder(WAR).after(null, ctx -> { }));
        assertEquals("phase id", n.getMessage());
    }

    /** An Error (an assertion) in a tick goes on as it is, but the simulation refuses to go on just the same (it stepped again and finished). */
    @Test
    void anErrorInATickAlsoStopsTheSimulation() {
        for (int threads = 1; threads <= 2; threads++) {
            try (Simulation sim = Simulation.builder(WAR).threads(threads).after(PhaseId.OFFERS, ctx -> {
                if (ctx.tick() == 2) {
                    throw new AssertionError("boom");
                }
            }).build()) {
                sim.step();
                AssertionError a = assertThrows(AssertionError.class, sim::step);
                assertEquals("boom", a.getMessage());
                IllegalStateException again = assertThrows(IllegalStateException.class, sim::step);
                assertTrue(again.getMessage().contains("tick 2") && again.getMessage().contains("failed part way"), again.getMessage());
                assertThrows(IllegalStateException.class, sim::finish);
            }
        }
    }
}
