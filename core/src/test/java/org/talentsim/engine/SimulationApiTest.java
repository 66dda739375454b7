package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/** Misuses of the Simulation API found by a probe, each now an error with a message, not silent damage. */
class SimulationApiTest {
    static Scenario small() {
        return Worlds.twoLabWar(5).withMonths(6);
    }

    @Test
    void aPhaseAddedToTheBuilderAfterBuildDoesNotReachTheSimulation() {
        AtomicInteger calls = new AtomicInteger();
        Simulation.Builder b = Simulation.builder(small()).after(PhaseId.EVENTS, ctx -> calls.incrementAndGet());
        try (Simulation sim = b.build()) {
            b.after(PhaseId.EVENTS, ctx -> calls.incrementAndGet());
            b.before(PhaseId.PAYROLL, ctx -> calls.addAndGet(100));
            sim.step();
        }
        assertEquals(1, calls.get(), "only the phase present at build() ran, once");
    }

    @Test
    void runStopsAtTheScenariosEndAndStepPastItThrows() {
        try (Simulation sim = Simulation.of(small())) {
            assertEquals(4, sim.run(4));
            assertEquals(2, sim.run(10), "only the two ticks left");
            assertEquals(6, sim.tick());
            assertTrue(sim.done());
            assertEquals(0, sim.run(3));
            IllegalStateException e = assertThrows(IllegalStateException.class, sim::step);
            assertTrue(e.getMessage().contains("all 6 ticks"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> sim.run(-1));
        }
    }

    /** A second run() did nothing without a word, which read as a second run with the same results (an economist's review). */
    @Test
    void aSecondRunIsRefusedNotSilentlyEmpty() {
        AtomicInteger ends = new AtomicInteger();
        try (Simulation sim = Simulation.builder(small()).observer(new TickObserver() {
            @Override
            public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {}

            @Override
            public void onEnd(org.talentsim.model.WorldView world) {
                ends.incrementAndGet();
            }
        }).build()) {
            sim.run();
            IllegalStateException e = assertThrows(IllegalStateException.class, sim::run);
            assertTrue(e.getMessage().contains("has finished") && e.getMessage().contains("build another Simulation"), e.getMessage());
            assertEquals(1, ends.get(), "the observers were told once");
        }
        try (Simulation sim = Simulation.of(small())) {
            sim.run(2);
            sim.finish();
            assertThrows(IllegalStateException.class, sim::run, "after finish()");
            assertThrows(IllegalStateException.class, () -> sim.run(3), "run(n) after finish() ran nothing without a word");
        }
        Simulation closed = Simulation.of(small());
        closed.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, closed::run);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    /**
     * finish() before any tick told the observers only the end: Metrics summed a lab of 50 as grown
     * from 0 (headcount_start 0, headcount_end 50, capability 0 → 100), and a result writer wrote
     * that into summary.json (a library user's review). Now they see a run of no ticks.
     */
    @Test
    void finishBeforeAnyTickTellsTheObserversTheStartFirst() {
        java.util.List<String> calls = new java.util.ArrayList<>();
        org.talentsim.metrics.History history = new org.talentsim.metrics.History();
        try (Simulation sim = Simulation.builder(small()).observer(new org.talentsim.metrics.Metrics(history))
                .observer(new TickObserver() {
                    @Override
                    public void onStart(org.talentsim.model.WorldView world) {
                        calls.add("start");
                    }

                    @Override
                    public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {
                        calls.add("tick");
                    }

                    @Override
                    public void onEnd(org.talentsim.model.WorldView world) {
                        calls.add("end");
                    }
                }).build()) {
            sim.finish();
            sim.finish();
            assertThrows(IllegalStateException.class, sim::step, "finished");
        }
        assertEquals(java.util.List.of("start", "end"), calls);
        org.talentsim.metrics.Summary summary = history.summary();
        assertEquals(0, summary.ticks());
        assertEquals(small().labs().size(), summary.labs().size());
        for (org.talentsim.metrics.Summary.LabSummary l : summary.labs()) {
            assertTrue(l.headcountStart() > 0, l.toString());
            assertEquals(l.headcountStart(), l.headcountEnd(), l.toString());
            assertEquals(l.capabilityStart(), l.capabilityEnd(), l.toString());
            assertEquals(0, l.hires() + l.quits(), l.toString());
        }
    }

    @Test
    void stepAfterCloseThrows() {
        Simulation sim = Simulation.builder(small()).threads(2).build();
        sim.step();
        sim.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, sim::step);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void aSecondThreadSteppingAtTheSameTimeIsRefused() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> other = new AtomicReference<>();
        try (Simulation sim = Simulation.builder(small()).before(PhaseId.OFFERS, ctx -> {
            inside.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).build()) {
            Thread t = new Thread(sim::step);
            t.start();
            assertTrue(inside.await(10, TimeUnit.SECONDS));
            try {
                sim.step();
            } catch (Throwable e) {
                other.set(e);
            } finally {
                release.countDown();
            }
            t.join(10_000);
            assertTrue(other.get() instanceof IllegalStateException, "second step refused: " + other.get());
            assertTrue(other.get().getMessage().contains("another thread"), other.get().getMessage());
            assertEquals(1, sim.tick(), "the first step completed, the refused one did nothing");
            sim.step();
            assertEquals(2, sim.tick());
        }
    }

    @Test
    void theEditorChecksItsArgumentsAndEmploysOnlyBeforeTheFirstTick() {
        // (an editor makes changes only during the call it is given to: the checks run inside)
        AtomicReference<Integer> seeker = new AtomicReference<>();
        AtomicReference<IllegalStateException> late = new AtomicReference<>();
        try (Simulation sim = Simulation.builder(small()).initializer(e -> {
            assertThrows(IllegalArgumentException.class, () -> e.prestige(0, 1.5));
            assertThrows(IllegalArgumentException.class, () -> e.prestige(99, 0.5));
            assertThrows(IllegalArgumentException.class, () -> e.morale(-1, 0.5));
            assertThrows(IllegalArgumentException.class, () -> e.salary(0, Double.NaN));
            // above the world's pay cap a salary is refused, not cut to the cap without a word
            IllegalArgumentException over = assertThrows(IllegalArgumentException.class, () -> e.salary(0, 2e9));
            assertTrue(over.getMessage().contains("pay cap"), over.getMessage());
            e.salary(0, 1e9);
            assertEquals(1e9, e.world().population().salary(0));
            assertThrows(IllegalArgumentException.class, () -> e.payLevel(0, 0));
            assertThrows(IllegalArgumentException.class, () -> e.target(0, -1));
            for (int i = 0; i < e.world().population().size() && seeker.get() == null; i++) {
                if (e.world().population().status(i) == org.talentsim.model.Status.SEEKING) {
                    seeker.set(i);
                }
            }
            assertThrows(IllegalArgumentException.class, () -> e.employ(0, 0, 1e5, 0), "researcher 0 is employed already");
        }).before(PhaseId.EVENTS, ctx -> {
            late.set(assertThrows(IllegalStateException.class, () -> ctx.edit().employ(seeker.get(), 0, 1e5, 0)));
            ctx.edit().prestige(0, 0.9);
        }).build()) {
            assertTrue(seeker.get() != null);
            sim.step();
            assertTrue(late.get().getMessage().contains("before the first tick"), late.get().getMessage());
            assertEquals(0.9, sim.world().lab(0).prestige());
        }
    }

    @Test
    void policySpecOfRejectsArgumentsOfTheWrongType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicySpec.of("premium", 1, 2));
        assertTrue(e.getMessage().contains("parameter name"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PolicySpec.of("premium", "premium", null));
        assertTrue(e.getMessage().contains("must be a number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PolicySpec.of("premium", "premium", "0.3"));
        assertTrue(e.getMessage().contains("must be a number"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PolicySpec.of("premium", "premium", 0.1, "premium", 0.2));
    }

    @Test
    void nullsInScenarioRecordsAreArgumentErrorsWithAField() {
        java.util.List<String> teams = new java.util.ArrayList<>();
        teams.add(null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new org.talentsim.scenario.EventSpec.Layoff(3, "Alpha", teams, 5, Double.NaN, 2, 16, 2));
        assertTrue(e.getMessage().contains("layoff.teams[0] is missing"), e.getMessage());
        java.util.Map<String, Double> params = new java.util.HashMap<>();
        params.put("premium", null);
        e = assertThrows(IllegalArgumentException.class, () -> new PolicySpec("premium", params));
        assertTrue(e.getMessage().contains("must be a number"), e.getMessage());
        java.util.Map<String, Double> noName = new java.util.HashMap<>();
        noName.put(null, 1.0);
        e = assertThrows(IllegalArgumentException.class, () -> new PolicySpec("premium", noName));
        assertTrue(e.getMessage().contains("no name"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> small().toBuilder().lab((org.talentsim.scenario.LabSpec) null).build());
        assertTrue(e.getMessage().contains("labs[2] is missing"), e.getMessage());
    }
}
