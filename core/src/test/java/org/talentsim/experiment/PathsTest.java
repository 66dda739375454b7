package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Scenario;

/** Headcount paths: recorded by each run of an experiment, written to paths.csv, journaled like runs.csv. */
class PathsTest {
    static final Path ROOT = ExperimentTest.ROOT;

    private static Experiment replicate(int r, String... overrides) {
        return Experiment.builder().scenario(ExperimentTest.RETENTION).overrides(List.of(overrides)).replications(r).build();
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(line.split(",", -1));
        }
        return out;
    }

    @Test
    void eachRunsHeadcountPathEndsAtItsHeadcountAtTheEnd(@TempDir Path dir) throws IOException {
        Experiment e = replicate(3, "months=5");
        assertEquals(List.of("Keeper.headcount@2025-01", "Keeper.headcount@2025-02", "Keeper.headcount@2025-03",
                "Keeper.headcount@2025-04", "Keeper.headcount@2025-05", "Leaker.headcount@2025-01"),
                e.pathColumns().subList(0, 6));
        assertEquals(15, e.pathColumns().size(), "3 labs x 5 months");
        try (LocalExecutor ex = new LocalExecutor(2)) {
            ExperimentRunner.run(e, ex, dir, false, false, (d, n) -> {});
        }
        List<String[]> paths = rows(dir.resolve("paths.csv"));
        List<String[]> runs = rows(dir.resolve("runs.csv"));
        assertEquals(4, paths.size());
        assertEquals("run,cell,replication,seed," + String.join(",", e.pathColumns()), String.join(",", paths.get(0)));
        List<String> runHeader = List.of(runs.get(0));
        List<String> pathHeader = List.of(paths.get(0));
        boolean moved = false;
        for (int k = 1; k <= 3; k++) {
            assertArrayEquals(java.util.Arrays.copyOf(runs.get(k), 4), java.util.Arrays.copyOf(paths.get(k), 4));
            for (String lab : List.of("Keeper", "Leaker", "Raider")) {
                assertEquals(runs.get(k)[runHeader.indexOf(lab + ".headcount_end")],
                        paths.get(k)[pathHeader.indexOf(lab + ".headcount@2025-05")], lab + " run " + k);
                moved |= !paths.get(k)[pathHeader.indexOf(lab + ".headcount@2025-01")]
                        .equals(paths.get(k)[pathHeader.indexOf(lab + ".headcount@2025-05")]);
            }
        }
        assertTrue(moved, "headcounts change over the months");
        assertTrue(ExperimentRunner.files(e).contains("paths.csv"));
    }

    @Test
    void pathsAreTheSameBytesForAnyThreadCountAndAfterAResume(@TempDir Path dir) throws IOException {
        Experiment e = ExperimentTest.compare(3);
        try (LocalExecutor one = new LocalExecutor(1); LocalExecutor two = new LocalExecutor(2)) {
            ExperimentRunner.run(e, one, dir.resolve("t1"), false, false, (d, n) -> {});
            ExperimentRunner.run(e, two, dir.resolve("t2"), false, false, (d, n) -> {});
            // stopped between the two journals' appends: the run in runs.csv only is run again
            Path cut = dir.resolve("cut");
            assertThrows(IllegalStateException.class, () -> ExperimentRunner.run(e, two, cut, false, false, (d, n) -> {
                if (d >= 4) {
                    throw new IllegalStateException("killed");
                }
            }));
            List<String> lines = Files.readAllLines(cut.resolve("paths.csv"));
            Files.write(cut.resolve("paths.csv"), lines.subList(0, lines.size() - 1));
            ExperimentRunner.Result r = ExperimentRunner.run(e, two, cut, true, false, (d, n) -> {});
            assertEquals(3, r.resumed(), "4 in runs.csv, 3 of them in paths.csv");
        }
        String t1 = Files.readString(dir.resolve("t1/paths.csv"));
        assertEquals(t1, Files.readString(dir.resolve("t2/paths.csv")));
        assertEquals(t1, Files.readString(dir.resolve("cut/paths.csv")));
        assertEquals(Files.readString(dir.resolve("t1/runs.csv")), Files.readString(dir.resolve("cut/runs.csv")));
        assertEquals(10, Files.readAllLines(dir.resolve("t1/paths.csv")).size());
    }

    @Test
    void noPathsForManyLabsOrCellsOfOtherPeriods(@TempDir Path dir) {
        Experiment many = Experiment.builder().scenario(ROOT.resolve("examples/scenarios/bm1.yaml")).override("months=2")
                .replications(1).build();
        assertEquals(List.of(), many.pathColumns(), "50 labs");
        try (LocalExecutor ex = new LocalExecutor(1)) {
            ExperimentRunner.run(many, ex, dir.resolve("many"), false, false, (d, n) -> {});
        }
        assertFalse(Files.exists(dir.resolve("many/paths.csv")));
        assertFalse(ExperimentRunner.files(many).contains("paths.csv"));
        Experiment sweep = Experiment.builder().scenario(ExperimentTest.RETENTION).vary("months", List.of("2", "3"))
                .replications(1).build();
        assertEquals(List.of(), sweep.pathColumns(), "cells of 2 and 3 months");
        Experiment same = Experiment.builder().scenario(ExperimentTest.RETENTION).override("months=2")
                .vary("labs[Keeper].budget", List.of("1B", "2B")).replications(1).build();
        assertEquals(6, same.pathColumns().size());
    }

    @Test
    void longRunsKeepAtMost240PeriodsAndTheLast() {
        Scenario s = ScenarioFiles.read(ExperimentTest.RETENTION);
        Scenario longer = Overrides.parse(List.of("months=500")).applyTo(s, PolicyRegistry.defaults());
        List<String> c = HeadcountPaths.columns(longer);
        int perLab = c.size() / 3;
        assertEquals(167, perLab, "every 3rd month of 500 (166) and the last");
        assertEquals("Keeper.headcount@2025-03", c.get(0));
        assertEquals("Keeper.headcount@2026-03", c.get(4), "month 15");
        assertEquals("Keeper.headcount@2066-08", c.get(perLab - 1), "month 500, the last");
        assertTrue(perLab <= HeadcountPaths.MAX_PERIODS);
    }

    /**
     * A lab founded by an event has no headcount before its founding: NaN, an empty cell in
     * paths.csv (it was 0, as if the lab existed with nobody: found by a data analyst's review).
     */
    @Test
    void aLabHasNoPathBeforeItIsFounded() {
        Scenario s = Overrides.parse(List.of("months=13")).applyTo(ScenarioFiles.read(ExperimentTest.ROOT.resolve(
                "examples/scenarios/meta-2025.yaml")), PolicyRegistry.defaults());
        Outcome o = Outcomes.run(s, PolicyRegistry.defaults(), List.of());
        double[] ami = o.path("AMI Labs.headcount");   // founded in 2025-12, month 12
        for (int t = 0; t < 11; t++) {
            assertTrue(Double.isNaN(ami[t]), o.periods().get(t));
        }
        assertTrue(ami[11] >= 1, "its founder, at least");
        assertEquals(o.value("AMI Labs.headcount_end"), ami[12]);
        List<String> columns = HeadcountPaths.columns(s);
        String[] line = ExperimentRunner.pathLine(new Experiment.Run(0, 0, "c", 0, 1, List.of(),
                new Experiment.Base("", "x.yaml")), o, columns).split(",", -1);
        assertEquals("", line[4 + columns.indexOf("AMI Labs.headcount@2025-01")], "written as an empty cell");
        assertEquals(Long.toString((long) ami[12]), line[4 + columns.indexOf("AMI Labs.headcount@2026-01")]);
    }

    @Test
    void anOutcomeCarriesItsPathsThroughEqualityAndSerialization() throws Exception {
        Scenario s = Overrides.parse(List.of("months=3")).applyTo(ScenarioFiles.read(ExperimentTest.RETENTION),
                PolicyRegistry.defaults());
        Outcome o = Outcomes.run(s, PolicyRegistry.defaults(), List.of());
        assertEquals(List.of("2025-01", "2025-02", "2025-03"), o.periods());
        assertEquals(List.of("Keeper.headcount", "Leaker.headcount", "Raider.headcount"), o.pathNames());
        double[] keeper = o.path("Keeper.headcount");
        assertEquals(o.value("Keeper.headcount_end"), keeper[2]);
        keeper[2] = -1;
        assertNotEquals(-1, o.path("Keeper.headcount")[2], "a copy");
        assertThrows(IllegalArgumentException.class, () -> o.path("Nobody.headcount"));
        Outcome plain = Outcome.of(o.scenario(), o.seed(), o.values());
        assertNotEquals(o, plain, "the paths are part of the outcome");
        assertEquals(List.of(), plain.periods());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Outcome back = (Outcome) in.readObject();
            assertEquals(o, back);
            assertEquals(o.hashCode(), back.hashCode());
            assertArrayEquals(o.path("Raider.headcount"), back.path("Raider.headcount"));
        }
    }
}
