package org.talentsim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;

/**
 * A {@link Metrics} and a {@link History} hold one run (an API user's review): reused for a second
 * run, one after the other or two at once, they mixed both runs' rows and added up their totals (a
 * summary of 12 ticks with the hires of 24), without a word. Now the second run's start is refused.
 */
class OneRunTest {
    static final String SMALL = """
            version: 1
            name: small
            start: 2025-01
            months: 6
            seed: 3
            labs:
              - name: Alpha
                teams: [{name: Research, focus: research, headcount: 40}]
              - name: Beta
                teams: [{name: Research, focus: research, headcount: 30}]
            pool: {size: 60}
            """;

    private static Scenario scenario(long seed) {
        return ScenarioFiles.parse(SMALL.replace("seed: 3", "seed: " + seed), "small.yaml");
    }

    private static int hires(Summary s, String lab) {
        return s.labs().stream().filter(l -> l.lab().equals(lab)).findFirst().orElseThrow().hires();
    }

    @Test
    void aMetricsReusedForASecondRunIsRefused() {
        History h = new History();
        Metrics m = new Metrics(h);
        try (Simulation sim = Simulation.builder(scenario(3)).observer(m).build()) {
            sim.run();
        }
        Summary first = m.summary();
        assertEquals(6, h.labs().size() / 2);
        try (Simulation sim = Simulation.builder(scenario(99)).observer(m).build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, sim::run);
            assertTrue(e.getMessage().contains("this Metrics has already observed a run: make a new Metrics"), e.getMessage());
        }
        // what it held is the first run's, unchanged
        assertEquals(first, m.summary());
        assertEquals(12, h.labs().size());
    }

    @Test
    void aHistoryReusedWithANewMetricsIsRefused() {
        History h = new History();
        try (Simulation sim = Simulation.builder(scenario(3)).observer(new Metrics(h)).build()) {
            sim.run();
        }
        int hires = hires(h.summary(), "Beta");
        try (Simulation sim = Simulation.builder(scenario(99)).observer(new Metrics(h)).build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, sim::run);
            assertTrue(e.getMessage().contains("this History already holds the rows of a run"), e.getMessage());
        }
        assertEquals(hires, hires(h.summary(), "Beta"));
        assertTrue(h.labs().stream().allMatch(r -> r.tick() <= 6));
    }

    /** Two runs at once, stepped in turn, sharing one History: the second's first step is refused. */
    @Test
    void oneHistoryForTwoRunsAtOnceIsRefused() {
        History h = new History();
        try (Simulation a = Simulation.builder(scenario(3)).observer(new Metrics(h)).build();
                Simulation b = Simulation.builder(scenario(4)).observer(new Metrics(h)).build()) {
            a.step();
            assertThrows(IllegalStateException.class, b::step);
        }
    }

    /** A new Metrics and History for each run, as the docs say: each run's own figures. */
    @Test
    void aNewPairForEachRunGivesEachRunsOwnFigures() {
        int[] beta = new int[2];
        for (int k = 0; k < 2; k++) {
            History h = new History();
            try (Simulation sim = Simulation.builder(scenario(3)).observer(new Metrics(h)).build()) {
                sim.run();
            }
            beta[k] = hires(h.summary(), "Beta");
            assertEquals(12, h.labs().size());
        }
        assertEquals(beta[0], beta[1]);
    }
}
