package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * A simulation with worker threads stops them when closed and, as a safety net, when it is
 * unreachable without having been closed: a long-lived service that built simulations and forgot
 * to close them kept their parked workers for the life of the JVM (found by a review for
 * long-lived services).
 */
class ThreadReleaseTest {
    static final Scenario WAR = Worlds.twoLabWar(5).withMonths(6);

    private static Set<Thread> workers() {
        Set<Thread> out = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("talentsim-worker-")) {
                out.add(t);
            }
        }
        return out;
    }

    /** The worker threads {@code build} starts: those alive after it that were not before. */
    private static Set<Thread> startedBy(Runnable build) {
        Set<Thread> before = workers();
        build.run();
        Set<Thread> after = workers();
        after.removeAll(before);
        return after;
    }

    private static boolean allStopped(Set<Thread> threads, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000L;
        for (Thread t : threads) {
            t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000L));
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void closingStopsTheWorkers() throws InterruptedException {
        Simulation[] sim = new Simulation[1];
        Set<Thread> started = startedBy(() -> sim[0] = Simulation.builder(WAR).threads(3).build());
        assertEquals(2, started.size(), "threads(3): the caller and two workers");
        sim[0].run();
        sim[0].close();
        assertTrue(allStopped(started, 10_000), "closed: its workers stop");
    }

    /** Simulations dropped without close are collected, and their workers stop. */
    @Test
    void anUnclosedSimulationThatIsUnreachableStopsItsWorkers() throws InterruptedException {
        List<WeakReference<Simulation>> refs = new java.util.ArrayList<>();
        // held until every worker is counted: a collection in the loop (a busy suite's GC) stopped an
        // earlier one's workers before they were counted, and the count read 6 (flaky in CI)
        List<Simulation> held = new java.util.ArrayList<>();
        Set<Thread> started = startedBy(() -> {
            for (int k = 0; k < 4; k++) {
                Simulation s = Simulation.builder(WAR).threads(3).build();
                s.run(3);   // used, then dropped without close
                refs.add(new WeakReference<>(s));
                held.add(s);
            }
        });
        held.clear();
        assertEquals(8, started.size());
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end && (refs.stream().anyMatch(r -> r.get() != null) || started.stream().anyMatch(Thread::isAlive))) {
            System.gc();
            Thread.sleep(20);
        }
        assertTrue(refs.stream().allMatch(r -> r.get() == null), "nothing keeps an unclosed simulation reachable (its workers do not)");
        assertTrue(allStopped(started, 1_000), "its workers stop once it is unreachable: " + started.stream().filter(Thread::isAlive).count()
                + " of 8 still alive");
    }

    /** One thread: no workers, nothing to stop, no cleaner thread started for it. */
    @Test
    void oneThreadStartsNoWorkers() {
        Set<Thread> started = startedBy(() -> {
            try (Simulation s = Simulation.builder(WAR).threads(1).build()) {
                s.run();
            }
        });
        assertEquals(0, started.size());
    }
}
