/**
 * Domain nouns as read-only views: the world ({@link org.talentsim.model.WorldView}), the
 * researcher population ({@link org.talentsim.model.PopulationView}, one row per researcher),
 * labs and teams ({@link org.talentsim.model.LabView}, {@link org.talentsim.model.TeamView}),
 * the moves of a tick ({@link org.talentsim.model.MovesView}), status codes, move reasons,
 * focus, the pay scale and time units. The mutable state behind the views lives in the kernel,
 * which this package does not see.
 *
 * <p>No randomness and no I/O here. Policies, observers and user phases see the state only
 * through these views; user phases change it through the engine's {@code Editor}.
 *
 * <p>Imports: {@code org.talentsim.rng} only (and {@code java.*}).
 */
package org.talentsim.model;
