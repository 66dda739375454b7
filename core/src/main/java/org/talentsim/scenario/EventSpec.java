package org.talentsim.scenario;

import java.util.List;

/**
 * A scheduled event of the timeline, applied in the events phase of its tick (tick 1 is the
 * first simulated tick). Events of the same tick apply in the order listed.
 */
public sealed interface EventSpec {
    /** The tick the event happens in. */
    int tick();

    /** A short label for logs and messages. */
    default String kind() {
        return getClass().getSimpleName();
    }

    /**
     * Lay off {@code count} people, or {@code share} of the headcount, from the named teams of a
     * lab (all unprotected teams when {@code teams} is empty); they go on a paid notice of {@code
     * noticeMonths}, then to the pool; severance of {@code severanceWeeks + severanceWeeksPerYear
     * × years of tenure} weeks of pay is charged to the lab. Naming a protected team is an error.
     * The layoff runs in the layoffs phase of the tick; people are chosen by the lab's layoff
     * policy, spread over the teams in proportion to their headcount. Each team's target
     * drops by the number laid off from the lower of its target and its headcount, so the lab
     * does not hire the positions back.
     */
    record Layoff(int tick, String lab, List<String> teams, int count, double share, int noticeMonths,
            double severanceWeeks, double severanceWeeksPerYear) implements EventSpec {
        public Layoff {
            Check.name("layoff.lab", lab);
            teams = teams == null ? List.of() : List.copyOf(teams);
            if ((count < 0) == Double.isNaN(share)) {
                throw new IllegalArgumentException("layoff at " + lab + ": give exactly one of count and share");
            }
            if (!Double.isNaN(share)) {
                Check.unit("layoff.share", share);
            }
            Check.nonNegative("layoff.noticeMonths", noticeMonths);
            Check.nonNegative("layoff.severanceWeeks", severanceWeeks);
            Check.nonNegative("layoff.severanceWeeksPerYear", severanceWeeksPerYear);
        }
    }

    /**
     * Named researchers are laid off (a director cut with his division, a star let go): each
     * one who is employed then goes on paid notice of {@code noticeMonths} with severance of
     * {@code severanceWeeks + severanceWeeksPerYear × years of tenure} weeks of pay, exactly as in
     * a {@link Layoff}; one who is not employed then is skipped. Runs in the layoffs phase. It
     * names people, so it applies to members of protected teams too (protection is against
     * cuts of a team, not against letting one person go).
     */
    record Dismissal(int tick, List<String> researchers, int noticeMonths, double severanceWeeks,
            double severanceWeeksPerYear) implements EventSpec {
        public Dismissal {
            researchers = researchers == null ? List.of() : List.copyOf(researchers);
            if (researchers.isEmpty()) {
                throw new IllegalArgumentException("dismissal: name at least one researcher");
            }
            for (String r : researchers) {
                Check.name("dismissal.researchers", r);
            }
            Check.nonNegative("dismissal.noticeMonths", noticeMonths);
            Check.nonNegative("dismissal.severanceWeeks", severanceWeeks);
            Check.nonNegative("dismissal.severanceWeeksPerYear", severanceWeeksPerYear);
        }
    }

    /** A new leader: sets the leader fit of one team, or of the whole lab when {@code team} is null. */
    record LeaderChange(int tick, String lab, String team, double leaderFit) implements EventSpec {
        public LeaderChange {
            Check.name("leaderChange.lab", lab);
            Check.unit("leaderChange.leaderFit", leaderFit);
        }
    }

    /** The budget becomes {@code budget × factor + delta} (an investment, a cut). */
    record BudgetChange(int tick, String lab, double factor, double delta) implements EventSpec {
        public BudgetChange {
            Check.name("budgetChange.lab", lab);
            Check.nonNegative("budgetChange.factor", factor);
            if (!Double.isFinite(delta)) {
                throw new IllegalArgumentException("budgetChange.delta must be finite, was " + delta);
            }
        }
    }

    /** Capability becomes {@code capability × factor + delta} (a rival's release). */
    record CapabilityJump(int tick, String lab, double factor, double delta) implements EventSpec {
        public CapabilityJump {
            Check.name("capabilityJump.lab", lab);
            Check.nonNegative("capabilityJump.factor", factor);
            if (!Double.isFinite(delta)) {
                throw new IllegalArgumentException("capabilityJump.delta must be finite, was " + delta);
            }
        }
    }

    /** A hiring spree: the team's target headcount (and, unless NaN, its pay level) change. */
    record HiringSpree(int tick, String lab, String team, int target, double payLevel) implements EventSpec {
        public HiringSpree {
            Check.name("hiringSpree.lab", lab);
            Check.name("hiringSpree.team", team);
            Check.nonNegative("hiringSpree.target", target);
            if (!Double.isNaN(payLevel)) {
                Check.positive("hiringSpree.payLevel", payLevel);
            }
        }
    }

    /** A researcher becomes better known (a viral post, a famous paper). */
    record VisibilityRise(int tick, ResearcherRef researcher, double visibility) implements EventSpec {
        public VisibilityRise {
            if (researcher == null) {
                throw new IllegalArgumentException("visibilityRise.researcher is required");
            }
            Check.unit("visibilityRise.visibility", visibility);
        }
    }

    /** A reorganisation moves a team, with its members, to another lab ({@code TRANSFERRED} rows). */
    record TeamMove(int tick, String lab, String team, String toLab) implements EventSpec {
        public TeamMove {
            Check.name("teamMove.lab", lab);
            Check.name("teamMove.team", team);
            Check.name("teamMove.toLab", toLab);
        }
    }

    /** A reorganisation merges a team into another team of the same lab ({@code TRANSFERRED} rows). */
    record TeamMerge(int tick, String lab, String team, String into) implements EventSpec {
        public TeamMerge {
            Check.name("teamMerge.lab", lab);
            Check.name("teamMerge.team", team);
            Check.name("teamMerge.into", into);
            if (team.equals(into)) {
                throw new IllegalArgumentException("teamMerge: a team cannot merge into itself ('" + team + "')");
            }
        }
    }

    /**
     * A researcher leaves to found a new lab ({@code FOUNDED} row); the founder joins the new
     * lab's first team at {@code founderSalary} (NaN keeps the current pay), and the lab then
     * hires toward its teams' targets.
     */
    record Found(int tick, ResearcherRef founder, LabSpec lab, double founderSalary) implements EventSpec {
        public Found {
            if (founder == null || lab == null) {
                throw new IllegalArgumentException("found: founder and lab are required");
            }
            if (lab.teams().isEmpty()) {
                throw new IllegalArgumentException("found: the new lab '" + lab.name() + "' needs at least one team");
            }
            for (TeamSpec t : lab.teams()) {
                if (t.headcount() != 0 || !t.stars().isEmpty()) {
                    throw new IllegalArgumentException("found: team '" + t.name() + "' of the new lab '" + lab.name()
                            + "' must start empty (headcount 0, no stars): a founded lab starts with its founder and hires toward its targets");
                }
            }
            if (!Double.isNaN(founderSalary)) {
                Check.nonNegative("found.founderSalary", founderSalary);
            }
        }
    }

    /**
     * A raid: the lab makes offers, this tick, to the {@code count} most skilled (or most
     * visible) employees of a rival (one team of it, or all when {@code fromTeam} is null),
     * priced by its offer policy; the rival may counter; each accepts or not as usual.
     */
    record Raid(int tick, String lab, String team, String fromLab, String fromTeam, int count,
            boolean byVisibility) implements EventSpec {
        public Raid {
            Check.name("raid.lab", lab);
            Check.name("raid.team", team);
            Check.name("raid.fromLab", fromLab);
            Check.positive("raid.count", count);
            if (lab.equals(fromLab)) {
                throw new IllegalArgumentException("raid: a lab cannot raid itself ('" + lab + "')");
            }
        }
    }
}
