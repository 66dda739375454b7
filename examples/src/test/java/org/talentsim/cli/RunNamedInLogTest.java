package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.LocalExecutor;

/**
 * What the library logs during an experiment names the run it came from: the run's name is in
 * SLF4J's diagnostic context ({@link Experiment#LOG_RUN}) while it runs, and the command line's
 * log lines end with it. A calibration's and a sensitivity analysis's runs are experiment runs too.
 */
class RunNamedInLogTest {
    /** A team with no one in it, whose most visible member an event in month 1 asks for: skipped, with a warning. */
    private static final String SCENARIO = """
            version: 1
            name: empty-team
            start: 2025-01
            months: 2
            seed: 3
            labs:
              - name: Lab
                teams:
                  - {name: Core, focus: research, headcount: 20}
                  - {name: Empty, focus: research, headcount: 0}
            pool:
              size: 10
            events:
              - {date: 2025-01, type: visibilityRise, researcher: {lab: Lab, team: Empty}}
            """;

    /**
     * A founding by the most visible member of a team with no one employed says that, not that
     * the founder "is not in the market" (found by a reviewer).
     */
    @Test
    void aFoundingFromAnEmptyTeamSaysWhyItIsSkipped() {
        String yaml = SCENARIO.replace("- {date: 2025-01, type: visibilityRise, researcher: {lab: Lab, team: Empty}}",
                "- {date: 2025-01, type: found, founder: {lab: Lab, team: Empty}, lab: {name: New, teams: [{name: C, focus: research,"
                        + " headcount: 0, target: 5}]}}");
        Logger desk = (Logger) LoggerFactory.getLogger("org.talentsim.kernel.EventDesk");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        desk.addAppender(seen);
        try {
            org.talentsim.Talentsim.defaults().run(org.talentsim.io.ScenarioFiles.parse(yaml, "found.yaml"));
        } finally {
            desk.detachAppender(seen);
        }
        List<String> warned = seen.list.stream().filter(w -> w.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(warned.stream().anyMatch(w -> w.matches("2025-01: founding of 'New' skipped: .*Lab.*Empty.* has no one employed to found it")),
                warned.toString());
        assertTrue(warned.stream().noneMatch(w -> w.contains("not in the market")), warned.toString());
    }

    /** Amounts in warnings as the result files write them: 90000000000000000, not 9.0E16 (an adversarial review). */
    @Test
    void amountsInWarningsHaveNoExponent() {
        String yaml = "version: 1\nname: t\nmonths: 3\nlabs:\n  - name: A\n    capability: 20000\n    budget: 900000000000000\n"
                + "    teams:\n      - {name: R, focus: research, headcount: 30}\nevents:\n"
                + "  - {date: 2025-02, type: capabilityJump, lab: A, factor: 100}\n"
                + "  - {date: 2025-02, type: budgetChange, lab: A, factor: 100}\n";
        Logger desk = (Logger) LoggerFactory.getLogger("org.talentsim.kernel.EventDesk");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        desk.addAppender(seen);
        try {
            org.talentsim.Talentsim.defaults().run(org.talentsim.io.ScenarioFiles.parse(yaml, "t.yaml"));
        } finally {
            desk.detachAppender(seen);
        }
        List<String> warned = seen.list.stream().filter(w -> w.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(warned.contains("2025-02: the budget of 'A' would be 90000000000000000 after the change; capped at 1000000000000000"
                + " USD, the largest budget"), warned.toString());
        assertTrue(warned.stream().anyMatch(w -> w.startsWith("2025-02: the capability of 'A' would be ")
                && w.endsWith(" after the jump; capped at 1000000, the largest capability")), warned.toString());
        assertTrue(warned.stream().noneMatch(w -> w.matches(".*\\dE\\d.*")), warned.toString());
    }

    @Test
    void eachWarningOfAnExperimentNamesItsRun(@TempDir Path dir) {
        Experiment e = Experiment.builder().scenarioText(SCENARIO, "empty-team.yaml").replications(3).seed(11).build();
        Logger desk = (Logger) LoggerFactory.getLogger("org.talentsim.kernel.EventDesk");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        desk.addAppender(seen);
        try (LocalExecutor ex = new LocalExecutor(2)) {
            ExperimentRunner.run(e, ex, dir.resolve("out"), false, false, (d, n) -> { });
        } finally {
            desk.detachAppender(seen);
        }
        List<ILoggingEvent> warned = seen.list.stream().filter(w -> w.getLevel() == Level.WARN).toList();
        assertEquals(3, warned.size(), "one warning a run: " + warned);
        Set<String> runs = new TreeSet<>();
        Set<String> expected = new TreeSet<>();
        for (Experiment.Run r : e.runs()) {
            expected.add(r.toString());
        }
        LogSetup.Line line = new LogSetup.Line();
        Set<String> messages = new TreeSet<>();
        int written = 0;
        for (ILoggingEvent w : warned) {
            String run = w.getMDCPropertyMap().get(Experiment.LOG_RUN);
            runs.add(run);
            String printed = new String(line.encode(w), StandardCharsets.UTF_8).strip();
            // a message the runs repeat is written once, naming the first run that said it (a
            // sweep's runs wrote ~3,000 alike: a strategist's review)
            if (messages.add(w.getFormattedMessage())) {
                assertTrue(printed.startsWith("WARN EventDesk: 2025-01: visibility event skipped: "), printed);
                assertTrue(printed.endsWith(" (in the run of " + run + "; said once: other runs that say it are counted at the end)"),
                        printed);
                written++;
            } else {
                assertEquals("", printed, "said once");
            }
        }
        assertEquals(messages.size(), written);
        // and how many runs said each one: not knowing whether a warning concerned one run
        // or all, a student worried the results were broken
        java.util.Map<String, Long> said = warned.stream().collect(java.util.stream.Collectors.groupingBy(
                w -> "WARN EventDesk: " + w.getFormattedMessage(), java.util.stream.Collectors.counting()));
        java.util.Map<String, Long> counted = new java.util.HashMap<>();
        line.drain().forEach(m -> counted.put(m.getKey(), (long) m.getValue()));
        assertEquals(said, counted);
        assertTrue(line.drain().isEmpty(), "forgotten once told");
        assertEquals(expected, runs, "each run named once, by its cell, replication and seed");
        assertTrue(runs.iterator().next().matches("base, replication \\d, seed -?\\d+"), runs.toString());
        assertNull(MDC.get(Experiment.LOG_RUN), "nothing left on the calling thread");
    }

    /**
     * With {@code -q} an experiment writes none of its runs' warnings as they come, only how many
     * runs said each, at the end (the first written at once with its run's 19-digit seed read as
     * a failure: a student's review); without it the first is written as it comes. Through the
     * command line in a JVM of its own, as its log goes to the process's standard error.
     */
    @Test
    void quietCountsTheRunsWarningsAtTheEnd(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("empty-team.yaml"), SCENARIO);
        for (boolean quiet : new boolean[] {true, false}) {
            List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "replicate", file.toString(), "-r", "3",
                    "--no-report", "--out", dir.resolve("out-" + quiet).toString()));
            if (quiet) {
                cmd.add("-q");
            }
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), err);
            assertTrue(err.contains("talentsim: 3 of the 3 runs said: WARN EventDesk: 2025-01: visibility event skipped: "), err);
            assertEquals(!quiet, err.contains("said once: other runs that say it are counted at the end"), err);
            assertEquals(!quiet, java.util.regex.Pattern.compile("seed -?\\d{6,}").matcher(err).find(), err);
        }
    }

    /**
     * Simulations run at once by a service (no experiment): each warning names the simulation it
     * came from, by scenario and seed ({@link org.talentsim.engine.Simulation#LOG_SCENARIO}); they
     * were told apart only by their tick (found by a review for long-lived services).
     */
    @Test
    void eachWarningOfSimulationsRunAtOnceNamesItsSimulation() throws Exception {
        Logger desk = (Logger) LoggerFactory.getLogger("org.talentsim.kernel.EventDesk");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        desk.addAppender(seen);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int seed = 1; seed <= 6; seed++) {
                org.talentsim.scenario.Scenario s = org.talentsim.io.ScenarioFiles.parse(SCENARIO.replace("seed: 3", "seed: " + seed),
                        "empty-team.yaml");
                int k = seed;
                runs.add(pool.submit(() -> {
                    // stepped by hand for some, run whole for others
                    try (org.talentsim.engine.Simulation sim = org.talentsim.engine.Simulation.builder(s).threads(1 + k % 2).build()) {
                        if (k % 3 == 0) {
                            sim.step();
                            sim.step();
                            sim.finish();
                        } else {
                            sim.run();
                        }
                    }
                    assertNull(MDC.get(org.talentsim.engine.Simulation.LOG_SCENARIO), "nothing left on the thread");
                }));
            }
            for (java.util.concurrent.Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
            desk.detachAppender(seen);
        }
        List<ILoggingEvent> warned = seen.list.stream().filter(w -> w.getLevel() == Level.WARN).toList();
        assertEquals(6, warned.size(), "one warning a simulation: " + warned);
        Set<String> names = new TreeSet<>();
        for (ILoggingEvent w : warned) {
            names.add(w.getMDCPropertyMap().get(org.talentsim.engine.Simulation.LOG_SCENARIO));
        }
        assertEquals(new TreeSet<>(List.of("empty-team, seed 1", "empty-team, seed 2", "empty-team, seed 3", "empty-team, seed 4",
                "empty-team, seed 5", "empty-team, seed 6")), names);
        assertNull(MDC.get(org.talentsim.engine.Simulation.LOG_SCENARIO));
    }

    /**
     * What a user's policy logs names its simulation on every thread it is called on: the
     * simulation's worker threads (a morale policy runs there, chunk by chunk) and the calling
     * thread while {@code build()} sets the market up (its steady state calls the policies), in
     * {@code run()} and when stepped by hand. The workers carried no name and the set-up the
     * caller's own (found by a reviewer).
     */
    @Test
    void policiesNameTheirSimulationOnEveryThread() {
        java.util.Map<String, Set<String>> seen = new java.util.concurrent.ConcurrentHashMap<>();
        String key = org.talentsim.engine.Simulation.LOG_SCENARIO;
        org.talentsim.policy.PolicyRegistry reg = org.talentsim.policy.PolicyRegistry.defaults();
        reg.register(org.talentsim.policy.PolicyRegistry.MORALE, "spy", sp -> (org.talentsim.policy.MoralePolicy) in -> {
            String where = Thread.currentThread().getName().startsWith("talentsim-worker") ? "worker" : "caller";
            seen.computeIfAbsent(where, k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(String.valueOf(MDC.get(key)));
            return 0.5;
        });
        // a market of several chunks, so that the workers take some
        String big = SCENARIO.replace("headcount: 20}", "headcount: 9000}").replace("size: 10", "size: 3000")
                .replaceAll("(?s)events:.*", "");
        org.talentsim.scenario.Scenario s = org.talentsim.io.ScenarioFiles.parse(big, "big.yaml").toBuilder()
                .morale(org.talentsim.scenario.PolicySpec.of("spy")).build();
        MDC.put(key, "the caller's");
        try {
            for (boolean byHand : new boolean[] {false, true}) {
                seen.clear();
                try (org.talentsim.engine.Simulation sim = org.talentsim.engine.Simulation.builder(s).threads(2).registry(reg).build()) {
                    if (byHand) {
                        sim.step();
                        sim.step();
                        sim.finish();
                    } else {
                        sim.run();
                    }
                }
                // (which thread takes a chunk is up to timing: the workers' own naming is checked below)
                assertTrue(seen.containsKey("caller"), "called on the calling thread, by hand " + byHand);
                assertEquals(Set.of("empty-team, seed 3"), seen.getOrDefault("worker", Set.of("empty-team, seed 3")),
                        "on the workers, by hand " + byHand);
                // (by hand, a step names a thread that holds another name under the key: this one)
                assertEquals(Set.of("empty-team, seed 3"), seen.get("caller"), "on the calling thread, set-up included, by hand " + byHand);
                assertEquals("the caller's", MDC.get(key), "put back");
            }
        } finally {
            MDC.remove(key);
        }
    }

    /**
     * A runner's worker threads carry the name they were given (the simulation's) in the log's
     * context, whichever chunk they take; without one, none. Two chunks that each wait for the
     * other make the worker take one.
     */
    @Test
    void aRunnersWorkersCarryItsName() throws Exception {
        String key = org.talentsim.engine.Simulation.LOG_SCENARIO;
        for (String name : new String[] {"meta-2025, seed 42", null}) {
            java.util.Map<String, String> seen = new java.util.concurrent.ConcurrentHashMap<>();
            java.util.concurrent.CountDownLatch both = new java.util.concurrent.CountDownLatch(2);
            try (org.talentsim.kernel.ParallelRunner runner = new org.talentsim.kernel.ParallelRunner(2, name)) {
                runner.run(2, c -> {
                    seen.put(Thread.currentThread().getName().startsWith("talentsim-worker") ? "worker" : "caller",
                            String.valueOf(MDC.get(key)));
                    both.countDown();
                    try {
                        assertTrue(both.await(30, java.util.concurrent.TimeUnit.SECONDS), "the other chunk ran");
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            assertEquals(String.valueOf(name), seen.get("worker"), "the worker's context");
            assertEquals("null", seen.get("caller"), "the caller's is its own");
        }
    }

    /**
     * Stepping by hand puts nothing in the thread's context per tick: a put and a remove each
     * tick cost Logback's MDC a map entry (32 bytes a tick, found by a review); the engine's
     * lines name their simulation themselves (the test above, whose simulations 3 and 6 are
     * stepped by hand). Logback copies its context into a fresh read-only map on the first read
     * after any put or remove, so the same map read before and after the ticks shows that none
     * was made.
     */
    @Test
    void steppingByHandLeavesTheThreadsContextAlone() {
        String quiet = SCENARIO.replace("months: 2", "months: 36").replaceAll("(?s)events:.*", "");
        org.talentsim.scenario.Scenario s = org.talentsim.io.ScenarioFiles.parse(quiet, "quiet.yaml");
        MDC.put("caller", "mine");
        try {
            ch.qos.logback.classic.util.LogbackMDCAdapter mdc = (ch.qos.logback.classic.util.LogbackMDCAdapter) MDC.getMDCAdapter();
            try (org.talentsim.engine.Simulation sim = org.talentsim.engine.Simulation.builder(s).build()) {
                // (build() names the thread while it sets the market up, once, and puts back what was there)
                assertEquals(java.util.Map.of("caller", "mine"), mdc.getPropertyMap(), "build() restores the caller's context");
                java.util.Map<String, String> before = mdc.getPropertyMap();
                while (!sim.done()) {
                    sim.step();
                }
                assertEquals(36, sim.tick());
                assertTrue(before == mdc.getPropertyMap(), "the context was changed by step(): " + mdc.getPropertyMap());
                sim.finish();
            }
            assertEquals(java.util.Map.of("caller", "mine"), mdc.getPropertyMap(), "finish() restores the caller's context");
        } finally {
            MDC.remove("caller");
        }
    }

    /**
     * A simulation B stepped by hand from an observer of A's run(): what B's observers log carries
     * B's name, and A's observers, after B's step, A's again. B's lines carried A's name once
     * step() stopped naming the thread (found by a review).
     */
    @Test
    void aSimulationSteppedInsideAnothersRunIsNamedForItsSteps() {
        String quiet = SCENARIO.replace("months: 2", "months: 4").replaceAll("(?s)events:.*", "");
        org.talentsim.scenario.Scenario a = org.talentsim.io.ScenarioFiles.parse(quiet.replace("empty-team", "outer"), "a.yaml");
        org.talentsim.scenario.Scenario b = org.talentsim.io.ScenarioFiles.parse(quiet.replace("empty-team", "inner"), "b.yaml");
        List<String> seen = new java.util.ArrayList<>();
        String key = org.talentsim.engine.Simulation.LOG_SCENARIO;
        try (org.talentsim.engine.Simulation inner = org.talentsim.engine.Simulation.builder(b)
                .observer((t, w, m) -> seen.add("B " + MDC.get(key))).build();
                org.talentsim.engine.Simulation outer = org.talentsim.engine.Simulation.builder(a).observer((t, w, m) -> {
                    inner.step();
                    seen.add("A " + MDC.get(key));
                }).build()) {
            outer.run();
            assertEquals(4, inner.tick());
        }
        List<String> want = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            want.add("B inner, seed 3");
            want.add("A outer, seed 3");
        }
        assertEquals(want, seen);
        assertNull(MDC.get(key), "nothing left on the thread");
    }

    @Test
    void aWarningOutsideAnExperimentIsPrintedAsBefore() {
        ch.qos.logback.classic.LoggerContext ctx = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.spi.LoggingEvent w = new ch.qos.logback.classic.spi.LoggingEvent("x",
                ctx.getLogger("org.talentsim.kernel.EventDesk"), Level.WARN, "event skipped: {}", null, new Object[] {"x"});
        assertEquals("WARN EventDesk: event skipped: x" + System.lineSeparator(),
                new String(new LogSetup.Line().encode(w), StandardCharsets.UTF_8));
    }
}
