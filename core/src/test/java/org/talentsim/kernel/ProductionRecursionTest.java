package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.PhaseId;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.CapabilitySpec;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.StarSpec;
import org.talentsim.scenario.TeamSpec;

/**
 * The production phase (MODEL §7.2) against a replica of its recursion, tick by tick: research
 * output through the lag's stages, knowledge {@code K = keepK·K + Δ·matured} built up from it,
 * capability {@code C = keepC·C + e·Δ·[aP·(P + aI·I)·(1 + K/(K + K½)) + aR·matured]} with e
 * calibrated on the labs present at the start, and the gap-response strategy's premium and
 * budget. A lab of research, product and infra teams loses half its researchers, merges a team,
 * and a founded lab starts with an empty pipeline.
 */
class ProductionRecursionTest {
    static Scenario world(TickUnit unit, CapabilitySpec cap) {
        var mb = MechanismTest.QUIET;
        if (cap != null) {
            mb = mb.withCapability(cap);
        }
        return MechanismTest.quiet("production").seed(21).months(10).tickUnit(unit).market(mb)
                .lab("Mixed", l -> l.capability(10).budget(100e6).strategy(PolicySpec.of("gap-response"))
                        .team("R", Focus.RESEARCH, 80, t -> { })
                        .team("P", Focus.PRODUCT, 60, t -> { })
                        .team("I", Focus.INFRA, 40, t -> { }))
                .lab("Prod", l -> l.capability(30).strategy(PolicySpec.of("gap-response"))
                        .team("Q", Focus.PRODUCT, 100, t -> t.star(new StarSpec("Founder", 4, 1e6, 0.5, false))))
                .event(new EventSpec.Layoff(unit == TickUnit.MONTH ? 3 : 9, "Mixed", List.of("R"), 40, Double.NaN, 0, 0, 0))
                .event(new EventSpec.TeamMerge(unit == TickUnit.MONTH ? 5 : 17, "Mixed", "I", "P"))
                .event(new EventSpec.Found(unit == TickUnit.MONTH ? 4 : 13, ResearcherRef.named("Founder"),
                        new LabSpec("New", 0.5, 1e9, 2, 1, Double.NaN, null, null, null, null, null,
                                List.of(new TeamSpec("F", Focus.RESEARCH, 0, 1, 1, 1, 0.5, false, null, null),
                                        new TeamSpec("G", Focus.PRODUCT, 0, 1, 1, 1, 0.5, false, null, null))),
                        2e6))
                .build();
    }

    /** The state a replica needs, read after the production phase of each tick. */
    record Seen(int tick, double[][] out, double[] knowledge, double[] capability, double[] budget, double[] premium,
            int[] founded, boolean[][] inactiveWithOutput) {}

    static List<Seen> observe(Scenario s, Market[] holder) {
        List<Seen> seen = new ArrayList<>();
        Simulation.Builder b = Simulation.builder(s).after(PhaseId.PRODUCTION, ctx -> {
            World w = holder[0].world;
            int labs = w.labCount();
            double[][] out = new double[labs][3];
            double[] k = new double[labs];
            double[] c = new double[labs];
            double[] bud = new double[labs];
            double[] pr = new double[labs];
            int[] f = new int[labs];
            boolean[][] bad = new boolean[labs][1];
            for (int l = 0; l < labs; l++) {
                Lab lab = w.lab(l);
                for (int ti = 0; ti < lab.teamCount(); ti++) {
                    Team t = w.team(lab.team(ti));
                    out[l][t.focus().ordinal()] += t.output();
                    bad[l][0] |= !t.active() && t.output() != 0;
                }
                k[l] = lab.knowledge();
                c[l] = lab.capability();
                bud[l] = lab.budget();
                pr[l] = lab.offerPremium();
                f[l] = lab.foundedTick();
            }
            seen.add(new Seen(ctx.tick(), out, k, c, bud, pr, f, bad));
        });
        try (Simulation sim = b.build()) {
            holder[0] = Internals.market(sim);
            sim.run();
        }
        return seen;
    }

    static void check(TickUnit unit, CapabilitySpec given) {
        Scenario s = world(unit, given);
        Market[] m = new Market[1];
        List<Seen> seen = observe(s, m);
        CapabilitySpec cs = s.market().capability();
        int perYear = unit.ticksPerYear();
        double months = 12.0 / perYear;
        double keepC = Math.pow(1 - cs.depreciation(), 1.0 / perYear);
        double keepK = Math.pow(1 - cs.knowledgeDepreciation(), 1.0 / perYear);
        int n = cs.researchLagShape();
        double h = n / (cs.researchLagMonths() * perYear / 12.0 + n);
        double e = Double.NaN;
        int research = Focus.RESEARCH.ordinal();
        int product = Focus.PRODUCT.ordinal();
        int infra = Focus.INFRA.ordinal();

        List<double[]> pipe = new ArrayList<>();
        List<Double> know = new ArrayList<>();
        List<Double> cap = new ArrayList<>(List.of(10.0, 30.0));
        double[] premium = {0, 0};
        double[] budget = {100e6, Double.POSITIVE_INFINITY};
        boolean grewKnowledge = false;
        for (Seen x : seen) {
            int labs = x.capability().length;
            double[] inflow = new double[labs];
            for (int l = 0; l < labs; l++) {
                assertTrue(!x.inactiveWithOutput()[l][0], "an inactive team has no output");
                double r = x.out()[l][research];
                if (pipe.size() <= l) {
                    boolean atStart = x.founded()[l] == 0;
                    double[] p = new double[n];
                    java.util.Arrays.fill(p, atStart ? r * (1 - h) / h : 0);
                    pipe.add(p);
                    know.add(atStart ? months * r / (1 - keepK) : 0);
                    if (!atStart) {
                        cap.add(2.0);
                        premium = java.util.Arrays.copyOf(premium, labs);
                        budget = java.util.Arrays.copyOf(budget, labs);
                        budget[l] = 1e9;
                    }
                }
                double in = r;
                double[] p = pipe.get(l);
                for (int k = 0; k < n; k++) {
                    double stock = p[k] + in;
                    in = h * stock;
                    p[k] = stock - in;
                }
                double matured = in;
                double k = keepK * know.get(l) + months * matured;
                grewKnowledge |= k > know.get(l) * (1 + 1e-6);
                know.set(l, k);
                assertEquals(k, x.knowledge()[l], 1e-9 * Math.max(1, k), "knowledge of lab " + l + " at tick " + x.tick());
                double boost = 1 + k / (k + cs.knowledgeHalf());
                inflow[l] = cs.productWeight() * (x.out()[l][product] + cs.infraWeight() * x.out()[l][infra]) * boost
                        + cs.researchWeight() * matured;
            }
            if (Double.isNaN(e)) {
                double c0 = 0;
                double in = 0;
                for (int l = 0; l < labs; l++) {
                    if (x.founded()[l] == 0 && inflow[l] > 0) {
                        c0 += cap.get(l) * (1 - keepC);
                        in += months * inflow[l];
                    }
                }
                e = cs.calibratedScale() ? c0 / in : cs.scale();
            }
            double best = 0;
            for (int l = 0; l < labs; l++) {
                cap.set(l, keepC * cap.get(l) + e * months * inflow[l]);
                assertEquals(cap.get(l), x.capability()[l], 1e-9 * cap.get(l), "capability of lab " + l + " at tick " + x.tick());
                best = Math.max(best, cap.get(l));
            }
            for (int l = 0; l < labs; l++) {
                double gap = (best - cap.get(l)) / best;
                if (gap > 0.15) {
                    premium[l] = Math.min(1, premium[l] + 0.05 * months);
                    if (Double.isFinite(budget[l]) && l < 2 && budget[l] < 2 * 100e6) {
                        budget[l] = Math.min(2 * 100e6, budget[l] * Math.pow(1.03, months));
                    }
                } else if (gap < 0.075) {
                    premium[l] = Math.max(0, premium[l] - 0.02 * months);
                }
                if (l < 2) {   // the founded lab runs the static strategy
                    assertEquals(premium[l], x.premium()[l], 1e-12, "premium of lab " + l + " at tick " + x.tick());
                    assertEquals(budget[l], x.budget()[l], 1e-6 * Math.min(1e9, budget[l]), "budget of lab " + l + " at tick " + x.tick());
                }
            }
        }
        assertTrue(grewKnowledge, "knowledge built up somewhere");
        assertTrue(premium[0] > 0, "Mixed, behind, raised its premium");
    }

    @Test
    void monthlyTicksFollowTheRecursion() {
        check(TickUnit.MONTH, null);
    }

    @Test
    void weeklyTicksFollowTheRecursion() {
        check(TickUnit.WEEK, null);
    }

    @Test
    void aGivenScaleAndAShortLag() {
        check(TickUnit.MONTH, new CapabilitySpec(3, 0.3, 0.1, 0.02, 0.03, 0.7, 50, 1, 0.8));
    }
}
