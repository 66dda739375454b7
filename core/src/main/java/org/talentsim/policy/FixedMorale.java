package org.talentsim.policy;

/**
 * The built-in {@code fixed} morale rule: morale never changes (theory configurations). The
 * engine recognises it and skips the morale pass.
 */
public record FixedMorale() implements MoralePolicy {
    /** The one instance the {@code fixed} policy returns. */
    public static final FixedMorale INSTANCE = new FixedMorale();

    /** The morale the starting staff get when the scenario gives none: nothing moves, so 0.7. */
    public static final double START = 0.7;

    @Override
    public double morale(Inputs in) {
        return in.morale();
    }

    /** Nothing moves, so there is no steady state to find: {@link #START}. */
    @Override
    public double steadyState(Inputs in) {
        return START;
    }
}
