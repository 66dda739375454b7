package org.talentsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.engine.Simulation;
import org.talentsim.metrics.History;
import org.talentsim.metrics.Metrics;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/** The front door gives what the engine gives, writes the files, and replicates reproducibly. */
class TalentsimTest {
    static final Scenario WAR = Worlds.twoLabWar(11).withMonths(8);

    /**
     * What {@link Talentsim#run(Scenario)} documents it throws (a reviewer found no @throws): a
     * policy a scenario built in code names but the registry lacks, as an InvalidFieldException
     * naming the field; a policy that throws mid-run, as a TickFailedException naming the tick.
     */
    @Test
    void runSaysWhatItThrows() {
        Scenario unknown = WAR.toBuilder().editLab("Alpha", l -> l.retention(org.talentsim.scenario.PolicySpec.of("nope"))).build();
        org.talentsim.scenario.InvalidFieldException bad = assertThrows(org.talentsim.scenario.InvalidFieldException.class,
                () -> Talentsim.defaults().run(unknown));
        assertTrue(bad.getMessage().contains("nope"), bad.getMessage());
        org.talentsim.policy.PolicyRegistry r = org.talentsim.policy.PolicyRegistry.defaults()
                .register(org.talentsim.policy.PolicyRegistry.RETENTION, "broken", spec -> q -> {
                    throw new ArithmeticException("a user's bug");
                });
        Scenario broken = WAR.toBuilder().editLab("Alpha", l -> l.retention(org.talentsim.scenario.PolicySpec.of("broken"))).build();
        org.talentsim.engine.TickFailedException failed = assertThrows(org.talentsim.engine.TickFailedException.class,
                () -> Talentsim.defaults().withRegistry(r).run(broken));
        assertTrue(failed.tick() >= 1 && failed.getMessage().contains("a user's bug"), failed.getMessage());
    }

    @Test
    void runGivesTheRowsOfTheEngineForAnyThreadCount() {
        History h = new History();
        try (Simulation sim = Simulation.builder(WAR).observer(new Metrics(h)).build()) {
            sim.run();
        }
        RunResult one = Talentsim.defaults().run(WAR);
        RunResult two = Talentsim.defaults().withThreads(2).run(WAR);
        assertEquals(h.labs(), one.labs());
        assertEquals(h.moves(), one.moves());
        assertEquals(h.summary(), one.summary());
        assertEquals(one, two, "threads change nothing");
        assertEquals("RunResult[scenario '" + WAR.name() + "', seed " + WAR.seed() + ": 16 lab rows, " + one.teams().size()
                + " team rows, 8 market rows, " + one.moves().size() + " moves, " + one.offers().size() + " offers]", one.toString(),
                "one line, not every row");
        assertEquals(8 * 2, one.labRows("Alpha").size() + one.labRows("Beta").size());
        assertEquals(one.summary().labs().get(0), one.lab("Alpha"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> one.lab("Gamma"));
        assertTrue(e.getMessage().contains("[Alpha, Beta]"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> one.moves().clear());
        // the summary's map of moves by reason too (it could be changed, and the summary with it)
        assertThrows(UnsupportedOperationException.class, () -> one.summary().market().movesByReason().put("POACHED", 0));
        assertThrows(UnsupportedOperationException.class, () -> h.summary().market().movesByReason().clear());
        assertEquals(List.of(org.talentsim.model.MoveReason.values()).stream().map(Enum::name).toList(),
                List.copyOf(one.summary().market().movesByReason().keySet()), "in the reasons' order, as summary.json lists them");
    }

    @Test
    void runToAFolderWritesTheResultFilesAndReturnsTheSameResult(@TempDir Path dir) throws Exception {
        RunResult r = Talentsim.defaults().run(WAR, dir.resolve("war"));
        for (String f : List.of("labs.csv", "teams.csv", "moves.csv", "flows.csv", "summary.json", "manifest.json")) {
            assertTrue(Files.size(dir.resolve("war").resolve(f)) > 0, f);
        }
        assertEquals(Talentsim.defaults().run(WAR), r);
        List<String> labs = Files.readAllLines(dir.resolve("war/labs.csv"));
        assertEquals(1 + r.labs().size(), labs.size(), "a header and one line per row");
    }

    @Test
    void replicationsUseMixedSeedsAndRepeat() {
        List<RunResult> a = Talentsim.defaults().replicate(WAR.withMonths(3), 4);
        List<RunResult> b = Talentsim.defaults().withThreads(2).replicate(WAR.withMonths(3), 4);
        assertEquals(a, b);
        Set<Long> seeds = new HashSet<>();
        for (int r = 0; r < 4; r++) {
            assertEquals(Talentsim.replicationSeed(11, r), a.get(r).seed());
            assertNotEquals(11 + r, a.get(r).seed(), "not seed + r");
            seeds.add(a.get(r).seed());
        }
        assertEquals(4, seeds.size());
        assertNotEquals(a.get(0).moves(), a.get(1).moves(), "replications differ");
        assertThrows(IllegalArgumentException.class, () -> Talentsim.defaults().replicate(WAR, 0));
        // too many: a clear refusal before any run, not an OutOfMemoryError (found by a reviewer)
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
                () -> Talentsim.defaults().replicate(WAR, Integer.MAX_VALUE));
        assertTrue(many.getMessage().contains("at most " + org.talentsim.experiment.Experiment.MAX_RUNS), many.getMessage());
    }

    @Test
    void loadUsesTheConfiguredRegistryAndOptionsAreChecked() {
        Path meta = ReadmeExampleTest.ROOT.resolve("examples/scenarios/meta-2025.yaml");
        assertEquals("meta-2025", Talentsim.defaults().load(meta).name());
        PolicyRegistry empty = PolicyRegistry.defaults();
        assertEquals("meta-2025", Talentsim.defaults().withRegistry(empty).load(meta).name());
        assertThrows(IllegalArgumentException.class, () -> Talentsim.defaults().withThreads(0));
        assertThrows(NullPointerException.class, () -> Talentsim.defaults().withRegistry(null));
        assertEquals(1, Talentsim.defaults().threads());
        assertEquals(3, Talentsim.defaults().withThreads(3).threads());
    }
}
