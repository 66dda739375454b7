package org.talentsim.policy;

/**
 * The built-in {@code none} quit hazard: nobody quits beyond the exogenous separation rate
 * (theory configurations). The engine recognises it: with it and a morale rule that reads no
 * signals ({@code fixed}), nothing reads a lab's median pay, and the census does not compute it.
 */
public record NoQuits() implements QuitPolicy {
    /** The one instance the {@code none} policy returns. */
    public static final NoQuits INSTANCE = new NoQuits();

    @Override
    public double hazard(double morale, double payGap) {
        return 0;
    }
}
