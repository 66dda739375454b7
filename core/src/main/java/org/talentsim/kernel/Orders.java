package org.talentsim.kernel;

import java.util.List;
import org.talentsim.scenario.LayoffTerms;

/** Work the events phase queues for later phases of the same tick (see {@link org.talentsim.scenario.EventEffects}). */
final class Orders {
    private Orders() {}

    /** A layoff for the layoffs phase: {@code count} people, or {@code share} of the headcount when {@code count < 0}. */
    record Layoff(String lab, List<String> teams, int count, double share, LayoffTerms terms, int event) {
        Layoff {
            teams = List.copyOf(teams);
        }

        /** Whether it cuts team {@code t} of its lab: a team it names, or with none named every active unprotected team. */
        boolean cuts(Team t) {
            return teams.isEmpty() ? t.active() && !t.isProtected() : teams.contains(t.name());
        }
    }

    /** Named researchers for {@code lab} to lay off in the layoffs phase (if it still employs them). */
    /** {@code event}: the number of the scenario's event that queued it (1 for the first), for a part it skips. */
    record Dismissal(String lab, List<String> researchers, LayoffTerms terms, int event) {
        Dismissal {
            researchers = List.copyOf(researchers);
        }
    }

    /** A job fair for the offers phase: researcher {@code researcher} hears from {@code offers} teams at once. */
    record JobFair(int researcher, int offers) {}

    /** A raid for the offers phase ({@code fromTeam} null: the whole rival lab). */
    record Raid(String lab, String team, String fromLab, String fromTeam, int count, boolean byVisibility, int event) {
        /** A raid no event of the scenario asked for (event 0). */
        Raid(String lab, String team, String fromLab, String fromTeam, int count, boolean byVisibility) {
            this(lab, team, fromLab, fromTeam, count, byVisibility, 0);
        }
    }
}
