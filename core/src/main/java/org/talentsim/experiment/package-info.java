/**
 * Experiments over many runs: replications (seeds mixed from (S, r)), parameter sweeps, policy
 * comparisons with confidence intervals, executors; so far {@link org.talentsim.experiment.Overrides}
 * (overrides by path). (The rest: the experiments issue.)
 *
 * <p>Imports: every package above it ({@code rng} to {@code io}).
 */
package org.talentsim.experiment;
