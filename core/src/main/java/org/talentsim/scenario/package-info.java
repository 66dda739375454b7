/**
 * An immutable, validated description of one run: records for the market, labs, teams, the
 * population, policies (named, with parameters, as data) and the timeline of events.
 *
 * <p>Records validate in their compact constructors; messages name the field and the value
 * ("labs[0].teams[1].leaderFit must be in [0,1], was 1.4" once the file reader adds the path).
 * {@link org.talentsim.scenario.Scenario#builder(String)} is the way to write one in code.
 *
 * <p>This package owns all validation: a scenario that its records accept and that passes
 * {@link org.talentsim.scenario.Scenario#validate(PolicyCatalog)} against the policy registry it
 * runs with builds and runs. Rules about several fields (rates per tick, the population's size,
 * a policy and the lab field it needs) throw an {@link org.talentsim.scenario.InvalidFieldException}
 * naming the field's path, which the file reader turns into the field's position. The policies
 * are checked through the {@link org.talentsim.scenario.PolicyCatalog} interface, which the
 * policy registry implements, so this package does not import {@code org.talentsim.policy}.
 *
 * <p>Events are self-contained types: each {@link org.talentsim.scenario.EventSpec} record holds
 * its fields and validation, its reference checks (against a
 * {@link org.talentsim.scenario.Roster} of what exists at its tick), how it is read and written
 * (through {@link org.talentsim.scenario.EventFields} and
 * {@link org.talentsim.scenario.EventSink}, which the file reader and writer implement) and what
 * it does (through {@link org.talentsim.scenario.EventEffects}, which the kernel implements); an
 * {@link org.talentsim.scenario.EventTypes} registry names the types for files.
 *
 * <p>Imports: {@code org.talentsim.rng}, {@code org.talentsim.model}.
 */
package org.talentsim.scenario;
