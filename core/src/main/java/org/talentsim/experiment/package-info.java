/**
 * Experiments over many runs: replications (seeds mixed from (S, r)), parameter sweeps, policy
 * comparisons with confidence intervals, executors. (Filled in by the experiments issue.)
 *
 * <p>Imports: every package above it ({@code rng} to {@code io}).
 */
package org.talentsim.experiment;
