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

    /**
     * A ResultWriter holds one run's results, as a History does: two runs stepped in turn wrote both
     * into one labs.csv beside the first's summary, and a run after the first failed with "Stream
     * closed" (a re-check). The second start is refused; the folder keeps the first run's files.
     */
    @Test
    void aResultWriterTakesOneRun(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("r");
        try (org.talentsim.io.ResultWriter w = new org.talentsim.io.ResultWriter(out, org.talentsim.io.RunInfo.of(scenario(3), 1),
                org.talentsim.io.OfferOutput.OFF)) {
            try (Simulation a = Simulation.builder(scenario(3)).observer(new Metrics(w)).build();
                    Simulation b = Simulation.builder(scenario(4)).observer(new Metrics(w)).build()) {
                a.step();
                IllegalStateException e = assertThrows(IllegalStateException.class, b::step);
                assertTrue(e.getMessage().contains("already takes a run's results") && e.getMessage().contains("make a new ResultWriter"),
                        e.getMessage());
                a.run();
            }
        }
        String labs = java.nio.file.Files.readString(out.resolve("labs.csv"));
        assertEquals(1 + 6 * 2, labs.lines().count(), "the first run's rows only");
        org.talentsim.io.ResultWriter closed = new org.talentsim.io.ResultWriter(dir.resolve("s"), org.talentsim.io.RunInfo.of(scenario(3), 1),
                org.talentsim.io.OfferOutput.OFF);
        closed.close();
        try (Simulation c = Simulation.builder(scenario(5)).observer(new Metrics(closed)).build()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, c::run);
            assertTrue(e.getMessage().contains("is closed"), e.getMessage());
        }
    }
}
