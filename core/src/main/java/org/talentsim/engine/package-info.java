/**
 * The front door: {@link org.talentsim.engine.Simulation}, built from a {@code Scenario}; the
 * tick loop with its fixed phase order (DESIGN §3.3), user phases inserted before or after any
 * built-in one, observers that receive each finished tick, and the parallel chunk runner.
 *
 * <p>Imports: {@code rng}, {@code model}, {@code scenario}, {@code policy}, {@code market}.
 */
package org.talentsim.engine;
