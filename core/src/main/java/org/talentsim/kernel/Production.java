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
 * matured(t) = research output spread over a lag of n stages, mean L ticks (Lab.pushResearch)
 * K(t) = (1 − δK)·K(t−1) + Δ·matured(t)
 * C(t) = (1 − δ)·C(t−1) + e·Δ·[aP·(P(t) + aI·I(t))·(1 + K/(K + K½)) + aR·matured(t)]
 * </pre>
 *
 * One efficiency e for the whole market (the scenario's scale, or calibrated in the first tick so
 * that the labs present at the start are at their steady state taken together): the same team
 * adds the same capability in any lab. A lab starts at its scenario capability and moves toward
 * the steady state of its output. With {@code efficiency: lab}, each lab present at the start with
 * output and a starting capability has its own e instead, calibrated on the starting state (before
 * the first tick's events) so that it starts at its steady state; labs founded later, or without
 * output or capability then, have the market's. The research pipeline and knowledge of a lab
 * present at the start are filled at the steady state of its first research output; a lab founded
 * later starts with both empty.
 */
final class Production {
    /** Says the simulation's name with each line ({@link EngineLog}). */
    private final EngineLog log;
    private final Market m;
    /** Whether a capability was capped at {@link org.talentsim.model.Limits#MAX_CAPABILITY} (warned once a run). */
    private final boolean[] capped = new boolean[1];
    private double[] gap = new double[0];
    private double[] leaderFit = new double[0];
    private double[] disparity = new double[0];
    /**
     * Per team: its pay premium, and the census it was computed from (headcount, sums of salary
     * and skill): a team whose census is unchanged keeps it without a logarithm and a power.
     */
    private double[] premium = new double[0];
    private int[] premiumHeads = new int[0];
    private double[] premiumPay = new double[0];
    private double[] premiumSkill = new double[0];
    /** Whether premiums are reused while a team's census stays the same (off only in tests, to check that it changes nothing). */
    boolean reusePremiums = true;
    private double[] shock = new double[0];
    private MoraleContext context;
    private double[] inflow = new double[0];
    /** e, capability per unit of weighted output per month, the same for every lab; NaN until set. */
    private double efficiency = Double.NaN;
    /**
     * Per lab, its own e ({@code efficiency: lab}): set before the first tick's events for the labs
     * present at the start ({@link #calibrateBeforeEvents}); NaN until a lab's first production
     * phase for the others, then the market's; fixed for the run.
     */
    private double[] labEfficiency = new double[0];
    /** Whether {@link #calibrateBeforeEvents} has run. */
    private boolean calibratedAtStart;

    Production(Market m) {
        this.m = m;
        this.log = new EngineLog(org.slf4j.LoggerFactory.getLogger(Production.class), m.logName());
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
        double months = m.monthsPerTick;
        int stages = cs.researchLagShape();
        // each stage passes on the share h a tick: the lag's mean n·(1 − h)/h is L ticks
        double h = stages / (cs.researchLagMonths() * perYear / 12.0 + stages);
        ProductionPolicy policy = m.production;
        if (inflow.length < w.labCount()) {
            inflow = new double[Math.max(w.labCount(), 2 * inflow.length)];
        }
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            labOutput(policy, lab, true);
            double research = byFocus[0];
            double product = byFocus[1];
            double infra = byFocus[2];
            boolean atStart = lab.foundedTick() == 0;
            if (lab.fillPipeline(atStart ? research * (1 - h) / h : 0)) {
                lab.setKnowledge(atStart ? months * research / (1 - keepK) : 0);
            }
            double matured = lab.pushResearch(research, h);
            double k = keepK * lab.knowledge() + months * matured;
            lab.setKnowledge(k);
            double boost = 1 + k / (k + cs.knowledgeHalf());
            inflow[lab.id()] = cs.productWeight() * (product + cs.infraWeight() * infra) * boost
                    + cs.researchWeight() * matured;
        }
        if (Double.isNaN(efficiency)) {
            efficiency = cs.calibratedScale() ? calibrate(keepC, months) : cs.scale();
        }
        double e = efficiency * months;
        if (cs.efficiencyPerLab()) {
            labEfficiencies();
        }
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            double own = cs.efficiencyPerLab() ? labEfficiency[lab.id()] : efficiency;
            lab.setEfficiency(own);
            double c = keepC * lab.capability() + (cs.efficiencyPerLab() ? own * months : e)
                    * inflow[lab.id()];
            if (c > org.talentsim.model.Limits.MAX_CAPABILITY) {
                // the index's bound, as for a capability jump (a scale of 1e308 made it infinite, then NaN)
                if (!capped[0]) {
                    capped[0] = true;
                    log.warnAt(m.world, tick, "the capability of '{}' would be {}; capped at {}, the largest capability (and so for any"
                            + " lab from now on, without a further warning)", lab.name(), EngineLog.plain(c),
                            EngineLog.plain(org.talentsim.model.Limits.MAX_CAPABILITY));
                }
                c = org.talentsim.model.Limits.MAX_CAPABILITY;
            }
            lab.setCapability(c);
        }
        gaps();
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            LabStrategy strategy = m.labPolicies.strategy.get(lab.id());
            if (strategy instanceof org.talentsim.policy.GapResponse g) {
                // the built-in strategy applied directly: no values to allocate per lab and tick
                double g0 = gap[lab.id()];
                double budget = g.budget(lab.budget(), lab.startBudget(), g0, m.monthsPerTick);
                double premium = g.premium(lab.offerPremium(), g0, m.monthsPerTick);
                if (budget >= 0) {
                    setBudget(lab, budget, tick);
                }
                if (premium >= 0) {
                    lab.setOfferPremium(premium);
                }
                continue;
            }
            LabStrategy.Adjustment adj;
            try {
                adj = strategy.adjust(new LabStrategy.Situation(lab.view(), gap[lab.id()], m.monthsPerTick, lab.startBudget()));
            } catch (IllegalArgumentException refused) {
                // an Adjustment refused (NaN, an infinite premium): named with its strategy and lab
                throw new IllegalStateException("strategy " + PolicyName.of(strategy) + " of lab '" + lab.name() + "': "
                        + refused.getMessage(), refused);
            }
            if (adj == null) {
                // (was a NullPointerException naming neither: an economist's review)
                throw new IllegalStateException("strategy " + PolicyName.of(strategy) + " of lab '" + lab.name()
                        + "' returned null; return LabStrategy.Adjustment.keep() to keep the budget and the offer premium");
            }
            if (adj.budget() >= 0) {
                setBudget(lab, adj.budget(), tick);
            }
            if (adj.offerPremium() >= 0) {
                lab.setOfferPremium(adj.offerPremium());
            }
        }
    }

    /**
     * A strategy's new budget for {@code lab}, kept within the domain a file accepts, as an event's
     * change is: a finite budget at most {@link org.talentsim.model.Limits#MAX_BUDGET} (a warning when it is first
     * capped), none staying none. A gap-response of budgetCap 100 from 1e15 grew one to 1e17
     * without a word (found by an adversarial review).
     */
    private void setBudget(Lab lab, double b, int tick) {
        double most = org.talentsim.model.Limits.MAX_BUDGET;
        if (Double.isFinite(b) && b > most || Double.isFinite(lab.budget()) && !Double.isFinite(b)) {
            if (lab.budget() < most) {
                log.warnAt(m.world, tick, "the strategy of '{}' would raise its budget to {}; capped at {} USD, the largest budget",
                        lab.name(), EngineLog.plain(b), EngineLog.plain(most));
            }
            b = most;
        }
        lab.setBudget(b);
    }

    /**
     * The market's efficiency when the scenario gives no scale: {@code Σ C(0)·(1 − keepC) / Σ Δ·inflow}
     * over the labs present at the start with output, so that their capabilities, added up, are
     * at the steady state of their first tick's output; each lab on its own is not (1 if no lab
     * has output, or if every lab with output starts at 0: the scenario then gives the index no
     * unit, and 0 kept every lab's capability at 0 for good).
     */
    private double calibrate(double keepC, double months) {
        World w = m.world;
        double c = 0;
        double in = 0;
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            if (lab.foundedTick() == 0 && inflow[lab.id()] > 0) {
                c += lab.startCapability() * (1 - keepC);
                in += months * inflow[lab.id()];
            }
        }
        return in > 0 && c > 0 ? c / in : 1;
    }

    /** {@link #labOutput}'s sums: research, product, infra (a field: the tick allocates nothing). */
    private final double[] byFocus = new double[3];

    /**
     * The output of {@code lab}'s active teams summed by focus into {@link #byFocus}, the same for
     * the tick and the start's calibration; with {@code store}, each team's output is kept (0 for
     * an inactive team). The equal parts the lab's compute is counted in are fixed when the lab was
     * built: a team given no compute takes no part (an empty team with computeShare 0 raised every
     * other team's compute by (n + 1)/n), and a team moving or merging changes no other team's
     * compute (a count of the active teams did: both found by reviewers).
     */
    private void labOutput(ProductionPolicy policy, Lab lab, boolean store) {
        World w = m.world;
        int parts = lab.computeParts();
        double research = 0;
        double product = 0;
        double infra = 0;
        for (int ki = 0; ki < lab.teamCount(); ki++) {
            Team t = w.team(lab.team(ki));
            if (!t.active()) {
                if (store) {
                    t.setOutput(0);
                }
                continue;
            }
            double out = output(policy, lab, t, parts);
            if (store) {
                t.setOutput(out);
            }
            if (t.focus() == Focus.RESEARCH) {
                research += out;
            } else if (t.focus() == Focus.PRODUCT) {
                product += out;
            } else {
                infra += out;
            }
        }
        byFocus[0] = research;
        byFocus[1] = product;
        byFocus[2] = infra;
    }

    /** A team's output by the production policy, 0 when negative or NaN; a policy's output beyond the limit is an error. */
    private double output(ProductionPolicy policy, Lab lab, Team t, int parts) {
        double out = policy.output(new ProductionPolicy.Inputs(t.focus(), t.headcount(), t.sumSkill(),
                t.sumSkillMorale(), t.leaderFit() * lab.leaderFit(), t.computeShare(), parts));
        if (out > org.talentsim.model.Limits.MAX_OUTPUT) {
            throw badOutput(policy, lab, t, out);   // out of line: a rare path
        }
        return out > 0 ? out : 0;
    }

    /**
     * {@code efficiency: lab}: each lab's efficiency from the state the scenario describes, before
     * the first tick's events (called by the events phase of the first tick, before any event is
     * applied; a later call does nothing). A lab with a starting capability above 0 and output
     * gets {@code C(0)·(1 − keepC) / Δ·inflow}, inflow as at its steady state (matured research =
     * research output, knowledge at its steady state), so that it starts at the steady state of
     * what its people produce; the others keep NaN, the market's e. Calibrated after the first
     * tick's events, an event of that tick that changed output (a leader changed, a team moved) was
     * taken into the residual and did nothing (found by a labour economist's review).
     */
    void calibrateBeforeEvents() {
        if (calibratedAtStart || !m.spec.capability().efficiencyPerLab()) {
            return;
        }
        CapabilitySpec cs = m.spec.capability();
        calibratedAtStart = true;
        World w = m.world;
        if (!m.censusFresh) {
            m.runCensus();
        }
        int perYear = w.tickUnit().ticksPerYear();
        double keepC = Math.pow(1 - cs.depreciation(), 1.0 / perYear);
        double keepK = Math.pow(1 - cs.knowledgeDepreciation(), 1.0 / perYear);
        double months = m.monthsPerTick;
        labEfficiency = new double[Math.max(labEfficiency.length, w.labCount())];
        java.util.Arrays.fill(labEfficiency, Double.NaN);
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            labOutput(m.production, lab, false);
            double research = byFocus[0];
            double k = months * research / (1 - keepK);
            double in = cs.productWeight() * (byFocus[1] + cs.infraWeight() * byFocus[2]) * (1 + k / (k + cs.knowledgeHalf()))
                    + cs.researchWeight() * research;
            if (lab.foundedTick() == 0 && lab.startCapability() > 0 && in > 0) {
                labEfficiency[lab.id()] = lab.startCapability() * (1 - keepC) / (months * in);
            }
        }
    }

    /**
     * Sets the efficiency of each lab in its first production phase ({@code efficiency: lab}): a lab
     * calibrated before the first tick's events keeps its own; a lab founded later, or one without
     * output or starting capability then, gets the market's e. Each stays fixed for the run.
     */
    private void labEfficiencies() {
        World w = m.world;
        calibrateBeforeEvents();   // when no events phase ran first (a market stepped phase by phase)
        if (labEfficiency.length < w.labCount()) {
            int old = labEfficiency.length;
            labEfficiency = java.util.Arrays.copyOf(labEfficiency, Math.max(w.labCount(), 2 * old));
            java.util.Arrays.fill(labEfficiency, old, labEfficiency.length, Double.NaN);
        }
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            if (Double.isNaN(labEfficiency[lab.id()])) {
                labEfficiency[lab.id()] = efficiency;   // the market's, fixed from now on
            }
        }
    }

    /** Grows the per-lab scratch (gaps and layoff shocks) to {@code labs} entries. */
    private void labArrays(int labs) {
        if (gap.length < labs) {
            gap = new double[Math.max(labs, gap.length * 2)];
            shock = new double[gap.length];
        }
    }

    private void gaps() {
        World w = m.world;
        labArrays(w.labCount());
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

    /**
     * Prepares the context of the morale phase (after production); its per-lab and per-team
     * signals only if {@code signals} (the morale pass reads them), else only its columns.
     */
    void prepareMorale(boolean signals) {
        World w = m.world;
        int teams = w.teamCount();
        if (leaderFit.length < teams) {
            leaderFit = new double[Math.max(teams, leaderFit.length * 2)];
            disparity = new double[leaderFit.length];
            premium = new double[leaderFit.length];
            premiumHeads = new int[leaderFit.length];
            // no team's premium is known yet: a headcount of -1 matches no census
            java.util.Arrays.fill(premiumHeads, -1);
            premiumPay = new double[leaderFit.length];
            premiumSkill = new double[leaderFit.length];
        }
        labArrays(w.labCount());
        if (signals) {
            signals(w);
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

    /** The tick's gaps to the leader, layoff shocks, leader fits and pay disparities. */
    private void signals(World w) {
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
                int heads = t.headcount();
                double pay = t.sumSalary();
                double skill = t.sumSkill();
                if (!reusePremiums || heads != premiumHeads[id] || Double.doubleToRawLongBits(pay) != Double.doubleToRawLongBits(premiumPay[id])
                        || Double.doubleToRawLongBits(skill) != Double.doubleToRawLongBits(premiumSkill[id])) {
                    premium[id] = premium(t, w.payScale());
                    premiumHeads[id] = heads;
                    premiumPay[id] = pay;
                    premiumSkill[id] = skill;
                }
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

    /** An output too large to add up (infinite, or over {@link org.talentsim.model.Limits#MAX_OUTPUT}): it turned capability into NaN. */
    private IllegalStateException badOutput(ProductionPolicy policy, Lab lab, Team t, double out) {
        return new IllegalStateException("production policy " + PolicyName.of(policy) + " returned " + out
                + " for team '" + t.name() + "' of lab '" + lab.name() + "': an output must be at most "
                + org.talentsim.model.Limits.MAX_OUTPUT + " (negative and NaN count as 0)");
    }
}
