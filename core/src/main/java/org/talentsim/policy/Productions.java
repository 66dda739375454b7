package org.talentsim.policy;

import org.talentsim.scenario.PolicySpec;

/** Built-in production rules. */
final class Productions {
    private Productions() {}

    /**
     * {@code effort}: {@code output = fit^leader · (share·teams)^θ(focus) · Σ s·(e0 + (1 − e0)·m)}:
     * effort falls with morale (Akerlof–Yellen), the leader's fit scales output (STORY S7), and
     * compute matters much for product work and little for research (S9).
     */
    static ProductionPolicy effort(PolicySpec spec) {
        Params p = new Params("production", spec, "effortFloor", "leader", "computeResearch", "computeProduct", "computeInfra");
        double e0 = p.unit("effortFloor", 0.4);
        double leader = p.nonNegative("leader", 1.0);
        double[] theta = {p.nonNegative("computeResearch", 0.1), p.nonNegative("computeProduct", 0.5),
                p.nonNegative("computeInfra", 0.3)};
        return in -> {
            if (in.headcount() == 0) {
                return 0;
            }
            double effortSkill = e0 * in.sumSkill() + (1 - e0) * in.sumSkillMorale();
            double relCompute = Math.max(0.01, in.computeShare() * Math.max(1, in.teamsInLab()));
            // a team with its even share of the lab's compute (the default) has relCompute = 1,
            // and 1^θ = 1: the power is left out where it cannot change the result
            double compute = relCompute == 1.0 ? 1.0 : Math.pow(relCompute, theta[in.focus().ordinal()]);
            double fit = leader == 1.0 ? in.leaderFit() : Math.pow(in.leaderFit(), leader);
            return fit * compute * effortSkill;
        };
    }

}
