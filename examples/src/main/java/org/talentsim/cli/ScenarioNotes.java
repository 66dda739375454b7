package org.talentsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.TeamSpec;

/**
 * What `check` and `run` say of a scenario they accept but whose numbers look like a slip: an
 * event dated after the run's end (it never happens), a layoff of more people than its teams
 * start with, a budget of less than $1,000 a year per researcher (a money unit left out: 2.1 for
 * 2.1B). Notes, not errors: each can be meant.
 */
final class ScenarioNotes {
    /** A budget under this many USD a year per researcher at the start reads as a unit left out. */
    static final double LOW_BUDGET_PER_HEAD = 1_000;

    private ScenarioNotes() {}

    static List<String> of(Scenario s) {
        List<String> notes = new ArrayList<>();
        for (LabSpec lab : s.labs()) {
            int head = headcount(lab, t -> true);
            if (head > 0 && Double.isFinite(lab.budget()) && lab.budget() < LOW_BUDGET_PER_HEAD * head) {
                notes.add(String.format(Locale.ROOT, "labs[%s].budget is $%s a year for %d researchers at the start, less than"
                        + " $1,000 each: its payroll is over it from the first month and it lays off to meet it (a unit left"
                        + " out? money is written 2.1B, 400M, 250k)", lab.name(), org.talentsim.io.Num.format(lab.budget()), head));
            }
        }
        for (int k = 0; k < s.events().size(); k++) {
            EventSpec e = s.events().get(k);
            if (e.tick() > s.ticks()) {
                notes.add(afterTheEnd(s, k));
            } else if (e instanceof EventSpec.Layoff l && l.count() > 0) {
                int head = s.labs().stream().filter(lab -> lab.name().equals(l.lab())).mapToInt(lab -> headcount(lab,
                        t -> l.teams().isEmpty() ? !t.protectedTeam() : l.teams().contains(t.name()))).sum();
                if (head > 0 && l.count() > head) {
                    notes.add("events[" + k + "] (layoff" + (l.id() == null ? "" : " '" + l.id() + "'") + ") lays off " + l.count()
                            + " from " + (l.teams().isEmpty() ? l.lab() + "'s unprotected teams" : l.lab() + "'s " + String.join(", ", l.teams()))
                            + ", which start with " + head + ": unless they grow by then, it lays off all of them");
                }
            }
        }
        return notes;
    }

    /** The headcount {@code lab}'s teams that {@code in} takes start with. */
    private static int headcount(LabSpec lab, java.util.function.Predicate<TeamSpec> in) {
        return lab.teams().stream().filter(in).mapToInt(TeamSpec::headcount).sum();
    }

    /** The note for event {@code k} of {@code s}, dated after the run's last tick. */
    private static String afterTheEnd(Scenario s, int k) {
        EventSpec e = s.events().get(k);
        return "events[" + k + "] (" + e.type().name() + (e.id() == null ? "" : " '" + e.id() + "'") + " at tick " + e.tick()
                + ") falls after the run's last tick (" + s.ticks() + "): it will not happen";
    }
}
