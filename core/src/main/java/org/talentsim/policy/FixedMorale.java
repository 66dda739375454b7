package org.talentsim.policy;

/**
 * The built-in {@code fixed} morale rule: morale never changes (theory configurations). The
 * engine recognises it and skips the morale pass.
 */
public record FixedMorale() implements MoralePolicy {
    /** The one instance the {@code fixed} policy returns. */
    public static final FixedMorale INSTANCE = new FixedMorale();

    @Override
    public double morale(Inputs in) {
        return in.morale();
    }
}
