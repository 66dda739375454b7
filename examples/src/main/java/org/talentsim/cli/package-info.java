/**
 * The {@code talentsim} command line (picocli): {@code run} and {@code check}. Launched by
 * {@code ./talentsim} at the repository root, which builds {@code examples/target/talentsim.jar}
 * when it is missing or older than the sources.
 */
package org.talentsim.cli;
