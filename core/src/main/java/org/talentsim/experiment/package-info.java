/**
 * Experiments over many runs. A run is reduced to its {@link org.talentsim.experiment.Outcome}
 * — a small, serialisable row of named numbers — by {@link org.talentsim.experiment.Outcomes#run};
 * a scenario is varied by {@link org.talentsim.experiment.Overrides} (paths such as {@code
 * labs[Meta].retention=none}); runs are spread by an {@link org.talentsim.experiment.Executor}
 * ({@link org.talentsim.experiment.LocalExecutor} on this machine's cores), journalled as they
 * finish (a journal, {@code runs.csv}, kept across a kill), and summarised with confidence intervals
 * ({@link org.talentsim.experiment.Estimate}, {@link org.talentsim.experiment.PairedDifference},
 * {@link org.talentsim.experiment.Holm}, {@link org.talentsim.experiment.Replications}).
 *
 * <p>The standard metrics ({@link org.talentsim.experiment.StandardMetrics}, listed with their
 * definitions in docs/METRICS.md) are computed while the run goes, without keeping its rows:
 * per lab {@code LAB.headcount_end}, {@code LAB.hires}, {@code LAB.poached_in}, …, {@code
 * LAB.retention}; per market {@code market.unemployment_end}, {@code market.moves_per_month},
 * {@code market.flow.A>B}, …. Users add their own {@link org.talentsim.experiment.Metric}s:
 *
 * <pre>{@code
 * List<Metric> extra = List.of(
 *     // from the standard values
 *     Metric.of("meta_net_poached", r -> r.value("Meta.poached_in") - r.value("Meta.poached_out")),
 *     // from the world at the end of a dated tick (NaN if the run ends before)
 *     Metric.at("meta_headcount_2025_06", "2025-06", w -> w.headcount(w.labIndex("Meta"))),
 *     // from any observer of the ticks (a fresh Metric.Probe per run)
 *     Metric.observing("meta_peak_headcount", PeakHeadcount::new));
 * Outcome o = Outcomes.run(scenario, PolicyRegistry.defaults(), extra);
 * o.value("Meta.retention");  o.csvHeader();  o.csvRow();
 * }</pre>
 *
 * <p>An {@link org.talentsim.experiment.Experiment} (replications, a {@code vary} grid or arms
 * against a baseline; from a builder or an experiment file) is run into a result folder by
 * {@link org.talentsim.experiment.ExperimentRunner} (docs/EXPERIMENTS.md).
 *
 * <p>An outcome is a function of the scenario (with its seed), the registry and the metrics: equal
 * bit for bit on every run and for any number of threads.
 *
 * <p>Imports: every package above it ({@code rng}, {@code model}, {@code scenario}, {@code
 * policy}, {@code engine}, {@code metrics}, {@code io}) except the kernel (only public views);
 * Commons Math; file I/O.
 */
package org.talentsim.experiment;
