package org.talentsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.LocalExecutor;

/**
 * A real Spark cluster on this machine: a standalone master and two workers, each its own JVM
 * (the {@code Master} and {@code Worker} classes of spark-core), with executors the workers start
 * as further JVMs. An experiment submitted to {@code spark://127.0.0.1:PORT} gives the local
 * executor's files byte for byte; with one worker killed part-way through a second experiment,
 * Spark runs the lost tasks on the other and the files are still the same.
 *
 * <p>The workers find Spark's classes as a distribution would: a folder standing in for
 * SPARK_HOME, with a RELEASE file and {@code jars/} linking this test's class path jars; the
 * talentsim classes that are folders (target/classes) travel as {@code spark.executor.extraClassPath}.
 */
class StandaloneClusterTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> FILES = List.of("experiment.yaml", "runs.csv", "paths.csv", "summary.csv", "comparison.csv");

    @TempDir
    static Path home;

    static LocalCluster cluster;
    static JavaSparkContext sc;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = new LocalCluster(home, 2, 1);
        sc = cluster.connect("talentsim cluster test", 2);
    }

    @AfterAll
    static void stopCluster() {
        if (sc != null) {
            sc.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    static Experiment experiment(int r) {
        return Experiment.builder().scenario(ROOT.resolve("examples/scenarios/retention.yaml")).override("months=6")
                .arm("baseline", List.of())
                .arm("none", List.of("labs[Keeper].retention=none"))
                .replications(r).build();
    }

    @Test
    void aClusterGivesTheLocalFilesAndSurvivesALostWorker(@TempDir Path dir) throws Exception {
        Experiment e = experiment(6);
        try (LocalExecutor ex = new LocalExecutor(2)) {
            ExperimentRunner.run(e, ex, dir.resolve("local"), false, false, (d, n) -> {});
        }
        SparkExecutor spark = SparkExecutor.on(sc);
        assertEquals(2, spark.parallelism(), "two workers of one core");
        ExperimentRunner.run(e, spark.withWave(4), dir.resolve("cluster"), false, false, (d, n) -> {});
        same(dir.resolve("local"), dir.resolve("cluster"));

        Experiment bigger = experiment(12);
        try (LocalExecutor ex = new LocalExecutor(2)) {
            ExperimentRunner.run(bigger, ex, dir.resolve("local2"), false, false, (d, n) -> {});
        }
        boolean[] killed = {false};
        ExperimentRunner.run(bigger, spark.withWave(4), dir.resolve("cluster2"), false, false, (d, n) -> {
            if (d >= 6 && !killed[0]) {
                cluster.workers.get(1).destroyForcibly(); // and with it, in a moment, its executor
                killed[0] = true;
            }
        });
        assertTrue(killed[0]);
        assertTrue(cluster.workers.get(1).waitFor(30, TimeUnit.SECONDS), "the worker is gone");
        same(dir.resolve("local2"), dir.resolve("cluster2"));
    }

    private static void same(Path a, Path b) throws IOException {
        for (String f : FILES) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
    }
}
