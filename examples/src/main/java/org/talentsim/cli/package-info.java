/**
 * The {@code talentsim} command line (picocli): {@code run} and {@code check} a
 * scenario file, {@code validate} the engine against labour-search theory. Launched by
 * {@code ./talentsim} at the repository root, which builds {@code examples/target/talentsim.jar}
 * when it is missing or older than the sources.
 */
package org.talentsim.cli;
