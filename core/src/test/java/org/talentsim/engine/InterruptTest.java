package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.Talentsim;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * An interrupted thread stops its run within a tick (a service cancelling a request, an
 * executor's {@code cancel(true)}): the run went on to its end, wrote its results and kept its
 * thread busy after the caller had given up (found by a review for long-lived services).
 */
class InterruptTest {
    static final Scenario WAR = Worlds.twoLabWar(5).withMonths(12);

    /** A thread interrupted during tick 3 stops before tick 4, keeps its interrupt status, and the observers are not told the run ended. */
    @Test
    void anInterruptedRunStopsBeforeTheNextTick() {
        AtomicInteger ends = new AtomicInteger();
        AtomicInteger last = new AtomicInteger();
        TickObserver interrupter = new TickObserver() {
            @Override
            public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {
                last.set(tick);
                if (tick == 3) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void onEnd(org.talentsim.model.WorldView world) {
                ends.incrementAndGet();
            }
        };
        try (Simulation sim = Simulation.builder(WAR).threads(2).observer(interrupter).build()) {
            CancellationException e = assertThrows(CancellationException.class, sim::run);
            assertTrue(Thread.interrupted(), "the interrupt status is kept (and cleared here)");
            assertEquals("scenario '" + WAR.name() + "' interrupted after tick 3 of " + WAR.ticks(), e.getMessage());
            assertEquals(3, last.get());
            assertEquals(3, sim.tick());
            assertEquals(0, ends.get(), "not finished");
            // the simulation is as it was after tick 3: a caller may go on with it
            sim.run();
            assertEquals(WAR.ticks(), sim.tick());
            assertEquals(1, ends.get());
        }
        // interrupted in the last tick: no end, so no results written
        AtomicInteger ended = new AtomicInteger();
        TickObserver lastTick = new TickObserver() {
            @Override
            public void onTick(int tick, org.talentsim.model.WorldView world, org.talentsim.model.MovesView moves) {
                if (tick == WAR.ticks()) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void onEnd(org.talentsim.model.WorldView world) {
                ended.incrementAndGet();
            }
        };
        try (Simulation sim = Simulation.builder(WAR).observer(lastTick).build()) {
            assertThrows(CancellationException.class, sim::run);
            assertTrue(Thread.interrupted());
            assertEquals(WAR.ticks(), sim.tick());
            assertEquals(0, ended.get());
        }
        // run(ticks) checks as well
        try (Simulation sim = Simulation.builder(WAR).build()) {
            Thread.currentThread().interrupt();
            assertThrows(CancellationException.class, () -> sim.run(5));
            assertTrue(Thread.interrupted());
            assertEquals(0, sim.tick());
        }
    }

    /** A run into a folder that is interrupted writes nothing there: the folder stays as it was. */
    @Test
    void anInterruptedRunLeavesItsResultFolderAsItWas(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("run");
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> Talentsim.defaults().run(WAR, out));
        } finally {
            Thread.interrupted();
        }
        assertFalse(Files.exists(out.resolve("labs.csv")), "no results");
        Talentsim.defaults().run(WAR, out);
        assertTrue(Files.exists(out.resolve("labs.csv")), "an uninterrupted run writes them");
    }
}
