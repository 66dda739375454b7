package org.talentsim.experiment;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.MDC;
import org.talentsim.io.ExperimentFiles;
import org.talentsim.io.ExperimentFiles.ExperimentFile;
import org.talentsim.io.ExperimentFiles.Group;
import org.talentsim.io.ExperimentFiles.Item;
import org.talentsim.io.ResultWriter;
import org.talentsim.io.RunInfo;
import org.talentsim.io.ScenarioException;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.rng.Streams;
import org.talentsim.scenario.FieldOverride;
import org.talentsim.internal.Names;
import org.talentsim.scenario.OverrideException;
import org.talentsim.scenario.Scenario;

/**
 * An experiment: many runs of one scenario, as an immutable spec (docs/EXPERIMENTS.md).
 *
 * <pre>{@code
 * Experiment e = Experiment.builder()
 *         .scenario(Path.of("examples/scenarios/meta-2025.yaml"))
 *         .override("months=12")
 *         .arm("baseline", List.of())
 *         .arm("none", List.of("labs[Meta].retention=none"))
 *         .replications(50)
 *         .metrics(List.of("Meta.poached_out", "Meta.retention"))
 *         .build();
 * ExperimentRunner.Result r = ExperimentRunner.run(e, new LocalExecutor(2), Path.of("out/q"), false, false, (d, n) -> {});
 * }</pre>
 *
 * <p><b>What it holds.</b> The base scenario as its YAML text and file name (so a run can travel
 * to another machine), overrides applied to every run, then either named <b>arms</b> (each a
 * list of overrides; the arm given by {@link Builder#baseline}, else the arm named {@code
 * baseline}, else the first, is the baseline of the comparison), or a <b>vary</b> grid (path → values; the cells are the cartesian product, the
 * first path varying slowest), or neither (one cell, {@code base}: plain replications); R
 * replications; the master seed S (default: the scenario's, after the overrides); the metrics to
 * report (default: every standard metric except the flows {@code market.flow.A>B} and {@code
 * market.events_skipped}; {@code runs.csv} always holds every metric).
 *
 * <p><b>Runs.</b> {@link #runs()} lists them cell by cell, replication by replication: run
 * {@code c·R + r} is replication r of cell c, seeded {@code Streams.replication(S, r)} (DESIGN §4) in
 * every cell: common random numbers, so the differences between arms are not drowned in the
 * noise of different draws. A run is the pure function {@link #run(Run)}.
 *
 * <p>{@link #builder()}'s {@code build()} checks everything it can before any run: the scenario,
 * every override of every cell (applied once), that every cell has the same metrics, that the
 * chosen metrics exist.
 */
public final class Experiment {
    /** The label of the single cell of an experiment without arms or a grid. */
    public static final String BASE_CELL = "base";

    private final Base base;
    private final Path scenarioPath;
    private final String sha256;
    private final List<String> overrides;
    private final Map<String, List<String>> arms;
    /** The arm the others are compared with, when given ({@link Builder#baseline}); null for the default. */
    private final String baseline;
    private final Map<String, List<String>> vary;
    private final int replications;
    /** The scenario of the cell whose runs need the most memory. */
    private final Scenario largest;
    private final long seed;
    /** The master seed given to the builder, or null: the scenario's after the overrides (kept by {@link #toBuilder}). */
    private final Long seedGiven;
    private final List<String> metrics;
    private final List<Ratio> ratios;
    private final List<String> allMetrics;
    /** The columns of paths.csv after the run's own ({@code LAB.headcount@PERIOD}); empty: no paths.csv. */
    private final List<String> pathColumns;
    private final List<Cell> cells;
    private final String scenarioName;
    /** Null for the built-in policies (the only registry a run on another machine can have). */
    private final PolicyRegistry registry;
    /** Null for the built-in event types (the only ones a run on another machine can have). */
    private final org.talentsim.scenario.EventTypes events;
    private final List<Metric> extra;

    /**
     * A cell of the experiment.
     *
     * @param label the arm's name, or the grid's {@code path=value}s
     * @param overrides the cell's overrides, {@code PATH=VALUE} texts applied after the experiment's
     */
    public record Cell(String label, List<String> overrides) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Copies the overrides (the cell cannot be changed afterwards). */
        public Cell {
            overrides = List.copyOf(overrides);
        }
    }

    /**
     * A ratio of two metrics reported beside them ({@link Builder#ratios}): each cell's
     * mean(numerator) / mean(denominator) over its runs, and an arm's (a sweep's cell's) incremental
     * ratio against the baseline (the first cell), its mean difference in the numerator over its
     * mean difference in the denominator — the extra spend per extra researcher kept — each with
     * Fieller's interval ({@link RatioEstimate}).
     *
     * @param numerator a metric's name (a column of {@code runs.csv})
     * @param denominator another metric's name
     */
    public record Ratio(String numerator, String denominator) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** As it is written: {@code NUMERATOR per DENOMINATOR}. */
        @Override
        public String toString() {
            return numerator + " per " + denominator;
        }
    }

    /**
     * The base scenario, shipped with every run.
     *
     * @param text the scenario file's text (YAML)
     * @param file the name of its file, for messages
     */
    public record Base(String text, String file) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * One run of an experiment. Serializable, for an executor on other machines.
     *
     * @param index its place among the experiment's runs, from 0 (the row order of runs.csv)
     * @param cellIndex its cell's place among the cells, from 0
     * @param cell its cell's label
     * @param replication its replication within the cell, from 0
     * @param seed its seed (the same replication has the same seed in every cell)
     * @param overrides every override: the experiment's, then the cell's
     * @param base the scenario it overrides
     */
    public record Run(int index, int cellIndex, String cell, int replication, long seed, List<String> overrides,
            Base base) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Copies the overrides (the run cannot be changed afterwards). */
        public Run {
            overrides = List.copyOf(overrides);
        }

        @Override
        public String toString() {
            return cell + ", replication " + replication + ", seed " + seed;
        }
    }

    private Experiment(Builder b, Scenario resolved, List<Cell> cells, List<String> allMetrics, List<String> metrics,
            List<Ratio> ratios, List<String> pathColumns, Scenario largest) {
        this.largest = largest;
        this.pathColumns = List.copyOf(pathColumns);
        this.base = new Base(b.text, b.fileName);
        this.scenarioPath = b.path;
        this.sha256 = RunInfo.sha256(b.text.getBytes(StandardCharsets.UTF_8));
        this.overrides = List.copyOf(b.overrides);
        this.arms = Collections.unmodifiableMap(copy(b.arms));
        this.baseline = b.baseline;
        this.vary = Collections.unmodifiableMap(copy(b.vary));
        this.replications = b.replications;
        this.seed = b.seed != null ? b.seed : resolved.seed();
        this.seedGiven = b.seed;
        this.cells = List.copyOf(cells);
        this.allMetrics = List.copyOf(allMetrics);
        this.metrics = List.copyOf(metrics);
        this.ratios = List.copyOf(ratios);
        this.scenarioName = resolved.name();
        this.registry = b.registry;
        this.events = b.events;
        this.extra = List.copyOf(b.extra);
    }

    /**
     * The function that runs one of this experiment's runs: {@link #run(Run)} (a static method
     * that can travel to another machine) for the built-in policies and the standard metrics;
     * with a registry or user metrics given in code, a function of this JVM only (run it on a
     * {@link LocalExecutor}).
     *
     * @return the run function
     */
    public Executor.RunFunction<Run, Outcome> runFunction() {
        if (portable()) {
            return Experiment::run;
        }
        PolicyRegistry reg = registry == null ? PolicyRegistry.defaults() : registry;
        org.talentsim.scenario.EventTypes ev = events == null ? org.talentsim.scenario.EventTypes.defaults() : events;
        List<Metric> metricsToAdd = extra;
        Map<List<Object>, Scenario> cache = new ConcurrentHashMap<>(); // this experiment's cells, parsed once
        return r -> named(r, () -> Outcomes.run(scenario(cache, r.base(), r.overrides(), reg, ev).withSeed(r.seed()), reg,
                metricsToAdd));
    }

    /** {@return whether the runs can travel to another machine (no registry, event types or metric given in code)} */
    public boolean portable() {
        return registry == null && events == null && extra.isEmpty();
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        LinkedHashMap<String, List<String>> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k, List.copyOf(v)));
        return c;
    }

    /** {@return a builder of an experiment} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding everything of this experiment (scenario text and file, overrides, arms or
     * grid, replications, seed, metrics, registry, user metrics), to change some of it:
     * {@code e.toBuilder().replications(10).build()}.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.text = base.text();
        b.fileName = base.file();
        b.path = scenarioPath;
        b.overrides.addAll(overrides);
        b.arms.putAll(arms);
        b.baseline = baseline;
        b.vary.putAll(vary);
        b.replications = replications;
        b.seed = seedGiven;   // a master seed left to the scenario still follows its overrides
        b.metrics = metrics;
        b.ratios = ratios.stream().map(Ratio::toString).toList();
        b.registry = registry;
        b.events = events;
        b.extra.addAll(extra);
        return b;
    }

    /** {@return the base scenario's text and file name} */
    public Base base() {
        return base;
    }

    /** {@return the scenario file, when the experiment was built from one (else null)} */
    public Path scenarioPath() {
        return scenarioPath;
    }

    /** {@return the scenario's {@code name:} (after the overrides)} */
    public String scenarioName() {
        return scenarioName;
    }

    /** {@return SHA-256 of the scenario text, hex} */
    public String scenarioSha256() {
        return sha256;
    }

    /** {@return the overrides of every run, in order} */
    public List<String> overrides() {
        return overrides;
    }

    /** {@return the arms by name, in order (empty without arms)} */
    public Map<String, List<String>> arms() {
        return arms;
    }

    /** {@return the varied paths and their values, in order (empty without a grid)} */
    public Map<String, List<String>> vary() {
        return vary;
    }

    /** {@return whether this compares arms (then {@code comparison.csv} is written)} */
    public boolean isComparison() {
        return arms.size() >= 2;
    }

    /**
     * The index of the baseline cell, the arm the others are compared with: the one given ({@link
     * Builder#baseline}, an experiment file's {@code baseline:}), else the arm named {@code
     * baseline}, else the first. A grid's cells are compared with its first.
     *
     * @return its index among {@link #cells()}
     */
    public int baselineIndex() {
        String name = baseline != null ? baseline : "baseline";
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).label().equals(name)) {
                return c;
            }
        }
        return 0;
    }

    /** {@return replications per cell} */
    public int replications() {
        return replications;
    }

    /** {@return the master seed S; replication r runs on {@code Streams.replication(S, r)}} */
    public long seed() {
        return seed;
    }

    /**
     * The seed of replication {@code r}.
     *
     * @param r the replication, from 0
     * @return its seed, the same in every cell
     */
    public long seed(int r) {
        return Streams.replication(seed, r);
    }

    /** {@return the metrics reported in {@code summary.csv}, {@code comparison.csv} and the table} */
    public List<String> metrics() {
        return metrics;
    }

    /** {@return the ratios reported beside the metrics ({@code ratios.csv}, the table), in order; empty for none} */
    public List<Ratio> ratios() {
        return ratios;
    }

    /** {@return every metric of a run, sorted: the columns of {@code runs.csv} after the run's identity} */
    public List<String> allMetrics() {
        return allMetrics;
    }

    /**
     * The columns of {@code paths.csv} after {@code run,cell,replication,seed}: {@code
     * LAB.headcount@PERIOD}, lab by lab, period by period; empty when no paths are written (more
     * than 20 labs, or cells with other periods).
     *
     * @return the columns
     */
    public List<String> pathColumns() {
        return pathColumns;
    }

    /** The metrics of the experiment's own ({@code Builder.metric}), beside the standard ones. */
    List<Metric> extraMetrics() {
        return extra;
    }

    /** {@return the cells in order} */
    public List<Cell> cells() {
        return cells;
    }

    /** The most runs an experiment may have (cells × replications; {@link ExperimentFiles#MAX_RUNS}). */
    public static final int MAX_RUNS = ExperimentFiles.MAX_RUNS;

    /** The memory {@code atOnce} runs of the largest cell need together ({@code Simulation.memoryNeeded}), bytes. */
    long memoryNeeded(int atOnce) {
        return org.talentsim.engine.Simulation.memoryNeeded(largest, atOnce);
    }

    /** {@return the largest cell's scenario (the most researchers): what the memory check sizes the runs by} */
    public org.talentsim.scenario.Scenario largest() {
        return largest;
    }

    /** The researchers of the largest cell's run. */
    long largestPopulation() {
        return largest.population();
    }

    /** {@return number of runs: cells × replications (at most {@link #MAX_RUNS})} */
    public int size() {
        return cells.size() * replications;
    }

    /** {@return the runs: run {@code c·R + r} is replication r of cell c} */
    public List<Run> runs() {
        List<Run> out = new ArrayList<>(size());
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            List<String> all = new ArrayList<>(overrides);
            all.addAll(cell.overrides());
            List<String> o = List.copyOf(all);
            for (int r = 0; r < replications; r++) {
                out.add(new Run(c * replications + r, c, cell.label(), r, seed(r), o, base));
            }
        }
        return java.util.Collections.unmodifiableList(out);   // read-only, as the other lists (an API user's review)
    }

    // ---------------------------------------------------------------- the run as a function

    private static final int CACHE_LIMIT = 256;
    private static final Map<List<Object>, Scenario> SCENARIOS = new ConcurrentHashMap<>();

    /**
     * One run, as a pure function of its spec: parse the scenario text, apply the overrides, set
     * the seed, run it on the calling thread and reduce it to its {@link Outcome} (every standard
     * metric). Parsed scenarios are cached by (text, overrides), which changes nothing but time.
     *
     * @param run the run
     * @return its outcome
     */
    public static Outcome run(Run run) {
        return named(run, () -> Outcomes.run(scenario(run.base(), run.overrides()).withSeed(run.seed()),
                PolicyRegistry.defaults(), List.of()));
    }

    /**
     * {@link #run(Run)} with the policies of {@code registry} (your own among the built-in ones):
     * for a run function of this JVM only (a calibration with a registry: {@code
     * Calibration.runFunction}).
     *
     * @param run the run
     * @param registry the policies
     * @return its outcome
     */
    public static Outcome run(Run run, PolicyRegistry registry) {
        return named(run, () -> Outcomes.run(Overrides.parse(run.overrides()).applyTo(
                ScenarioFiles.parse(run.base().text(), run.base().file(), registry), registry).withSeed(run.seed()), registry,
                List.of()));
    }

    /**
     * The key of SLF4J's mapped diagnostic context under which a run's name ({@link Run#toString}:
     * its cell, replication and seed) is set on the thread that runs it, while it runs: what the
     * library logs during an experiment or a calibration (a skipped event, say) can then say which
     * run it came from. With Logback, {@code %X{talentsim.run}} in a pattern prints it; the
     * command line appends it to each message.
     */
    public static final String LOG_RUN = "talentsim.run";

    /** {@code body}'s result, with {@code run}'s name under {@link #LOG_RUN} while it runs (what was there before restored). */
    private static <T> T named(Run run, java.util.function.Supplier<T> body) {
        String before = MDC.get(LOG_RUN);
        MDC.put(LOG_RUN, run.toString());
        try {
            return body.get();
        } finally {
            if (before == null) {
                MDC.remove(LOG_RUN);
            } else {
                MDC.put(LOG_RUN, before);
            }
        }
    }

    private static Scenario scenario(Base base, List<String> overrides) {
        return scenario(SCENARIOS, base, overrides, PolicyRegistry.defaults(), org.talentsim.scenario.EventTypes.defaults());
    }

    /** The scenario of a run's cell, parsed with {@code registry} and {@code events}, from {@code cache} when it holds it. */
    private static Scenario scenario(Map<List<Object>, Scenario> cache, Base base, List<String> overrides,
            PolicyRegistry registry, org.talentsim.scenario.EventTypes events) {
        List<Object> key = List.of(base.text(), base.file(), overrides);
        Scenario s = cache.get(key);
        if (s == null) {
            s = Overrides.parse(overrides).applyTo(ScenarioFiles.parse(base.text(), base.file(), registry, events), registry, events);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, s);
        }
        return s;
    }

    // ---------------------------------------------------------------- files

    /**
     * Reads an experiment file (docs/EXPERIMENTS.md): its scenario path is relative to the
     * file. Every problem — in the file, in an override, an unknown metric — is one {@link
     * ScenarioException} naming the experiment file, line, column and field.
     *
     * @param file the experiment file
     * @return the experiment
     */
    public static Experiment read(Path file) {
        ExperimentFile f = ExperimentFiles.read(file);
        return from(f);
    }

    /**
     * The experiment of a parsed file, with problems reported at their positions in it.
     *
     * @param f the parsed file ({@code ExperimentFiles.parse})
     * @return the experiment
     */
    public static Experiment from(ExperimentFile f) {
        Builder b = builder();
        Path scenario;
        try {
            scenario = f.dir() == null ? Path.of(f.scenario().text()) : f.dir().resolve(f.scenario().text()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            // (a NUL in the path: Java's own message, the NUL printed raw, with no file or line; found by a review)
            throw f.error(f.scenario(), "not a path this system can use (" + e.getReason() + ")");
        }
        String written = f.scenario().text();
        // a result folder's spec moved away from its scenario file: the copy of the scenario it ran,
        // beside it, if that copy is the one the spec records (its SHA-256)
        String copySha = f.dir() == null || f.scenarioSha256() == null ? null : ResultWriter.scenarioCopySha(f.dir());
        boolean copyIsIt = copySha != null && copySha.equals(f.scenarioSha256().text());
        if (!Files.exists(scenario) && copyIsIt) {
            scenario = f.dir().resolve(ResultWriter.SCENARIO_COPY).normalize();
            written = ResultWriter.SCENARIO_COPY;
        }
        byte[] bytes;
        try {
            bytes = f.dir() == null || f.file() == null ? ScenarioFiles.bytes(scenario)
                    : ScenarioFiles.scenarioBytes(scenario, f.dir().resolve(Path.of(f.file()).getFileName()));
        } catch (ScenarioException e) {
            throw f.error(f.scenario(), "cannot read the scenario " + scenario + ": " + e.problem()
                    + (copySha != null && !copyIsIt ? "; " + ResultWriter.SCENARIO_COPY + " beside this file is not the"
                    + " scenario this experiment ran (its SHA-256 differs from scenario_sha256)" : ""));
        }
        String shown = relativeName(written, f.file());
        // decoded strictly: bytes that are not UTF-8 hashed as the text's re-encoding, which then
        // differed from the file's own SHA-256 (found by a review)
        b.scenarioText(ScenarioFiles.text(bytes, scenario.toString()), shown);
        b.path = scenario;
        if (f.scenarioSha256() != null && !f.scenarioSha256().text().equals(RunInfo.sha256(bytes))) {
            throw f.error(f.scenarioSha256(), "the scenario file changed since this experiment was written (its SHA-256 differs);"
                    + " remove scenario_sha256 to run it on the file as it is now"
                    + (copyIsIt ? ", or write 'scenario: " + ResultWriter.SCENARIO_COPY + "' to run the scenario as it was run"
                    + " (" + ResultWriter.SCENARIO_COPY + " beside this file holds it)" : ""));
        }
        List<Item> all = new ArrayList<>();
        for (Item o : f.overrides()) {
            parseAt(f, o, o.text());
            b.override(o.text());
            all.add(o);
        }
        for (Group g : f.arms()) {
            List<String> list = new ArrayList<>();
            for (Item o : g.items()) {
                parseAt(f, o, o.text());
                list.add(o.text());
                all.add(o);
            }
            b.arm(g.name().text(), list);
        }
        for (Group g : f.vary()) {
            List<String> values = new ArrayList<>();
            for (Item v : g.items()) {
                parseAt(f, v, g.name().text() + "=" + v.text());
                String p = Builder.textValueProblem(ExperimentRunner.unquoted(v.text()));
                if (p != null) {
                    // the value is a cell of cells.csv and summary.csv (found by a review)
                    throw f.error(v, "the value '" + Names.shown(ExperimentRunner.unquoted(v.text())) + "' " + p);
                }
                values.add(v.text());
                all.add(new Item(g.name().text() + "=" + v.text(), v.line(), v.col(), v.path()));
            }
            b.vary(g.name().text(), values);
        }
        if (f.baseline() != null) {
            b.baseline(f.baseline().text());
        }
        b.replications(f.replications());
        if (f.seed() != null) {
            b.seed(f.seed());
        }
        List<String> metrics = new ArrayList<>();
        f.metrics().forEach(m -> metrics.add(m.text()));
        b.metrics(metrics);
        b.ratios(f.ratios().stream().map(Item::text).toList());
        try {
            return b.build();
        } catch (OverrideException e) {
            for (Group g : f.vary()) {
                if (e.ofPath() && e.override().startsWith(g.name().text() + "=")) {
                    throw f.error(g.name(), e.problem()); // the path's problem, at the path, not at its first value
                }
            }
            for (Item o : all) {
                if (o.text().equals(e.override())) {
                    // an override of overrides: or arms: is named with its problem, as --set names it
                    // ("arms.p04[0]: must be > 0, was 0" did not say which field: found by a reviewer)
                    throw f.error(o, o.path().startsWith("vary.") ? e.problem() : o.text() + ": " + e.problem());
                }
            }
            throw f.error(f.root(), e.getMessage());
        } catch (ScenarioException e) {
            throw e;
        } catch (ExperimentException e) {
            // a metric given twice is reported at its second mention, any other problem at its first
            Item at = null;
            List<Item> named = new ArrayList<>(f.metrics());
            named.addAll(f.ratios());
            for (Item m : named) {
                if (m.text().equals(e.subject()) && (at == null || e.getMessage().contains("twice"))) {
                    at = m;
                }
            }
            if (at != null) {
                throw f.error(at, e.getMessage());
            }
            for (Item o : all) {
                if (o.text().equals(e.subject())) {
                    // a varied value's problem at the value, which names its path already
                    String said = e.getMessage();
                    for (Group g : f.vary()) {
                        String prefix = "vary " + g.name().text() + ": ";
                        if (o.path().startsWith("vary.") && o.text().startsWith(g.name().text() + "=") && said.startsWith(prefix)) {
                            said = said.substring(prefix.length());
                        }
                    }
                    throw f.error(o, said);
                }
            }
            for (Group g : f.arms()) {
                if (g.name().text().equals(e.subject())) {
                    throw f.error(g.name(), e.getMessage());
                }
            }
            for (Group g : f.vary()) {
                if (e.subject() != null && e.subject().equals(VARIED + g.name().text())) {
                    throw f.error(g.name(), e.getMessage());
                }
            }
            throw f.error(f.root(), e.getMessage());
        }
    }

    /**
     * The first override (path=value, as a grid's value is named in its file) in which cell {@code b}
     * differs from cell {@code a}; its label if none.
     */
    private static String firstDifference(Cell a, Cell b) {
        for (int k = 0; k < Math.min(a.overrides().size(), b.overrides().size()); k++) {
            if (!a.overrides().get(k).equals(b.overrides().get(k))) {
                return b.overrides().get(k);
            }
        }
        return b.label();
    }

    /** The subject of an {@link ExperimentException} about a varied path: this, then the path as written. */
    private static final String VARIED = "vary: ";

    private static void parseAt(ExperimentFile f, Item at, String text) {
        try {
            FieldOverride.parse(text);
        } catch (OverrideException e) {
            throw f.error(at, e.problem());
        }
    }

    /** The scenario's name in messages: the path as written, beside the experiment file's. */
    private static String relativeName(String written, String experimentFile) {
        Path parent = Path.of(experimentFile).getParent();
        return parent == null ? written : parent.resolve(written).normalize().toString();
    }

    /**
     * The spec as an experiment file written into {@code dir} ({@code experiment.yaml}): every
     * value resolved (the seed, the metrics), the scenario path relative to {@code dir} and its
     * SHA-256, so that reading it back gives the same experiment while the scenario file is
     * unchanged.
     *
     * @param dir the folder the file is written into
     * @return the file's text
     */
    public String toYaml(Path dir) {
        StringBuilder b = new StringBuilder();
        if (portable()) {
            b.append("# The resolved spec of a talentsim experiment; run it again with: talentsim experiment <this file>\n");
        } else {
            // its policies or metrics were given in Java: the command line knows neither (found by a reviewer)
            b.append("# The resolved spec of a talentsim experiment run with a policy registry, event types or metrics given in\n"
                    + "# Java (Experiment.Builder registry, events or metric): it records what ran; 'talentsim experiment' runs it\n"
                    + "# only if they are the built-in ones\n");
        }
        b.append(RunInfo.buildLine());
        b.append("version: 1\n");
        String scenario;
        if (scenarioPath == null) {
            scenario = base.file();
        } else {
            Path from = dir.toAbsolutePath().normalize();
            Path to = scenarioPath.toAbsolutePath().normalize();
            scenario = from.relativize(to).toString().replace('\\', '/');
        }
        b.append("scenario: ").append(q(scenario)).append('\n');
        b.append("scenario_sha256: ").append(sha256).append('\n');
        b.append("overrides: ").append(list(overrides)).append('\n');
        if (!arms.isEmpty()) {
            b.append("arms:\n");
            arms.forEach((k, v) -> entry(b, k, list(v)));
        }
        if (baseline != null) {
            // (not part of what identifies the runs: the same folder resumes under another baseline)
            b.append("baseline: ").append(q(baseline)).append('\n');
        }
        if (!vary.isEmpty()) {
            b.append("vary:\n");
            vary.forEach((k, v) -> entry(b, k, list(v)));
        }
        b.append("replications: ").append(replications).append('\n');
        b.append("seed: ").append(seed).append('\n');
        b.append("metrics:\n");
        for (String m : metrics) {
            b.append("  - ").append(q(m)).append('\n');
        }
        if (!ratios.isEmpty()) {
            // (like the metrics, not part of what identifies the runs)
            b.append("ratios:\n");
            for (Ratio r : ratios) {
                b.append("  - ").append(q(r.toString())).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * A mapping's entry {@code key: value} at one level of indentation; a key longer than YAML's
     * 1,024 characters for a plain {@code key:} is written as an explicit one ({@code ? key} then
     * {@code : value}), which has no such limit: an arm named in 1,100 characters ran, and then
     * its folder's experiment.yaml could not be read back (a strategist's review).
     */
    private static void entry(StringBuilder b, String key, String value) {
        String k = q(key);
        if (k.length() > 1000) {
            b.append("  ? ").append(k).append("\n  : ").append(value).append('\n');
        } else {
            b.append("  ").append(k).append(": ").append(value).append('\n');
        }
    }

    private static String list(List<String> items) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(q(items.get(i)));
        }
        return b.append(']').toString();
    }

    /** A YAML single-quoted scalar. */
    private static String q(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Override
    public String toString() {
        return "Experiment[" + base.file() + ", " + cells.size() + " cells × " + replications + " replications, seed "
                + seed + "]";
    }

    // ---------------------------------------------------------------- builder

    /** Builds an {@link Experiment}; {@link #build()} checks it. */
    public static final class Builder {
        private String text;
        private String fileName;
        private Path path;
        private final List<String> overrides = new ArrayList<>();
        private final LinkedHashMap<String, List<String>> arms = new LinkedHashMap<>();
        private String baseline;
        private final LinkedHashMap<String, List<String>> vary = new LinkedHashMap<>();
        private int replications = 1;
        private Long seed;
        private List<String> metrics = List.of();
        private List<String> ratios = List.of();
        private PolicyRegistry registry;
        private org.talentsim.scenario.EventTypes events;
        private final List<Metric> extra = new ArrayList<>();

        private Builder() {}

        /** Whether the scenario was given as a {@code Scenario} built in code (a registry of one's own may then be missing). */
        private boolean builtInCode;

        /**
         * The registry the runs look policy names up in (your own policies), as it holds them
         * now (a copy is kept); the experiment then runs on this machine only ({@link Experiment#portable()}).
         *
         * @param r the registry
         * @return this builder
         */
        public Builder registry(PolicyRegistry r) {
            // a copy: the experiment is an immutable spec, whatever is registered in r later
            this.registry = java.util.Objects.requireNonNull(r, "registry").copy();
            return this;
        }

        /**
         * The event types the scenario's text is read with (your own events, {@link
         * org.talentsim.scenario.EventTypes#register}), as it holds them now (a copy is kept); the
         * experiment then runs on this machine only ({@link Experiment#portable()}). Without it,
         * a scenario with an event of your own type is refused: its text is read with the
         * built-in types (found by an API review).
         *
         * @param types the event types
         * @return this builder
         */
        public Builder events(org.talentsim.scenario.EventTypes types) {
            this.events = java.util.Objects.requireNonNull(types, "types").copy();
            return this;
        }

        /** The event types the scenario is read with: the builder's, or the built-in ones. */
        private org.talentsim.scenario.EventTypes eventTypes() {
            return events == null ? org.talentsim.scenario.EventTypes.defaults() : events;
        }

        /**
         * Adds a user metric ({@link Metric}) to every run's row, after the standard ones; the
         * experiment then runs on this machine only ({@link Experiment#portable()}).
         *
         * @param m the metric
         * @return this builder
         */
        public Builder metric(Metric m) {
            extra.add(java.util.Objects.requireNonNull(m, "metric"));
            return this;
        }

        /**
         * The base scenario: a file, read now (its text travels with each run).
         *
         * @param file the scenario file
         * @return this builder
         */
        public Builder scenario(Path file) {
            this.builtInCode = false;
            String name = Objects.requireNonNull(file, "file").toString();
            this.text = new String(ScenarioFiles.bytes(file), StandardCharsets.UTF_8);
            this.fileName = name;
            this.path = file;
            return this;
        }

        /**
         * The base scenario as built in code (or read and changed): its YAML text ({@link
         * ScenarioFiles#write}), which reads back as an equal scenario, named {@code NAME.yaml}
         * after the scenario in messages; the text is what travels with each run and what the
         * result folder's {@code scenario-copy.yaml} holds.
         *
         * @param s the scenario
         * @return this builder
         */
        public Builder scenario(org.talentsim.scenario.Scenario s) {
            Objects.requireNonNull(s, "scenario");
            scenarioText(ScenarioFiles.write(s), s.name() + ".yaml");
            this.builtInCode = true;
            return this;
        }

        /**
         * The base scenario as YAML text, named {@code fileName} in messages.
         *
         * @param yaml the scenario's text
         * @param fileName its name in messages
         * @return this builder
         */
        public Builder scenarioText(String yaml, String fileName) {
            this.text = Objects.requireNonNull(yaml, "yaml");
            this.fileName = Objects.requireNonNull(fileName, "fileName");
            this.path = null;
            this.builtInCode = false;
            return this;
        }

        /**
         * Appends an override of every run ({@code PATH=VALUE}).
         *
         * @param override a {@code PATH=VALUE} text
         * @return this builder
         */
        public Builder override(String override) {
            overrides.add(Objects.requireNonNull(override, "override"));
            return this;
        }

        /**
         * Appends overrides of every run.
         *
         * @param list {@code PATH=VALUE} texts, in order
         * @return this builder
         */
        public Builder overrides(List<String> list) {
            Objects.requireNonNull(list, "overrides").forEach(this::override);
            return this;
        }

        /**
         * Adds an arm: a name and its overrides ({@code baseline}, or else the first arm, is the baseline).
         *
         * @param name the arm's name
         * @param armOverrides its {@code PATH=VALUE} texts
         * @return this builder
         */
        public Builder arm(String name, List<String> armOverrides) {
            String p = Names.problem(name);
            // the arm's name is a cell of runs.csv and comparison.csv: read back as text by pandas
            // and R (an arm NA was read as missing, and its runs dropped out of a groupby: found by
            // a reliability review), not run as a formula by a spreadsheet
            p = p != null ? p : Names.armProblem(name);
            if (p != null) {
                throw new ExperimentException("an arm's name " + p + ": " + Names.quote(String.valueOf(name)), name);
            }
            if (arms.containsKey(name)) {
                throw new ExperimentException("arm '" + name + "' is given twice", name);
            }
            arms.put(name, List.copyOf(Objects.requireNonNull(armOverrides, "the overrides of arm '" + name + "'")));
            return this;
        }

        /**
         * The arm the others are compared with (default: the arm named {@code baseline}, else the
         * first); {@link #build} checks that it names an arm. The runs do not depend on it: an
         * experiment resumed under another baseline reuses its runs ({@link ExperimentRunner#run}).
         *
         * @param armName an arm's name
         * @return this builder
         */
        public Builder baseline(String armName) {
            this.baseline = Objects.requireNonNull(armName, "baseline");
            return this;
        }

        /**
         * Adds a varied path and its values (a dimension of the grid).
         *
         * @param path the path ({@code labs[Meta].offer.premium})
         * @param values its values, as a file writes them
         * @return this builder
         */
        public Builder vary(String path, List<String> values) {
            Objects.requireNonNull(path, "path");
            if (Objects.requireNonNull(values, "the values of " + path).isEmpty()) {
                throw new ExperimentException("vary " + path + ": give at least one value");
            }
            if (vary.containsKey(path)) {
                throw new ExperimentException("vary " + path + " is given twice");
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String v : values) {
                String p = textValueProblem(ExperimentRunner.unquoted(Objects.requireNonNull(v, "a value of " + path)));
                if (p != null) {
                    // the value is a cell of cells.csv and summary.csv
                    throw new ExperimentException("vary " + path + ": the value " + Names.quote(ExperimentRunner.unquoted(v))
                            + " " + p, v);
                }
                if (!seen.add(v)) {
                    throw new ExperimentException("vary " + path + ": the value " + v + " is given twice: two cells of the grid"
                            + " would be the same");
                }
            }
            vary.put(path, List.copyOf(values));
            return this;
        }

        /**
         * Replications per cell, at least 1 and at most {@link #MAX_RUNS} (default 1, as an
         * experiment file's; the command line's {@code -r} is 10). A comparison needs 2 or more for
         * any difference: with one, every {@link ExperimentRunner.ArmStat#difference()} is null.
         *
         * @param r replications per cell
         * @return this builder
         */
        public Builder replications(int r) {
            if (r < 1) {
                throw new ExperimentException("replications must be at least 1, was " + r, "replications");
            }
            if (r > MAX_RUNS) {
                throw new ExperimentException("replications must be at most " + MAX_RUNS + " (the most runs an experiment"
                        + " may have), was " + r, "replications");
            }
            this.replications = r;
            return this;
        }

        /**
         * The master seed S (default: the scenario's).
         *
         * @param s the master seed
         * @return this builder
         */
        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /**
         * The metrics to report, by name or pattern (empty: every standard metric but the flows,
         * {@code market.events_skipped}, the teams' metrics and the labs' {@link
         * StandardMetrics#LAB_BALANCE} counts, and every user metric given by {@link #metric}).
         * {@code runs.csv} and each {@link Outcome} hold every metric whatever this is.
         *
         * @param names metrics' names or patterns ({@code Meta.*})
         * @return this builder
         */
        public Builder metrics(List<String> names) {
            this.metrics = List.copyOf(Objects.requireNonNull(names, "metrics"));
            return this;
        }

        /**
         * Ratios of two metrics to report beside them, each written {@code NUMERATOR per
         * DENOMINATOR} with two metrics' names ({@code "Meta.spend per Meta.headcount_end"}; no
         * patterns): each cell's ratio of means and, in a comparison (a sweep), each arm's (cell's)
         * incremental ratio against the baseline (the first cell), with Fieller's 95% interval
         * ({@link Ratio}, {@link RatioEstimate}). Either metric may be one not reported (a flow, a
         * team's): {@code runs.csv} holds them all. Like the metrics, they are made of the runs: a
         * finished experiment resumed with other ratios runs nothing again.
         *
         * @param ratios {@code NUMERATOR per DENOMINATOR} texts
         * @return this builder
         */
        public Builder ratios(List<String> ratios) {
            this.ratios = List.copyOf(Objects.requireNonNull(ratios, "ratios"));
            return this;
        }

        /**
         * {@code e}, raised by a cell's value of a varied path, marked {@link OverrideException#ofPath}
         * when the problem is the path's: every value of it, and two of unlike kinds, give the same
         * problem ("unknown key 'markt'" is not the value 0.1's). The one rule of --vary and of
         * experiment files' vary: (each had a copy).
         */
        private OverrideException ofPathOrValue(OverrideException e, Scenario resolved, PolicyRegistry reg) {
            for (Map.Entry<String, List<String>> g : vary.entrySet()) {
                String path = g.getKey();
                if (!e.override().startsWith(path + "=") || !g.getValue().contains(e.override().substring(path.length() + 1))) {
                    continue;
                }
                List<String> probes = new ArrayList<>(g.getValue());
                probes.addAll(List.of("0", "x"));
                for (String value : probes) {
                    try {
                        Overrides.parse(List.of(path + "=" + value)).applyTo(resolved, reg, eventTypes());
                        return e;
                    } catch (OverrideException other) {
                        if (!other.problem().equals(e.problem())) {
                            return e;
                        }
                    } catch (RuntimeException other) {
                        return e;
                    }
                }
                return OverrideException.ofPath(e);
            }
            return e;
        }

        /**
         * Checks and builds the experiment: parses the scenario, applies every cell's overrides
         * once, checks the metrics.
         *
         * @return the experiment
         * @throws ScenarioException for a bad scenario file
         * @throws OverrideException for a bad override
         * @throws ExperimentException for anything else
         */
        public Experiment build() {
            if (text == null) {
                throw new ExperimentException("no scenario given");
            }
            if (!arms.isEmpty() && !vary.isEmpty()) {
                throw new ExperimentException("give arms or a vary grid, not both");
            }
            if (baseline != null && !arms.containsKey(baseline)) {
                throw new ExperimentException(arms.isEmpty()
                        ? "baseline " + Names.quote(baseline) + ": only arms have a baseline (a grid's cells are compared with"
                        + " its first cell)"
                        : "baseline " + Names.quote(baseline) + " is no arm's name; the arms: " + String.join(", ", arms.keySet()),
                        baseline);
            }
            String tooMany = ExperimentFiles.tooManyRuns(arms.size(), vary.values().stream().map(List::size).toList(),
                    replications);
            if (tooMany != null) {
                throw new ExperimentException(tooMany, "replications");
            }
            PolicyRegistry reg = registry == null ? PolicyRegistry.defaults() : registry;
            Scenario parsed;
            try {
                parsed = ScenarioFiles.parse(text, fileName, reg, eventTypes());
            } catch (ScenarioException e) {
                if (registry == null && builtInCode && e.problem().startsWith("unknown ") && e.problem().contains(" policy '")) {
                    // a policy of one's own in a scenario built in code, with the registry forgotten: the
                    // defaults do not know it (the message named only the known ones: an economist's
                    // review); not for a file of the command line's, which cannot give a registry
                    throw new ScenarioException(e.file(), e.line(), e.column(), e.path(), e.problem() + "; a policy"
                            + " registered in code needs the experiment's registry: Experiment.builder().registry(r)", e);
                }
                throw e;
            }
            List<Cell> cells = cells();
            // an arm setting a path twice: only its last value would count (a strategist's review);
            // not the overrides of every run, which like --set are applied in order, a later one
            // over an earlier (docs/SCENARIO_FORMAT.md, "Overrides")
            for (Cell c : cells) {
                Overrides.Twice twice = Overrides.twice(c.overrides(), parsed);
                if (twice != null) {
                    // an arm's problem at the arm, a grid's at the varied path that sets again (it
                    // was at 1:1, the cell's label being nowhere in the file: an adversarial review)
                    throw new ExperimentException((vary.isEmpty() ? "arm '" : "cell '") + c.label() + "': " + twice.problem(),
                            vary.isEmpty() ? c.label() : VARIED + twice.again().path());
                }
            }
            Scenario resolved;
            boolean together = false;   // the overrides of every run valid only with each cell's
            try {
                resolved = Overrides.parse(overrides).applyTo(parsed, reg, eventTypes());
            } catch (OverrideException alone) {
                resolved = withEveryCell(parsed, cells, alone, reg);
                together = true;
            }
            List<FieldOverride> seeds = Overrides.parse(overrides).setting("seed");
            if (seed != null && !seeds.isEmpty() && resolved.seed() != seed) {
                // the master seed wins over the override: one of the two would be dropped, silently
                throw new ExperimentException("the master seed is given twice, " + seed + " and the override "
                        + String.join(", ", seeds.stream().map(FieldOverride::text).toList()) + " of every run; give it once",
                        seeds.get(0).text());   // a file's error at the override
            }
            long master = seed != null ? seed : resolved.seed();
            for (FieldOverride common : Overrides.parse(overrides).list()) {
                // a value set for every run that every cell sets again is never used: refused
                // rather than dropped silently (one arm setting it apart from the rest is a choice)
                // (paths compared with labs, teams, named researchers and events by name or id: labs[Meta] and labs[0] are one)
                List<String> replaced = new ArrayList<>();
                int cellsReplacing = 0;
                for (Cell c : cells) {
                    boolean replaces = false;
                    for (FieldOverride o : Overrides.parse(c.overrides()).list()) {
                        if (byName(o, parsed).equals(byName(common, parsed))) {
                            replaced.add(o.text());
                            // a cell restating the value keeps it
                            replaces = !o.value().strip().equals(common.value().strip());
                        }
                    }
                    cellsReplacing += replaces ? 1 : 0;
                }
                if (cellsReplacing == cells.size() && !cells.isEmpty()) {
                    throw new ExperimentException(common.path() + " is set for every run (" + common.text() + ") and again by every"
                            + (vary.isEmpty() ? " arm" : " cell of the grid") + " (" + String.join(", ", new java.util.LinkedHashSet<>(
                            replaced)) + "), whose values replace it in every run; give it once", common.text());
                }
            }
            java.util.Map<String, String> labels = new java.util.HashMap<>();
            for (Cell c : cells) {
                String before = labels.putIfAbsent(c.label(), String.join(" ", c.overrides()));
                if (before != null) {
                    // labels are CSV-safe (a comma becomes ';', a double quote a single one): two values
                    // that differ only there would share a label in summary.csv and runs.csv
                    throw new ExperimentException("cells '" + before + "' and '" + String.join(" ", c.overrides())
                            + "' get the same label '" + c.label() + "' (in labels a comma becomes ';' and a double quote a"
                            + " single one); write the values so that they differ otherwise", c.label());
                }
            }
            List<String> names = null;
            String first = null;
            java.util.Map<Scenario, Cell> cellOf = new java.util.HashMap<>();
            String[] sameArms = null;   // the first two arms alike
            Scenario largest = resolved;
            for (Cell c : cells) {
                Scenario s;
                try {
                    s = cellScenario(c, together, parsed, resolved, reg);
                } catch (OverrideException e) {
                    throw ofPathOrValue(e, resolved, reg);
                }
                formulaValues(c);
                if (c == cells.get(0) || org.talentsim.engine.Simulation.memoryNeeded(s)
                        > org.talentsim.engine.Simulation.memoryNeeded(largest)) {
                    largest = s;
                }
                Cell sameCell = cellOf.putIfAbsent(s, c);
                String same = sameCell == null ? null : sameCell.label();
                if (same != null && vary.isEmpty()) {
                    sameArms = sameArms != null ? sameArms : new String[] {same, c.label()};
                    same = null;   // said after the seeds' check, whose words are more to the point
                }
                if (same != null) {
                    // one value written two ways (0.1/year and 0.10/year, 1B and 1000M), or one a later
                    // path sets anyway: the same runs twice; said at the first varied path whose values
                    // differ between the two cells (it was at 1:1: a review)
                    throw new ExperimentException("cells '" + same + "' and '" + c.label() + "' run the same scenario: a varied"
                            + " value is given twice, written two ways, or another varied path sets it anyway",
                            firstDifference(sameCell, c));
                }
                if ((!Overrides.parse(c.overrides()).setting("seed").isEmpty() || s.seed() != resolved.seed()) && s.seed() != master) {
                    // the runs' seeds come from the master seed, the same in every cell (so that
                    // arms are paired): a seed set per cell would be replaced, silently. Only one
                    // equal to the master seed changes nothing (one equal to the scenario's does
                    // when the master seed is given apart)
                    throw new ExperimentException("cell '" + c.label() + "' sets the seed (" + String.join(", ", c.overrides())
                            + "): every cell runs replication r on the seed replication(S, r) of the master seed S (here "
                            + master + "), so that"
                            + " cells are compared on the same seeds; set S for the whole experiment (seed, or an"
                            + " override of every run) and vary the replications, not the seed", c.label());
                }
                if (sameArms != null) {
                    // an arm that changes nothing, or two arms alike: every difference 0, runs for
                    // nothing, and "same" read as a finding (a strategist's and a reliability review)
                    List<String> sets = arms.get(sameArms[1]);
                    throw new ExperimentException("arms '" + sameArms[0] + "' and '" + sameArms[1] + "' run the same scenario"
                            + (sets.isEmpty() ? "" : " (what '" + sameArms[1] + "' sets, " + String.join(", ", sets)
                            + ", is what '" + sameArms[0] + "' has)") + ": every difference between them would be 0; drop one,"
                            + " or check its values", sameArms[1]);
                }
                List<String> n = Outcomes.names(s, extra);
                if (names == null) {
                    names = n;
                    first = c.label();
                } else if (!n.equals(names)) {
                    String apart = labsApart(n, names, c.label(), first);
                    if (labsApart(n.stream().filter(x -> !x.contains("/")).toList(),
                            names.stream().filter(x -> !x.contains("/")).toList(), c.label(), first).equals("its metrics differ")
                            && apart.contains("/")) {
                        // only the teams differ (a teamMove to another lab in one cell): said as such
                        throw new ExperimentException("cell '" + c.label() + "' has other teams than cell '" + first + "' ("
                                + apart + "); the runs of an experiment must have the same teams' metrics (LAB/TEAM.metric:"
                                + " a teamMove to another lab, or a found event's teams, in one cell and not the other)", c.label());
                    }
                    throw new ExperimentException("cell '" + c.label() + "' has other labs than cell '" + first
                            + "' (" + apart + "); the runs of an experiment must have the"
                            + " same labs (a lab that an event founds or closes counts as one if the run reaches the event's date)",
                            c.label());
                }
            }
            // arms alike but for how a rate or amount is written (0.6/year, 0.05/month), or whose only
            // change is the scenario's name or description: the same runs (a review)
            List<String> armNames = new ArrayList<>(arms.keySet());
            for (int i = 0; i < armNames.size(); i++) {
                List<FieldOverride> mine = Overrides.parse(arms.get(armNames.get(i))).list();
                if (!mine.isEmpty() && mine.stream().allMatch(o -> o.path().equals("name") || o.path().equals("description"))) {
                    throw new ExperimentException("arm '" + armNames.get(i) + "' changes only the scenario's " + (mine.stream()
                            .allMatch(o -> o.path().equals("name")) ? "name" : mine.stream().allMatch(o -> o.path().equals("description"))
                            ? "description" : "name and description") + ": its runs are the same as an arm that does not; drop it",
                            armNames.get(i));
                }
                for (int j = i + 1; j < armNames.size(); j++) {
                    String written = writtenTwoWays(arms.get(armNames.get(i)), arms.get(armNames.get(j)), parsed);
                    if (written != null) {
                        throw new ExperimentException("arms '" + armNames.get(i) + "' and '" + armNames.get(j) + "' run the same"
                                + " scenario: " + written + "; drop one, or check its values", armNames.get(j));
                    }
                }
            }
            // one rate or amount written in two units (0.6/year and 0.05/month): the same cells, which
            // their scenarios, a rounding apart, did not show (a strategist's review)
            for (Map.Entry<String, List<String>> g : vary.entrySet()) {
                List<String> values = g.getValue();
                for (int i = 0; i < values.size(); i++) {
                    for (int j = i + 1; j < values.size(); j++) {
                        String same = sameAmount(values.get(i), values.get(j));
                        if (same != null) {
                            throw new ExperimentException("cells '" + g.getKey() + "=" + values.get(i) + "' and '" + g.getKey() + "="
                                    + values.get(j) + "' run the same scenario: a varied value is given twice, written two ways ("
                                    + same + ")", g.getKey() + "=" + values.get(j));
                        }
                    }
                }
            }
            // paths.csv: the headcount paths, when every cell has the same labs and periods
            List<String> paths = null;
            for (Cell c : cells) {
                List<String> p = HeadcountPaths.columns(cellScenario(c, together, parsed, resolved, reg));
                paths = paths == null || paths.equals(p) ? p : List.of();
            }
            List<String> report = new ArrayList<>();
            // the teams' metrics (LAB/TEAM.hires), like the flows, only when named: a lab's are
            // the sums of its teams', and they would multiply the tables and Holm's family
            Scenario firstCell = cellScenario(cells.get(0), together, parsed, resolved, reg);
            java.util.Set<String> teamMetrics = new java.util.HashSet<>(StandardMetrics.teamMetricNames(firstCell));
            // the moves that only close a lab's balance (founders, teams moved): like the flows, when named
            java.util.Set<String> balance = StandardMetrics.balanceMetricNames(firstCell);
            if (metrics.isEmpty()) {
                for (String n : names) {
                    // (not the count of events skipped: a check of the runs, in runs.csv, which the
                    // report notes; reported when chosen)
                    if (!n.startsWith("market.flow.") && !n.equals(StandardMetrics.EVENTS_SKIPPED) && !teamMetrics.contains(n)
                            && !balance.contains(n)) {
                        report.add(n);
                    }
                }
            } else {
                java.util.Set<String> named = new java.util.HashSet<>();
                for (String m : metrics) {
                    // a metric's own name is that metric, a star in a lab's name included ('St*r.hires'
                    // also matched Star.hires: a review); a pattern otherwise
                    if (m.indexOf('*') >= 0 && !names.contains(m)) {
                        // a pattern: every metric it matches, in the metrics' order ("Meta.*" for one
                        // lab's, "*.poached_out" for every lab's; a strategist typed 27 names)
                        List<String> matched = matching(m, names, teamMetrics);
                        if (matched.isEmpty()) {
                            throw new ExperimentException("metric pattern " + Names.quote(m) + " matches no metric (* stands for any"
                                    + " text: Meta.*, *.poached_out)" + patternHint(m, names, teamMetrics,
                                    firstCell), m);
                        }
                        for (String n : matched) {
                            if (!report.contains(n)) {
                                report.add(n);
                            }
                        }
                        continue;
                    }
                    if (!names.contains(m)) {
                        String team = teamHint(m, firstCell);
                        throw new ExperimentException("unknown metric " + Names.quote(m) + (team != null ? team : hint(m, names)), m);
                    }
                    if (!named.add(m)) {
                        throw new ExperimentException("metric " + Names.quote(m) + " is listed twice", m);
                    }
                    if (!report.contains(m)) {   // (a pattern before it may have named it)
                        report.add(m);
                    }
                }
            }
            List<Ratio> ratioList = new ArrayList<>();
            for (String text : ratios) {
                Ratio r = ratio(text, names, firstCell);
                if (ratioList.contains(r)) {
                    throw new ExperimentException("ratio " + Names.quote(text) + " is listed twice", text);
                }
                ratioList.add(r);
            }
            return new Experiment(this, resolved, cells, names, report, ratioList, paths, largest);
        }

        /**
         * The metrics of {@code names} that pattern {@code pattern} matches, {@code *} standing for
         * any text (a lab's name with dots too), in their order (by name); the count of events skipped, a
         * check of the runs, only when named; a team's metric ({@code teams}) only when the pattern
         * holds a {@code /} ({@code Meta/*.hires}, {@code *}{@code /*.headcount_end}): {@code *.hires} is every lab's.
         */
        static List<String> matching(String pattern, List<String> names, java.util.Set<String> teams) {
            boolean teamPattern = pattern.indexOf('/') >= 0;
            StringBuilder re = new StringBuilder();
            String[] parts = pattern.split("\\*", -1);
            for (int k = 0; k < parts.length; k++) {
                re.append(k == 0 ? "" : ".*").append(java.util.regex.Pattern.quote(parts[k]));
            }
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(re.toString(), java.util.regex.Pattern.DOTALL);
            List<String> out = new ArrayList<>();
            for (String n : names) {
                if (!n.equals(StandardMetrics.EVENTS_SKIPPED) && (teamPattern || !teams.contains(n)) && p.matcher(n).matches()) {
                    out.add(n);
                }
            }
            return out;
        }

        /** The labs one cell's metrics name and the other's do not, each way: "only in 'a': X; only in 'b': Y". */
        static String labsApart(List<String> a, List<String> b, String aLabel, String bLabel) {
            java.util.Set<String> la = labsOf(a);
            java.util.Set<String> lb = labsOf(b);
            List<String> parts = new ArrayList<>();
            java.util.Set<String> onlyA = new java.util.TreeSet<>(la);
            onlyA.removeAll(lb);
            java.util.Set<String> onlyB = new java.util.TreeSet<>(lb);
            onlyB.removeAll(la);
            if (!onlyA.isEmpty()) {
                parts.add("only in '" + aLabel + "': " + String.join(", ", onlyA));
            }
            if (!onlyB.isEmpty()) {
                parts.add("only in '" + bLabel + "': " + String.join(", ", onlyB));
            }
            return parts.isEmpty() ? "its metrics differ" : String.join("; ", parts);
        }

        /** The labs named by metrics {@code LAB.metric} (the market's and the flows' left out). */
        private static java.util.Set<String> labsOf(List<String> names) {
            java.util.Set<String> labs = new java.util.HashSet<>();
            for (String n : names) {
                int dot = n.lastIndexOf('.');
                if (dot > 0 && !n.startsWith("market.")) {
                    labs.add(n.substring(0, dot));
                }
            }
            return labs;
        }

        /**
         * Why {@code m}, written as a team's metric ({@code LAB/TEAM.metric}), is not one, when its
         * lab is covered and its metric a team's: the lab has one team, or the teams are too many;
         * null otherwise.
         */
        static String teamHint(String m, Scenario s) {
            int slash = m.indexOf('/');
            int dot = m.lastIndexOf('.');
            if (slash <= 0 || dot < slash || !StandardMetrics.TEAM_METRICS.contains(m.substring(dot + 1))) {
                return null;
            }
            String lab = m.substring(0, slash);
            String team = m.substring(slash + 1, dot);
            String kind = m.substring(dot + 1);
            if (!StandardMetrics.labs(s).contains(lab)) {
                return null;
            }
            List<String> all = StandardMetrics.allTeams(s);
            List<String> ofLab = all.stream().filter(t -> t.startsWith(lab + "/")).toList();
            if (ofLab.isEmpty()) {
                return ": lab " + Names.quote(lab) + " has one team, whose metrics are the lab's (" + lab + "." + kind
                        + "; docs/METRICS.md, \"Per team\")";
            }
            if (StandardMetrics.teams(s).isEmpty()) {
                return ": the teams' metrics are reported when the labs of two teams or more have at most "
                        + StandardMetrics.TEAM_LIMIT + " teams in all (here " + all.size() + "); a user metric gives one"
                        + " team's (docs/EXPERIMENTS.md, \"A team's metric\")";
            }
            String close = org.talentsim.internal.Suggestions.closest(lab + "/" + team, ofLab);
            return ": lab " + Names.quote(lab) + " has no team " + Names.quote(team) + (close != null ? " (did you mean "
                    + Names.quote(close + "." + kind) + "?)" : "") + "; its teams: "
                    + String.join(", ", ofLab.stream().map(t -> t.substring(lab.length() + 1)).toList());
        }

        /**
         * The ratio {@code text} names, {@code NUMERATOR per DENOMINATOR}: split at the {@code per}
         * (between spaces) whose sides are both metrics of {@code names} (a lab's or team's name may
         * hold one); a side that is none is named with the hint an unknown metric gets.
         */
        private static Ratio ratio(String text, List<String> names, Scenario s) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s+per\\s+").matcher(text);
            List<Ratio> known = new ArrayList<>();
            Ratio first = null;
            while (m.find()) {
                Ratio r = new Ratio(text.substring(0, m.start()).strip(), text.substring(m.end()).strip());
                first = first == null ? r : first;
                if (names.contains(r.numerator()) && names.contains(r.denominator())) {
                    known.add(r);
                }
            }
            if (first == null) {
                throw new ExperimentException("ratio " + Names.quote(text) + ": write it NUMERATOR per DENOMINATOR, two metrics'"
                        + " names, e.g. 'Meta.spend per Meta.headcount_end'", text);
            }
            if (known.size() > 1) {
                throw new ExperimentException("ratio " + Names.quote(text) + " reads two ways (" + known.get(0).numerator()
                        + " | " + known.get(0).denominator() + ", and " + known.get(1).numerator() + " | " + known.get(1).denominator()
                        + "): a name holds ' per '", text);
            }
            if (known.isEmpty()) {
                String side = names.contains(first.numerator()) ? first.denominator() : first.numerator();
                if (side.indexOf('*') >= 0) {
                    throw new ExperimentException("ratio " + Names.quote(text) + ": a ratio names two metrics, not patterns ("
                            + Names.quote(side) + ")", text);
                }
                String team = teamHint(side, s);
                throw new ExperimentException("ratio " + Names.quote(text) + ": unknown metric " + Names.quote(side)
                        + (team != null ? team : hint(side, names)), text);
            }
            Ratio r = known.get(0);
            if (r.numerator().equals(r.denominator())) {
                throw new ExperimentException("ratio " + Names.quote(text) + " divides a metric by itself: 1 wherever it is defined",
                        text);
            }
            return r;
        }

        /**
         * The hint for a pattern that matches nothing: for one with a {@code /} (a team's), among the
         * teams' metrics (it suggested a lab's: "Meta.hires" for "Meta/*.hire"), or why there are
         * none (more than {@link StandardMetrics#TEAM_LIMIT} teams); else among all metrics.
         */
        static String patternHint(String pattern, List<String> names, java.util.Set<String> teams, Scenario s) {
            if (pattern.indexOf('/') < 0) {
                return hint(pattern.replace("*", ""), names);
            }
            if (teams.isEmpty()) {
                int all = StandardMetrics.allTeams(s).size();
                return all > StandardMetrics.TEAM_LIMIT ? ": the teams' metrics are reported when the labs of two teams or more have"
                        + " at most " + StandardMetrics.TEAM_LIMIT + " teams in all (here " + all + "); a user metric gives one team's"
                        + " (docs/EXPERIMENTS.md, \"A team's metric\")"
                        : ": no lab here has two teams or more, so no team has metrics of its own (docs/METRICS.md, \"Per team\")";
            }
            List<String> teamNames = names.stream().filter(teams::contains).toList();
            String kind = pattern.substring(pattern.lastIndexOf('.') + 1).replace("*", "");
            String close = org.talentsim.internal.Suggestions.closest(kind, StandardMetrics.TEAM_METRICS);
            return close != null && !close.equals(kind) && pattern.lastIndexOf('.') > pattern.indexOf('/')
                    ? " (did you mean " + Names.quote(pattern.substring(0, pattern.lastIndexOf('.') + 1) + close) + "?; docs/METRICS.md,"
                            + " \"Per team\")"
                    : hint(pattern.replace("*", ""), teamNames);
        }

        private static String hint(String m, List<String> names) {
            String close = org.talentsim.internal.Suggestions.closest(m, names);
            if (close != null) {
                return " (did you mean " + Names.quote(close) + "?; docs/METRICS.md)";
            }
            int dot = m.lastIndexOf('.');
            String suffix = dot < 0 ? "." + m : m.substring(dot);
            String prefix = dot < 0 ? m : m.substring(0, dot + 1);
            List<String> near = new ArrayList<>();
            for (String n : names) {
                if ((n.endsWith(suffix) || n.startsWith(prefix)) && near.size() < 6) {
                    near.add(n);
                }
            }
            return near.isEmpty() ? "; docs/METRICS.md lists the standard metrics"
                    : "; known, e.g.: " + String.join(", ", near) + " (docs/METRICS.md)";
        }

        /**
         * The scenario of the first cell, when the overrides of every run fail on their own
         * ({@code alone}) but each cell's make them valid, as a run applies them, all together (a
         * compute share set for every run that adds up to at most 1 only with each cell's value of
         * another team's): each cell is then checked with them. Otherwise {@code alone} is thrown:
         * with no cells that set anything (a run would fail as they do), when no cell makes them valid, or
         * when a cell sets the seed or the name (what the runs share is read from the overrides of
         * every run). When some cells make them valid and others not, the first failing cell's
         * problem is thrown.
         */
        private Scenario withEveryCell(Scenario parsed, List<Cell> cells, OverrideException alone, PolicyRegistry reg) {
            Scenario first = null;
            OverrideException failed = null;
            for (Cell c : cells) {
                if (c.overrides().isEmpty()) {
                    // an arm that sets nothing runs them alone (the implicit baseline of a comparison, say)
                    throw new OverrideException(alone.override(), alone.problem() + " (arm '" + c.label()
                            + "' sets nothing else, so its runs have it alone)", alone);
                }
                if (!Overrides.parse(c.overrides()).setting("seed").isEmpty()
                        || !Overrides.parse(c.overrides()).setting("name").isEmpty()) {
                    throw alone;
                }
                try {
                    Scenario s = cellScenario(c, true, parsed, null, reg);
                    first = first == null ? s : first;
                } catch (OverrideException e) {
                    // blamed on a value of every run: say with which cell's values it fails
                    failed = failed != null ? failed : !overrides.contains(e.override()) ? e : new OverrideException(
                            e.override(), e.problem() + " (in the runs of " + (vary.isEmpty() ? "arm '" : "cell '")
                            + c.label() + "')", e);
                }
            }
            if (failed != null && (first != null || !overrides.contains(failed.override()))) {
                // a cell's problem: the first cell that fails, where some cells are valid or where
                // what fails is the cell's own (a misspelt team in a varied path, say)
                throw failed;
            }
            if (first == null) {
                throw alone;   // no cell makes them valid: their own problem
            }
            return first;
        }

        /**
         * How two arms' overrides set the same paths to the same values, some written two ways
         * ({@code 0.6/year} and {@code 0.05/month}, {@code 1.5B} and {@code 1500M}), or null when
         * they differ (or are written alike: the arms' scenarios, equal, say that).
         */
        static String writtenTwoWays(List<String> a, List<String> b, Scenario s) {
            Map<String, String> x = new java.util.TreeMap<>();
            Map<String, String> y = new java.util.TreeMap<>();
            Overrides.parse(a).list().forEach(o -> x.put(byName(o, s), o.value().strip()));
            Overrides.parse(b).list().forEach(o -> y.put(byName(o, s), o.value().strip()));
            if (!x.keySet().equals(y.keySet()) || x.equals(y)) {
                return null;
            }
            List<String> ways = new ArrayList<>();
            for (String path : x.keySet()) {
                String u = x.get(path);
                String v = y.get(path);
                if (u.equals(v)) {
                    continue;
                }
                String same = sameAmount(u, v);
                if (same == null) {
                    return null;
                }
                ways.add(path + " " + u + " and " + v + " are the same (" + same + ")");
            }
            return String.join(", ", ways);
        }

        /**
         * The one rate or amount {@code u} and {@code v} both are, written two ways ({@code
         * 0.6/year} and {@code 0.05/month}: "0.05 per month"; {@code 1.5B} and {@code 1500M}), or
         * null when they are not both rates or amounts, or differ.
         */
        static String sameAmount(String u, String v) {
            String[] unit = new String[1];
            String[] n = ExperimentRunner.numeric(List.of(u, v), unit);
            if (n == null || n[0].isEmpty() || n[1].isEmpty()) {
                return null;
            }
            double p = Double.parseDouble(n[0]);
            double q = Double.parseDouble(n[1]);
            return Math.abs(p - q) > 1e-9 * Math.max(Math.abs(p), Math.abs(q)) ? null : n[0] + " " + unit[0].replace('_', ' ');
        }

        /**
         * The path of {@code o} with a lab, a team, a named researcher or an event chosen by its
         * index written by its name or id in {@code s} ({@code labs[0].teams[1].computeShare} →
         * {@code labs[Meta].teams[FAIR].computeShare}, {@code events[4]} → {@code events[injection]}),
         * so that two spellings of one field compare equal.
         */
        static String byName(FieldOverride o, Scenario s) {
            List<FieldOverride.Step> steps = o.steps();
            Object at = s;   // the item the path has reached, where it is one that items are named under
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < steps.size(); k++) {
                FieldOverride.Step st = steps.get(k);
                String sel = st.selector();
                Object next = null;
                if (sel != null) {
                    if (at instanceof Scenario sc && st.key().equals("labs")) {
                        next = item(sc.labs(), sel, org.talentsim.scenario.LabSpec::name);
                    } else if (at instanceof Scenario sc && st.key().equals("events")) {
                        org.talentsim.scenario.EventSpec ev = item(sc.events(), sel, org.talentsim.scenario.EventSpec::id);
                        sel = ev == null || ev.id() == null ? sel : ev.id();
                    } else if (at instanceof org.talentsim.scenario.LabSpec l && st.key().equals("teams")) {
                        next = item(l.teams(), sel, org.talentsim.scenario.TeamSpec::name);
                    } else if (at instanceof org.talentsim.scenario.TeamSpec t && st.key().equals("stars")) {
                        next = item(t.stars(), sel, org.talentsim.scenario.StarSpec::name);
                    } else if (at instanceof org.talentsim.scenario.PoolSpec p && st.key().equals("stars")) {
                        next = item(p.stars(), sel, org.talentsim.scenario.StarSpec::name);
                    }
                    if (next instanceof org.talentsim.scenario.LabSpec l) {
                        sel = l.name();
                    } else if (next instanceof org.talentsim.scenario.TeamSpec t) {
                        sel = t.name();
                    } else if (next instanceof org.talentsim.scenario.StarSpec r) {
                        sel = r.name();
                    }
                } else if (at instanceof Scenario sc && st.key().equals("pool")) {
                    next = sc.pool();
                }
                at = next;
                b.append(k == 0 ? "" : ".").append(st.key()).append(sel == null ? "" : "[" + sel + "]");
            }
            return b.toString();
        }

        /** The item named {@code sel}, else the one at index {@code sel}, else null. */
        private static <T> T item(List<T> items, String sel, java.util.function.Function<T, String> name) {
            for (T t : items) {
                if (sel.equals(name.apply(t))) {
                    return t;
                }
            }
            if (sel.matches("\\d{1,9}")) {
                int i = Integer.parseInt(sel);
                return i < items.size() ? items.get(i) : null;
            }
            return null;
        }

        /** Cell {@code c}'s scenario: its overrides on {@code resolved}, or with the experiment's on {@code parsed}. */
        private Scenario cellScenario(Cell c, boolean together, Scenario parsed, Scenario resolved, PolicyRegistry reg) {
            if (!together) {
                return Overrides.parse(c.overrides()).applyTo(resolved, reg, eventTypes());
            }
            List<String> all = new ArrayList<>(overrides);
            all.addAll(c.overrides());
            return Overrides.parse(all).applyTo(parsed, reg, eventTypes());
        }

        private List<Cell> cells() {
            List<Cell> out = new ArrayList<>();
            if (!arms.isEmpty()) {
                arms.forEach((k, v) -> out.add(new Cell(k, v)));
                return out;
            }
            if (vary.isEmpty()) {
                out.add(new Cell(BASE_CELL, List.of()));
                return out;
            }
            List<List<String>> prefixes = new ArrayList<>();
            prefixes.add(List.of());
            for (Map.Entry<String, List<String>> e : vary.entrySet()) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> p : prefixes) {
                    for (String v : e.getValue()) {
                        List<String> q = new ArrayList<>(p);
                        q.add(e.getKey() + "=" + v);
                        next.add(q);
                    }
                }
                prefixes = next;
            }
            for (List<String> p : prefixes) {
                out.add(new Cell(label(String.join(" ", p)), p));
            }
            return out;
        }

        /**
         * {@link Names#valueProblem} of a varied value, but for a signed amount or rate ({@code
         * -5M}, {@code -1/year}): that one is checked once its cell's scenario is made ({@link
         * #formulaValues}), so that a value out of its field's range is told so first.
         */
        private static String textValueProblem(String v) {
            return SIGNED.matcher(v).lookingAt() ? null : Names.valueProblem(v);
        }

        /** A value that begins as a signed number does ({@code -5M}, {@code +0.1/year}, {@code -.5}). */
        private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern.compile("\\s*[+-]\\s*\\.?[0-9]");

        /**
         * Refuses a varied value of cell {@code c} that a spreadsheet opening {@code cells.csv} or
         * {@code summary.csv} would run as a formula ({@link Names#valueProblem}: {@code -5M},
         * {@code =1}). Checked once the cell's scenario is made, so that a value out of its field's
         * range is told so (a budget of -5M: "must be >= 0"), not told to be written as a plain
         * number (a strategist's review).
         */
        private void formulaValues(Cell c) {
            if (vary.isEmpty()) {
                return;
            }
            for (String o : c.overrides()) {
                // (the path as varied: a lab's name may hold an '=')
                String path = vary.keySet().stream().filter(k -> o.startsWith(k + "=")).findFirst().orElseThrow();
                String v = o.substring(path.length() + 1);
                String p = Names.valueProblem(ExperimentRunner.unquoted(v));
                if (p != null) {
                    // the value is a cell of cells.csv and summary.csv (found by a review); the
                    // subject is path=value, as a file names the value (its line and column)
                    throw new ExperimentException("vary " + path + ": the value " + Names.quote(ExperimentRunner.unquoted(v))
                            + " " + p, o);
                }
            }
        }

        /** A cell label safe in a CSV cell: commas become ';', double quotes single ones. */
        private static String label(String s) {
            return s.replace(',', ';').replace('"', '\'').replaceAll("\\p{Cntrl}", " ");
        }
    }
}
