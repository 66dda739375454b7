package org.talentsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.LocalExecutor;
import org.talentsim.experiment.RunFailedException;

/**
 * The Spark executor on {@code local[2]} gives the local executor's files byte for byte, for any
 * partitioning into jobs, reports a run that throws with its cell and seed, and resumes from the
 * journal. One context for the class (a JVM holds one).
 */
class SparkExecutorTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> FILES = List.of("experiment.yaml", "runs.csv", "paths.csv", "summary.csv", "comparison.csv");
    static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(SparkExecutor.conf("local[2]", "talentsim test"));
    }

    @AfterAll
    static void stop() {
        sc.stop();
    }

    static Experiment compare(int r) {
        return Experiment.builder().scenario(ROOT.resolve("examples/scenarios/retention.yaml")).override("months=4")
                .arm("baseline", List.of())
                .arm("none", List.of("labs[Keeper].retention=none"))
                .arm("rich", List.of("labs[Raider].budget=2B", "labs[Keeper].prestige=0.7"))
                .replications(r).build();
    }

    @Test
    void filesAreTheLocalExecutorsForAnyPartitioning(@TempDir Path dir) throws IOException {
        Experiment e = compare(4);
        try (LocalExecutor ex = new LocalExecutor(2)) {
            ExperimentRunner.run(e, ex, dir.resolve("local"), false, false, (d, n) -> {});
        }
        SparkExecutor spark = SparkExecutor.on(sc);
        assertEquals(2, spark.parallelism());
        // a local master runs the runs in this JVM: the memory check counts them (it skipped Spark)
        assertEquals(2, spark.runsInThisJvm());
        // jobs of a tenth of the experiment, 8 to 32 runs a core (a tenth of 9,000 on 2 cores was
        // 900: a stop after 30 s kept no run)
        assertEquals(16, SparkExecutor.perJob(30, 2));
        assertEquals(50, SparkExecutor.perJob(500, 2));
        assertEquals(64, SparkExecutor.perJob(9000, 2));
        assertEquals(3200, SparkExecutor.perJob(1_000_000, 100));
        int[] waves = {0, 1, 5, 100};
        for (int w : waves) {
            List<Integer> progress = new ArrayList<>();
            ExperimentRunner.run(e, w == 0 ? spark : spark.withWave(w), dir.resolve("spark" + w), false, false,
                    (d, n) -> progress.add(d));
            assertTrue(progress.containsAll(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)), "every run reported: " + progress);
            assertEquals(12, progress.get(progress.size() - 1));
            for (String f : FILES) {
                assertEquals(Files.readString(dir.resolve("local").resolve(f)), Files.readString(dir.resolve("spark" + w).resolve(f)),
                        f + " with " + w + " runs a job");
            }
        }
        assertEquals(13, Files.readAllLines(dir.resolve("spark0/runs.csv")).size());
    }

    /** A run function that throws for inputs 3 and 7 (static: it travels to the executors). */
    static Integer square(Integer i) {
        if (i == 3 || i == 7) {
            throw new IllegalArgumentException("bad value for input " + i);
        }
        return i * i;
    }

    @Test
    void aRunThatThrowsIsReportedWithItsInputAfterTheOthersFinish() {
        List<Integer> inputs = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        List<Integer> done = new ArrayList<>();
        RunFailedException x = assertThrows(RunFailedException.class,
                () -> SparkExecutor.on(sc).withWave(4).forEach(inputs, SparkExecutorTest::square, (i, o) -> {
                    assertEquals(inputs.get(i) * inputs.get(i), o);
                    done.add(i);
                }));
        assertEquals(3, x.index(), "the first failed run");
        assertEquals(List.of(0, 1, 2, 4, 5, 6, 8, 9), done.stream().sorted().toList());
        assertTrue(x.getMessage().contains("run 3 (3) failed: java.lang.IllegalArgumentException: bad value for input 3"), x.getMessage());
        assertTrue(x.getCause().getMessage().contains("SparkExecutorTest.square"), "the remote stack trace");
    }

    /** An experiment's run that throws in the arm "none" (static: it travels to the executors). */
    static org.talentsim.experiment.Outcome failInNone(Experiment.Run r) {
        if (r.cell().equals("none") && r.replication() == 1) {
            throw new IllegalStateException("no such policy parameter");
        }
        return Experiment.run(r);
    }

    @Test
    void anExperimentsFailedRunNamesItsCellAndSeed() {
        Experiment e = compare(2);
        Experiment.Run bad = e.runs().get(3);
        assertEquals("none", bad.cell());
        List<Integer> done = new ArrayList<>();
        RunFailedException x = assertThrows(RunFailedException.class,
                () -> SparkExecutor.on(sc).forEach(e.runs(), SparkExecutorTest::failInNone, (i, o) -> done.add(i)));
        assertEquals(3, x.index());
        assertTrue(x.getMessage().contains("none") && x.getMessage().contains(Long.toString(bad.seed()))
                && x.getMessage().contains("no such policy parameter"), x.getMessage());
        assertEquals(List.of(0, 1, 2, 4, 5), done.stream().sorted().toList(), "the other runs finished");
    }

    @Test
    void anExperimentWhoseRunsCannotTravelIsRefusedInWords() {
        Experiment e = compare(1).toBuilder().metric(org.talentsim.experiment.Metric.of("twice",
                r -> 2 * r.value("Keeper.hires"))).build();
        assertTrue(!e.portable());
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> SparkExecutor.on(sc).forEach(e.runs(), e.runFunction(), (i, o) -> {}));
        assertTrue(x.getMessage().contains("runs on a LocalExecutor"), x.getMessage());
    }

    @Test
    void resumeAfterAKillGivesTheSameFiles(@TempDir Path dir) throws IOException {
        Experiment e = compare(4);
        try (LocalExecutor ex = new LocalExecutor(2)) {
            ExperimentRunner.run(e, ex, dir.resolve("whole"), false, false, (d, n) -> {});
        }
        SparkExecutor spark = SparkExecutor.on(sc).withWave(3);
        Path cut = dir.resolve("cut");
        RuntimeException kill = assertThrows(RuntimeException.class, () -> ExperimentRunner.run(e, spark, cut, false, false,
                (d, n) -> {
                    if (d >= 5) {
                        throw new IllegalStateException("killed");
                    }
                }));
        assertEquals("killed", kill.getMessage());
        Files.writeString(cut.resolve("runs.csv"), "11,rich,3,12", StandardOpenOption.APPEND);
        ExperimentRunner.Result r = ExperimentRunner.run(e, spark, cut, true, false, (d, n) -> {});
        assertEquals(5, r.resumed());
        assertEquals(7, r.ran());
        for (String f : FILES) {
            assertEquals(Files.readString(dir.resolve("whole").resolve(f)), Files.readString(cut.resolve(f)), f);
        }
    }
}
