package org.talentsim.policy;

import org.talentsim.model.Focus;

/** A team's output in one tick from its members and conditions. */
@FunctionalInterface
public interface ProductionPolicy {
    /** Output (arbitrary units, >= 0). */
    double output(Inputs in);

    /**
     * What a team works with in one tick. The engine keeps one and refills it for each team, so
     * that a tick allocates nothing per team: read it during the call, do not keep it.
     */
    final class Inputs {
        private Focus focus;
        private int headcount;
        private double sumSkill;
        private double sumSkillMorale;
        private double leaderFit;
        private double computeShare;
        private int teamsInLab;

        /**
         * @param focus the team's focus
         * @param headcount members working
         * @param sumSkill sum of members' skill
         * @param sumSkillMorale sum of skill × morale
         * @param leaderFit effective leader fit (team × lab) in [0,1]
         * @param computeShare the team's share of the lab's compute
         * @param teamsInLab active teams in the lab (equal split = 1/teamsInLab)
         */
        public Inputs(Focus focus, int headcount, double sumSkill, double sumSkillMorale, double leaderFit,
                double computeShare, int teamsInLab) {
            set(focus, headcount, sumSkill, sumSkillMorale, leaderFit, computeShare, teamsInLab);
        }

        /** Refills these inputs for another team (the parameters of the constructor). @return this */
        public Inputs set(Focus focus, int headcount, double sumSkill, double sumSkillMorale, double leaderFit,
                double computeShare, int teamsInLab) {
            this.focus = focus;
            this.headcount = headcount;
            this.sumSkill = sumSkill;
            this.sumSkillMorale = sumSkillMorale;
            this.leaderFit = leaderFit;
            this.computeShare = computeShare;
            this.teamsInLab = teamsInLab;
            return this;
        }

        /** The team's focus. */
        public Focus focus() { return focus; }

        /** Members working. */
        public int headcount() { return headcount; }

        /** Sum of members' skill. */
        public double sumSkill() { return sumSkill; }

        /** Sum of skill × morale. */
        public double sumSkillMorale() { return sumSkillMorale; }

        /** Effective leader fit (team × lab) in [0,1]. */
        public double leaderFit() { return leaderFit; }

        /** The team's share of the lab's compute. */
        public double computeShare() { return computeShare; }

        /** Active teams in the lab (equal split = 1/teamsInLab). */
        public int teamsInLab() { return teamsInLab; }
    }
}
