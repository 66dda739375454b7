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
 * start with, a budget under a tenth of what its researchers would be paid at the pay scale's base
 * (a money unit left out: 2.1 for 2.1B, 300k for 300M), a named researcher paid under a hundredth
 * of the market's pay at his skill (20k for 20M), an acqui-hire's raise above 100% (20 for 20%).
 * Notes, not errors: each can be meant.
 */
final class ScenarioNotes {
    /** A budget under this share of its starting headcount's pay at the scale's base reads as a unit left out. */
    static final double LOW_BUDGET_SHARE = 0.1;
    /** A named salary under this share of the market's pay at the researcher's skill reads as a unit left out. */
    static final double LOW_SALARY_SHARE = 0.01;

    private ScenarioNotes() {}

    static List<String> of(Scenario s) {
        List<String> notes = new ArrayList<>();
        double base = s.market().payScale().base();
        double elasticity = s.market().payScale().elasticity();
        boolean dollars = base > 300;   // a scale of 300 or less counts pay in the scenario's own units
        for (LabSpec lab : s.labs()) {
            int head = headcount(lab, t -> true);
            if (head > 0 && Double.isFinite(lab.budget()) && lab.budget() < LOW_BUDGET_SHARE * head * base) {
                notes.add(String.format(Locale.ROOT, "labs[%s].budget is %s a year for %d researchers at the start, under a"
                        + " tenth of their pay at the pay scale's base (%s each): its payroll is over it from the first month and it"
                        + " lays off to meet it (a unit left out? money is written 2.1B, 400M, 250k)", lab.name(),
                        money(lab.budget(), dollars), head, money(base, dollars)));
            }
            for (TeamSpec t : lab.teams()) {
                for (org.talentsim.scenario.StarSpec star : t.stars()) {
                    double market = base * Math.pow(star.skill(), elasticity);
                    if (star.salary() > 0 && star.salary() < LOW_SALARY_SHARE * market) {
                        notes.add(String.format(Locale.ROOT, "%s's salary (labs[%s], team %s) is %s a year, under a hundredth of"
                                + " the market's pay at skill %s (%s): offers will take them at once (a unit left out? money is"
                                + " written 20M, 250k)", star.name(), lab.name(), t.name(), money(star.salary(), dollars),
                                org.talentsim.io.Num.format(star.skill()), money(market, dollars)));
                    }
                }
            }
        }
        for (int k = 0; k < s.events().size(); k++) {
            EventSpec e = s.events().get(k);
            if (e.tick() > s.ticks()) {
                notes.add(afterTheEnd(s, k));
            } else if (e instanceof EventSpec.AcquiHire a && a.payRaise() > 1) {
                notes.add(event(e) + " raises each person's pay"
                        + " by " + org.talentsim.io.Num.format(100 * a.payRaise()) + "%, to " + org.talentsim.io.Num.format(1 + a.payRaise())
                        + " times it (payRaise is a share: 0.2 for 20%)");
            } else if (e instanceof EventSpec.Raid r && r.fromTeam() != null) {
                // a raid of more than its source team starts with takes them all (a layoff says so too)
                int head = s.labs().stream().filter(lab -> lab.name().equals(r.fromLab())).mapToInt(lab -> headcount(lab,
                        t -> t.name().equals(r.fromTeam()))).sum();
                if (head > 0 && r.count() > head) {
                    notes.add(event(e) + " takes " + r.count() + " from " + r.fromLab() + "'s " + r.fromTeam() + ", which starts with "
                            + head + ": unless it grows by then, it takes all of them");
                }
            } else if (e instanceof EventSpec.Layoff l && l.count() > 0) {
                int head = s.labs().stream().filter(lab -> lab.name().equals(l.lab())).mapToInt(lab -> headcount(lab,
                        t -> l.teams().isEmpty() ? !t.protectedTeam() : l.teams().contains(t.name()))).sum();
                if (head > 0 && l.count() > head) {
                    notes.add(event(e) + " lays off " + l.count()
                            + " from " + (l.teams().isEmpty() ? l.lab() + "'s unprotected teams" : l.lab() + "'s " + String.join(", ", l.teams()))
                            + ", which start with " + head + ": unless they grow by then, it lays off all of them");
                }
            }
        }
        return notes;
    }

    /** An amount for a note: $2.1M in dollars, 2.1 in a scenario's own units. */
    private static String money(double v, boolean dollars) {
        String n = org.talentsim.report.Fmt.num(v);
        return dollars ? "$" + n : n;
    }

    /** The headcount {@code lab}'s teams that {@code in} takes start with. */
    private static int headcount(LabSpec lab, java.util.function.Predicate<TeamSpec> in) {
        return lab.teams().stream().filter(in).mapToInt(TeamSpec::headcount).sum();
    }

    /**
     * An event named for a note: {@code the layoff 'cut' at tick 10}. Not by its index: the
     * scenario holds its events sorted by date, which need not be the file's order.
     */
    private static String event(EventSpec e) {
        return "the " + e.type().name() + (e.id() == null ? "" : " '" + e.id() + "'") + " at tick " + e.tick();
    }

    /** The note for event {@code k} of {@code s}, dated after the run's last tick. */
    private static String afterTheEnd(Scenario s, int k) {
        EventSpec e = s.events().get(k);
        return event(e) + " falls after the run's last tick (" + s.ticks() + "): it will not happen";
    }
}
