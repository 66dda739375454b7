package org.talentsim.kernel;

import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.policy.FixedMorale;
import org.talentsim.policy.MoralePolicy;
import org.talentsim.policy.PeerRelativeMorale;

/**
 * The morale phase over one chunk {@code [from, to)}, chosen once per market from its policy:
 * the built-in rules run their own loop over the population's columns; any other policy is
 * called once per employed researcher through a {@link MoraleView} (one per chunk, so chunks
 * may run on several threads), and the engine stores what it returns. Both give the same
 * morale, bit for bit, for the built-in rules.
 */
abstract class MoralePass {
    /** Updates the morale of the employed in {@code [from, to)}, one chunk of {@link Market#CHUNK_SIZE}. */
    abstract void update(MoraleContext ctx, int from, int to);

    /**
     * Prepares what the pass reads per team from this tick's signals {@code ctx}, once before the
     * chunks (sequential, O(teams)); call after the signals change and before {@link #update} or
     * {@link #settle}; {@code teams} is the world's team count. The default has nothing to prepare.
     */
    void prepare(MoraleContext ctx, int teams) {
    }

    /**
     * Whether the pass reads the tick's per-lab and per-team signals (pay gaps to the leader,
     * layoff shocks, disparity, leader fit) of its context; when it does not, the engine leaves
     * them unprepared (a pow and a log per team a tick). Only the population's columns of the
     * context are then valid.
     */
    boolean readsSignals() {
        return true;
    }

    /**
     * Sets every employed researcher whose morale is {@link WorldFactory#STEADY} (NaN: the
     * scenario gave no starting morale) to the steady state of the rule given today's signals
     * (MODEL §5), so that a world without events does not drift from its first tick. The default
     * runs the rule {@link #SETTLE_TICKS} times on those researchers from 0.5, which converges for
     * any rule that closes a share of the distance each tick; the built-in rules override it.
     */
    void settle(MoraleContext ctx, int n) {
        float[] morale = ctx.morale();
        byte[] status = ctx.status();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (morale[i] != morale[i] && status[i] == Status.EMPLOYED_CODE) {
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        int[] who = new int[count];
        count = 0;
        for (int i = 0; i < n; i++) {
            if (morale[i] != morale[i] && status[i] == Status.EMPLOYED_CODE) {
                who[count++] = i;
                morale[i] = 0.5f;
            }
        }
        for (int k = 0; k < SETTLE_TICKS; k++) {
            for (int i : who) {
                update(ctx, i, i + 1);
            }
        }
    }

    /** Ticks a rule is run on the starting staff to reach its steady state (see {@link #settle}). */
    static final int SETTLE_TICKS = 240;

    /** The fast pass of a built-in policy, or the per-researcher pass of any other. */
    static MoralePass of(MoralePolicy p, PopulationView people, int chunks) {
        if (p instanceof FixedMorale) {
            return new Still();
        }
        if (p instanceof PeerRelativeMorale r) {
            return new PeerRelative(r);
        }
        return perResearcher(p, people, chunks);
    }

    /** The per-researcher pass, whatever the policy (the tests compare it with the fast ones). */
    static MoralePass perResearcher(MoralePolicy p, PopulationView people, int chunks) {
        return new PerResearcher(p, people, chunks);
    }

    /** {@code fixed}: nothing moves. */
    private static final class Still extends MoralePass {
        @Override
        void update(MoraleContext ctx, int from, int to) {
        }

        @Override
        boolean readsSignals() {
            return false;
        }

        /** Nothing moves, so there is no steady state to find: the starting staff get 0.7. */
        @Override
        void settle(MoraleContext ctx, int n) {
            float[] morale = ctx.morale();
            for (int i = 0; i < n; i++) {
                if (morale[i] != morale[i]) {
                    morale[i] = (float) FixedMorale.START;
                }
            }
        }
    }

    /**
     * {@code peer-relative}, as a loop over the chunk's columns; the search can also update a
     * researcher's morale in its own loop through {@link #next} (Market.moraleAndSearch), reusing
     * the pay gap it computes for the quit hazard.
     */
    static final class PeerRelative extends MoralePass {
        private final double base;
        private final double pay;
        private final double layoffs;
        private final double gapW;
        private final double disparity;
        private final double leader;
        private final double speed;
        /** Per team, filled by {@link #prepare}: the signals' part of the target, the disparity term, ln(w*) of its lab. */
        private double[] common = new double[0];
        private double[] disparityTerm = new double[0];
        private double[] lnPeer = new double[0];
        /** The share of the distance to the target closed this tick, set by {@link #prepare}. */
        private double k;

        PeerRelative(PeerRelativeMorale p) {
            base = p.base();
            pay = p.pay();
            layoffs = p.layoffs();
            gapW = p.gap();
            disparity = p.disparity();
            leader = p.leader();
            speed = p.speed();
        }

        /** The steady state is the target itself: one update that closes the whole distance. */
        @Override
        void settle(MoraleContext ctx, int n) {
            float[] morale = ctx.morale();
            byte[] status = ctx.status();
            for (int i = 0; i < n; i++) {
                if (morale[i] != morale[i] && status[i] == Status.EMPLOYED_CODE) {
                    morale[i] = (float) target(ctx.team()[i], ctx.lnSalary()[i]);
                }
            }
        }

        /**
         * Per team, the terms of the target that do not depend on the researcher (PeerRelativeMorale
         * computes them in the same order, so both give the same bits): the signals' part
         * {@code base − layoffs·shock − gap·labGap + leader·(fit − 0.8)}, the disparity term and the
         * lab's ln(w*). Read by team, they save the per-researcher lookups of the lab and of five
         * per-lab or per-team signals.
         */
        @Override
        void prepare(MoraleContext ctx, int teams) {
            if (common.length < teams) {
                int size = Math.max(teams, 2 * common.length);
                common = new double[size];
                disparityTerm = new double[size];
                lnPeer = new double[size];
            }
            k = 1 - Math.pow(1 - speed, ctx.monthsPerTick());
            int[] teamLab = ctx.teamLab();
            double[] shock = ctx.layoffShock();
            double[] gap = ctx.gap();
            double[] fit = ctx.leaderFit();
            double[] disp = ctx.disparity();
            double[] lnPeerPay = ctx.lnPeerPay();
            for (int t = 0; t < teams; t++) {
                int lab = teamLab[t];
                // PeerRelativeMorale.target's first terms, in its order
                common[t] = base - layoffs * shock[lab] - gapW * gap[lab] + leader * (fit[t] - 0.8);
                disparityTerm[t] = disparity * disp[t];
                lnPeer[t] = lnPeerPay[lab];
            }
        }

        /** The target m* of an employed researcher of team {@code t} paid {@code ln w = lnSalary}, clamped to [0,1]. */
        private double target(int t, float lnSalary) {
            return target(t, payGap(t, lnSalary));
        }

        /** The pay gap {@code max(0, ln w* − ln w)} of a researcher of team {@code t}, without a branch (half would mispredict). */
        private double payGap(int t, float lnSalary) {
            double g = lnPeer[t] - lnSalary;
            return 0.5 * (g + Math.abs(g));
        }

        /** The target m* of an employed researcher of team {@code t} with pay gap {@code pg}, clamped to [0,1]. */
        private double target(int t, double pg) {
            return target(common[t], disparityTerm[t], pay, pg);
        }

        /** The target m* from its team's terms, the pay weight and the pay gap {@code pg}, clamped to [0,1]. */
        private static double target(double common, double disparityTerm, double pay, double pg) {
            // 1 below the median (pg > 0), 0 at or above it (pg = +0), as Math.signum(pg) gives
            // there, from the sign of −bits: JDK 17's signum tests pg == 0 with a branch, which
            // half the researchers mispredict
            double below = -Double.doubleToRawLongBits(pg) >>> 63;
            double target = common - pay * pg - below * disparityTerm;
            return target < 0 ? 0 : (target > 1 ? 1 : target);
        }

        /**
         * The morale after this tick's update of an employed researcher of team {@code t} with
         * morale {@code m} and pay gap {@code pg} (as {@link #update} computes it, bit for bit).
         */
        float next(float m, int t, double pg) {
            return next(m, common[t], disparityTerm[t], pay, k, pg);
        }

        /**
         * {@link #next(float, int, double)} from the team's terms ({@link #common()},
         * {@link #disparityTerms()}), the pay weight ({@link #pay()}) and the step ({@link #step()}),
         * for a loop that holds them in locals.
         */
        static float next(float m, double common, double disparityTerm, double pay, double k, double pg) {
            double mm = m;
            return (float) (mm + k * (target(common, disparityTerm, pay, pg) - mm));
        }

        /** Per team, the signals' part of the target (filled by {@link #prepare}). */
        double[] common() {
            return common;
        }

        /** Per team, the disparity term of the target (filled by {@link #prepare}). */
        double[] disparityTerms() {
            return disparityTerm;
        }

        /** The weight of the pay gap in the target. */
        double pay() {
            return pay;
        }

        /** The share of the distance to the target closed this tick (set by {@link #prepare}). */
        double step() {
            return k;
        }

        @Override
        void update(MoraleContext ctx, int from, int to) {
            // the same arithmetic, in the same order, as PeerRelativeMorale.morale
            byte[] status = ctx.status();
            float[] morale = ctx.morale();
            int[] team = ctx.team();
            float[] lnSalary = ctx.lnSalary();
            for (int i = from; i < to; i++) {
                if (status[i] != Status.EMPLOYED_CODE) {
                    continue;
                }
                int t = team[i];
                morale[i] = next(morale[i], t, payGap(t, lnSalary[i]));
            }
        }
    }

    /** Any policy: one call per employed researcher; NaN keeps the morale, the rest is clamped to [0,1]. */
    private static final class PerResearcher extends MoralePass {
        private final MoralePolicy policy;
        private final MoraleView[] views;

        PerResearcher(MoralePolicy policy, PopulationView people, int chunks) {
            this.policy = policy;
            this.views = new MoraleView[Math.max(1, chunks)];
            for (int c = 0; c < views.length; c++) {
                views[c] = new MoraleView(people);
            }
        }

        /** The policy's own steady state where it gives one, else the default iteration for everyone. */
        @Override
        void settle(MoraleContext ctx, int n) {
            float[] morale = ctx.morale();
            byte[] status = ctx.status();
            MoraleView v = views[0];
            boolean iterate = false;
            for (int i = 0; i < n; i++) {
                if (morale[i] != morale[i] && status[i] == Status.EMPLOYED_CODE) {
                    v.point(ctx, i);
                    double r = policy.steadyState(v);
                    if (r == r) {
                        morale[i] = (float) (r < 0 ? 0 : (r > 1 ? 1 : r));
                    } else {
                        iterate = true;
                    }
                }
            }
            if (iterate) {
                super.settle(ctx, n);
            }
        }

        @Override
        void update(MoraleContext ctx, int from, int to) {
            // one view per chunk: chunks run on several threads, a chunk on one at a time
            MoraleView v = views[from / Market.CHUNK_SIZE];
            byte[] status = ctx.status();
            float[] morale = ctx.morale();
            for (int i = from; i < to; i++) {
                if (status[i] != Status.EMPLOYED_CODE) {
                    continue;
                }
                v.point(ctx, i);
                double r = policy.morale(v);
                if (r == r) {
                    morale[i] = (float) (r < 0 ? 0 : (r > 1 ? 1 : r));
                }
            }
        }
    }
}
