package org.talentsim.policy;

/**
 * The built-in {@code peer-relative} morale rule: morale of the employed moves toward
 * <pre>
 * m* = base − pay·max(0, ln(w* / w)) − layoffs·shock(lab) − gap·gap(lab)
 *        − disparity·disparity(team)·[w &lt; w*] + leader·(fit(team) − 0.8),   clamped to [0,1]
 * </pre>
 * closing {@code speed} of the distance per month. Only pay below the peer reference w* (the
 * lab's median) hurts (THEORY §5), and only those below it feel the disparity term (Card, Mas,
 * Moretti and Saez 2012): the pay premium of the lab's best-paid team over one's own team, net of
 * the skill that explains pay (Breza, Kaur and Shamdasani 2018).
 *
 * <p>The engine recognises this record and runs its own loop over the population with these
 * parameters; {@link #morale} gives the same values bit for bit, one researcher at a time.
 *
 * @param base morale with no grievance, in [0,1]
 * @param pay weight of the pay gap, >= 0
 * @param layoffs weight of the lab's recent layoffs, >= 0
 * @param gap weight of the lab's capability gap, >= 0
 * @param disparity weight of the team's pay disparity, >= 0
 * @param leader weight of the leader's fit, >= 0
 * @param speed share of the distance to the target closed per month, in [0,1]
 */
public record PeerRelativeMorale(double base, double pay, double layoffs, double gap, double disparity,
        double leader, double speed) implements MoralePolicy {
    /** Checks the ranges above; the messages name the parameter and its value. */
    public PeerRelativeMorale {
        unit("base", base);
        nonNegative("pay", pay);
        nonNegative("layoffs", layoffs);
        nonNegative("gap", gap);
        nonNegative("disparity", disparity);
        nonNegative("leader", leader);
        unit("speed", speed);
    }

    /** The defaults of the {@code peer-relative} policy. */
    public static final PeerRelativeMorale DEFAULT = new PeerRelativeMorale(0.75, 0.5, 1.0, 0.3, 0.1, 0.5, 0.25);

    @Override
    public double morale(Inputs in) {
        double k = step(in.monthsPerTick());
        double t = target(in.payGap(), in.layoffShock(), in.gap(), in.disparity(), in.leaderFit());
        double m = in.morale();
        return m + k * (t - m);
    }

    /** The target itself: with the signals held fixed, morale converges to it. */
    @Override
    public double steadyState(Inputs in) {
        return target(in.payGap(), in.layoffShock(), in.gap(), in.disparity(), in.leaderFit());
    }

    /**
     * The share of the distance closed in one tick.
     *
     * @param monthsPerTick length of a tick in months
     * @return {@code 1 − (1 − speed)^monthsPerTick}
     */
    public double step(double monthsPerTick) {
        return 1 - Math.pow(1 - speed, monthsPerTick);
    }

    /**
     * The target morale m*, clamped to [0,1].
     *
     * @param payGap {@code max(0, ln(w* / w))}
     * @param layoffShock the lab's recent layoff share
     * @param labGap the lab's capability gap
     * @param teamDisparity the team's pay disparity (counted only when {@code payGap > 0})
     * @param leaderFit the team's effective leader fit
     * @return m* in [0,1]
     */
    public double target(double payGap, double layoffShock, double labGap, double teamDisparity, double leaderFit) {
        // the signals' part first, then the researcher's own terms: the engine's fast pass computes
        // the first once per team, in this order, and gets the same bits
        double t = common(base, layoffs, gap, leader, layoffShock, labGap, leaderFit) - pay * payGap
                - Math.signum(payGap) * (disparity * teamDisparity);
        return t < 0 ? 0 : (t > 1 ? 1 : t);
    }

    /**
     * The part of the target that is the same for a whole team: {@code base − layoffs·shock −
     * gap·labGap + leader·(leaderFit − 0.8)}, in that order (the engine's fast pass computes it per team in
     * this order, and must give the same bits).
     */
    private static double common(double base, double layoffs, double gap, double leader, double layoffShock, double labGap,
            double leaderFit) {
        return base - layoffs * layoffShock - gap * labGap + leader * (leaderFit - 0.8);
    }

    private static void unit(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("morale policy 'peer-relative': " + name + " must be in [0,1], was " + v);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("morale policy 'peer-relative': " + name + " must be a finite number >= 0, was " + v);
        }
    }
}
