/**
 * Domain nouns and state: the researcher population (a structure of primitive arrays, one row
 * per researcher), teams and labs (small mutable objects behind read-only views), status codes,
 * move reasons, the move log, money and time units.
 *
 * <p>No randomness and no I/O here. Policies and observers see the state only through the
 * read-only views ({@link org.talentsim.model.PopulationView}, {@link
 * org.talentsim.model.LabView}, {@link org.talentsim.model.TeamView}).
 *
 * <p>Imports: {@code org.talentsim.rng} only (and {@code java.*}).
 */
package org.talentsim.model;
