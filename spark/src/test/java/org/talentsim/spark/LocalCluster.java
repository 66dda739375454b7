package org.talentsim.spark;

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

/**
 * A Spark standalone cluster on this machine: a master and workers, each its own JVM (the
 * {@code Master} and {@code Worker} classes of spark-core), whose executors are further JVMs.
 * The workers find Spark's classes as in a distribution: a folder standing in for SPARK_HOME with
 * a RELEASE file and {@code jars/} linking this JVM's class path jars; class folders
 * (target/classes) travel as {@code spark.executor.extraClassPath}.
 */
final class LocalCluster implements AutoCloseable {
    final List<Process> workers = new ArrayList<>();
    private final List<Process> processes = new ArrayList<>();
    private final Path home;
    private final String master;
    private final List<String> dirs = new ArrayList<>();

    LocalCluster(Path home, int workerCount, int coresEach) throws IOException {
        this.home = home;
        Path jars = Files.createDirectories(home.resolve("spark-home/jars"));
        Files.writeString(home.resolve("spark-home/RELEASE"), "talentsim stand-in for a Spark 4.2.0 distribution\n");
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
        master = "spark://127.0.0.1:" + port;
        processes.add(start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--webui-port", Integer.toString(freePort())));
        for (int w = 1; w <= workerCount; w++) {
            Process p = start("worker" + w, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores",
                    Integer.toString(coresEach), "--memory", "1g", "--webui-port", Integer.toString(freePort()),
                    "--work-dir", home.resolve("w" + w).toString(), master);
            workers.add(p);
            processes.add(p);
        }
    }

    /** A context on this cluster, once {@code executors} executors have registered (at most 120 s). */
    JavaSparkContext connect(String appName, int executors) throws InterruptedException {
        SparkConf conf = new SparkConf().setMaster(master).setAppName(appName)
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.executor.memory", "512m").set("spark.executor.cores", "1")
                .set("spark.executor.extraClassPath", String.join(File.pathSeparator, dirs));
        JavaSparkContext sc = new JavaSparkContext(conf);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (sc.sc().getExecutorMemoryStatus().size() < executors + 1) { // and the driver
            if (System.nanoTime() > deadline) {
                sc.stop();
                throw new IllegalStateException(executors + " executors did not register within 120 s; logs in " + home);
            }
            Thread.sleep(100);
        }
        return sc;
    }

    @Override
    public void close() {
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

    /** This JVM's class path, with the entries of a surefire manifest-only jar expanded. */
    static List<String> classPath() throws IOException {
        List<String> out = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (e.endsWith("*")) { // a java -cp wildcard: its folder's jars
                try (var s = Files.list(Path.of(e.substring(0, e.length() - 1)))) {
                    s.filter(p -> p.toString().endsWith(".jar")).forEach(p -> out.add(p.toString()));
                }
                continue;
            }
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

    private Process start(String name, String mainClass, String... args) throws IOException {
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
