/**
 * Closed forms of labour-search models, usable on their own: Burdett–Mortensen wage posting
 * ({@link org.talentsim.theory.BurdettMortensen}), Postel-Vinay–Robin sequential auctions
 * ({@link org.talentsim.theory.PostelVinayRobin}) and the Mortensen–Pissarides matching
 * function ({@link org.talentsim.theory.MortensenPissarides}), in the discrete time of the
 * simulator (one uniform draw per agent per period). Section numbers in the comments (THEORY §1,
 * §2, §3) refer to the validation note THEORY.md, which gives the parameter sets and values.
 *
 * <p>These are the numbers the simulator must reproduce: an economist can call them directly
 * (unemployment, wage distributions, flows, quantiles, inverse-CDF draws from uniforms) and a
 * test compares a run against them. {@link org.talentsim.theory.TheoryMarkets} expresses each
 * model as a configuration of the engine's own policies (posted wages, Bertrand bidding with
 * counter-offers, a matching function), optionally starting from the stationary law; the engine
 * that runs every other scenario is the one being validated.
 *
 * <p>The closed forms draw no random numbers, keep no state and never print: every method is a
 * pure function of its parameters (draws take the uniform as an argument).
 *
 * <p>Imports: this package is the last in the import order and may import every other talentsim
 * package. The closed-form classes import only {@code java.*} and Commons Math 3
 * (quadrature and root finding); the engine configurations import the engine.
 */
package org.talentsim.theory;
