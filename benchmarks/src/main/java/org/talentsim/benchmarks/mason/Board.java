package org.talentsim.benchmarks.mason;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Steps first in each tick (ordering 0): resets the tick's counters, computes each lab's median
 * pay of its employed (the peer reference of morale and quits) and the table the offering team is
 * drawn from: teams with openings, weighted by their tick's hiring quota × (0.5 + prestige). Medians by
 * quickselect, as the talentsim census does, so the comparison is of engines, not algorithms.
 */
final class Board implements Steppable {
    private static final long serialVersionUID = 1L;

    private double[][] pays = new double[0][];
    private int[] counts = new int[0];
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
            pays = new double[labs][16];
            counts = new int[labs];
        }
        Arrays.fill(counts, 0);
        for (Researcher r : m.researchers) {
            if (r.team != null) {
                int l = r.team.lab.id;
                if (counts[l] == pays[l].length) {
                    pays[l] = Arrays.copyOf(pays[l], 2 * counts[l]);
                }
                pays[l][counts[l]++] = r.salary;
            }
        }
        for (Lab lab : m.labs) {
            lab.medianPay = median(pays[lab.id], counts[lab.id]);
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

    /** The team at position {@code u} in [0,1) of the cumulative weights. */
    Team pick(double u) {
        int k = Arrays.binarySearch(cum, 0, size, u * total);
        k = k >= 0 ? k + 1 : -k - 1;
        return cumTeam[Math.min(k, size - 1)];
    }

    /** Median of {@code a[0..n)} (mean of the middle two for even n; 0 when empty); reorders a. */
    static double median(double[] a, int n) {
        if (n == 0) {
            return 0;
        }
        double upper = select(a, n, n / 2);
        if ((n & 1) == 1) {
            return upper;
        }
        double lower = a[0];
        for (int i = 1; i < n / 2; i++) {
            lower = Math.max(lower, a[i]);
        }
        return 0.5 * (lower + upper);
    }

    /** Moves the k-th smallest of a[0..n) to index k, smaller ones before it, and returns it. */
    private static double select(double[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return a[k];
    }
}
