/**
 * The kernel: the mutable state of a run and the mechanics that change it. Not exported by the
 * module (qualified to the benchmarks); users see the state through the read-only views of
 * {@code org.talentsim.model} and change it through the engine's {@code Editor}.
 *
 * <p>It owns the population as primitive columns ({@link org.talentsim.kernel.Population}),
 * labs, teams and the world ({@link org.talentsim.kernel.World}), the move log, building the
 * world from a scenario, search contacts (the one draw per researcher), offers, counter-offers
 * and acceptance, moves, layoffs with notice and severance, visa clocks, events, production and
 * capability, payroll and the census, the parallel chunk runner and the reusable random streams.
 * {@link org.talentsim.kernel.Market} is the entry the engine drives, one method per phase.
 *
 * <p>Imports: {@code rng}, {@code model}, {@code scenario}, {@code policy}.
 */
package org.talentsim.kernel;
