package org.talentsim.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentsim.internal.Num;
import org.talentsim.io.ExperimentFiles.Item;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.EventTypes;

/**
 * Calibration files (YAML, {@code version: 1}, {@code kind: calibration}, or {@code kind:
 * sensitivity} for a file only screened by Morris's method, which may have fewer targets than
 * parameters; docs/CALIBRATION.md):
 * read with the scenario files' reader, limits and error style ({@code file:line:col: field:
 * problem}). This reads the file's structure and checks every value that can be checked without
 * the scenario; {@code org.talentsim.calibration.Calibration#read} resolves the scenario, applies
 * the parameters' overrides at their bounds and start and checks the metrics, reporting problems
 * at their positions in this file.
 *
 * <pre>{@code
 * version: 1
 * kind: calibration
 * scenario: ../scenarios/retention.yaml      # relative to this file
 * overrides: ['months=12']                    # applied to every run, first
 * parameters:
 *   - {path: market.offersEmployed, lower: 0.5, upper: 2, start: 1, unit: /year}
 * targets:
 *   - {metric: market.poached_per_month, observed: 31.5, se: 1.2}
 *   - {name: flow_ratio, ratio: [market.flow.Keeper>Raider, market.flow.Leaker>Raider], observed: 0.4, weight: 10}
 * replications: 8
 * seed: 1
 * }</pre>
 */
public final class CalibrationFiles {
    /** The largest weight of a target (1/se² for one with an se): larger ones overflow the objective. */
    static final double MAX_WEIGHT = 1e150;
    /**
     * The largest observed value and se, in size: beyond any metric (the largest budget is 1e15 USD
     * a year), and small enough that 1/se² neither overflows nor underflows: an se of 1e159 had a
     * square of infinity, a weight of 0, and its target silently dropped out of the objective and
     * J (a re-check).
     */
    static final double MAX_OBSERVED = 1e18;
    /** The smallest weight: 1/{@link #MAX_OBSERVED}². */
    static final double MIN_WEIGHT = 1e-36;

    static final List<String> TOP = List.of("version", "kind", "description", "scenario", "overrides", "parameters",
            "targets", "replications", "covariance_replications", "seed", "optimizer", "starts", "max_evaluations", "step", "sensitivity");
    static final List<String> PARAMETER = List.of("name", "path", "lower", "upper", "start", "unit", "step");

    /** The columns of trace.csv and evaluations.csv that are not a parameter's (the metrics' are rN:METRIC). */
    static final Set<String> FIXED_COLUMNS = Set.of("step", "phase", "evaluation", "objective", "best");
    static final List<String> TARGET = List.of("name", "metric", "ratio", "observed", "se", "weight", "source");
    static final List<String> SENSITIVITY = List.of("trajectories", "levels", "replications", "sobol");
    /** The optimisers a file may name. */
    public static final List<String> OPTIMIZERS = List.of("bobyqa", "cmaes");
    /** The kinds of file: a calibration (which {@code sensitivity} also runs), or a sensitivity analysis only. */
    public static final List<String> KINDS = List.of("calibration", "sensitivity");
    private static final String KIND_RULE = "must be 'calibration' or 'sensitivity' (a scenario or an experiment file has no kind)";

    private CalibrationFiles() {}

    /**
     * A parameter to estimate, as written.
     *
     * @param name its name in the results (default: the path)
     * @param path the override path, with its position
     * @param lower the lower bound
     * @param upper the upper bound (> lower)
     * @param start the first start, in [lower, upper] (default: the middle)
     * @param unit text appended to the value in the override ({@code /year} for a rate), or ""
     * @param step the step of the numerical derivative as a share of upper − lower, or NaN for the file's
     * @param at where the parameter is written (its mapping)
     */
    public record ParameterItem(String name, Item path, double lower, double upper, double start, String unit,
            double step, Item at) {}

    /**
     * A target moment, as written.
     *
     * @param name its name in the results (default: the metric, or {@code A/B} for a ratio)
     * @param metric the metric (the numerator of a ratio)
     * @param denominator the denominator of a ratio, or null
     * @param observed the observed value
     * @param se its standard error, or NaN when a weight is given
     * @param weight its weight in the objective (1/se² when an se is given)
     * @param source where the observed value comes from (free text), or ""
     * @param at where the target is written (its mapping)
     */
    public record TargetItem(String name, Item metric, Item denominator, double observed, double se, double weight,
            String source, Item at) {}

    /**
     * A calibration file as written.
     *
     * @param file the file's name in messages
     * @param kind {@code calibration} or {@code sensitivity}, with its position
     * @param dir the folder of the file (the scenario path is relative to it); null for text
     * @param scenario the scenario path as written
     * @param overrides overrides of every run
     * @param parameters the parameters, in order
     * @param targets the targets, in order
     * @param replications replications per evaluation
     * @param seed the master seed, or null for the scenario's
     * @param optimizer one of {@link #OPTIMIZERS}
     * @param starts starts of the optimiser
     * @param maxEvaluations evaluations per start at most
     * @param step the default step of the numerical derivatives, a share of a parameter's range
     * @param trajectories Morris trajectories ({@code sensitivity.trajectories})
     * @param levels Morris grid levels ({@code sensitivity.levels})
     * @param sensitivityReplications replications per point of the sensitivity analysis
     * @param sobol the base sample N of Sobol's indices (N(P + 2) points), or 0 for none
     * @param covarianceReplications replications at the estimate for the moments' covariance
     * @param root where the mapping starts
     */
    public record CalibrationFile(String file, Item kind, Path dir, Item scenario, List<Item> overrides,
            List<ParameterItem> parameters, List<TargetItem> targets, int replications, Long seed, String optimizer,
            int starts, int maxEvaluations, double step, int trajectories, int levels, int sensitivityReplications,
            int sobol,
            int covarianceReplications, Item root) {
        /** Copies the lists (unmodifiable). */
        public CalibrationFile {
            overrides = List.copyOf(overrides);
            parameters = List.copyOf(parameters);
            targets = List.copyOf(targets);
        }

        /** An error at {@code at}, in the words of a scenario file's error. */
        public ScenarioException error(Item at, String problem) {
            return new ScenarioException(file, at.line(), at.col(), at.path(), problem);
        }
    }

    /**
     * Whether {@code text} is meant as a calibration file: a YAML mapping with a {@code kind}
     * (its reader says which kinds there are), or without one but with {@code parameters} or
     * {@code targets} (its reader then says the kind is missing) (so {@code check} knows which
     * reader to use).
     * Never throws.
     */
    public static boolean isCalibration(String text) {
        try {
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            YNode root = YamlTree.parse(t, "?");
            if (root instanceof YNode.Mapping m) {
                YNode.Mapping.Entry e = m.entry("kind");
                // without its kind, a file with parameters or targets is still meant as one (it was
                // sent to talentsim experiment, which refused its parameters; found by a reviewer);
                // so is one with any kind (scenarios and experiment files have none): a misspelt
                // kind was read as a scenario, whose reader said "kind: unknown key"
                return e != null || m.entry("parameters") != null || m.entry("targets") != null;
            }
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The error of a file whose top-level {@code kind:} names no kind of calibration file (a
     * misspelt kind, or a scenario or experiment file given one), at the kind's place; null for
     * any other file, or one that is not YAML. A command given such a file says this rather than
     * call it a calibration file and send it to {@code calibrate}, whose reader then refused the
     * kind.
     */
    public static ScenarioException unknownKind(String text, String fileName) {
        YNode root;
        try {
            root = YamlTree.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, fileName);
        } catch (RuntimeException e) {
            return null;
        }
        Doc doc = new Doc(fileName, PolicyRegistry.defaults(), EventTypes.defaults());
        doc.root = root;
        return kindProblem(doc, root);
    }

    /** {@link #unknownKind}'s error for a parsed document, or null. */
    static ScenarioException kindProblem(Doc doc, YNode root) {
        if (!(root instanceof YNode.Mapping m) || m.entry("kind") == null) {
            return null;
        }
        Fields f = Fields.of(doc, root, "", List.copyOf(m.entries().keySet()));
        try {
            return KINDS.contains(f.string("kind", "")) ? null : f.range("kind", KIND_RULE);
        } catch (ScenarioException e) {
            return e;   // a kind that is no text
        }
    }

    /** Reads a calibration file; its name in messages is {@code file.toString()}. */
    public static CalibrationFile read(Path file) {
        String name = file.toString();
        String text = ScenarioFiles.text(ScenarioFiles.bytes(file, "a calibration file"), name);
        return parse(text, name, file.toAbsolutePath().getParent());
    }

    /** Parses calibration text named {@code fileName}; a relative scenario path is resolved against {@code dir}. */
    public static CalibrationFile parse(String text, String fileName, Path dir) {
        Objects.requireNonNull(text, "text");
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        YNode root = YamlTree.parse(t, fileName);
        Doc doc = new Doc(fileName, PolicyRegistry.defaults(), EventTypes.defaults());
        doc.root = root;
        if (!(root instanceof YNode.Mapping)) {
            throw doc.fail(root, "", "expected a calibration mapping starting with 'version: 1', was " + root.describe());
        }
        // a kind this reader does not know first: a scenario given a kind was refused for its first
        // scenario key ("name: unknown key")
        ScenarioException unknownKind = kindProblem(doc, root);
        if (unknownKind != null) {
            throw unknownKind;
        }
        Fields f = Fields.of(doc, root, "", TOP);
        if (!f.has("version")) {
            throw f.fail("version", "is required; write 'version: 1'");
        }
        if (f.longValue("version", -1) != 1) {
            throw f.range("version", "must be 1 (the only calibration file format)");
        }
        if (!KINDS.contains(f.string("kind", ""))) {
            throw f.has("kind") ? f.range("kind", KIND_RULE)
                    : f.fail("kind", "is required; write 'kind: calibration'");
        }
        Item kind = item(doc, f.get("kind"), "kind");
        Item scenario = item(doc, f.require("scenario"), "scenario");
        List<Item> overrides = items(doc, f, "overrides");
        double step = f.has("step") ? f.number("step", 0) : 0.1;
        if (!(step > 0 && step <= 0.25)) {
            throw f.range("step", "must be in (0, 0.25] (a share of each parameter's range)");
        }
        List<ParameterItem> parameters = parameters(doc, f);
        List<TargetItem> targets = targets(doc, f);
        int replications = f.integer("replications", 10, 1, false);
        if (replications > 10_000) {
            throw f.range("replications", "must be at most 10000");
        }
        if (kind.text().equals("calibration") && targets.size() < parameters.size()) {
            throw f.fail("targets", "give at least as many targets as parameters (" + parameters.size()
                    + "), or the parameters are not identified; there " + (targets.size() == 1 ? "is " : "are ") + targets.size()
                    + " (kind: sensitivity screens more parameters than targets)");
        }
        int covariance = f.integer("covariance_replications", Math.max(replications, 5 * targets.size() + 10), 2, false);
        if (covariance > 10_000) {
            throw f.range("covariance_replications", "must be at most 10000");
        }
        // the covariance of K moments from n runs has rank at most n - 1, and its inverse a finite
        // mean only from n = K + 3 (Wishart): from fewer, J and the se's came out silently wrong
        int fewest = targets.size() + 3;
        if (kind.text().equals("calibration") && covariance < fewest) {
            throw f.range("covariance_replications", "must be at least " + fewest + " for " + targets.size() + " target"
                    + (targets.size() == 1 ? "" : "s") + " (K + 3: from fewer runs the moments' covariance is singular or its"
                    + " inverse unbounded, and the se's and J would be wrong; the default, 5K + 10, is "
                    + (5 * targets.size() + 10) + ")");
        }
        Long seed = f.has("seed") ? f.longValue("seed", 0) : null;
        String optimizer = f.string("optimizer", "bobyqa");
        if (!OPTIMIZERS.contains(optimizer)) {
            throw f.range("optimizer", "must be one of " + String.join(", ", OPTIMIZERS));
        }
        int starts = f.integer("starts", 1, 1, false);
        if (starts > 64) {
            throw f.range("starts", "must be at most 64");
        }
        int maxEvaluations = f.integer("max_evaluations", 200, 1, false);
        // the start, then BOBYQA's first model of 2P + 3 points (at 2P + 3 in all, the search never began)
        int minimum = parameters.size() < 2 ? 4 : 2 * parameters.size() + 4;
        if (kind.text().equals("calibration") && maxEvaluations < minimum) {
            throw f.range("max_evaluations", "must be at least " + minimum + " for " + parameters.size() + " parameter"
                    + (parameters.size() == 1 ? "" : "s") + " (the start, then the optimiser's first model)");
        }
        int trajectories = 10;
        int levels = 4;
        int sensitivityReplications = replications;
        int sobol = 0;
        YNode sn = f.get("sensitivity");
        if (sn != null) {
            Fields s = Fields.of(doc, sn, "sensitivity", SENSITIVITY);
            trajectories = s.integer("trajectories", 10, 2, false);
            levels = s.integer("levels", 4, 2, false);
            if (levels % 2 != 0 || levels > 20) {
                throw s.range("levels", "must be even and at most 20 (Morris's grid)");
            }
            sensitivityReplications = s.integer("replications", replications, 1, false);
            sobol = s.integer("sobol", 0, 0, false);
            if (sobol == 1 || sobol > 100_000) {
                throw s.range("sobol", "must be 0 (none) or a base sample in [2, 100000]");
            }
        }
        // no more trajectories than there are distinct ones, levels^P · P! / 2 (a trajectory walked
        // backwards has the same effects): a repeated one adds nothing, but was counted in r and σ
        // (an economist's review: 2 parameters at 4 levels have 16)
        double distinct = Math.pow(levels, parameters.size()) / 2;
        for (int j = 2; j <= parameters.size(); j++) {
            distinct *= j;
        }
        // (the default, 10, is cut to the distinct ones: 2 for one parameter on 4 levels)
        boolean given = sn != null && Fields.of(doc, sn, "sensitivity", SENSITIVITY).get("trajectories") != null;
        if (given && trajectories > distinct) {
            throw Fields.of(doc, sn, "sensitivity", SENSITIVITY).range("trajectories", "must be at most " + (long) distinct
                    + ", the distinct trajectories of " + parameters.size() + " parameter" + (parameters.size() == 1 ? "" : "s")
                    + " on " + levels + " levels");
        }
        trajectories = (int) Math.min(trajectories, distinct);
        return new CalibrationFile(fileName, kind, dir, scenario, overrides, parameters, targets, replications, seed, optimizer,
                starts, maxEvaluations, step, trajectories, levels, sensitivityReplications, sobol, covariance,
                new Item("", root.line, root.col, ""));
    }

    private static List<ParameterItem> parameters(Doc doc, Fields f) {
        if (!f.has("parameters")) {
            throw f.fail("parameters", "is required: a list of parameters like {path: market.separation, lower: 0.05,"
                    + " upper: 0.5, unit: /year}");
        }
        List<YNode> list = f.list("parameters");
        if (list.isEmpty()) {
            throw f.fail("parameters", "expected at least one parameter");
        }
        if (list.size() > 20) {
            throw f.fail("parameters", "at most 20 parameters, was " + list.size());
        }
        List<ParameterItem> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "parameters[" + i + "]";
            Fields p = Fields.of(doc, list.get(i), at, PARAMETER);
            Item path = item(doc, p.require("path"), p.path("path"));
            if (!paths.add(path.text())) {
                throw p.fail("path", "the path " + quoted(path.text()) + " is estimated twice");
            }
            // (a cell of estimates.csv, so named as a lab is: one a spreadsheet or pandas reads back as text)
            String name = p.has("name") ? p.cellName("name") : path.text();
            if (!names.add(name)) {
                throw p.fail(p.has("name") ? "name" : "path", "a parameter named " + quoted(name) + " is given twice");
            }
            // a column beside the parameters' in trace.csv and evaluations.csv: pandas and R would
            // read the two as objective and objective.1 (found by a calibration review)
            if (FIXED_COLUMNS.contains(name) || name.matches("r[0-9]+:.*")) {
                throw p.fail("name", quoted(name) + " is the name of a column beside the parameters' in trace.csv and"
                        + " evaluations.csv (step, phase, evaluation, objective, best, and rN:METRIC): give the parameter another name");
            }
            p.require("lower");
            p.require("upper");
            double lower = finite(p, "lower");
            double upper = finite(p, "upper");
            if (!(upper > lower)) {
                throw p.range("upper", "must be greater than lower (" + Num.format(lower) + ")");
            }
            double start = p.has("start") ? finite(p, "start") : (lower + upper) / 2;
            if (start < lower || start > upper) {
                throw p.range("start", "must be within [lower, upper] = [" + Num.format(lower) + ", " + Num.format(upper)
                        + "]");
            }
            String unit = p.string("unit", "");
            if (unit.indexOf('\n') >= 0 || unit.indexOf(',') >= 0 || unit.indexOf('#') >= 0) {
                throw p.range("unit", "must be text on one line without ',' or '#', like /year or k");
            }
            double step = Double.NaN;
            if (p.has("step")) {
                step = p.number("step", 0);
                if (!(step > 0 && step <= 0.25)) {
                    throw p.range("step", "must be in (0, 0.25] (a share of the parameter's range)");
                }
            }
            YNode n = list.get(i);
            out.add(new ParameterItem(name, path, lower, upper, start, unit, step, new Item("", n.line, n.col, at)));
        }
        return out;
    }

    private static List<TargetItem> targets(Doc doc, Fields f) {
        if (!f.has("targets")) {
            throw f.fail("targets", "is required: a list of targets like {metric: Meta.retention, observed: 0.64, se: 0.03}");
        }
        List<YNode> list = f.list("targets");
        if (list.isEmpty()) {
            throw f.fail("targets", "expected at least one target");
        }
        List<TargetItem> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "targets[" + i + "]";
            Fields t = Fields.of(doc, list.get(i), at, TARGET);
            Item metric;
            Item denominator = null;
            if (t.has("metric") == t.has("ratio")) {
                throw t.fail(null, "give either metric: (one metric) or ratio: [A, B] (A divided by B)");
            }
            if (t.has("metric")) {
                metric = item(doc, t.get("metric"), t.path("metric"));
            } else {
                YNode r = t.get("ratio");
                if (!(r instanceof YNode.Sequence s) || s.items().size() != 2) {
                    throw t.fail("ratio", "expected a list of two metrics [A, B], was " + (r instanceof YNode.Sequence s
                            ? "a list of " + s.items().size() : r.describe()));
                }
                metric = item(doc, s.items().get(0), t.path("ratio") + "[0]");
                denominator = item(doc, s.items().get(1), t.path("ratio") + "[1]");
                if (metric.text().equals(denominator.text())) {
                    throw t.fail("ratio", "divides " + metric.text() + " by itself: 1 in every run, which no parameter moves");
                }
            }
            String name = t.has("name") ? t.cellName("name")   // a cell of moments.csv
                    : denominator == null ? metric.text() : metric.text() + "/" + denominator.text();
            if (!names.add(name)) {
                throw t.fail(t.has("name") ? "name" : null, "a target named " + quoted(name) + " is given twice;"
                        + " name the targets apart with name:");
            }
            t.require("observed");
            double observed = finite(t, "observed");
            if (Math.abs(observed) > MAX_OBSERVED) {
                throw t.range("observed", "must be at most 1e18 in size (no metric comes near: the largest budget is 1e15 USD a"
                        + " year); give the target in its metric's units");
            }
            if (t.has("se") == t.has("weight")) {
                throw t.fail(null, "give either se: (the observed value's standard error) or weight: (its weight in the"
                        + " objective)");
            }
            double se = Double.NaN;
            double weight;
            if (t.has("se")) {
                se = t.positive("se", 0);
                if (se > MAX_OBSERVED) {
                    throw t.range("se", "must be at most 1e18 (its weight 1/se\u00b2 must not vanish, or the target drops out of"
                            + " the objective and J)");
                }
                weight = 1 / (se * se);
                if (!(weight <= MAX_WEIGHT)) {
                    throw t.fail("se", "must be at least 1e-75 (its weight 1/se\u00b2 must leave room for the squared"
                            + " differences in the objective, or every evaluation overflows), was " + String.valueOf(se).replace("E", "e"));
                }
            } else {
                weight = t.positive("weight", 0);
                if (weight < MIN_WEIGHT) {
                    throw t.range("weight", "must be at least 1e-36 (a smaller one leaves the target out of the objective and J"
                            + " in effect)");
                }
                if (!(weight <= MAX_WEIGHT)) {
                    throw t.fail("weight", "must be at most 1e150 (it must leave room for the squared differences in the"
                            + " objective, or every evaluation overflows), was " + String.valueOf(weight).replace("E", "e"));
                }
            }
            String source = t.string("source", "");
            YNode n = list.get(i);
            out.add(new TargetItem(name, metric, denominator, observed, se, weight, source, new Item("", n.line, n.col, at)));
        }
        return out;
    }

    private static double finite(Fields f, String key) {
        double v = f.number(key, Double.NaN);
        if (!Double.isFinite(v)) {
            throw f.range(key, "must be a finite number");
        }
        return v;
    }

    private static String quoted(String s) {
        return YNode.quoted(s);
    }

    private static Item item(Doc doc, YNode n, String path) {
        return ExperimentFiles.item(doc, n, path);
    }

    private static List<Item> items(Doc doc, Fields f, String key) {
        return ExperimentFiles.items(doc, f, key);
    }
}
