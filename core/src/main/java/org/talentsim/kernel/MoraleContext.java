package org.talentsim.kernel;

/**
 * What the morale pass reads in a tick: the population columns it needs (morale is the one it
 * writes) and per-lab and per-team signals prepared by {@link Production} before the phase.
 * Internal: user policies see one researcher at a time through {@link MoraleView}.
 *
 * @param status researcher status codes
 * @param team researcher team indices (-1 for none)
 * @param salary researcher pay
 * @param lnSalary researcher ln(pay) (a huge finite value for no pay)
 * @param morale researcher morale (written by the pass)
 * @param teamLab lab of each team
 * @param peerPay per lab: the peer reference pay w* (median pay of the lab's employed)
 * @param lnPeerPay per lab: ln(w*) (a huge negative finite value for an empty lab)
 * @param leaderFit per team: effective leader fit (team × lab)
 * @param disparity per team: the highest pay premium among the lab's active teams minus its own (MODEL §7.3)
 * @param layoffShock per lab: share of the lab laid off recently
 * @param gap per lab: capability gap to the leader in [0,1]
 * @param monthsPerTick length of a tick in months
 */
record MoraleContext(byte[] status, int[] team, double[] salary, float[] lnSalary, float[] morale,
        int[] teamLab, double[] peerPay, double[] lnPeerPay, double[] leaderFit, double[] disparity, double[] layoffShock, double[] gap,
        double monthsPerTick) {
    /** The pay gap {@code max(0, ln(w* / w))} of researcher {@code i} working in {@code lab}. */
    double payGap(int i, int lab) {
        double g = lnPeerPay[lab] - lnSalary[i];
        // max(0, g) without a branch: about half the researchers are below the median, so a
        // branch here is mispredicted half the time (≈ 10 ns a researcher on this hardware)
        return 0.5 * (g + Math.abs(g));
    }
}
