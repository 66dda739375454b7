package org.talentsim.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.EventTypes;

/**
 * Experiment files (YAML, {@code version: 1}; docs/EXPERIMENTS.md): read with the scenario
 * files' reader, limits and error style ({@code file:line:col: field: problem}). This reads
 * the file's structure only; {@code org.talentsim.experiment.Experiment#read} resolves the
 * scenario, applies the overrides and reports their problems at their positions.
 *
 * <pre>{@code
 * version: 1
 * scenario: ../scenarios/meta-2025.yaml     # relative to this file
 * overrides: [months=12]                     # applied to every run
 * arms:                                      # or vary: {PATH: [v1, v2]}
 *   baseline: []
 *   none: ['labs[Meta].retention=none']
 * replications: 50
 * seed: 42                                   # default: the scenario's
 * metrics: [Meta.poached_out, Meta.retention]
 * ratios: ['Meta.spend per Meta.headcount_end']   # reported beside the metrics
 * }</pre>
 */
public final class ExperimentFiles {
    /**
     * The most runs an experiment may have (cells × replications; its runs are listed before
     * they start, and a million is days of work for the smallest scenario).
     */
    public static final int MAX_RUNS = 1_000_000;

    /**
     * What is wrong with an experiment of {@code arms} arms (0: none) or a grid of {@code
     * varied} values per path, run {@code replications} times each, if it has more than {@link
     * #MAX_RUNS} runs; null if it has not. Counted without listing the cells (a grid's multiply)
     * and without overflow.
     */
    public static String tooManyRuns(int arms, List<Integer> varied, int replications) {
        long cells = arms == 0 ? 1 : arms;
        for (int n : varied) {
            cells = Math.min(MAX_RUNS + 1L, cells * n);   // no overflow: both factors are below 2^31
        }
        if (cells * replications <= MAX_RUNS) {
            return null;
        }
        return (cells > MAX_RUNS ? "over " + MAX_RUNS + " cells" : cells + (cells == 1 ? " cell" : " cells") + " × "
                + replications + " replications = " + cells * replications + " runs") + ", more than the " + MAX_RUNS
                + " runs an experiment may have; give fewer replications or a smaller grid";
    }

    static final List<String> TOP = List.of("version", "description", "scenario", "scenario_sha256", "overrides", "arms",
            "baseline", "vary", "replications", "seed", "metrics", "ratios");

    /** A scenario's top-level fields that an experiment file does not take (seed it does: the master seed). */
    private static final List<String> SCENARIO_FIELDS = List.of("months", "start", "tick", "generator", "market", "policies",
            "labs", "pool", "events", "name");

    /** A scalar's text for a message ({@code VALUE} for anything else). */
    private static String shownValue(YNode v) {
        return v instanceof YNode.Scalar s && !s.isNull() && s.text.length() <= 40 ? s.text : "VALUE";
    }

    private ExperimentFiles() {}

    /** A text of the file with where it was written (1-based line and column) and its field path. */
    public record Item(String text, int line, int col, String path) {}

    /** A named list: an arm (name, overrides) or a varied path (path, values). */
    public record Group(Item name, List<Item> items) {
        /** Copies the list (unmodifiable), as {@code CalibrationFiles}' records do (an API review). */
        public Group {
            items = List.copyOf(items);
        }
    }

    /**
     * An experiment file as written.
     *
     * @param file the file's name in messages
     * @param dir the folder the file is in (the scenario path is relative to it); null for text
     * @param scenario the scenario path as written
     * @param scenarioSha256 the scenario's SHA-256 when the file records it (a resolved spec), else null
     * @param overrides overrides of every run
     * @param arms named arms in order (empty without {@code arms:})
     * @param baseline the arm the others are compared with, as written ({@code baseline:}), or null
     *     for the default (the arm named {@code baseline}, else the first)
     * @param vary varied paths in order (empty without {@code vary:})
     * @param replications replications per arm or cell
     * @param seed the master seed, or null for the scenario's
     * @param metrics the metrics to report (empty: the default set)
     * @param ratios the ratios to report, {@code NUMERATOR per DENOMINATOR} (empty: none)
     * @param root where the mapping starts (for errors about the whole file)
     */
    public record ExperimentFile(String file, Path dir, Item scenario, Item scenarioSha256, List<Item> overrides,
            List<Group> arms, Item baseline, List<Group> vary, int replications, Long seed, List<Item> metrics, List<Item> ratios, Item root) {
        /** Copies the lists (unmodifiable), as {@code CalibrationFiles}' records do (an API review). */
        public ExperimentFile {
            overrides = List.copyOf(overrides);
            arms = List.copyOf(arms);
            vary = List.copyOf(vary);
            metrics = List.copyOf(metrics);
            ratios = List.copyOf(ratios);
        }

        /** An error at {@code at}, in the words of a scenario file's error. */
        public ScenarioException error(Item at, String problem) {
            return new ScenarioException(file, at.line(), at.col(), at.path(), problem);
        }
    }

    /**
     * Whether {@code text} is meant as an experiment file: a YAML mapping with a {@code scenario}
     * key and no {@code kind} (a scenario file has no {@code scenario} key; a calibration file
     * has a {@code kind}), so {@code check} knows which reader to use. Never throws.
     */
    public static boolean isExperiment(String text) {
        try {
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            // (or one that has forgotten its scenario: an experiment's own keys and no labs, which
            // was read as a scenario and refused for its 'overrides': an adversarial review)
            return YamlTree.parse(t, "?") instanceof YNode.Mapping m && m.entry("kind") == null
                    && m.entry("parameters") == null && m.entry("targets") == null
                    && (m.entry("scenario") != null || m.entry("labs") == null && (m.entry("arms") != null
                    || m.entry("vary") != null || m.entry("overrides") != null || m.entry("replications") != null));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Reads an experiment file; its name in messages is {@code file.toString()}. */
    public static ExperimentFile read(Path file) {
        String name = file.toString();
        String text = ScenarioFiles.text(ScenarioFiles.bytes(file, "an experiment file"), name);
        Path dir = file.toAbsolutePath().getParent();
        return parse(text, name, dir);
    }

    /** Parses experiment text named {@code fileName}; a relative scenario path is resolved against {@code dir}. */
    public static ExperimentFile parse(String text, String fileName, Path dir) {
        Objects.requireNonNull(text, "text");
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        YNode root = YamlTree.parse(t, fileName);
        Doc doc = new Doc(fileName, PolicyRegistry.defaults(), EventTypes.defaults());
        doc.root = root;
        if (!(root instanceof YNode.Mapping)) {
            throw doc.fail(root, "", "expected an experiment mapping starting with 'version: 1', was " + root.describe());
        }
        // a file with a kind is a calibration's (or a misspelt one): said as such, not "kind: unknown
        // key" (what spark-submit's Submit, which reads only experiment files, said)
        ScenarioException kind = CalibrationFiles.kindProblem(doc, root);
        if (kind != null) {
            throw kind;
        }
        if (((YNode.Mapping) root).entry("kind") != null) {
            throw Fields.of(doc, root, "", List.copyOf(((YNode.Mapping) root).entries().keySet())).failAtKey("kind",
                    "an experiment file has no kind: this is a calibration file; run it with talentsim calibrate (or"
                    + " sensitivity), not as an experiment");
        }
        // a scenario's field at the top (months: 6) is a change to the scenario: said how to make it
        // (it was "unknown key; expected one of ...": a strategist's slip)
        for (Map.Entry<String, YNode.Mapping.Entry> e : ((YNode.Mapping) root).entries().entrySet()) {
            if (SCENARIO_FIELDS.contains(e.getKey())) {
                // a field holding a mapping or a list is changed a value under it at a time ('labs=VALUE' is no override)
                boolean scalar = e.getValue().value() instanceof YNode.Scalar;
                throw doc.fail(e.getValue().key(), e.getKey(), "a scenario's field, not an experiment's: change the scenario"
                        + " for every run with overrides: ['" + (scalar ? e.getKey() + "=" + shownValue(e.getValue().value())
                        : e.getKey().equals("labs") ? "labs[NAME].prestige=0.7" : e.getKey() + ".FIELD=VALUE") + "']"
                        + (e.getKey().equals("months") ? " (or --months on the command line)" : scalar ? "" : ", one value at a time"));
            }
        }
        Fields f = Fields.of(doc, root, "", TOP);
        long version = f.longValue("version", -1);
        if (!f.has("version")) {
            throw f.fail("version", "is required; write 'version: 1'");
        }
        if (version != 1) {
            throw f.range("version", "must be 1 (the only experiment file format)");
        }
        Item scenario = item(doc, f.require("scenario"), "scenario");
        Item sha = f.has("scenario_sha256") ? item(doc, f.get("scenario_sha256"), "scenario_sha256") : null;
        List<Item> overrides = items(doc, f, "overrides");
        for (String key : List.of("arms", "vary", "metrics", "ratios")) {
            if (f.written(key) && !f.has(key)) {
                throw f.failAtKey(key, "has no value: give " + (key.equals("metrics") ? "the metrics to report" : key.equals("ratios")
                        ? "the ratios to report, like 'Meta.spend per Meta.headcount_end'" : key.equals("arms")
                        ? "the arms, like 'none: [labs[Meta].retention=none]'" : "the paths and their values, like"
                        + " 'labs[Meta].prestige: [0.5, 0.7]'") + ", or leave the key out");
            }
        }
        List<Group> arms = groups(doc, f, "arms");
        List<Group> vary = groups(doc, f, "vary");
        if (f.has("arms") && f.has("vary")) {
            throw f.fail("vary", "give either arms: or vary:, not both");
        }
        if (f.has("arms") && arms.isEmpty()) {
            throw f.fail("arms", "expected at least one arm, like 'none: [labs[Meta].retention=none]'");
        }
        if (f.has("vary") && vary.isEmpty()) {
            throw f.fail("vary", "expected at least one path and its values, like 'labs[Meta].prestige: [0.5, 0.7]'");
        }
        for (Group g : vary) {
            if (g.items().isEmpty()) {
                throw doc.fail(f.get("vary"), g.name().path(), "expected a list of at least one value");
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Item v : g.items()) {
                if (!seen.add(v.text())) {
                    throw new ScenarioException(fileName, v.line(), v.col(), v.path(), "the value " + v.text()
                            + " is given twice: two cells of the grid would be the same");
                }
            }
        }
        for (Group g : arms) {
            String p = org.talentsim.internal.Names.problem(g.name().text());
            // the arm's name is a cell of runs.csv and comparison.csv: the builder's rule (Names.armProblem),
            // said here at its line (a name read as missing had none: a student's review)
            p = p != null ? p : org.talentsim.internal.Names.armProblem(g.name().text());
            if (p != null) {
                throw new ScenarioException(fileName, g.name().line(), g.name().col(), g.name().path(), "an arm's name " + p);
            }
        }
        Item baseline = null;
        if (f.written("baseline")) {
            if (!f.has("arms")) {
                throw f.failAtKey("baseline", "names the arm the others are compared with, and this experiment has no arms"
                        + (f.has("vary") ? " (a grid's cells are compared with its first cell)" : "") + ": leave it out");
            }
            List<String> names = new ArrayList<>();
            for (Group g : arms) {
                names.add(g.name().text());
            }
            if (!f.has("baseline")) {
                // (an empty baseline: was an internal error: a review)
                throw f.failAtKey("baseline", "has no value: give the arm the others are compared with (" + String.join(", ", names)
                        + "), or leave the key out for the arm named baseline, else the first");
            }
            baseline = item(doc, f.get("baseline"), "baseline");
            boolean known = names.contains(baseline.text());
            if (!known) {
                throw new ScenarioException(fileName, baseline.line(), baseline.col(), baseline.path(), "'"
                        + org.talentsim.internal.Names.shown(baseline.text()) + "' is no arm's name; the arms: "
                        + String.join(", ", names));
            }
        }
        int replications = f.integer("replications", 1, 1, false);
        List<Integer> sizes = new ArrayList<>();
        vary.forEach(g -> sizes.add(g.items().size()));
        String tooMany = tooManyRuns(arms.size(), sizes, replications);
        if (tooMany != null) {
            throw f.fail(f.has("replications") ? "replications" : vary.isEmpty() ? "arms" : "vary", tooMany);
        }
        Long seed = f.has("seed") ? f.longValue("seed", 0) : null;
        List<Item> metrics = items(doc, f, "metrics");
        if (f.has("metrics") && metrics.isEmpty()) {
            throw f.fail("metrics", "expected at least one metric; leave metrics: out for every standard metric");
        }
        List<Item> ratios = items(doc, f, "ratios");
        if (f.has("ratios") && ratios.isEmpty()) {
            throw f.fail("ratios", "expected at least one ratio, like 'Meta.spend per Meta.headcount_end'; leave ratios: out for none");
        }
        return new ExperimentFile(fileName, dir, scenario, sha, overrides, arms, baseline, vary, replications, seed, metrics, ratios,
                new Item("", root.line, root.col, ""));
    }

    /** A scalar as an {@link Item} at {@code path} (shared with {@link CalibrationFiles}). */
    static Item item(Doc doc, YNode n, String path) {
        if (!(n instanceof YNode.Scalar s) || n.isNull()) {
            throw doc.fail(n, path, "expected text, was " + n.describe());
        }
        return new Item(s.text, n.line, n.col, path);
    }

    /** A list of scalars (a single scalar counts as a list of one; shared with {@link CalibrationFiles}). */
    static List<Item> items(Doc doc, Fields f, String key) {
        YNode n = f.get(key);
        if (n == null) {
            return List.of();
        }
        return itemsOf(doc, n, f.path(key));
    }

    private static List<Item> itemsOf(Doc doc, YNode n, String path) {
        List<Item> out = new ArrayList<>();
        if (n.isNull()) {
            return out;
        }
        if (n instanceof YNode.Scalar) {
            out.add(item(doc, n, path));
            return out;
        }
        if (!(n instanceof YNode.Sequence s)) {
            throw doc.fail(n, path, "expected a list, was " + n.describe());
        }
        doc.count(n, path, s.items().size());
        for (int i = 0; i < s.items().size(); i++) {
            out.add(item(doc, s.items().get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private static List<Group> groups(Doc doc, Fields f, String key) {
        YNode n = f.get(key);
        if (n == null) {
            return List.of();
        }
        if (!(n instanceof YNode.Mapping m)) {
            throw f.fail(key, "expected a mapping of names to lists, was " + n.describe());
        }
        List<Group> out = new ArrayList<>();
        for (var e : m.entries().entrySet()) {
            YNode.Scalar k = e.getValue().key();
            String path = f.path(key) + "." + e.getKey();
            out.add(new Group(new Item(e.getKey(), k.line, k.col, path), itemsOf(doc, e.getValue().value(), path)));
        }
        return out;
    }
}
