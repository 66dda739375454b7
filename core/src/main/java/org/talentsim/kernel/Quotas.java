package org.talentsim.kernel;

import java.util.List;
import org.talentsim.kernel.Team;

/**
 * Splits a total over teams in proportion to headcount (largest remainder, ties to the earlier
 * team). The total must be at most the teams' headcount (the layoff desk caps it), so no team is
 * asked for more people than it has.
 */
final class Quotas {
    private Quotas() {}

    static int[] proportional(List<Team> teams, int total) {
        int n = teams.size();
        int[] q = new int[n];
        long pool = 0;
        for (Team t : teams) {
            pool += t.headcount();
        }
        if (pool == 0 || total <= 0) {
            return q;
        }
        double[] rem = new double[n];
        int given = 0;
        for (int k = 0; k < n; k++) {
            double exact = (double) total * teams.get(k).headcount() / pool;
            q[k] = (int) Math.floor(exact);
            rem[k] = exact - q[k];
            given += q[k];
        }
        while (given < total) {
            int best = -1;
            for (int k = 0; k < n; k++) {
                if (q[k] < teams.get(k).headcount() && (best < 0 || rem[k] > rem[best])) {
                    best = k;
                }
            }
            if (best < 0) {
                break;
            }
            q[best]++;
            rem[best] = -1;
            given++;
        }
        return q;
    }
}
