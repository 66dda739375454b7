/**
 * Decision rules as small interfaces, one abstract method each, with built-in implementations
 * selected by name through {@link org.talentsim.policy.PolicyRegistry}:
 *
 * <ul>
 *   <li>{@link org.talentsim.policy.OfferPolicy}: {@code posted}, {@code bertrand}, {@code premium}, {@code star}</li>
 *   <li>{@link org.talentsim.policy.RetentionPolicy}: {@code none}, {@code match}, {@code stars}</li>
 *   <li>{@link org.talentsim.policy.AcceptancePolicy}: {@code higher-wage}, {@code utility}</li>
 *   <li>{@link org.talentsim.policy.LayoffPolicy}: {@code lowest-value}, {@code lifo}, {@code random}</li>
 *   <li>{@link org.talentsim.policy.MoralePolicy}: {@code peer-relative}, {@code fixed}</li>
 *   <li>{@link org.talentsim.policy.QuitPolicy}: {@code morale}, {@code none}</li>
 *   <li>{@link org.talentsim.policy.ProductionPolicy}: {@code effort}</li>
 *   <li>{@link org.talentsim.policy.LabStrategy}: {@code static}, {@code gap-response}</li>
 * </ul>
 *
 * <p>Policies read the state through views and return decisions; the {@code kernel}
 * applies them. Implementations are package-private; the registry is the way in.
 *
 * <p>Imports: {@code rng}, {@code model}, {@code scenario}.
 */
package org.talentsim.policy;
