package org.talentsim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.talentsim.engine.Simulation;
import org.talentsim.experiment.Overrides;
import org.talentsim.io.OfferOutput;
import org.talentsim.io.ResultWriter;
import org.talentsim.io.RunInfo;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.Metrics;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.rng.Streams;
import org.talentsim.scenario.EventTypes;
import org.talentsim.scenario.Scenario;

/**
 * The front door: load or build a scenario, run it, get its {@link RunResult} or write its
 * result files, replicate it over seeds.
 *
 * <pre>{@code
 * Talentsim ts = Talentsim.defaults().withThreads(2);
 * Scenario meta = ts.load(Path.of("examples/scenarios/meta-2025.yaml"));
 * RunResult r = ts.run(meta);                              // in memory
 * ts.run(meta, Path.of("out/meta-2025"));                  // and the result files
 * List<RunResult> reps = ts.replicate(meta.withMonths(12), 10);
 * }</pre>
 *
 * <p>An instance is an immutable configuration (threads, policy registry); {@code with…}
 * returns a changed copy. A run is a function of the scenario (with its seed): the same
 * scenario gives the same result, bit for bit, for any thread count. For user phases,
 * observers or stepping a tick at a time, use {@link Simulation#builder(Scenario)}.
 */
public final class Talentsim {
    private static final Talentsim DEFAULTS = new Talentsim(1, null, null, OfferOutput.AUTO);

    private final int threads;
    private final PolicyRegistry registry;
    private final EventTypes eventTypes;
    private final OfferOutput offers;

    private Talentsim(int threads, PolicyRegistry registry, EventTypes eventTypes, OfferOutput offers) {
        this.threads = threads;
        this.registry = registry;
        this.eventTypes = eventTypes;
        this.offers = offers;
    }

    /**
     * One thread, the built-in policies, offers recorded for scenarios under 100,000 researchers.
     *
     * @return the default configuration (immutable: the {@code with} methods return copies)
     */
    public static Talentsim defaults() {
        return DEFAULTS;
    }

    /**
     * A copy that runs the parallel phases of each run on {@code n} threads (results do not
     * depend on it).
     *
     * @param n threads per run, 1 to 1024
     * @return the copy
     * @throws IllegalArgumentException unless {@code 1 <= n <= 1024}
     */
    public Talentsim withThreads(int n) {
        if (n < 1 || n > 1024) {
            throw new IllegalArgumentException("threads must be in [1, 1024], was " + n);
        }
        return new Talentsim(n, registry, eventTypes, offers);
    }

    /**
     * A copy that looks policy names up in the policies {@code r} holds now (for your own
     * policies): it keeps a {@linkplain PolicyRegistry#copy() copy}, so registering in {@code r}
     * later changes neither it nor its runs.
     *
     * @param r the policies, the built-in ones and your own ({@code PolicyRegistry.defaults().register(...)})
     * @return the copy
     */
    public Talentsim withRegistry(PolicyRegistry r) {
        return new Talentsim(threads, Objects.requireNonNull(r, "registry").copy(), eventTypes, offers);
    }

    /**
     * A copy whose {@link #load} also reads the event types registered in {@code types} now (your
     * own events; a copy is kept).
     *
     * @param types the event types, the built-in ones and your own
     * @return the copy
     */
    public Talentsim withEventTypes(EventTypes types) {
        return new Talentsim(threads, registry, Objects.requireNonNull(types, "types").copy(), offers);
    }

    /**
     * A copy whose runs record their offers ({@code offers.csv}, {@link RunResult#offers()}) as
     * {@code o} says: {@link OfferOutput#AUTO} (the default) for scenarios that start with fewer
     * than 100,000 researchers, {@link OfferOutput#ON} always, {@link OfferOutput#OFF} never.
     * Results do not depend on it.
     *
     * @param o when to record offers
     * @return the copy
     */
    public Talentsim withOffers(OfferOutput o) {
        return new Talentsim(threads, registry, eventTypes, Objects.requireNonNull(o, "offers"));
    }

    /** {@return how runs record offers} */
    public OfferOutput offers() {
        return offers;
    }

    /** {@return the threads per run} */
    public int threads() {
        return threads;
    }

    /**
     * Reads and validates a scenario file (YAML, docs/SCENARIO_FORMAT.md).
     *
     * @param file the scenario file
     * @return the scenario, valid for this configuration's policies and event types
     * @throws org.talentsim.io.ScenarioException naming the file, line, column and field of the
     *     first problem
     */
    public Scenario load(Path file) {
        Objects.requireNonNull(file, "file");
        return ScenarioFiles.read(file, registry(), eventTypes == null ? EventTypes.defaults() : eventTypes);
    }

    /**
     * {@code scenario} with overrides by path applied in order ({@code "labs[Meta].retention=none"},
     * {@code "market.separation=0.2/year"}; docs/SCENARIO_FORMAT.md, "Overrides"), checked as a
     * file with this configuration's policy registry and event types.
     *
     * @param scenario the scenario to change (it is not changed: scenarios are immutable)
     * @param overrides {@code PATH=VALUE} texts, applied in order
     * @return the changed scenario
     * @throws org.talentsim.scenario.OverrideException naming the first bad override and the problem
     */
    public Scenario override(Scenario scenario, String... overrides) {
        Objects.requireNonNull(scenario, "scenario");
        return override(scenario, Overrides.parse(overrides));
    }

    /**
     * As {@link #override(Scenario, String...)}.
     *
     * @param scenario the scenario to change
     * @param overrides the overrides, parsed ({@link Overrides#parse})
     * @return the changed scenario
     */
    public Scenario override(Scenario scenario, Overrides overrides) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(overrides, "overrides");
        return overrides.applyTo(scenario, registry(), eventTypes == null ? EventTypes.defaults() : eventTypes);
    }

    /**
     * Runs {@code scenario} to its end and returns everything it produced.
     *
     * @param scenario the scenario (its seed fixes the results, bit for bit, whatever the threads)
     * @return the summary and every row of the result files
     * @throws org.talentsim.scenario.InvalidFieldException (an {@link IllegalArgumentException})
     *     when a policy the scenario names is not in this instance's registry or its parameters are
     *     wrong, naming the field (a scenario built in code is checked here; one {@linkplain #load
     *     read from a file} was checked then); nothing was run
     * @throws org.talentsim.engine.TickFailedException (an {@link IllegalStateException}) when a
     *     tick stopped part way: a policy, phase or observer threw, or returned a value the model
     *     cannot go on with; it names the scenario, the tick and the phase, with the cause
     */
    public RunResult run(Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        logNotes(scenario);
        return runQuietly(scenario);
    }

    /** {@link #run(Scenario)} without logging the scenario's notes (said once by the caller). */
    private RunResult runQuietly(Scenario scenario) {
        History h = new History(offers.records(scenario));
        runWith(scenario, new Metrics(h));
        return result(scenario, h);
    }

    /**
     * Runs {@code scenario} to its end and writes the result files ({@code labs.csv}, {@code
     * teams.csv}, {@code market.csv}, {@code moves.csv}, {@code flows.csv}, {@code summary.json}, {@code
     * scenario-as-run.yaml}, {@code manifest.json}, and {@code offers.csv} when offers are
     * recorded: {@link #withOffers}) into
     * {@code out}, replacing them as a set (a reader sees the old set or the
     * new one); if the run fails, nothing in {@code out} changes. Other files in {@code out} are
     * kept. While the run lasts, {@code out} is locked ({@code .NAME.lock} beside it). The results
     * of another run there are replaced whatever scenario it ran: refusing a folder that holds
     * another scenario's results unless {@code --force} is the command line's rule, not this
     * method's ({@link org.talentsim.io.ResultWriter#checkSameScenario} asks it).
     *
     * @param scenario the scenario
     * @param out the result folder (made if missing)
     * @return the same result as {@link #run(Scenario)}
     * @throws IllegalArgumentException when {@code out} cannot be a result folder (a symbolic
     *     link, a regular file, under a regular file, a folder in place of a result file), or when
     *     it holds another kind's results (an experiment's, a calibration's or a sensitivity
     *     analysis's, possibly unfinished); nothing was run. Its advice, "force = true replaces
     *     them, or choose another folder", is in this method's terms: remove those results first
     *     (or write through {@link org.talentsim.io.ResultWriter} with {@code replaceOtherKinds},
     *     as an experiment's {@code force}), or choose another folder
     * @throws org.talentsim.io.FolderBusyException (an {@link IllegalStateException}) when
     *     another run, in this process or another, is writing {@code out}; nothing was run
     * @throws org.talentsim.scenario.InvalidFieldException as {@link #run(Scenario)}
     * @throws org.talentsim.engine.TickFailedException as {@link #run(Scenario)}; nothing in
     *     {@code out} changed
     */
    public RunResult run(Scenario scenario, Path out) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(out, "out");
        logNotes(scenario);
        History h = new History(offers.records(scenario));
        try (ResultWriter writer = new ResultWriter(out, RunInfo.of(scenario, threads), offers)) {
            runWith(scenario, new Metrics(h, writer));
        }
        return result(scenario, h);
    }

    /**
     * Runs {@code n} replications of {@code scenario}: replication {@code r} uses the seed
     * {@link #replicationSeed(long, int) replicationSeed(scenario.seed(), r)}, so the list is the
     * same on every call. The replications run one after another (each on this instance's
     * threads), and each result is kept in memory: for means and confidence intervals over many
     * replications, with the runs in parallel and each reduced to its row as it finishes, run an
     * experiment without files ({@link org.talentsim.experiment.ExperimentRunner#run(
     * org.talentsim.experiment.Experiment, org.talentsim.experiment.Executor,
     * org.talentsim.experiment.ExperimentRunner.Listener)}).
     *
     * @param scenario the scenario (its seed is the master seed)
     * @param n replications, 1 to {@link org.talentsim.experiment.Experiment#MAX_RUNS}
     * @return the results, replication 0 first
     * @throws IllegalArgumentException when {@code n} is below 1 or above {@link
     *     org.talentsim.experiment.Experiment#MAX_RUNS}
     */
    public List<RunResult> replicate(Scenario scenario, int n) {
        Objects.requireNonNull(scenario, "scenario");
        if (n < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + n);
        }
        if (n > org.talentsim.experiment.Experiment.MAX_RUNS) {
            // (a list of n was allocated first: Integer.MAX_VALUE threw an OutOfMemoryError; found by a reviewer)
            throw new IllegalArgumentException("replications must be at most " + org.talentsim.experiment.Experiment.MAX_RUNS
                    + " (the most runs an experiment may have), was " + n);
        }
        logNotes(scenario);
        List<RunResult> out = new ArrayList<>(Math.min(n, 1024));
        for (int r = 0; r < n; r++) {
            out.add(runQuietly(scenario.withSeed(replicationSeed(scenario.seed(), r))));
        }
        return out;
    }

    /**
     * Logs the scenario's {@link Scenario#notes()} at WARN, once per call: the command line printed
     * them, and a library caller heard nothing of an event dated after the end or a layoff of more
     * than a lab has (found by an API review).
     */
    private static void logNotes(Scenario scenario) {
        for (String note : scenario.notes()) {
            LOG.warn("scenario '{}': note: {}", scenario.name(), note);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Talentsim.class);

    /**
     * The seed of replication {@code r} of seed {@code seed}: mixed from both (DESIGN §4), not
     * {@code seed + r}.
     *
     * @param seed the master seed
     * @param r the replication, from 0
     * @return its seed
     * @throws IllegalArgumentException if {@code r} is negative
     */
    public static long replicationSeed(long seed, int r) {
        if (r < 0) {
            throw new IllegalArgumentException("replication must be >= 0, was " + r);
        }
        return Streams.replication(seed, r);
    }

    private PolicyRegistry registry() {
        return registry == null ? PolicyRegistry.defaults() : registry;
    }

    private void runWith(Scenario scenario, Metrics metrics) {
        Objects.requireNonNull(scenario, "scenario");
        try (Simulation sim = Simulation.builder(scenario).threads(threads).registry(registry())
                .observer(metrics).build()) {
            sim.run();
        }
    }

    private static RunResult result(Scenario scenario, History h) {
        return new RunResult(scenario, h.summary(), h.labs(), h.teams(), h.market(), h.moves(), h.offers());
    }

    @Override
    public String toString() {
        return "Talentsim[threads=" + threads + (registry == null ? "" : ", custom registry")
                + (offers == OfferOutput.AUTO ? "" : ", offers " + offers.name().toLowerCase(java.util.Locale.ROOT)) + "]";
    }
}
