package org.talentsim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.EventTypes;
import org.talentsim.scenario.FieldOverride;
import org.talentsim.scenario.OverrideException;
import org.talentsim.scenario.Scenario;

/**
 * Overrides by path, applied in order: one syntax for the API, the command line
 * ({@code talentsim run FILE --set PATH=VALUE}) and experiment files.
 *
 * <pre>{@code
 * Scenario s = Talentsim.defaults().load(Path.of("examples/scenarios/meta-2025.yaml"));
 * Scenario none = Overrides.parse(List.of("labs[Meta].retention=none", "months=12")).applyTo(s);
 * }</pre>
 *
 * <p>The grammar is {@link FieldOverride}'s: {@code market.separation=0.2/year},
 * {@code market.payScale.base=400k}, {@code policies.acceptance=higher-wage},
 * {@code labs[Meta].retention=none}, {@code labs[Meta].retention.upTo=1} (a policy parameter;
 * the policy keeps its name), {@code labs[Meta].budget=5B},
 * {@code labs[Meta].teams[TBD Lab].target=unlimited}, {@code events[tbd-spree].payLevel=3}
 * (an event's {@code id}; or {@code events[3]}, its index in the timeline), {@code seed=7},
 * {@code months=12}. Applying edits the scenario as YAML and reads it back with the scenario
 * file reader ({@link ScenarioFiles#apply}): values are parsed and checked with exactly a
 * file's rules, and the result is a new, validated {@link Scenario}. Immutable.
 */
public final class Overrides {
    private static final Overrides NONE = new Overrides(List.of());

    private final List<FieldOverride> list;

    private Overrides(List<FieldOverride> list) {
        this.list = List.copyOf(list);
    }

    /** No overrides: {@link #applyTo} gives the scenario itself. */
    public static Overrides none() {
        return NONE;
    }

    /**
     * Parses {@code PATH=VALUE} texts (the grammar only; paths and values are checked when
     * applied).
     *
     * @throws OverrideException naming the first text that does not follow the grammar
     */
    public static Overrides parse(List<String> texts) {
        List<FieldOverride> out = new ArrayList<>();
        for (String t : Objects.requireNonNull(texts, "texts")) {
            out.add(FieldOverride.parse(t));
        }
        return new Overrides(out);
    }

    /** As {@link #parse(List)}. */
    public static Overrides parse(String... texts) {
        Objects.requireNonNull(texts, "texts");
        for (int i = 0; i < texts.length; i++) {
            Objects.requireNonNull(texts[i], "texts[" + i + "]");
        }
        return parse(List.of(texts));
    }

    /** These overrides followed by {@code path=value}. */
    public Overrides and(String path, String value) {
        return then(List.of(FieldOverride.of(path, value)));
    }

    /** These overrides followed by {@code more}'s. */
    public Overrides then(Overrides more) {
        return then(more.list);
    }

    private Overrides then(List<FieldOverride> more) {
        List<FieldOverride> all = new ArrayList<>(list);
        all.addAll(more);
        return new Overrides(all);
    }

    /** The overrides, in order. */
    public List<FieldOverride> list() {
        return Collections.unmodifiableList(list);
    }

    /**
     * The overrides that set the scenario's top key {@code key} ({@code seed=7} for {@code "seed"},
     * {@code months=12} for {@code "months"}), in order: for refusing a value given twice.
     */
    public List<FieldOverride> setting(String key) {
        List<FieldOverride> found = new ArrayList<>();
        for (FieldOverride f : list) {
            if (f.steps().size() == 1 && f.steps().get(0).selector() == null && f.steps().get(0).key().equals(key)) {
                found.add(f);
            }
        }
        return found;
    }

    /** Whether there are none. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** {@code scenario} with these overrides, its policies checked against the built-in registry. */
    public Scenario applyTo(Scenario scenario) {
        return applyTo(scenario, PolicyRegistry.defaults());
    }

    /** {@code scenario} with these overrides, its policies checked against {@code registry}. */
    public Scenario applyTo(Scenario scenario, PolicyRegistry registry) {
        return applyTo(scenario, registry, EventTypes.defaults());
    }

    /**
     * {@code scenario} with these overrides applied in order, read back as a file with policies
     * from {@code registry} and event types from {@code events} (those of the scenario's events
     * must be registered).
     *
     * @throws OverrideException naming the override and the problem, in the words of a file's error
     */
    public Scenario applyTo(Scenario scenario, PolicyRegistry registry, EventTypes events) {
        return ScenarioFiles.apply(scenario, list, registry, events);
    }

    /**
     * Why {@code overrides}, one list (a command's {@code --set} options, an arm's), set one path
     * twice to different values — only the last would count: a slip of copying, said rather than
     * run ({@code labs[0]} and {@code labs[Meta]} are one lab of {@code s}) — or null. A value
     * restated, and a path and a field under it, are not refused; {@link #then} layers lists as
     * it should.
     */
    static String setTwice(List<String> overrides, Scenario s) {
        Twice t = twice(overrides, s);
        return t == null ? null : t.problem();
    }

    /** What {@link #setTwice} finds: its words, and the override (as written) that sets the path again. */
    record Twice(String problem, FieldOverride again) {}

    /**
     * {@link #setTwice}'s finding, with the override that sets again; also a path that replaces a
     * field set before it under it ({@code labs[A].teams[R]={…}} after {@code
     * labs[A].teams[R].headcount=10}: the field's value is lost, and two cells of a grid ran the
     * same scenario: an adversarial review). A field after its path layers, as it should.
     */
    static Twice twice(List<String> overrides, Scenario s) {
        java.util.Map<String, FieldOverride> seen = new java.util.LinkedHashMap<>();
        for (FieldOverride o : parse(overrides).list()) {
            String path = Experiment.Builder.byName(o, s);
            for (java.util.Map.Entry<String, FieldOverride> e : seen.entrySet()) {
                String under = e.getKey();
                if (under.length() > path.length() && under.startsWith(path)
                        && (under.charAt(path.length()) == '.' || under.charAt(path.length()) == '[')) {
                    FieldOverride before = e.getValue();
                    return new Twice(o.path() + " replaces the whole of " + before.path() + ", set before it (" + before.text()
                            + ", then " + o.text() + "): the first would not count; set the field in the value of " + o.path()
                            + ", or give " + o.path() + " first", o);
                }
            }
            FieldOverride before = seen.putIfAbsent(path, o);
            if (before != null && !before.value().strip().equals(o.value().strip())) {
                return new Twice(before.path().equals(o.path()) ? o.path() + " is set twice (" + before.text() + ", then " + o.text()
                        + "): only the last would count; give it once"
                        : o.path() + " sets " + before.path() + " again (" + before.text() + ", then " + o.text() + "): only"
                        + " the last would count; give it once", o);
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Overrides other && list.equals(other.list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    /** The overrides as {@code --set} arguments. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (FieldOverride f : list) {
            b.append(b.length() == 0 ? "" : " ").append("--set ").append(f.text());
        }
        return b.toString();
    }
}
