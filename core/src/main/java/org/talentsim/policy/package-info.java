/**
 * Decision rules as small interfaces, one abstract method each, with built-in implementations
 * selected by name through {@link org.talentsim.policy.PolicyRegistry}:
 *
 * <ul>
 *   <li>{@link org.talentsim.policy.OfferPolicy}: {@code posted}, {@code bertrand}, {@code premium}, {@code star}</li>
 *   <li>{@link org.talentsim.policy.RetentionPolicy}: {@code none}, {@code match}, {@code stars}</li>
 *   <li>{@link org.talentsim.policy.AcceptancePolicy}: {@code higher-wage}, {@code utility}</li>
 *   <li>{@link org.talentsim.policy.LayoffPolicy}: {@code lowest-value}, {@code lifo}, {@code random}</li>
 *   <li>{@link org.talentsim.policy.MoralePolicy}: {@code peer-relative} ({@link org.talentsim.policy.PeerRelativeMorale}), {@code fixed} ({@link org.talentsim.policy.FixedMorale})</li>
 *   <li>{@link org.talentsim.policy.QuitPolicy}: {@code morale} ({@link org.talentsim.policy.MoraleQuits}), {@code none} ({@link org.talentsim.policy.NoQuits})</li>
 *   <li>{@link org.talentsim.policy.ProductionPolicy}: {@code effort}</li>
 *   <li>{@link org.talentsim.policy.LabStrategy}: {@code static}, {@code gap-response} ({@link org.talentsim.policy.GapResponse})</li>
 * </ul>
 *
 * <p>Policies read the state through views and return decisions; the {@code kernel}
 * applies them. Implementations are package-private (except the built-in morale rules, quit
 * hazards and the gap-response strategy: public records whose parameters the kernel reads to run
 * its own loop, without a call and its input values per researcher or lab); the registry is the
 * way in.
 *
 * <p>Inputs: a policy called once per offer ({@code OfferPolicy}, {@code RetentionPolicy},
 * {@code AcceptancePolicy}) or per researcher ({@code MoralePolicy}) receives a read-only view
 * that the engine points at each call in turn (valid only during the call, allocation-free); a
 * policy called once per team or lab per tick ({@code ProductionPolicy}, {@code LabStrategy})
 * receives an immutable record.
 *
 * <p>Imports: {@code rng}, {@code model}, {@code scenario}.
 */
package org.talentsim.policy;
