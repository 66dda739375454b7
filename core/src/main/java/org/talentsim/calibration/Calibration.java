package org.talentsim.calibration;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.talentsim.experiment.Experiment;
import org.talentsim.internal.Num;
import org.talentsim.experiment.Outcomes;
import org.talentsim.experiment.Overrides;
import org.talentsim.io.CalibrationFiles;
import org.talentsim.io.CalibrationFiles.CalibrationFile;
import org.talentsim.io.CalibrationFiles.ParameterItem;
import org.talentsim.io.CalibrationFiles.TargetItem;
import org.talentsim.io.ExperimentFiles.Item;
import org.talentsim.io.RunInfo;
import org.talentsim.io.ScenarioException;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.rng.Streams;
import org.talentsim.scenario.OverrideException;
import org.talentsim.scenario.Scenario;

/**
 * A calibration: which parameters of a scenario to estimate, within which bounds, from which
 * target moments, with how many replications per evaluation (docs/CALIBRATION.md). Immutable;
 * read from a calibration file, whose every problem — in the file, an override, a parameter's
 * path at its bounds or start, an unknown metric — is one {@link ScenarioException} naming the
 * calibration file, line, column and field. What {@link #read} accepts, {@link Calibrator} and
 * {@link Sensitivity} can run.
 *
 * <p>With a {@link PolicyRegistry} of your own ({@link #read(Path, PolicyRegistry)}, {@link
 * #parse(String, String, Path, PolicyRegistry)}) the scenario may name your policies and a
 * parameter may be one of theirs ({@code labs[Alpha].offer.k}); such a calibration runs on this
 * machine only ({@link #portable()}: a {@code LocalExecutor}), as an experiment with a registry does.
 */
public final class Calibration {
    /**
     * A parameter: the value {@code v} enters the scenario as the override {@code PATH=v UNIT}.
     *
     * @param step the step of the numerical derivative, a share of {@code upper - lower}
     */
    public record Parameter(String name, String path, double lower, double upper, double start, String unit,
            double step) {
        /**
         * The override that sets this parameter to {@code value}.
         *
         * @param value the parameter's value, in its unit
         * @return the {@code PATH=VALUE} text
         */
        public String override(double value) {
            return path + "=" + plain(value) + unit;
        }

        /** {@code value} mapped to [0, 1] over the bounds. */
        double unit(double value) {
            return (value - lower) / (upper - lower);
        }

        /** The value at {@code u} in [0, 1]. */
        double at(double u) {
            return u <= 0 ? lower : u >= 1 ? upper : lower + u * (upper - lower);
        }
    }

    /**
     * A target moment: the mean of {@code metric} over the replications, or with a {@code
     * denominator} the ratio of the two means.
     *
     * @param se the observed value's standard error, or NaN when a weight is given
     * @param weight its weight in the objective (1/se² with an se)
     */
    public record Target(String name, String metric, String denominator, double observed, double se, double weight,
            String source) {
        /** {@return whether this is a ratio of two metrics} */
        public boolean isRatio() {
            return denominator != null;
        }
    }

    private final Experiment.Base base;
    private final String scenarioSha256;
    private final String scenarioName;
    private final String file;
    private final String fileText;
    private final List<String> overrides;
    private final List<Parameter> parameters;
    private final List<Target> targets;
    private final List<String> metrics;
    private final int replications;
    private final long seed;
    private final String optimizer;
    private final int starts;
    private final int maxEvaluations;
    private final int trajectories;
    private final int levels;
    private final int sensitivityReplications;
    private final int covarianceReplications;
    private final int sobol;
    private final Item kind;
    /** Null for the built-in policies (the only registry a run on another machine can have). */
    private final PolicyRegistry registry;

    private Calibration(CalibrationFile f, String fileText, Experiment.Base base, String sha, Scenario resolved,
            List<Parameter> parameters, List<Target> targets, List<String> metrics, PolicyRegistry registry) {
        this.registry = registry;
        this.base = base;
        this.scenarioSha256 = sha;
        this.scenarioName = resolved.name();
        this.file = f.file();
        this.fileText = fileText;
        List<String> o = new ArrayList<>();
        f.overrides().forEach(i -> o.add(i.text()));
        this.overrides = List.copyOf(o);
        this.parameters = List.copyOf(parameters);
        this.targets = List.copyOf(targets);
        this.metrics = List.copyOf(metrics);
        this.replications = f.replications();
        this.seed = f.seed() != null ? f.seed() : resolved.seed();
        this.optimizer = f.optimizer();
        this.starts = f.starts();
        this.maxEvaluations = f.maxEvaluations();
        this.trajectories = f.trajectories();
        this.levels = f.levels();
        this.sensitivityReplications = f.sensitivityReplications();
        this.covarianceReplications = f.covarianceReplications();
        this.sobol = f.sobol();
        this.kind = f.kind();
    }

    /**
     * Reads a calibration file (its scenario path is relative to it); problems are reported at their positions.
     *
     * @param file the calibration file
     * @return the calibration
     */
    public static Calibration read(Path file) {
        String text = new String(ScenarioFiles.bytes(file, "a calibration file"), StandardCharsets.UTF_8);
        return from(CalibrationFiles.read(file), text, null);
    }

    /**
     * {@link #read(Path)} with {@code registry} for the policies the scenario names and the
     * parameters set (your own policies among the built-in ones); a copy of it is kept.
     *
     * @param file the calibration file
     * @param registry the policies
     * @return the calibration
     */
    public static Calibration read(Path file, PolicyRegistry registry) {
        String text = new String(ScenarioFiles.bytes(file, "a calibration file"), StandardCharsets.UTF_8);
        return from(CalibrationFiles.read(file), text, java.util.Objects.requireNonNull(registry, "registry").copy());
    }

    /**
     * Parses calibration text named {@code fileName}, its scenario path relative to {@code dir}.
     *
     * @param text the file's text
     * @param fileName its name in messages
     * @param dir the folder its scenario path is relative to
     * @return the calibration
     */
    public static Calibration parse(String text, String fileName, Path dir) {
        return from(CalibrationFiles.parse(text, fileName, dir), text, null);
    }

    /**
     * {@link #parse(String, String, Path)} with {@code registry}, as {@link #read(Path, PolicyRegistry)}.
     *
     * @param text the file's text
     * @param fileName its name in messages
     * @param dir the folder its scenario path is relative to
     * @param registry the policies
     * @return the calibration
     */
    public static Calibration parse(String text, String fileName, Path dir, PolicyRegistry registry) {
        return from(CalibrationFiles.parse(text, fileName, dir), text, java.util.Objects.requireNonNull(registry, "registry").copy());
    }

    private static Calibration from(CalibrationFile f, String text, PolicyRegistry registry) {
        return from(f, text, registry, null);
    }

    /**
     * A calibration of {@code scenario}, built in code (as {@code Experiment.Builder#scenario(Scenario)}
     * takes one), by {@code text}: a calibration file's text without its {@code scenario:} key
     * (parameters, targets, replications, …). Its results folder holds the scenario as
     * {@code scenario-copy.yaml}, which its {@code calibration.yaml} names, so that it can be
     * resumed and reported as a file's can.
     *
     * @param scenario the scenario
     * @param text the calibration's YAML without {@code scenario:}
     * @return the calibration
     * @throws org.talentsim.io.ScenarioException when {@code text} is not a valid calibration,
     *     at its line and column in {@code text}
     * @throws IllegalArgumentException when {@code text} names a scenario of its own
     */
    public static Calibration of(Scenario scenario, String text) {
        return ofScenario(scenario, text, null);
    }

    /**
     * {@link #of(Scenario, String)} with {@code registry} for the policies, as {@link #read(Path, PolicyRegistry)}.
     *
     * @param scenario the scenario
     * @param text the calibration's YAML without {@code scenario:}
     * @param registry the policies
     * @return the calibration
     */
    public static Calibration of(Scenario scenario, String text, PolicyRegistry registry) {
        return ofScenario(scenario, text, java.util.Objects.requireNonNull(registry, "registry").copy());
    }

    private static Calibration ofScenario(Scenario scenario, String text, PolicyRegistry registry) {
        java.util.Objects.requireNonNull(scenario, "scenario");
        java.util.Objects.requireNonNull(text, "text");
        if (java.util.regex.Pattern.compile("(?m)^scenario\\s*:").matcher(text).find()) {
            throw new IllegalArgumentException("the calibration's scenario is given in code: leave 'scenario:' out of its text");
        }
        // (a calibration built in code had to write its scenario to a file and its text with that
        // path: an API user's review); the key is added at the end, so that lines keep their numbers
        // named as the copy its results folder keeps of it, the file that is it there (its own name
        // could be a file the calibration writes: a scenario named 'fitted' read fitted.yaml back: a re-check)
        String file = org.talentsim.io.ResultWriter.SCENARIO_COPY;
        String full = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "scenario: '" + file + "'\n";
        byte[] bytes = ScenarioFiles.write(scenario).getBytes(StandardCharsets.UTF_8);
        CalibrationFile f;
        try {
            f = CalibrationFiles.parse(full, "calibration.yaml", null);
        } catch (ScenarioException e) {
            if (e.line() > text.lines().count()) {
                // a problem past the text's end is the added key's (a flow mapping, a '...', a quoted
                // "scenario" key): the text read alone says what is wrong with it, at its own lines
                CalibrationFiles.parse(text, "calibration.yaml", null);
            }
            throw e;
        }
        return from(f, full, registry, bytes);
    }

    /** {@link #from(CalibrationFile, String, PolicyRegistry)}, the scenario's bytes {@code given} (built in code) or, when null, read from its path. */
    private static Calibration from(CalibrationFile f, String text, PolicyRegistry registry, byte[] given) {
        String written = f.scenario().text();
        String where = written;   // the scenario's file, as the reader names it in a problem
        byte[] bytes;
        if (given != null) {
            bytes = given;
        } else {
            Path scenario;
            try {
                scenario = f.dir() == null ? Path.of(f.scenario().text()) : f.dir().resolve(f.scenario().text()).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                // (a NUL in the path: Java's own message, the NUL printed raw, with no file or line; found by a review)
                throw f.error(f.scenario(), "not a path this system can use (" + e.getReason() + ")");
            }
            // a result folder's calibration.yaml, whose scenario path is relative to where the
            // calibration file was: the copy of the scenario it ran, beside it, if that copy is the
            // one the folder records (its SHA-256)
            String recorded = Folder.recordedSha(text);
            String copySha = recorded == null || f.dir() == null ? null : org.talentsim.io.ResultWriter.scenarioCopySha(f.dir());
            boolean copyIsIt = recorded != null && recorded.equals(copySha);
            if (copyIsIt && !java.nio.file.Files.exists(scenario)) {
                scenario = f.dir().resolve(org.talentsim.io.ResultWriter.SCENARIO_COPY).normalize();
                written = org.talentsim.io.ResultWriter.SCENARIO_COPY;
            }
            where = scenario.toString();
            try {
                bytes = f.dir() == null || f.file() == null ? ScenarioFiles.bytes(scenario)
                        : ScenarioFiles.scenarioBytes(scenario, f.dir().resolve(Path.of(f.file()).getFileName()));
            } catch (ScenarioException e) {
                throw f.error(f.scenario(), "cannot read the scenario (relative to this file, " + scenario + "): " + e.problem()
                        + (copySha != null && !copyIsIt ? "; " + org.talentsim.io.ResultWriter.SCENARIO_COPY + " beside this file"
                        + " is not the scenario this calibration ran (its SHA-256 differs from the one the first line records)" : ""));
            }
            if (recorded != null && !recorded.equals(org.talentsim.io.RunInfo.sha256(bytes))) {
                // (it ran on the changed file without a word; found by a review)
                // (the path is relative to this file, in a result folder not the one it was given from:
                // the file found may be another than the one run, not a changed one; said so)
                throw f.error(f.scenario(), "the scenario file " + scenario + " is not the one this calibration ran (its SHA-256"
                        + " differs from the one the first line records: changed since, or another file at that path); remove the"
                        + " first line to run it on that file"
                        + (copyIsIt ? ", or write 'scenario: " + org.talentsim.io.ResultWriter.SCENARIO_COPY + "' to run the"
                        + " scenario as it was run (" + org.talentsim.io.ResultWriter.SCENARIO_COPY + " beside this file holds it)" : ""));
            }
        }
        Path parent = Path.of(f.file()).getParent();
        String shown = parent == null ? written : parent.resolve(written).normalize().toString();
        Experiment.Base base = new Experiment.Base(ScenarioFiles.text(bytes, where), shown);
        PolicyRegistry reg = registry == null ? PolicyRegistry.defaults() : registry;
        Scenario parsed = ScenarioFiles.parse(base.text(), base.file(), reg);
        List<String> common = new ArrayList<>();
        for (Item o : f.overrides()) {
            common.add(o.text());
            try {
                Overrides.parse(common).applyTo(parsed, reg);
            } catch (OverrideException e) {
                throw f.error(o, o.text() + ": " + e.problem());   // the override named with its problem, as an experiment file's
            }
        }
        Scenario resolved = Overrides.parse(common).applyTo(parsed, reg);
        List<Parameter> parameters = new ArrayList<>();
        for (ParameterItem p : f.parameters()) {
            parameters.add(new Parameter(p.name(), p.path().text(), p.lower(), p.upper(), p.start(), p.unit(),
                    Double.isNaN(p.step()) ? f.step() : p.step()));
        }
        // each parameter at its bounds, its start and a value between them that is no whole
        // number, the others at their starts; then all at their lower and all at their upper
        // bounds together: the runs the optimiser and the screening can ask for (a path that takes
        // whole numbers, or bounds that are fine alone but not together, failed only in a run)
        List<String> names = null;
        for (int j = 0; j < parameters.size(); j++) {
            Parameter p = parameters.get(j);
            double inside = p.lower() + (p.upper() - p.lower()) * 0.3819660112501051;
            if (inside == Math.rint(inside)) {
                inside = p.lower() + (p.upper() - p.lower()) * 0.6180339887498949;
            }
            Scenario atLower = null;
            for (double v : new double[] {p.start(), p.lower(), p.upper(), inside}) {
                List<String> all = new ArrayList<>(common);
                for (int i = 0; i < parameters.size(); i++) {
                    all.add(i == j ? p.override(v) : parameters.get(i).override(parameters.get(i).start()));
                }
                Scenario s;
                try {
                    s = Overrides.parse(all).applyTo(parsed, reg);
                } catch (OverrideException e) {
                    // the parameter whose override failed: this one at v, or another at its start
                    int who = all.indexOf(e.override()) - common.size();
                    if (who < 0 || who >= parameters.size()) {
                        who = j;
                    }
                    Parameter q = parameters.get(who);
                    double w = who == j ? v : q.start();
                    String at = w == q.start() ? "start = " + plain(w) + q.unit() : w == q.lower() ? "lower = " + plain(w) + q.unit()
                            : w == q.upper() ? "upper = " + plain(w) + q.unit()
                            : plain(w) + q.unit() + (f.kind().text().equals("calibration") ? " (between the bounds, as the search tries)"
                            : " (between the bounds, as the analysis may try)");
                    // a field of whole numbers cannot be searched or screened over a continuous range:
                    // said, with what can vary it instead (a sensitivity file was refused "as the search
                    // tries", with nothing said of why or what to do: an adversarial review)
                    String whole = e.problem().contains("expected a whole number") ? "; a field that takes whole numbers (a"
                            + " headcount, a pool's size, a number of days) cannot be a parameter of a calibration or a sensitivity"
                            + " analysis, whose points are not in general whole numbers: vary it with a sweep of whole numbers instead (talentsim sweep"
                            + " SCENARIO --vary '" + q.path() + "=" + wholeValues(q.lower(), q.upper()) + "')" : "";
                    throw f.error(f.parameters().get(who).path(), "at " + at + ": " + e.problem() + whole);
                }
                if (v == p.lower() && atLower == null) {
                    atLower = s;
                } else if (v == p.upper() && s.equals(atLower)) {
                    // the same scenario at both bounds: a later parameter writes the same field
                    // (labs[2] and labs[Raider], a path with a trailing space), and this one is
                    // silently replaced in every run
                    throw f.error(f.parameters().get(j).path(), "changes nothing: the scenario is the same at its lower and"
                            + " its upper bound; another parameter sets the same field (a path written two ways, e.g."
                            + " labs[2] and labs[Raider]), or the field takes the two bounds as one value");
                }
                List<String> n = Outcomes.names(s, List.of());
                if (names == null) {
                    names = n;
                } else if (!n.equals(names)) {
                    throw f.error(f.parameters().get(j).path(), "changes the scenario's labs (its metrics differ at "
                            + plain(v) + p.unit() + "); estimate only values that keep the labs");
                }
            }
        }
        // every pair at each corner of its bounds, the others at their starts: a rule between two
        // fields (a bidding policy's low < high) breaks at a mixed corner, one parameter at its
        // upper bound and the other at its lower, which the search and the screening can reach
        for (int i = 0; i < parameters.size(); i++) {
            for (int j = i + 1; j < parameters.size(); j++) {
                for (int corner = 0; corner < 4; corner++) {
                    List<String> all = new ArrayList<>(common);
                    for (int k = 0; k < parameters.size(); k++) {
                        Parameter p = parameters.get(k);
                        double v = k == i ? ((corner & 1) == 0 ? p.lower() : p.upper())
                                : k == j ? ((corner & 2) == 0 ? p.lower() : p.upper()) : p.start();
                        all.add(p.override(v));
                    }
                    try {
                        Overrides.parse(all).applyTo(parsed, reg);
                    } catch (OverrideException e) {
                        Parameter a = parameters.get(i);
                        Parameter b = parameters.get(j);
                        throw f.error(f.parameters().get(j).path(), "with " + a.name() + " at its " + ((corner & 1) == 0
                                ? "lower bound " + plain(a.lower()) : "upper bound " + plain(a.upper())) + a.unit() + " and "
                                + b.name() + " at its " + ((corner & 2) == 0 ? "lower bound " + plain(b.lower())
                                : "upper bound " + plain(b.upper())) + b.unit()
                                + " (the search and the screening can ask for both): " + e.problem());
                    }
                }
            }
        }
        for (boolean upper : new boolean[] {false, true}) {
            List<String> all = new ArrayList<>(common);
            for (Parameter p : parameters) {
                all.add(p.override(upper ? p.upper() : p.lower()));
            }
            try {
                Overrides.parse(all).applyTo(parsed, reg);
            } catch (OverrideException e) {
                throw f.error(f.parameters().get(0).path(), "with every parameter at its " + (upper ? "upper" : "lower")
                        + " bound together (the search and the screening can ask for it): " + e.problem());
            }
        }
        List<Target> targets = new ArrayList<>();
        TreeSet<String> used = new TreeSet<>();
        boolean payVaries = parameters.stream().anyMatch(p -> p.path().contains("pay"));
        for (TargetItem t : f.targets()) {
            requireMetric(f, t.metric(), names);
            requireDefinable(f, t.metric(), resolved, payVaries);
            used.add(t.metric().text());
            if (t.denominator() != null) {
                requireMetric(f, t.denominator(), names);
                requireDefinable(f, t.denominator(), resolved, payVaries);
                used.add(t.denominator().text());
            }
            requirePossible(f, t);
            targets.add(new Target(t.name(), t.metric().text(), t.denominator() == null ? null : t.denominator().text(),
                    t.observed(), t.se(), t.weight(), t.source()));
        }
        return new Calibration(f, text, base, RunInfo.sha256(bytes), resolved, parameters, targets, List.copyOf(used), registry);
    }

    /**
     * An observed value no run can give is refused: a share outside [0, 1] (80 written for 80%),
     * a negative count or rate of counts, a negative ratio of two. The calibration ran into a
     * bound instead, and check accepted the file (an economist's review).
     */
    private static void requirePossible(CalibrationFile f, org.talentsim.io.CalibrationFiles.TargetItem t) {
        String unit = org.talentsim.experiment.StandardMetrics.unit(t.metric().text());
        Item at = new Item("", t.at().line(), t.at().col(), t.at().path() + ".observed");
        double v = t.observed();
        String was = Num.said(v);
        if (t.denominator() == null) {
            if ((unit.equals("share") || unit.equals("0 to 1")) && !(v >= 0 && v <= 1)) {
                throw f.error(at, t.metric().text() + " is a share, from 0 to 1 (80% is 0.8), was " + was);
            }
            if (counts(unit) && v < 0) {
                throw f.error(at, t.metric().text() + " counts " + unit + ": it cannot be negative, was " + was);
            }
            // a pay, a payroll, capability, output: none below 0 either (a re-check)
            if ((unit.equals("USD/year") || unit.equals("index") || unit.equals("output")) && v < 0) {
                throw f.error(at, t.metric().text() + " (" + unit + ") cannot be negative, was " + was);
            }
        } else if (v < 0 && counts(unit) && counts(org.talentsim.experiment.StandardMetrics.unit(t.denominator().text()))) {
            throw f.error(at, "a ratio of two counts (" + t.metric().text() + " over " + t.denominator().text() + ") cannot be"
                    + " negative, was " + was);
        }
    }

    /** Whether a standard metric's {@code unit} is a count or a rate of one: never negative. */
    private static boolean counts(String unit) {
        return !Double.isNaN(Calibrator.eventsPerUnitOf(unit, 1));
    }

    private static void requireMetric(CalibrationFile f, Item m, List<String> names) {
        if (!names.contains(m.text())) {
            String name = m.text();
            int dot = name.lastIndexOf('.');
            String suffix = dot < 0 ? "." + name : name.substring(dot);
            List<String> near = names.stream().filter(n -> n.endsWith(suffix)).limit(6).toList();
            String close = org.talentsim.internal.Suggestions.closest(name, names);
            throw f.error(m, "unknown metric " + org.talentsim.internal.Names.quote(name)
                    + (close != null ? " (did you mean " + org.talentsim.internal.Names.quote(close) + "?; docs/METRICS.md)"
                            : near.isEmpty() ? "; docs/METRICS.md lists the standard metrics"
                            : "; known, e.g.: " + String.join(", ", near) + " (docs/METRICS.md)"));
        }
    }

    /**
     * Refuses a target that no run can define: a lab's leaving rates around vesting ({@code
     * L.leaving_unvested}, {@code L.leaving_vested_out}) where the lab and its teams grant no
     * equity (a built-in cash policy, or equity 0) and no parameter varies a pay: no one at the
     * lab ever holds unvested equity, every simulated moment is NaN, and the calibration stopped
     * after its first vectors with no estimate, though check had passed the file (a reliability
     * review). A lab's registered policy of its own is taken to grant.
     */
    private static void requireDefinable(CalibrationFile f, Item m, Scenario s, boolean payVaries) {
        String name = m.text();
        int dot = name.lastIndexOf('.');
        String metric = name.substring(dot + 1);
        if (dot > 0 && metric.equals("retention")) {
            requireStartingStaff(f, m, s, name.substring(0, dot));
            return;
        }
        if (payVaries || dot < 0 || !(metric.equals("leaving_unvested") || metric.equals("leaving_vested_out"))) {
            return;
        }
        String lab = name.substring(0, dot);
        for (org.talentsim.scenario.LabSpec l : s.labs()) {
            if (l.name().equals(lab)) {
                boolean grants = grants(l.pay()) || l.teams().stream().anyMatch(t -> t.pay() != null && grants(t.pay()));
                if (!grants) {
                    throw f.error(m, "is never defined: '" + lab + "' grants no equity (its pay"
                            + (l.teams().stream().anyMatch(t -> t.pay() != null) ? " and its teams'" : "") + " is "
                            + l.pay().name() + "), so no one there holds unvested equity to leave with, and every run's "
                            + metric + " is empty; choose a lab that pays in equity, or vary its pay with a parameter");
                }
                return;
            }
        }
    }

    /**
     * Refuses the retention of a lab or team {@code owner} (a known metric's) that the file starts
     * with nobody: a lab founded by an event, a team built in the run or starting at headcount 0
     * with no stars. Retention is the share of the starting staff kept, NaN in every run; the
     * calibration ran its whole budget and stopped with no estimate, though check had passed the
     * file (an economist's review: TBD Lab's, the flagship's obvious target). Headcounts are whole
     * numbers, which no parameter varies.
     */
    private static void requireStartingStaff(CalibrationFile f, Item m, Scenario s, String owner) {
        if (owner.equals("market")) {
            return;
        }
        for (org.talentsim.scenario.LabSpec l : s.labs()) {
            int staff = 0;
            for (org.talentsim.scenario.TeamSpec t : l.teams()) {
                int n = t.headcount() + t.stars().size();
                staff += n;
                if (owner.equals(l.name() + "/" + t.name())) {
                    if (n == 0) {
                        throw f.error(m, "is never defined: team '" + owner + "' starts with nobody (headcount 0), and retention is"
                                + " the share of the starting staff kept; for those it takes on, target " + owner + ".retention_joined");
                    }
                    return;
                }
            }
            if (owner.equals(l.name())) {
                if (staff == 0) {
                    throw f.error(m, "is never defined: lab '" + owner + "' starts with nobody (every team's headcount 0), and"
                            + " retention is the share of the starting staff kept; for those it takes on, target " + owner
                            + ".retention_joined");
                }
                return;
            }
        }
        // a known metric's lab or team that the file does not start with: an event builds it
        throw f.error(m, "is never defined: '" + owner + "' is built during the run (by an event), so it has no starting staff,"
                + " and retention is the share of the starting staff kept; for those it takes on, target " + owner + ".retention_joined");
    }

    /** Whether pay policy {@code pay} may grant equity: any but the built-in cash and equity policies at equity 0. */
    private static boolean grants(org.talentsim.scenario.PolicySpec pay) {
        return switch (pay.name()) {
            case "cash" -> false;
            case "equity", "equity-annual", "equity-at-risk" -> pay.param("equity", 0.5) > 0;
            default -> true;
        };
    }

    /** {@return {@code calibration}, or {@code sensitivity} for a file only to be screened} */
    public String kind() {
        return kind.text();
    }

    /**
     * Refuses a file of {@code kind: sensitivity}, as a file error at its {@code kind:} (a
     * calibration needs {@code kind: calibration} and so at least as many targets as parameters).
     */
    public void requireCalibration() {
        if (!kind().equals("calibration")) {
            throw new ScenarioException(file, kind.line(), kind.col(), kind.path(), "this file is for 'talentsim sensitivity';"
                    + " a calibration needs 'kind: calibration' (and at least as many targets as parameters)");
        }
    }

    /** The plain decimal of a double (its shortest form, no exponent). */
    static String plain(double v) {
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /**
     * The overrides of a run at {@code theta}: the file's, then one per parameter.
     *
     * @param theta a value per parameter, in the file's order
     * @return the overrides
     */
    public List<String> overridesAt(double[] theta) {
        if (theta.length != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " values, was " + theta.length);
        }
        List<String> all = new ArrayList<>(overrides);
        for (int j = 0; j < theta.length; j++) {
            all.add(parameters.get(j).override(theta[j]));
        }
        return List.copyOf(all);
    }

    /**
     * The scenario at {@code theta} (the file's overrides and the parameters applied).
     *
     * @param theta a value per parameter, in the file's order
     * @return the scenario
     */
    public Scenario scenarioAt(double[] theta) {
        PolicyRegistry reg = registry == null ? PolicyRegistry.defaults() : registry;
        return Overrides.parse(overridesAt(theta)).applyTo(ScenarioFiles.parse(base.text(), base.file(), reg), reg);
    }

    /**
     * The scenario of the most researchers among the start and the parameters all at their lower
     * or all at their upper bounds: what the memory check before the runs sizes them by (a
     * parameter may set a headcount or the pool).
     *
     * @return that scenario
     */
    public Scenario largestScenario() {
        Scenario most = scenarioAt(start());
        for (boolean upper : new boolean[] {false, true}) {
            double[] theta = new double[parameters.size()];
            for (int j = 0; j < theta.length; j++) {
                theta[j] = upper ? parameters.get(j).upper() : parameters.get(j).lower();
            }
            try {
                Scenario s = scenarioAt(theta);
                most = s.population() > most.population() ? s : most;
            } catch (RuntimeException e) {
                // a bound the scenario refuses: the runs never go there (the search stays inside)
            }
        }
        return most;
    }

    /** {@return whether the runs can travel to another machine: no registry given in code} */
    public boolean portable() {
        return registry == null;
    }

    /**
     * The function that runs one of this calibration's runs: {@link Experiment#run} (it can travel)
     * for the built-in policies; with a registry of your own, a function of this JVM only.
     *
     * @return the run function
     */
    public org.talentsim.experiment.Executor.RunFunction<Experiment.Run, org.talentsim.experiment.Outcome> runFunction() {
        if (registry == null) {
            return Experiment::run;
        }
        PolicyRegistry reg = registry;
        return r -> Experiment.run(r, reg);
    }

    /** {@return the parameters' starts} */
    public double[] start() {
        double[] s = new double[parameters.size()];
        for (int j = 0; j < s.length; j++) {
            s[j] = parameters.get(j).start();
        }
        return s;
    }

    /** {@return the base scenario's text and file name} */
    public Experiment.Base base() {
        return base;
    }

    /** {@return the calibration file's name as given} */
    public String file() {
        return file;
    }

    /** {@return the text of the calibration file} */
    public String fileText() {
        return fileText;
    }

    /** {@return SHA-256 of the scenario file} */
    public String scenarioSha256() {
        return scenarioSha256;
    }

    /** {@return the scenario's {@code name:}} */
    public String scenarioName() {
        return scenarioName;
    }

    /** {@return the overrides of every run, before the parameters'} */
    public List<String> overrides() {
        return overrides;
    }

    /** {@return the parameters in order} */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** {@return the targets in order} */
    public List<Target> targets() {
        return targets;
    }

    /** {@return the metrics the targets use, sorted} */
    public List<String> metrics() {
        return metrics;
    }

    /** {@return replications per evaluation (R)} */
    public int replications() {
        return replications;
    }

    /** {@return the master seed S; replication r runs on {@code Streams.replication(S, r)} at every parameter vector} */
    public long seed() {
        return seed;
    }

    /**
     * The seed of replication {@code r}: the same for every evaluation (common random numbers).
     *
     * @param r the replication, from 0
     * @return its seed
     */
    public long seed(int r) {
        return Streams.replication(seed, r);
    }

    /** {@return {@code bobyqa} or {@code cmaes}} */
    public String optimizer() {
        return optimizer;
    }

    /** {@return starts of the optimiser} */
    public int starts() {
        return starts;
    }

    /** {@return evaluations per start at most} */
    public int maxEvaluations() {
        return maxEvaluations;
    }

    /**
     * Replications at the estimate that estimate one replication's covariance of the moments:
     * the simulation noise of every target, and the data's covariance of targets with a weight
     * instead of an se (default max(R, 5K + 10) for K targets: the inverse of a covariance
     * estimated from few replications inflates J).
     */
    public int covarianceReplications() {
        return covarianceReplications;
    }

    /** {@return the base sample N of Sobol's indices ({@code sensitivity.sobol}), or 0 for none} */
    public int sobol() {
        return sobol;
    }

    /** {@return Morris trajectories} */
    public int trajectories() {
        return trajectories;
    }

    /** {@return Morris grid levels (even)} */
    public int levels() {
        return levels;
    }

    /** {@return replications per point of the sensitivity analysis} */
    public int sensitivityReplications() {
        return sensitivityReplications;
    }

    /** What identifies this calibration's evaluations: the file's text and the scenario's SHA-256. */
    String fingerprint() {
        return RunInfo.sha256((fileText + "\n" + scenarioSha256).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Calibration[" + file + ", " + parameters.size() + " parameters, " + targets.size() + " targets, R="
                + replications + ", seed " + seed + "]";
    }
    /**
     * Whole numbers of [{@code lower}, {@code upper}] for a sweep: the bounds rounded inward, and
     * the midpoint between them when there is room ("0.01,0.2" was suggested for a pool's size,
     * a sweep refused for the same reason: a calibration review); "..." when the range holds none.
     */
    static String wholeValues(double lower, double upper) {
        long lo = (long) Math.ceil(lower);
        long hi = (long) Math.floor(upper);
        if (lo > hi) {
            return "...";   // no whole number in the range: which to try is the user's to say
        }
        long mid = (lo + hi) / 2;
        return lo == hi ? Long.toString(lo) : mid > lo && mid < hi ? lo + "," + mid + "," + hi : lo + "," + hi;
    }

}
