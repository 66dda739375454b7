package org.talentsim.policy;

/**
 * Moves the morale of the researchers of one chunk {@code [from, to)}; called once per chunk per
 * tick (not per researcher), possibly from several threads on disjoint chunks.
 */
@FunctionalInterface
public interface MoralePolicy {
    /** Updates morale in {@code [from, to)}; must only write {@code ctx.morale()[i]} for i in range. */
    void update(MoraleContext ctx, int from, int to);
}
