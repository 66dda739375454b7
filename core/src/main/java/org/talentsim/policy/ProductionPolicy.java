package org.talentsim.policy;

import java.util.Objects;
import org.talentsim.model.Focus;

/**
 * A team's output in one tick from its members and conditions. Called once per active team per
 * tick, lab by lab and team by team in the file's order, never by two threads at once.
 */
@FunctionalInterface
public interface ProductionPolicy {
    /**
     * A team's output in this tick; called once per active team per tick.
     *
     * @param in what the team works with
     * @return output (arbitrary units; a negative or NaN value counts as 0; one above
     *     {@link org.talentsim.model.Limits#MAX_OUTPUT}, or infinite, stops the run with an error
     *     naming the policy: it would make capability NaN)
     */
    double output(Inputs in);

    /**
     * What a team works with in one tick: an immutable value the engine builds for each team.
     *
     * @param focus the team's focus
     * @param headcount members working
     * @param sumSkill sum of members' skill
     * @param sumSkillMorale sum of skill × morale
     * @param leaderFit effective leader fit (team × lab) in [0,1]
     * @param computeShare the team's share of the lab's compute
     * @param teamsInLab the equal parts the lab's compute is counted in (an equal split is a share of
     *        1/teamsInLab): the lab's teams with a compute share above 0 when it was built, at least 1.
     *        Fixed for the lab's life: a team that moves in or merges takes its compute from the
     *        shares, not by adding a part (docs/MODEL.md 7.2)
     */
    record Inputs(Focus focus, int headcount, double sumSkill, double sumSkillMorale, double leaderFit,
            double computeShare, int teamsInLab) {
        /** Checks that the focus is given. */
        public Inputs {
            Objects.requireNonNull(focus, "focus");
        }
    }
}
