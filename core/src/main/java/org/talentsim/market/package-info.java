/**
 * The market's mechanics: building the world from a scenario, search contacts (the one draw per
 * researcher), offers, counter-offers and acceptance, moves, layoffs with notice and severance,
 * visa clocks, events, production and capability, payroll and the census. Applies the policies
 * of {@code org.talentsim.policy} to the state of {@code org.talentsim.model}.
 *
 * <p>{@link org.talentsim.market.Market} is the public entry the engine drives, one method per
 * phase; everything else is package-private.
 *
 * <p>Imports: {@code rng}, {@code model}, {@code scenario}, {@code policy}.
 */
package org.talentsim.market;
