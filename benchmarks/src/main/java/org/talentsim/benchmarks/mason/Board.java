package org.talentsim.benchmarks.mason;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Steps first in each tick (ordering 0): resets the tick's counters, computes each lab's median
 * pay of its employed (the peer reference of morale and quits) and the table the offering team is
 * drawn from: teams with openings, weighted by their tick's hiring quota × (0.5 + prestige). Medians
 * are found by the census's own algorithm (the lower median of the pays as floats, mostly in a
 * window of values kept from the tick before, else by counting over their bits: {@code
 * Internals.LabMedianFinder}), so the comparison is of engines, not of algorithms.
 */
final class Board implements Steppable {
    private static final long serialVersionUID = 1L;

    private float[][] pays = new float[0][];
    private int[] counts = new int[0];
    private org.talentsim.kernel.Internals.LabMedianFinder finder;
    double[] cum = new double[0];
    Team[] cumTeam = new Team[0];
    int size;
    double total;

    @Override
    public void step(SimState state) {
        MasonMarket m = (MasonMarket) state;
        m.resetCounters();
        medians(m);
        table(m);
    }

    private void medians(MasonMarket m) {
        int labs = m.labs.length;
        if (pays.length < labs) {
            pays = new float[labs][16];
            counts = new int[labs];
            finder = new org.talentsim.kernel.Internals.LabMedianFinder(labs);
        }
        Arrays.fill(counts, 0);
        for (Researcher r : m.researchers) {
            if (r.team != null) {
                int l = r.team.lab.id;
                if (counts[l] == pays[l].length) {
                    pays[l] = Arrays.copyOf(pays[l], 2 * counts[l]);
                }
                pays[l][counts[l]++] = (float) r.salary;
            }
        }
        for (Lab lab : m.labs) {
            int n = counts[lab.id];
            lab.medianPay = finder.median(lab.id, pays[lab.id], 0, n);
            // its log once a step, as talentsim's census takes it (no median: no pay gap)
            lab.lnMedianPay = lab.medianPay > 0 ? (float) Math.log((float) lab.medianPay) : -1e300;
        }
    }

    private void table(MasonMarket m) {
        if (cum.length < m.teams.length) {
            cum = new double[m.teams.length];
            cumTeam = new Team[m.teams.length];
        }
        size = 0;
        total = 0;
        for (Team t : m.teams) {
            int open = t.openings();
            // the recruiting capacity: at most hiringCapacity x the planned size a tick, at least one
            int cap = (int) Math.max(1, Math.ceil(m.kernel.hiringCapacity() * Math.max(t.headcount, t.target)));
            t.quota = Math.min(open, cap);
            if (open > 0) {
                total += t.quota * (0.5 + t.lab.prestige);
                cum[size] = total;
                cumTeam[size++] = t;
            }
        }
    }

    /** What the medians keep from one tick to the next, for a snapshot (null before the first tick). */
    org.talentsim.kernel.Internals.LabMedianFinder medianState() {
        return finder == null ? null : finder.copy();
    }

    /** Puts a {@link #medianState} back. */
    void medianState(org.talentsim.kernel.Internals.LabMedianFinder state) {
        if (state != null && finder != null) {
            finder.set(state);
        }
    }

    /** Lab medians found in the window kept from the tick before, so far. */
    int windowed() {
        return finder == null ? 0 : finder.windowed();
    }

    /** The team at position {@code u} in [0,1) of the cumulative weights. */
    Team pick(double u) {
        int k = Arrays.binarySearch(cum, 0, size, u * total);
        k = k >= 0 ? k + 1 : -k - 1;
        return cumTeam[Math.min(k, size - 1)];
    }
}
