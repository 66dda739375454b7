package org.talentsim.kernel;

import java.util.Arrays;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.World;

/** Picks researchers by rank (raids, "most visible member" references). Ties go to the lower index. */
final class Ranking {
    private Ranking() {}

    /**
     * The {@code count} most skilled (or most visible) EMPLOYED members of a lab, or of one of
     * its teams when {@code team >= 0}, in rank order.
     */
    static int[] top(Population pop, World w, int lab, int team, int count, boolean byVisibility) {
        int[] teamLab = w.teamLabArray();
        int n = pop.size();
        int found = 0;
        int[] members = new int[16];
        for (int i = 0; i < n; i++) {
            int t = pop.team(i);
            if (t < 0 || pop.statusArray()[i] != Status.EMPLOYED_CODE) {
                continue;
            }
            if (team >= 0 ? t == team : teamLab[t] == lab) {
                if (found == members.length) {
                    members = Arrays.copyOf(members, found * 2);
                }
                members[found++] = i;
            }
        }
        Integer[] boxed = new Integer[found];
        for (int k = 0; k < found; k++) {
            boxed[k] = members[k];
        }
        Arrays.sort(boxed, (a, b) -> {
            double ka = byVisibility ? pop.visibility(a) : pop.skill(a);
            double kb = byVisibility ? pop.visibility(b) : pop.skill(b);
            int c = Double.compare(kb, ka);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int k = Math.min(count, found);
        int[] out = new int[k];
        for (int j = 0; j < k; j++) {
            out[j] = boxed[j];
        }
        return out;
    }
}
