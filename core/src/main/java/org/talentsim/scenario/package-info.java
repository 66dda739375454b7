/**
 * An immutable, validated description of one run: records for the market, labs, teams, the
 * population, policies (named, with parameters, as data) and the timeline of events.
 *
 * <p>Records validate in their compact constructors; messages name the field and the value
 * ("labs[0].teams[1].leaderFit must be in [0,1], was 1.4" once the file reader adds the path).
 * {@link org.talentsim.scenario.Scenario#builder(String)} is the way to write one in code.
 *
 * <p>Imports: {@code org.talentsim.rng}, {@code org.talentsim.model}.
 */
package org.talentsim.scenario;
