package org.talentsim.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.talentsim.experiment.Executor;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.LocalExecutor;

/**
 * The Spark executor's throughput benchmark (docs/SPARK.md, BENCHMARKS.md; not a unit test):
 * R replications of the flagship on the local executor with 2 threads, on Spark {@code local[2]}
 * and on a standalone cluster of two one-core workers, each after a warm-up of 40 runs, with
 * start-up timed apart. The three give the same runs.csv (checked). Run from the project root
 * after {@code mvn -B -DskipTests package -pl spark -am} and {@code mvn -B test-compile -pl spark}:
 *
 * <pre>
 * java -cp "spark/target/test-classes:spark/target/talentsim-spark.jar:spark/target/lib/*" \
 *     org.talentsim.spark.SparkThroughput [R=400] [rounds=2]
 * </pre>
 */
public final class SparkThroughput {
    private SparkThroughput() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path meta = Path.of("examples/scenarios/meta-2025.yaml");
        Experiment warm = Experiment.builder().scenario(meta).replications(40).seed(1).build();
        Experiment e = Experiment.builder().scenario(meta).replications(runs).build();
        Path dir = Files.createTempDirectory("talentsim-throughput");
        System.out.printf(Locale.ROOT, "JDK %s, %s, %d cores; %d runs of %s%n", System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().get(0).getName(),
                Runtime.getRuntime().availableProcessors(), runs, e.scenarioName());

        long t0 = System.nanoTime();
        JavaSparkContext local = new JavaSparkContext(SparkExecutor.conf("local[2]", "throughput"));
        double localStart = (System.nanoTime() - t0) / 1e9;
        try (LocalExecutor threads = new LocalExecutor(2)) {
            SparkExecutor spark = SparkExecutor.on(local);
            time(warm, threads, dir.resolve("w1"));
            time(warm, spark, dir.resolve("w2"));
            for (int round = 1; round <= rounds; round++) {
                double a = time(e, threads, dir.resolve("local" + round));
                double b = time(e, spark, dir.resolve("spark" + round));
                same(dir.resolve("local" + round), dir.resolve("spark" + round));
                System.out.printf(Locale.ROOT, "round %d: local executor 2 threads %.1f s (%.2f runs/s); Spark local[2] %.1f s"
                        + " (%.2f runs/s); ratio %.2f%n", round, a, runs / a, b, runs / b, a / b);
            }
        } finally {
            local.stop();
        }
        System.out.printf(Locale.ROOT, "Spark local[2] start-up %.1f s%n", localStart);

        t0 = System.nanoTime();
        try (LocalCluster cluster = new LocalCluster(Files.createTempDirectory("talentsim-cluster"), 2, 1)) {
            JavaSparkContext sc = cluster.connect("throughput", 2);
            double clusterStart = (System.nanoTime() - t0) / 1e9;
            try {
                SparkExecutor spark = SparkExecutor.on(sc);
                time(warm, spark, dir.resolve("w3"));
                double c = time(e, spark, dir.resolve("cluster"));
                same(dir.resolve("local1"), dir.resolve("cluster"));
                System.out.printf(Locale.ROOT, "standalone cluster, 2 workers x 1 core: %.1f s (%.2f runs/s); start-up %.1f s%n",
                        c, runs / c, clusterStart);
            } finally {
                sc.stop();
            }
        }
    }

    private static double time(Experiment e, Executor ex, Path out) {
        long t = System.nanoTime();
        ExperimentRunner.run(e, ex, out, false, true, (d, n) -> {});
        return (System.nanoTime() - t) / 1e9;
    }

    private static void same(Path a, Path b) throws java.io.IOException {
        if (!Files.readString(a.resolve("runs.csv")).equals(Files.readString(b.resolve("runs.csv")))) {
            throw new IllegalStateException("runs.csv differs between " + a + " and " + b);
        }
    }
}
