package org.talentsim.spark;

import java.io.PrintWriter;
import java.util.Locale;
import org.talentsim.cli.ExecutorProvider;
import org.talentsim.experiment.Executor;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.LocalExecutor;
import org.talentsim.experiment.Overrides;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;

/**
 * {@code --executor spark} of the experiment commands: a {@link SparkExecutor} on {@code --master}
 * ({@code local[N]} or a standalone cluster's {@code spark://HOST:PORT}; YARN and Kubernetes go
 * through {@code spark-submit} and {@link Submit}). Without a master, an experiment too small to
 * repay Spark's start-up runs on the local executor instead, and a larger one on {@code
 * local[threads]}, with a line saying which.
 */
public final class SparkExecutorProvider implements ExecutorProvider {
    /**
     * Researcher-ticks below which a local Spark is slower than the local executor: Spark starts in
     * 5-15 s on two cores, in which the local executor steps about 1e8 researcher-ticks (some 200
     * runs of the flagship).
     */
    static final double SMALL = 1e8;

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public Executor open(Experiment experiment, String master, int threads, PrintWriter err) {
        String on = master(experiment, master, threads, err);
        return on == null ? new LocalExecutor(threads) : SparkExecutor.start(on, "talentsim " + experiment.scenarioName());
    }

    /**
     * The master the experiment runs on: {@code master} when given; else null (the local
     * executor) for an experiment too small to repay Spark's start-up, {@code local[threads]}
     * for a larger one; the choice is said on {@code err}.
     */
    static final String NO_MESOS = "Spark 4 runs no Mesos: mesos:// is a master neither the embedded executor nor"
            + " spark-submit takes; use local[N], a standalone cluster's spark://HOST:PORT, or submit"
            + " org.talentsim.spark.Submit to YARN or Kubernetes (docs/SPARK.md)";

    static String master(Experiment experiment, String master, int threads, PrintWriter err) {
        if (master != null && master.startsWith("mesos://")) {
            // spark-submit cannot run it either (it was sent there: a strategist's review)
            throw new IllegalArgumentException(NO_MESOS);
        }
        if (master != null && (master.equals("yarn") || master.startsWith("k8s://"))) {
            // said at once, not after Spark has started to fail on it ("Could not parse Master URL:
            // 'yarn'", which is a master URL: a strategist's review)
            throw new IllegalArgumentException("the embedded Spark executor runs on local[N] or a standalone cluster's"
                    + " spark://HOST:PORT; on YARN or Kubernetes, submit org.talentsim.spark.Submit with the cluster's"
                    + " spark-submit (docs/SPARK.md)");
        }
        if (master != null) {
            return master;
        }
        double work = work(experiment);
        if (work < SMALL) {
            err.printf(Locale.ROOT, "talentsim: %s of about %,d researcher-months each: running on the local"
                    + " executor, quicker here than a local Spark (seconds to start, then no faster on the same cores);"
                    + " --master local[%d] runs on Spark all the same, --master spark://HOST:PORT on a cluster%n",
                    runs(experiment.size()), Math.round(work / experiment.size()), threads);
            err.flush();
            return null;
        }
        String local = "local[" + threads + "]";
        err.printf(Locale.ROOT, "talentsim: %s of about %,d researcher-months each: running on Spark %s"
                + " (--threads sets N; --master spark://HOST:PORT on a cluster)%n", runs(experiment.size()),
                Math.round(work / experiment.size()), local);
        err.flush();
        return local;
    }

    /** "1 run", "3,000 runs" (it said "1 runs of about 108021600": a review of Spark's side). */
    static String runs(int n) {
        return String.format(Locale.ROOT, "%,d run%s", n, n == 1 ? "" : "s");
    }

    /** Researcher-ticks the experiment steps: runs x (starting researchers x ticks) of its scenario with its overrides. */
    static double work(Experiment e) {
        Scenario s = Overrides.parse(e.overrides()).applyTo(ScenarioFiles.parse(e.base().text(), e.base().file()));
        return (double) e.size() * s.population() * s.ticks();
    }
}
