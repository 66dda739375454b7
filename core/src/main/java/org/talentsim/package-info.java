/**
 * The front door of talentsim: {@link org.talentsim.Talentsim} loads or builds a scenario, runs
 * it and returns a {@link org.talentsim.RunResult} (or writes the result files), and replicates
 * it over seeds.
 *
 * <p>Imports: every package of the library (it sits on top of them).
 */
package org.talentsim;
