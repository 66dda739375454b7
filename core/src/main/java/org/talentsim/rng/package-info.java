/**
 * Randomness as an API: the named generator algorithm, seed mixing, and deriving an independent
 * stream from a seed and a key (tick, phase, chunk, ...).
 *
 * <p>Every random number in talentsim comes from a stream derived here by {@link
 * org.talentsim.rng.Streams#stream(long...)}, never from the order in which threads ask
 * for one. The algorithm is named (default {@value org.talentsim.rng.Streams#DEFAULT_ALGORITHM})
 * and recorded with the seed in every result.
 *
 * <p>Imports: only {@code java.*} and Commons Math (the sampler bridge). No other talentsim
 * package. (The allocation-free reusable stream of the hot path is in the kernel.)
 */
package org.talentsim.rng;
