/**
 * Files: writing the result files of a run (DESIGN §6: {@code manifest.json}, {@code labs.csv},
 * {@code teams.csv}, {@code moves.csv}, {@code flows.csv}, {@code summary.json}, and {@code
 * offers.csv} as {@link org.talentsim.io.OfferOutput} says) atomically, so
 * a reader never sees a half-written file; and reading and writing scenario files
 * ({@link org.talentsim.io.ScenarioFiles}: safe YAML, errors as {@code file:line:col: field.path:
 * message} in a {@link org.talentsim.io.ScenarioException}). Events are read and written through
 * the scenario package's {@code EventFields} and {@code EventSink}, by the type named in an
 * {@code EventTypes} registry; the file reader knows no event type by name.
 *
 * <p>Imports: every package above it ({@code rng} to {@code metrics}).
 */
package org.talentsim.io;
