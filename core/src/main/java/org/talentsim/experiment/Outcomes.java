package org.talentsim.experiment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.talentsim.engine.Simulation;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.internal.Names;
import org.talentsim.scenario.Scenario;

/**
 * A run reduced to its {@link Outcome}: the standard metrics ({@link StandardMetrics},
 * docs/METRICS.md) and the user's {@link Metric}s.
 *
 * <pre>{@code
 * Outcome o = Outcomes.run(scenario, PolicyRegistry.defaults(), List.of(
 *         Metric.of("meta_net_poached", r -> r.value("Meta.poached_in") - r.value("Meta.poached_out"))));
 * double kept = o.value("Meta.retention");
 * }</pre>
 *
 * <p>A run is a function of the scenario (with its seed), the registry and the metrics: the same
 * arguments give an equal outcome, bit for bit, for any number of threads. Nothing but the
 * outcome is kept: memory grows with the run's length only by the headcount paths (labs ×
 * periods numbers, at most 20 × 240; {@link Outcome#periods()}).
 */
public final class Outcomes {
    private Outcomes() {}

    /** Runs {@code scenario} on the calling thread and returns its outcome. */
    public static Outcome run(Scenario scenario, PolicyRegistry registry, List<Metric> extra) {
        return run(scenario, registry, extra, 1);
    }

    /**
     * Runs {@code scenario} with {@code threads} threads for its parallel phases (the outcome does
     * not depend on it) and returns its outcome.
     *
     * @throws IllegalArgumentException when a user metric's name is taken by a standard metric or
     *     another user metric (checked before the run), or as {@link Simulation.Builder#build()}
     * @throws IllegalStateException when a user metric throws at the end of the run (naming the
     *     metric, the scenario and the seed; the metric's exception is the cause)
     */
    public static Outcome run(Scenario scenario, PolicyRegistry registry, List<Metric> extra, int threads) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(registry, "registry");
        List<Metric> metrics = List.copyOf(Objects.requireNonNull(extra, "extra (the user's metrics; List.of() for none)"));
        checkNames(scenario, metrics);
        StandardMetrics standard = new StandardMetrics(scenario);
        List<Metric.Probe> probes = new ArrayList<>(metrics.size());
        Simulation.Builder b = Simulation.builder(scenario).registry(registry).threads(threads).observer(standard);
        HeadcountPaths paths = HeadcountPaths.of(scenario);
        if (paths != null) {
            b.observer(paths);
        }
        for (Metric m : metrics) {
            Metric.Probe p = Objects.requireNonNull(m.probe(), () -> "the probe of metric " + m.name());
            probes.add(p);
            b.observer(p);
        }
        try (Simulation sim = b.build()) {
            sim.run();
        }
        Outcome o = standard.outcome();
        if (paths != null) {
            o = paths.addTo(o);
        }
        for (int k = 0; k < metrics.size(); k++) {
            double v;
            try {
                v = probes.get(k).value(o);
            } catch (RuntimeException e) {
                // the user's code: say whose, and on which run
                throw new IllegalStateException("metric '" + metrics.get(k).name() + "' failed on the run of scenario '"
                        + scenario.name() + "' with seed " + scenario.seed() + ": " + e, e);
            }
            o = o.with(metrics.get(k).name(), v);
        }
        return o;
    }

    /**
     * The metric names of a run of {@code scenario} with the user metrics {@code extra}, sorted as
     * in its {@link Outcome} (the columns of a row, known before running).
     */
    public static List<String> names(Scenario scenario, List<Metric> extra) {
        List<Metric> metrics = List.copyOf(extra);
        checkNames(scenario, metrics);
        List<String> all = new ArrayList<>(StandardMetrics.names(scenario));
        for (Metric m : metrics) {
            all.add(m.name());
        }
        all.sort(null);
        return List.copyOf(all);
    }

    private static void checkNames(Scenario scenario, List<Metric> metrics) {
        Set<String> taken = new HashSet<>(StandardMetrics.names(scenario));
        for (Metric m : metrics) {
            String name = m.name();
            String p = Names.problem(name);
            // a column of runs.csv (a Metric may be implemented without Metric.of's check)
            p = p != null ? p : Names.formulaProblem(name);
            if (p != null) {
                throw new IllegalArgumentException("metric name " + Names.quote(name) + " " + p);
            }
            if (!taken.add(name)) {
                throw new IllegalArgumentException("metric name " + Names.quote(name)
                        + " is taken by a standard metric or an earlier user metric");
            }
        }
    }
}
