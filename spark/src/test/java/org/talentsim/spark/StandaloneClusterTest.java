package org.talentsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
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
    static final List<String> FILES = List.of("experiment.yaml", "runs.csv", "summary.csv", "comparison.csv");

    @TempDir
    static Path home;

    static final List<Process> processes = new ArrayList<>();
    static Process worker2;
    static JavaSparkContext sc;

    @BeforeAll
    static void startCluster() throws Exception {
        List<String> dirs = new ArrayList<>();
        Path jars = Files.createDirectories(home.resolve("spark-home/jars"));
        Files.writeString(home.resolve("spark-home/RELEASE"), "talentsim test stand-in for a Spark 4.2.0 distribution\n");
        for (String entry : classPath()) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                dirs.add(p.toAbsolutePath().toString());
            } else if (entry.endsWith(".jar") && Files.exists(p)) {
                Path link = jars.resolve(p.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, p.toAbsolutePath());
                }
            }
        }
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        processes.add(start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", Integer.toString(freePort())));
        processes.add(start("worker1", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                "--memory", "1g", "--webui-port", Integer.toString(freePort()), "--work-dir", home.resolve("w1").toString(), master));
        worker2 = start("worker2", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                "--memory", "1g", "--webui-port", Integer.toString(freePort()), "--work-dir", home.resolve("w2").toString(), master);
        processes.add(worker2);
        SparkConf conf = new SparkConf().setMaster(master).setAppName("talentsim cluster test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.executor.memory", "512m").set("spark.executor.cores", "1").set("spark.cores.max", "2")
                .set("spark.executor.extraClassPath", String.join(File.pathSeparator, dirs))
                .set("spark.executorEnv.SPARK_HOME", home.resolve("spark-home").toString());
        sc = new JavaSparkContext(conf);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (sc.sc().getExecutorMemoryStatus().size() < 3) { // the driver and two executors
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("two executors did not register within 120 s; logs in " + home);
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopCluster() {
        if (sc != null) {
            sc.stop();
        }
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
                worker2.destroyForcibly(); // and with it, in a moment, its executor
                killed[0] = true;
            }
        });
        assertTrue(killed[0]);
        assertTrue(worker2.waitFor(30, TimeUnit.SECONDS), "the worker is gone");
        same(dir.resolve("local2"), dir.resolve("cluster2"));
    }

    private static void same(Path a, Path b) throws IOException {
        for (String f : FILES) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
    }

    /** This JVM's class path, with the entries of a surefire manifest-only jar expanded. */
    static List<String> classPath() throws IOException {
        List<String> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            out.add(e);
            if (e.endsWith(".jar") && e.contains("surefire")) {
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(e)) {
                    java.util.jar.Manifest m = jar.getManifest();
                    String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
                    if (cp != null) {
                        for (String u : cp.split(" ")) {
                            if (!u.isBlank()) {
                                out.add(Path.of(java.net.URI.create(u)).toString());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Process start(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classPath()));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.resolve("spark-home").toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
