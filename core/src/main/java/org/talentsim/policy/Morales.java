package org.talentsim.policy;

import org.talentsim.model.Status;
import org.talentsim.scenario.PolicySpec;

/** Built-in morale rules. */
final class Morales {
    private Morales() {}

    /** {@code fixed}: morale never changes (theory configurations). */
    static MoralePolicy fixed(PolicySpec spec) {
        new Params("morale", spec);
        return (ctx, from, to) -> { };
    }

    /**
     * {@code peer-relative}: morale of the employed moves toward
     * <pre>
     * m* = base − pay·max(0, ln(w* / w)) − layoffs·shock(lab) − gap·gap(lab)
     *        − disparity·disparity(team) + leader·(fit(team) − 0.8),   clamped to [0,1]
     * </pre>
     * closing {@code speed} of the distance per month. Only pay below the peer reference w*
     * (the lab's median) hurts (THEORY §5).
     */
    static MoralePolicy peerRelative(PolicySpec spec) {
        Params p = new Params("morale", spec, "base", "pay", "layoffs", "gap", "disparity", "leader", "speed");
        double base = p.unit("base", 0.75);
        double pay = p.nonNegative("pay", 0.5);
        double layoffs = p.nonNegative("layoffs", 1.0);
        double gapW = p.nonNegative("gap", 0.3);
        double disparity = p.nonNegative("disparity", 0.1);
        double leader = p.nonNegative("leader", 0.5);
        double speed = p.unit("speed", 0.25);
        return (ctx, from, to) -> {
            double k = 1 - Math.pow(1 - speed, ctx.monthsPerTick());
            byte[] status = ctx.status();
            int[] team = ctx.team();
            float[] morale = ctx.morale();
            int[] teamLab = ctx.teamLab();
            for (int i = from; i < to; i++) {
                if (status[i] != Status.EMPLOYED_CODE) {
                    continue;
                }
                int t = team[i];
                int lab = teamLab[t];
                double target = base - pay * ctx.payGap(i, lab) - layoffs * ctx.layoffShock()[lab]
                        - gapW * ctx.gap()[lab] - disparity * ctx.disparity()[t]
                        + leader * (ctx.leaderFit()[t] - 0.8);
                target = target < 0 ? 0 : (target > 1 ? 1 : target);
                double m = morale[i];
                morale[i] = (float) (m + k * (target - m));
            }
        };
    }
}
