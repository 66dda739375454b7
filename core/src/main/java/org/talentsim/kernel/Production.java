package org.talentsim.kernel;

import org.talentsim.model.Focus;
import org.talentsim.kernel.Lab;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;
import org.talentsim.policy.LabStrategy;
import org.talentsim.policy.ProductionPolicy;
import org.talentsim.scenario.CapabilitySpec;

/**
 * Phase 2: a census of the state after events (reusing the last one when nothing has changed
 * membership or pay since), each team's output, the research pipeline,
 * capability, and each lab's strategic reaction to its gap to the leader; then the per-lab and
 * per-team signals the morale phase reads.
 *
 * <pre>
 * K(t) = (1 − δK)·K(t−1) + R(t − L)
 * C(t) = (1 − δ)·C(t−1) + e·[aP·(P(t) + aI·I(t))·(1 + K/(K + K½)) + aR·R(t − L)]
 * </pre>
 *
 * The efficiency e of a lab present at the start is set in its first tick so that its starting
 * capability is its steady state (its research pipeline is filled with its first research output
 * and its knowledge set to the steady state R/δK): capability then rises and falls with output
 * relative to where the lab began. A lab founded later starts with an empty pipeline and the
 * market's average efficiency.
 */
final class Production {
    private final Market m;
    private double[] gap = new double[0];
    private double[] leaderFit = new double[0];
    private double[] disparity = new double[0];
    /** Per team: its pay premium (scratch of {@link #prepareMorale}). */
    private double[] premium = new double[0];
    private double[] shock = new double[0];
    private MoraleContext context;
    private double[] inflow = new double[0];
    private double marketEfficiency = Double.NaN;

    Production(Market m) {
        this.m = m;
    }

    void run(int tick) {
        World w = m.world;
        if (!m.censusFresh) {
            m.runCensus();
        }
        CapabilitySpec cs = m.spec.capability();
        int perYear = w.tickUnit().ticksPerYear();
        double keepC = Math.pow(1 - cs.depreciation(), 1.0 / perYear);
        double keepK = Math.pow(1 - cs.knowledgeDepreciation(), 1.0 / perYear);
        ProductionPolicy policy = m.production;
        if (inflow.length < w.labCount()) {
            inflow = new double[Math.max(w.labCount(), 2 * inflow.length)];
        }
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            int active = 0;
            for (int ti = 0; ti < lab.teamCount(); ti++) {
                int t = lab.team(ti);
                if (w.team(t).active()) {
                    active++;
                }
            }
            double research = 0;
            double product = 0;
            double infra = 0;
            for (int ki = 0; ki < lab.teamCount(); ki++) {
                int id = lab.team(ki);
                Team t = w.team(id);
                if (!t.active()) {
                    t.setOutput(0);
                    continue;
                }
                double out = policy.output(new ProductionPolicy.Inputs(t.focus(), t.headcount(), t.sumSkill(),
                        t.sumSkillMorale(), t.leaderFit() * lab.leaderFit(), t.computeShare(), active));
                out = out > 0 ? out : 0;
                t.setOutput(out);
                if (t.focus() == Focus.RESEARCH) {
                    research += out;
                } else if (t.focus() == Focus.PRODUCT) {
                    product += out;
                } else {
                    infra += out;
                }
            }
            if (lab.foundedTick() == 0 ? lab.fillPipeline(research) : lab.fillPipeline(0)) {
                lab.setKnowledge(lab.foundedTick() == 0 && keepK < 1 ? research / (1 - keepK) : 0);
            }
            double matured = lab.pushResearch(tick, research);
            double k = keepK * lab.knowledge() + matured;
            lab.setKnowledge(k);
            double boost = 1 + k / (k + cs.knowledgeHalf());
            inflow[lab.id()] = cs.productWeight() * (product + cs.infraWeight() * infra) * boost
                    + cs.researchWeight() * matured;
        }
        calibrate(keepC);
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            lab.setCapability(keepC * lab.capability() + lab.efficiency() * inflow[lab.id()]);
        }
        gaps();
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            var adj = m.labPolicies.strategy.get(lab.id())
                    .adjust(new LabStrategy.Situation(lab, gap[lab.id()], m.monthsPerTick));
            if (adj.budget() >= 0) {
                lab.setBudget(adj.budget());
            }
            if (adj.offerPremium() >= 0) {
                lab.setOfferPremium(adj.offerPremium());
            }
        }
    }

    /**
     * Gives each lab without one its efficiency (capability per unit of weighted output): a lab
     * present at the start gets {@code C(0)·(1 − keep)/inflow}, so that its starting capability is
     * its steady state and capability then moves with its output; a lab founded later (or one
     * with no output at the start) gets the market's, {@code Σ C(0)·(1 − keep) / Σ inflow}.
     */
    private void calibrate(double keepC) {
        World w = m.world;
        if (Double.isNaN(marketEfficiency)) {
            double c = 0;
            double in = 0;
            for (int li = 0; li < w.labCount(); li++) {
                Lab lab = w.lab(li);
                if (lab.foundedTick() == 0 && inflow[lab.id()] > 0) {
                    c += lab.startCapability() * (1 - keepC);
                    in += inflow[lab.id()];
                }
            }
            marketEfficiency = in > 0 ? c / in : 1;
        }
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            if (Double.isNaN(lab.efficiency())) {
                double in = inflow[lab.id()];
                lab.setEfficiency(lab.foundedTick() == 0 && in > 0 ? lab.startCapability() * (1 - keepC) / in : marketEfficiency);
            }
        }
    }

    private void gaps() {
        World w = m.world;
        int labs = w.labCount();
        if (gap.length < labs) {
            gap = new double[Math.max(labs, gap.length * 2)];
            shock = new double[gap.length];
        }
        double best = 0;
        for (int li = 0; li < w.labCount(); li++) {
            Lab l = w.lab(li);
            best = Math.max(best, l.capability());
        }
        for (int li = 0; li < w.labCount(); li++) {
            Lab l = w.lab(li);
            gap[l.id()] = best > 0 ? (best - l.capability()) / best : 0;
        }
    }

    /** Prepares the signals of the morale phase (after production). */
    void prepareMorale() {
        World w = m.world;
        int teams = w.teamCount();
        if (leaderFit.length < teams) {
            leaderFit = new double[Math.max(teams, leaderFit.length * 2)];
            disparity = new double[leaderFit.length];
            premium = new double[leaderFit.length];
        }
        gaps();
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            shock[lab.id()] = lab.recentLayoffs();
            // each team's pay premium: ln(mean pay / market pay at its mean skill), the part of its
            // pay that skill does not explain; a team's disparity is the highest premium in the lab
            // above its own (Breza–Kaur–Shamdasani 2018: gaps justified by skill do not hurt)
            double top = Double.NEGATIVE_INFINITY;
            for (int ki = 0; ki < lab.teamCount(); ki++) {
                int id = lab.team(ki);
                Team t = w.team(id);
                premium[id] = premium(t, w.payScale());
                if (t.active() && premium[id] == premium[id]) {
                    top = Math.max(top, premium[id]);
                }
            }
            for (int ki = 0; ki < lab.teamCount(); ki++) {
                int id = lab.team(ki);
                Team t = w.team(id);
                leaderFit[id] = t.leaderFit() * lab.leaderFit();
                double p = premium[id];
                disparity[id] = p == p && top > p ? top - p : 0;
            }
        }
        MoraleContext c = context;
        if (c == null || c.teamLab() != w.teamLabArray() || c.peerPay() != m.census.medians()
                || c.lnPeerPay() != m.census.lnMedians() || c.leaderFit() != leaderFit
                || c.disparity() != disparity || c.layoffShock() != shock || c.gap() != gap) {
            // the same arrays, refilled, from tick to tick: a new context only when one was reallocated
            context = new MoraleContext(m.pop.statusArray(), m.pop.teamArray(), m.pop.salaryArray(),
                    m.pop.lnSalaryArray(), m.pop.moraleArray(), w.teamLabArray(), m.census.medians(),
                    m.census.lnMedians(), leaderFit, disparity, shock, gap,
                    m.monthsPerTick);
        }
    }

    /**
     * A team's pay premium {@code ln(mean pay / w*(mean skill))}: how far its pay exceeds what the
     * market pays for its members' average skill; NaN for a team with nobody (or no pay).
     */
    static double premium(Team t, org.talentsim.model.PayScale scale) {
        int n = t.headcount();
        if (n <= 0 || !(t.sumSalary() > 0)) {
            return Double.NaN;
        }
        double market = scale.wage((float) (t.sumSkill() / n));
        return market > 0 ? Math.log(t.sumSalary() / n / market) : Double.NaN;
    }

    MoraleContext moraleContext() {
        return context;
    }
}
