package org.talentsim.policy;

import org.talentsim.model.PopulationView;

/**
 * Moves the morale of one employed researcher a tick. The engine calls {@link #morale} once per
 * employed researcher per tick, possibly from several threads at once (never twice at once for
 * the same researcher), and stores the result itself: a policy reads its inputs and returns the
 * new morale, it never writes the population.
 *
 * <p>The built-in rules ({@link PeerRelativeMorale}, {@link FixedMorale}) are records whose
 * parameters the engine reads to run its own loop over the population; their {@link #morale}
 * gives exactly the same values, researcher by researcher.
 *
 * <pre>{@code
 * // morale drifts toward 0.8, falling with the lab's recent layoffs
 * MoralePolicy calm = in -> {
 *     double target = Math.max(0, 0.8 - in.layoffShock());
 *     return in.morale() + 0.1 * (target - in.morale());
 * };
 * PolicyRegistry reg = PolicyRegistry.defaults().register(PolicyRegistry.MORALE, "calm", spec -> calm);
 * }</pre>
 */
@FunctionalInterface
public interface MoralePolicy {
    /**
     * The new morale of one employed researcher.
     *
     * @param in the researcher's morale and the signals around it; valid only during the call
     * @return the new morale in [0,1] (the engine clamps it to [0,1]); NaN keeps the current one
     */
    double morale(Inputs in);

    /**
     * The morale this rule settles at for one researcher if the signals stay as they are: where
     * the scenario leaves starting morale open, each member of the starting staff starts there
     * (MODEL §5), so a world without events does not drift in its first months. The default, NaN,
     * means "not known in closed form": the engine then runs {@link #morale} on the starting staff
     * 240 times from 0.5, which converges for a rule that closes a share of the distance to a
     * target each tick.
     *
     * @param in the researcher's signals at the start ({@code in.morale()} is not meaningful)
     * @return the steady-state morale in [0,1], or NaN to let the engine iterate
     */
    default double steadyState(Inputs in) {
        return Double.NaN;
    }

    /**
     * What a morale rule sees for one employed researcher in one tick: a read-only view. The
     * engine keeps one per chunk of researchers and points it at each researcher in turn, so
     * that a tick allocates nothing per researcher: it is valid only during the call to {@link
     * MoralePolicy#morale}; read what you need and do not keep it.
     */
    interface Inputs {
        /** @return index of the researcher */
        int researcher();

        /**
         * The population, for the researcher's other columns (skill, tenure, visibility…), which
         * do not change during the morale phase. Other researchers' morale may be in the middle
         * of being updated by another thread: do not read it.
         *
         * @return the population
         */
        PopulationView people();

        /** @return the researcher's current morale in [0,1] */
        double morale();

        /** @return index of the researcher's team */
        int team();

        /** @return index of the researcher's lab */
        int lab();

        /** @return the researcher's pay, USD/year */
        double salary();

        /** @return the lab's peer reference pay w* (median pay of the lab's employed), USD/year */
        double peerPay();

        /**
         * The pay gap {@code max(0, ln(w* / w))}, computed as the built-in rules do (in float
         * precision for ln(w)).
         *
         * @return the pay gap, >= 0
         */
        double payGap();

        /** @return share of the lab laid off recently */
        double layoffShock();

        /** @return the lab's capability gap to the leader in [0,1] */
        double gap();

        /**
         * @return the team's pay disparity: the highest pay premium among the lab's active teams
         *     minus this team's, or 0 (a team's premium is {@code ln(mean pay / w*(mean skill))},
         *     its pay beyond what its members' skill commands)
         */
        double disparity();

        /** @return the team's effective leader fit (team × lab) */
        double leaderFit();

        /** @return length of a tick in months */
        double monthsPerTick();
    }
}
