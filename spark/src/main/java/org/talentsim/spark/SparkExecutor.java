package org.talentsim.spark;

import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.talentsim.experiment.Executor;
import org.talentsim.experiment.RunFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an experiment's runs as Spark tasks, one task per run, in waves of Spark jobs so that the
 * progress line and the experiment's journal move on as each wave ends (an interrupted
 * experiment resumes from its journal, as on the local executor).
 *
 * <p>Each task gets the run's input (the scenario's text, the cell's overrides and the seed: an
 * experiment's {@code Run}) and the run function, both serialized with Spark's default Java
 * serializer, and sends back the run's outcome or, if the run threw, the exception as text. The
 * outputs are handed to the listener in input order within each wave; the files written from them
 * do not depend on the partitioning, on the order tasks finish, or on retries: a run is a pure
 * function of its input. A task that fails for another reason (a lost executor) is retried by
 * Spark ({@code spark.task.maxFailures}).
 */
public final class SparkExecutor implements Executor {
    private static final Logger log = LoggerFactory.getLogger(SparkExecutor.class);

    private final JavaSparkContext sc;
    private final boolean owned;
    private volatile boolean closed;
    private final int wave;

    private SparkExecutor(JavaSparkContext sc, boolean owned, int wave) {
        this.sc = sc;
        this.owned = owned;
        this.wave = wave;
    }

    /**
     * An executor on a context the caller owns and stops (one per JVM: a test class's, or the
     * one {@code spark-submit} gives the application); {@link #close()} leaves it running.
     */
    public static SparkExecutor on(JavaSparkContext sc) {
        return new SparkExecutor(sc, false, 0);
    }

    /**
     * Starts a context on {@code master} ({@code local[2]}, or a standalone cluster's {@code
     * spark://host:7077}) for this executor; {@link #close()} stops it. For a master that is not
     * local, the jar holding talentsim's classes is shipped to the executors. YARN and Kubernetes
     * need their cluster managers' Spark modules: submit {@link Submit} with {@code spark-submit}
     * there, or build a context yourself and use {@link #on}.
     */
    public static SparkExecutor start(String master, String appName) {
        String unreachable = unreachable(master, CONNECT_MILLIS);
        if (unreachable != null) {
            throw new IllegalStateException(unreachable);
        }
        JavaSparkContext sc = new JavaSparkContext(conf(master, appName));
        if (!master.startsWith("local")) {
            awaitExecutors(sc, master, REGISTRATION_WAIT_MILLIS);
        }
        return new SparkExecutor(sc, true, 0);
    }

    /** How long {@link #unreachable} waits for each master's port to answer. */
    static final int CONNECT_MILLIS = 5_000;

    /**
     * Why a standalone cluster's master cannot be used, or null: none of the hosts of a {@code
     * spark://HOST:PORT[,HOST:PORT...]} master accepts a connection within {@code millis} (a
     * refused connection fails at once). Spark itself tries three times, 20 s each, before it
     * gives up: a minute for a typing error. Null for other masters, which Spark checks itself.
     */
    static String unreachable(String master, int millis) {
        if (master == null || !master.startsWith("spark://")) {
            return null;
        }
        List<String> why = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            if (colon <= 0 || hostPort.endsWith("]")) {
                return null;   // no port: Spark says the URL is invalid
            }
            String host = hostPort.substring(0, colon);
            int port;
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                return null;   // Spark says what is wrong with the URL
            }
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);   // an IPv6 address
            }
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(host, port), millis);
                return null;
            } catch (java.net.SocketTimeoutException e) {
                why.add(hostPort + " (no answer in " + millis / 1000 + " s)");
            } catch (java.io.IOException | IllegalArgumentException | SecurityException e) {
                why.add(hostPort + " (" + (e instanceof java.net.UnknownHostException ? "unknown host"
                        : String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName())) + ")");
            }
        }
        return "no master answers at " + String.join(", ", why) + "; is the cluster's master running there"
                + " (start-master.sh; its port is 7077 unless set)?";
    }

    /** How long {@link #start} waits for a cluster's first executor before it gives up. */
    static final long REGISTRATION_WAIT_MILLIS = 120_000;

    /**
     * Returns once the cluster gives the application an executor; throws if Spark gives up on the
     * master meanwhile (it stops the context: a standalone master that does not answer, after
     * three attempts of 20 s), or when none has come after {@code millis}, stopping the context
     * (no worker with the cores and memory asked for: the job waited for ever, with Spark's
     * "Initial job has not accepted any resources" every 15 s: a strategist's review). A context
     * built for a master nobody listens on returns at once, and failed only at the first job, as
     * an internal error.
     */
    static void awaitExecutors(JavaSparkContext sc, String master, long millis) {
        long until = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < until) {
            if (sc.sc().isStopped()) {
                // either the master never answered, or it took the application and removed it when
                // its executors failed to start on the workers (it blamed the master for both: a
                // strategist's review)
                throw new IllegalStateException("the application stopped before it had an executor on " + master + ":"
                        + " Spark gave up connecting to the master, or the master removed it when its executors failed to"
                        + " start on the workers (the master's and the workers' logs say which)");
            }
            if (sc.statusTracker().getExecutorInfos().length > 1) {   // the driver is one of them
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                sc.stop();
                throw new IllegalStateException("interrupted while waiting for " + master, e);
            }
        }
        sc.stop();
        throw new IllegalStateException("no executor on " + master + " after " + millis / 1000 + " s: no worker has the cores"
                + " and memory the application asks for (spark.executor.cores, spark.executor.memory; the master's web UI,"
                + " port 8080 unless set, shows each worker's), or other applications hold them all; ask for less, or try again when"
                + " they are free");
    }

    /** The configuration {@link #start} uses: no web UI; on a local master, bound to 127.0.0.1. */
    static SparkConf conf(String master, String appName) {
        SparkConf conf = new SparkConf().setMaster(master).setAppName(appName).set("spark.ui.enabled", "false");
        if (master.startsWith("local")) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        } else {
            String jar = codeJar();
            if (jar != null && !conf.contains("spark.jars")) {
                conf.set("spark.jars", jar);
            }
        }
        return conf;
    }

    /** The jar this class was loaded from (the talentsim-spark jar with talentsim inside), or null. */
    static String codeJar() {
        java.security.CodeSource src = SparkExecutor.class.getProtectionDomain().getCodeSource();
        if (src == null || src.getLocation() == null) {
            return null;
        }
        String path = src.getLocation().getPath();
        return path.endsWith(".jar") ? path : null;
    }

    /** As this executor, with {@code runsPerJob} runs in each Spark job (tests vary the partitioning with it). */
    SparkExecutor withWave(int runsPerJob) {
        return new SparkExecutor(sc, false, runsPerJob);
    }

    /** The Spark context the runs go to. */
    public JavaSparkContext context() {
        return sc;
    }

    /**
     * The runs of one Spark job: a tenth of the experiment, but at most 32 per core (a tenth of
     * 9,000 runs took longer than a user waits, and a stop before the first job ended kept none of
     * them: found by a strategist's review) and at least 8 per core, so the jobs' start-up stays
     * small beside their work.
     */
    static int perJob(int runs, int parallelism) {
        return Math.max(8 * parallelism, Math.min((runs + 9) / 10, 32 * parallelism));
    }

    @Override
    public <I, O> void forEach(List<I> inputs, RunFunction<I, O> run, Listener<? super O> listener) {
        int n = inputs.size();
        int perJob = wave > 0 ? wave : perJob(n, parallelism());
        Apply<I, O> apply = new Apply<>(run);
        requireSerializable(run);
        int firstFailed = -1;
        String failure = null;
        // two jobs in flight: the next wave is queued while this one ends, so no core idles
        // between jobs (a wave's last tasks, the job's start-up)
        java.util.ArrayDeque<org.apache.spark.api.java.JavaFutureAction<List<Done<O>>>> inFlight = new java.util.ArrayDeque<>();
        int next = 0;
        try {
            while (next < n || !inFlight.isEmpty()) {
                while (next < n && inFlight.size() < 2) {
                    int to = Math.min(n, next + perJob);
                    List<Task<I>> tasks = new ArrayList<>(to - next);
                    for (int i = next; i < to; i++) {
                        tasks.add(new Task<>(i, inputs.get(i)));
                    }
                    inFlight.add(sc.parallelize(tasks, tasks.size()).map(apply).collectAsync());
                    next = to;
                }
                List<Done<O>> done = inFlight.poll().get();
                for (Done<O> d : done) {
                    if (d.failure == null) {
                        listener.done(d.index, d.output);
                    } else if (firstFailed < 0 || d.index < firstFailed) {
                        firstFailed = d.index;
                        failure = d.failure;
                    }
                }
                log.debug("{} of {} runs submitted, a job done", next, n);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Spark", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a Spark job failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
        if (failure != null) {
            throw new RunFailedException(firstFailed, String.valueOf(inputs.get(firstFailed)), new RemoteFailure(failure));
        }
    }

    /**
     * Refuses, in words, a run function that cannot travel (an experiment built in code with its
     * own {@code PolicyRegistry} or {@code Metric}s: {@code Experiment.portable()} is false).
     */
    static void requireSerializable(Object run) {
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream())) {
            out.writeObject(run);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("the runs cannot travel to Spark's executors (" + e
                    + "): an experiment with a PolicyRegistry or Metrics given in code runs on a LocalExecutor", e);
        }
    }

    @Override
    public int parallelism() {
        return Math.max(1, sc.defaultParallelism());
    }

    @Override
    public String describe() {
        return "spark " + sc.master();
    }

    /** On a {@code local} master the runs happen in this JVM, as many at once as its parallelism; on a cluster, elsewhere. */
    @Override
    public int runsInThisJvm() {
        return sc.master().startsWith("local") ? parallelism() : 0;
    }

    @Override
    public void close() {
        closed = true;
        if (owned) {
            sc.stop();
        }
    }

    /** Closed, or its Spark context stopped: it runs nothing more. */
    @Override
    public boolean isClosed() {
        return closed || sc.sc().isStopped();
    }

    /** A run's input and its position among the experiment's runs. */
    record Task<I>(int index, I input) implements Serializable {}

    /** A run's output, or what it threw (as text: the exception's class may not exist on the driver). */
    record Done<O>(int index, O output, String failure) implements Serializable {}

    /** The task's function: the run, with what it throws caught and sent back as text. */
    static final class Apply<I, O> implements Function<Task<I>, Done<O>> {
        private static final long serialVersionUID = 1L;
        private final RunFunction<I, O> run;

        Apply(RunFunction<I, O> run) {
            this.run = run;
        }

        @Override
        public Done<O> call(Task<I> t) {
            try {
                O out = run.apply(t.input());
                return out == null ? new Done<>(t.index(), null, "the run returned no outcome") : new Done<>(t.index(), out, null);
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                StringWriter text = new StringWriter();
                e.printStackTrace(new PrintWriter(text));
                return new Done<>(t.index(), null, text.toString());
            }
        }
    }

    /** What a run threw on an executor: its first line is the exception as it printed there. */
    static final class RemoteFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RemoteFailure(String trace) {
            super(trace);
        }

        @Override
        public String toString() {
            String m = getMessage();
            int eol = m.indexOf('\n');
            return (eol < 0 ? m : m.substring(0, eol)).strip();
        }
    }
}
