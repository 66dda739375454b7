/**
 * Running a scenario: {@link org.talentsim.engine.Simulation}, built from a {@code Scenario};
 * the tick loop with its fixed phase order (DESIGN §3.3, {@link org.talentsim.engine.PhaseId}),
 * user phases inserted before or after any built-in one ({@link org.talentsim.engine.Phase},
 * which see a {@link org.talentsim.engine.TickContext}), observers that receive each finished
 * tick through read-only views ({@link org.talentsim.engine.TickObserver}), and the narrow,
 * checked write API of phases and start-state initializers ({@link
 * org.talentsim.engine.Editor}). For a run in one call, use {@code org.talentsim.Talentsim}.
 *
 * <p>Imports: {@code rng}, {@code model}, {@code scenario}, {@code policy}, {@code kernel}.
 */
package org.talentsim.engine;
