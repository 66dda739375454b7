package org.talentsim.scenario;

import java.util.List;
import org.talentsim.model.Focus;
import org.talentsim.model.TeamView;

/**
 * A team (division) of a lab at the start of a run.
 *
 * @param name unique within the lab
 * @param focus research, product or infra
 * @param headcount members drawn from {@code members} at the start (stars come on top)
 * @param target target headcount ({@link TeamView#UNLIMITED} for no limit), {@code >= 0}
 * @param payLevel pay relative to the market scale, {@code > 0}
 * @param leaderFit leader fit in [0,1]
 * @param computeShare share of the lab's compute in [0,1], or NaN when not given: the team then gets
 *     equal parts of what its lab's other teams leave ({@link LabSpec#computeShare(TeamSpec)})
 * @param protectedTeam never hit by layoffs
 * @param members how members are drawn
 * @param stars named members
 * @param minSkill hiring bar: the team makes no offer to a researcher of lower skill ({@code >= 0}; 0 for none)
 * @param pay the team's own pay policy (packages: docs/MODEL.md §7.9), or null for its lab's
 */
public record TeamSpec(String name, Focus focus, int headcount, int target, double payLevel,
        double leaderFit, double computeShare, boolean protectedTeam, CohortSpec members,
        List<StarSpec> stars, double minSkill, PolicySpec pay) {
    /**
     * Checks the name and the ranges above ({@code headcount}, {@code target} and {@code minSkill} at
     * least 0, {@code payLevel} in (0, 100], {@code leaderFit} in [0,1], {@code computeShare} in [0,1] or NaN) and that
     * the focus is given; throws IllegalArgumentException naming the field otherwise. Null members become
     * {@link CohortSpec#DEFAULT}, null stars none.
     */
    public TeamSpec {
        Check.label("team.name", name);
        if (focus == null) {
            throw new IllegalArgumentException("team '" + name + "'.focus must be research, product or infra");
        }
        Check.nonNegative("team '" + name + "'.headcount", headcount);
        Check.nonNegative("team '" + name + "'.target", target);
        Check.positive("team '" + name + "'.payLevel", payLevel);
        Check.atMost("team '" + name + "'.payLevel", payLevel, org.talentsim.model.Limits.MAX_MULTIPLIER, "pay relative to the market");
        Check.unit("team '" + name + "'.leaderFit", leaderFit);
        if (!Double.isNaN(computeShare)) {   // NaN: not given (its lab gives it a part of what the others leave)
            Check.unit("team '" + name + "'.computeShare", computeShare);
        }
        members = members == null ? CohortSpec.DEFAULT : members;
        stars = Check.list("team '" + name + "'.stars", stars);
        Check.nonNegative("team '" + name + "'.minSkill", minSkill);
    }

    /** A team paid by its lab's pay policy. */
    public TeamSpec(String name, Focus focus, int headcount, int target, double payLevel, double leaderFit,
            double computeShare, boolean protectedTeam, CohortSpec members, List<StarSpec> stars, double minSkill) {
        this(name, focus, headcount, target, payLevel, leaderFit, computeShare, protectedTeam, members, stars, minSkill,
                null);
    }

    /** A team with no hiring bar, paid by its lab's pay policy. */
    public TeamSpec(String name, Focus focus, int headcount, int target, double payLevel, double leaderFit,
            double computeShare, boolean protectedTeam, CohortSpec members, List<StarSpec> stars) {
        this(name, focus, headcount, target, payLevel, leaderFit, computeShare, protectedTeam, members, stars, 0, null);
    }

    /** A builder holding every value of this team, to change some and build a new one. */
    public ScenarioBuilder.TeamBuilder toBuilder() {
        return new ScenarioBuilder.TeamBuilder(this);
    }

    // written out as the record's own (RecordsTest): the generated ones build method handles on
    // first use, a cost each fresh JVM pays in reading a scenario (docs/REPORT.md, "Speed")
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof TeamSpec o
                && java.util.Objects.equals(name, o.name)
                && java.util.Objects.equals(focus, o.focus)
                && headcount == o.headcount
                && target == o.target
                && Double.compare(payLevel, o.payLevel) == 0
                && Double.compare(leaderFit, o.leaderFit) == 0
                && Double.compare(computeShare, o.computeShare) == 0
                && protectedTeam == o.protectedTeam
                && java.util.Objects.equals(members, o.members)
                && java.util.Objects.equals(stars, o.stars)
                && Double.compare(minSkill, o.minSkill) == 0
                && java.util.Objects.equals(pay, o.pay);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(name);
        h = 31 * h + java.util.Objects.hashCode(focus);
        h = 31 * h + headcount;
        h = 31 * h + target;
        h = 31 * h + Double.hashCode(payLevel);
        h = 31 * h + Double.hashCode(leaderFit);
        h = 31 * h + Double.hashCode(computeShare);
        h = 31 * h + Boolean.hashCode(protectedTeam);
        h = 31 * h + java.util.Objects.hashCode(members);
        h = 31 * h + java.util.Objects.hashCode(stars);
        h = 31 * h + Double.hashCode(minSkill);
        h = 31 * h + java.util.Objects.hashCode(pay);
        return h;
    }
}
