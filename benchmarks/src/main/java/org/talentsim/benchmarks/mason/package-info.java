/**
 * The MASON baseline: the talentsim market kernel written the way MASON models are written
 * (agents as {@code Steppable} objects on MASON's {@code Schedule}, a shuffled
 * {@code RandomSequence}, {@code MersenneTwisterFast}), with its parameters in {@link
 * org.talentsim.benchmarks.mason.Kernel}. Benchmark scope only: {@code core} never sees MASON.
 *
 * <p>Imports: MASON's {@code sim.engine} and {@code ec.util}, and talentsim's {@code model} (to
 * copy a starting world) and {@code kernel} (the census's medians, {@code Internals.LabMedianFinder}).
 */
package org.talentsim.benchmarks.mason;
