package org.talentsim.policy;

/**
 * The built-in {@code morale} quit hazard per month,
 * {@code h = base·(1 + pay·gap) + morale·max(0, reference − m)} (THEORY §5: quits respond to
 * pay below peers, not above, and rise as morale falls). The engine recognises it and reads its
 * four coefficients once per tick instead of calling {@link #hazard} for every researcher; both
 * give the same bits.
 *
 * @param base the hazard at no pay gap and enough morale, in [0, 1]
 * @param pay how much each unit of the log pay gap multiplies the base, ≥ 0
 * @param morale the hazard added per unit of morale short of the reference, ≥ 0
 * @param reference the morale below which quits rise, in [0, 1]
 */
public record MoraleQuits(double base, double pay, double morale, double reference) implements QuitPolicy {
    /** Checks the ranges given above. */
    public MoraleQuits {
        if (!(base >= 0 && base <= 1)) {
            throw new IllegalArgumentException("base must be in [0, 1], was " + base);
        }
        if (!(pay >= 0 && pay < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("pay must be finite and ≥ 0, was " + pay);
        }
        if (!(morale >= 0 && morale < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("morale must be finite and ≥ 0, was " + morale);
        }
        if (!(reference >= 0 && reference <= 1)) {
            throw new IllegalArgumentException("reference must be in [0, 1], was " + reference);
        }
    }

    @Override
    public double hazard(double m, double payGap) {
        return hazard(base, pay, morale, reference, m, payGap);
    }

    /** The hazard of coefficients read out of the record (the one formula both paths use). */
    public static double hazard(double base, double pay, double morale, double reference, double m, double payGap) {
        double short_ = reference - m;
        return base * (1 + pay * payGap) + morale * 0.5 * (short_ + Math.abs(short_));
    }
}
