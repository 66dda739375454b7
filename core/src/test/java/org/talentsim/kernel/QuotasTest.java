package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;

/** A lab's layoffs split over its teams by headcount: largest remainders, ties to the earlier team, never more than a team has. */
class QuotasTest {
    static List<Team> teams(int... headcounts) {
        List<Team> out = new ArrayList<>();
        for (int k = 0; k < headcounts.length; k++) {
            Team t = new Team(k, "T" + k, 0, Focus.RESEARCH, headcounts[k], 1, 0.8, 0, false);
            t.addHeadcount(headcounts[k]);
            out.add(t);
        }
        return out;
    }

    @Test
    void exactSharesAreKept() {
        assertArrayEquals(new int[] {1, 2, 3}, Quotas.proportional(teams(10, 20, 30), 6));
        assertArrayEquals(new int[] {10, 20, 30}, Quotas.proportional(teams(10, 20, 30), 60));
    }

    @Test
    void theLargestRemaindersGetTheRest() {
        // 7 × (5, 5, 1) / 11 = 3.18, 3.18, 0.64: floors 3, 3, 0, and the one left goes to the 0.64
        assertArrayEquals(new int[] {3, 3, 1}, Quotas.proportional(teams(5, 5, 1), 7));
        // 7 × (2, 3, 5) / 10 = 1.4, 2.1, 3.5: floors 1, 2, 3, and the one left goes to the 0.5
        assertArrayEquals(new int[] {1, 2, 4}, Quotas.proportional(teams(2, 3, 5), 7));
        // 5 × (1, 2, 4) / 7 = 0.71, 1.43, 2.86: floors 0, 1, 2; the 0.86 then the 0.71
        assertArrayEquals(new int[] {1, 1, 3}, Quotas.proportional(teams(1, 2, 4), 5));
    }

    @Test
    void tiesGoToTheEarlierTeam() {
        assertArrayEquals(new int[] {1, 1, 0}, Quotas.proportional(teams(1, 1, 1), 2));
        assertArrayEquals(new int[] {2, 0}, Quotas.proportional(teams(3, 1), 2), "1.5 and 0.5: the first team's half wins");
    }

    /** The caller asks for at most the teams' headcount (LayoffDesk caps it). */
    @Test
    void noTeamGivesMoreThanItHas() {
        assertArrayEquals(new int[] {2, 3}, Quotas.proportional(teams(2, 3), 5));
        assertArrayEquals(new int[] {1, 0, 2}, Quotas.proportional(teams(1, 0, 2), 3));
        assertArrayEquals(new int[] {0, 0}, Quotas.proportional(teams(0, 0), 4));
        assertArrayEquals(new int[] {0, 0}, Quotas.proportional(teams(4, 4), 0));
        assertArrayEquals(new int[] {0, 3}, Quotas.proportional(teams(0, 3), 3));
    }
}
