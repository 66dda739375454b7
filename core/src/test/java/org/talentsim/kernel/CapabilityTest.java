package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.model.Focus;
import org.talentsim.scenario.CapabilitySpec;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;
import org.talentsim.testkit.Recorder;

/**
 * Capability is one scale for every lab (docs/MODEL.md §7.2): the same team adds the same
 * capability anywhere, a lab's starting capability is only its starting stock, research reaches
 * capability through a distributed lag whose front falls within a two-year run, and the
 * gap-response strategy grows a budget only up to its cap.
 */
class CapabilityTest {
    /** No separations, offers, exits or raises, fixed morale, no quits: output depends on the teams only. */
    static final MarketSpec QUIET = MarketSpec.DEFAULT.withSeparation(Rate.ZERO).withOffersEmployed(Rate.ZERO)
            .withOffersSeeking(Rate.ZERO).withRetirement(Rate.ZERO).withPoolExit(Rate.ZERO).withAnnualRaise(0)
            .withPayAdjust(0);

    static final int SEEDS = 10;

    static ScenarioBuilder quiet(String name, long seed, int months) {
        return Scenario.builder(name).seed(seed).months(months).market(QUIET).quits(PolicySpec.of("none"))
                .morale(PolicySpec.of("fixed"));
    }

    /** Capability of every lab after each tick (row 0: the starting capability). */
    static double[][] capabilities(Scenario s) {
        double[][] c = new double[s.labs().size()][s.ticks() + 1];
        for (int l = 0; l < c.length; l++) {
            c[l][0] = s.labs().get(l).capability();
        }
        Recorder rec = new Recorder((t, w) -> {
            for (int l = 0; l < c.length; l++) {
                c[l][t] = w.lab(l).capability();
            }
        });
        try (Simulation sim = Simulation.builder(s).observer(new InvariantChecker()).observer(rec).build()) {
            sim.run();
        }
        return c;
    }

    static Consumer<ScenarioBuilder.TeamBuilder> members(CohortSpec c) {
        return t -> t.members(c);
    }

    /** Everyone of skill 1.5 and market pay: two teams of the same size produce exactly the same. */
    static final CohortSpec SAME = CohortSpec.DEFAULT.withSkill(Dist.constant(1.5)).withSalaryNoise(0);

    @Test
    void identicalTeamsConvergeWhateverCapabilityTheLabsStartWith() {
        // exactly identical teams: the difference decays at the rate of depreciation, nothing else
        Scenario s = quiet("same", 1, 120)
                .lab("High", l -> l.capability(150).team("R", Focus.RESEARCH, 200, members(SAME))
                        .team("P", Focus.PRODUCT, 200, members(SAME)))
                .lab("Low", l -> l.capability(50).team("R", Focus.RESEARCH, 200, members(SAME))
                        .team("P", Focus.PRODUCT, 200, members(SAME)))
                .build();
        double[][] c = capabilities(s);
        double keep = Math.pow(1 - CapabilitySpec.DEFAULT.depreciation(), 1 / 12.0);
        for (int t = 0; t <= s.ticks(); t++) {
            assertEquals(100 * Math.pow(keep, t), c[0][t] - c[1][t], 1e-9, "gap at tick " + t);
            // the market as a whole starts at its steady state: both move toward the average, 100
            assertEquals(200, c[0][t] + c[1][t], 1e-9, "total at tick " + t);
        }

        // drawn teams (same cohorts, different draws), over seeds: the labs' drawn people set where
        // each settles (a gap of a few percent either way); where they started is forgotten at the
        // rate of depreciation: the same draws started at 150 and 50, and at 100 and 100, end
        // apart by exactly the decayed starting gap
        double[] settled = new double[SEEDS];
        for (long seed = 1; seed <= SEEDS; seed++) {
            double[][] apart = capabilities(drawn(seed, 150, 50));
            double[][] level = capabilities(drawn(seed, 100, 100));
            double gap = apart[0][240] - apart[1][240];
            settled[(int) seed - 1] = level[0][240] - level[1][240];
            assertEquals(100 * Math.pow(keep, 240), gap - settled[(int) seed - 1], 1e-6,
                    "seed " + seed + ": the starting gap decays at the rate of depreciation: " + apart[0][240] + " vs "
                    + apart[1][240]);
            assertTrue(Math.abs(gap) < 0.2 * (apart[0][240] + apart[1][240]) / 2, "seed " + seed
                    + ": within a few percent after 20 years: " + apart[0][240] + " vs " + apart[1][240]);
            assertTrue(apart[0][24] < 150 && apart[1][24] > 50, "seed " + seed + ": both move toward each other within two years");
        }
        // the drawn gap favours neither lab: its mean over seeds is within four standard errors of 0
        double mean = java.util.Arrays.stream(settled).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(settled).map(g -> (g - mean) * (g - mean)).sum() / (SEEDS - 1));
        assertTrue(Math.abs(mean) < 4 * sd / Math.sqrt(SEEDS), "mean drawn gap " + mean + ", sd " + sd);
    }

    /** Two labs of drawn teams (200 research, 200 product each) starting at capabilities {@code high} and {@code low}. */
    static Scenario drawn(long seed, double high, double low) {
        return quiet("drawn", seed, 240)
                .lab("High", l -> l.capability(high).team("R", Focus.RESEARCH, 200, t -> { })
                        .team("P", Focus.PRODUCT, 200, t -> { }))
                .lab("Low", l -> l.capability(low).team("R", Focus.RESEARCH, 200, t -> { })
                        .team("P", Focus.PRODUCT, 200, t -> { }))
                .build();
    }

    @Test
    void aLabWhosePeopleMatchItsCapabilityStaysThere() {
        // twice the people, twice the stated capability: both are at their steady state from the start
        Scenario s = quiet("match", 1, 60)
                .lab("Small", l -> l.capability(60).team("R", Focus.RESEARCH, 100, members(SAME))
                        .team("P", Focus.PRODUCT, 100, members(SAME)))
                .lab("Large", l -> l.capability(120).team("R", Focus.RESEARCH, 200, members(SAME))
                        .team("P", Focus.PRODUCT, 200, members(SAME)))
                .build();
        double[][] c = capabilities(s);
        for (int t = 1; t <= s.ticks(); t++) {
            // not exactly: knowledge raises product output less than in proportion (the boost saturates)
            assertEquals(60, c[0][t], 0.1, "small lab at tick " + t);
            assertEquals(120, c[1][t], 0.1, "large lab at tick " + t);
        }
    }

    @Test
    void aGivenScaleIsTheSameUnitInEveryScenarioAndTickLength() {
        MarketSpec scaled = QUIET.withCapability(new CapabilitySpec(36, 0.2, 0.05, 0.01, 0.01, 0.5, 100, 2, 1));
        for (long seed = 1; seed <= 3; seed++) {
            Scenario alone = quiet("alone", seed, 24).market(scaled)
                    .lab("A", l -> l.capability(80).team("R", Focus.RESEARCH, 200, t -> { }).team("P", Focus.PRODUCT, 100, t -> { }))
                    .build();
            // another lab in the market changes nothing for A: the unit does not depend on who else is there
            Scenario crowded = quiet("crowded", seed, 24).market(scaled)
                    .lab("A", l -> l.capability(80).team("R", Focus.RESEARCH, 200, t -> { }).team("P", Focus.PRODUCT, 100, t -> { }))
                    .lab("B", l -> l.capability(500).team("P", Focus.PRODUCT, 900, t -> { }))
                    .build();
            double[] a = capabilities(alone)[0];
            double[] b = capabilities(crowded)[0];
            for (int t = 0; t <= 24; t++) {
                assertEquals(a[t], b[t], 1e-9, "seed " + seed + " tick " + t);
            }
            // weekly ticks: the same path, month for month (the flows are per month of output)
            double[] weekly = capabilities(alone.toBuilder().tickUnit(org.talentsim.model.TickUnit.WEEK).build())[0];
            int weeks = weekly.length - 1;
            assertEquals(a[24], weekly[weeks], 0.01 * a[24], "seed " + seed + ": weekly " + weekly[weeks] + " vs monthly " + a[24]);
            assertTrue(Math.abs(a[24] - 80) > 5, "seed " + seed + ": A moves toward its own steady state: " + a[24]);
        }
    }

    @Test
    void moreOrBetterResearchersGiveAHigherSteadyState() {
        CohortSpec better = CohortSpec.DEFAULT.withSkill(Dist.lognormal(1.5, 0.5));
        for (long seed = 1; seed <= SEEDS; seed++) {
            Scenario s = quiet("steady", seed, 240)
                    .lab("Base", l -> l.capability(100).team("R", Focus.RESEARCH, 200, t -> { }))
                    .lab("More", l -> l.capability(100).team("R", Focus.RESEARCH, 300, t -> { }))
                    .lab("Better", l -> l.capability(100).team("R", Focus.RESEARCH, 200, members(better)))
                    .build();
            double[][] c = capabilities(s);
            double base = c[0][240];
            double more = c[1][240];
            double best = c[2][240];
            assertTrue(more > 1.3 * base && more < 1.7 * base, "seed " + seed + ": 1.5 times the people: " + more + " vs " + base);
            assertTrue(best > 1.3 * base && best < 1.7 * base, "seed " + seed + ": 1.5 times the skill: " + best + " vs " + base);
        }
    }

    /** Capability of a research-only and a product-only lab, with both teams' leader fit halved in tick 2 or not. */
    static double[][] shocked(long seed, boolean shock) {
        ScenarioBuilder b = quiet("lag", seed, 24)
                .lab("Research", l -> l.capability(100).team("R", Focus.RESEARCH, 200, t -> { }))
                .lab("Product", l -> l.capability(100).team("P", Focus.PRODUCT, 200, t -> { }));
        if (shock) {
            b.event(new EventSpec.LeaderChange(2, "Research", null, 0.5));
            b.event(new EventSpec.LeaderChange(2, "Product", null, 0.5));
        }
        return capabilities(b.build());
    }

    @Test
    void researchReachesCapabilityWithinTheHorizon() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            double[][] base = shocked(seed, false);
            double[][] cut = shocked(seed, true);
            assertEquals(base[0][1], cut[0][1], 1e-9, "seed " + seed + ": nothing before the change");
            // research output halved from tick 2: a small part matures at once, more each month
            double at6 = base[0][6] - cut[0][6];
            double at12 = base[0][12] - cut[0][12];
            double at24 = base[0][24] - cut[0][24];
            assertTrue(at6 > 0, "seed " + seed + ": research counts within months");
            assertTrue(at12 > 2 * at6 && at24 > 2 * at12, "seed " + seed + ": and more as it matures: " + at6 + ", " + at12 + ", " + at24);
            assertTrue(at24 > 0.02 * base[0][24], "seed " + seed + ": a visible loss within two years: " + at24);
            // product output counts at once
            assertTrue(cut[1][2] < base[1][2] - 1e-6, "seed " + seed + ": product output counts at once");
            assertTrue(base[1][24] - cut[1][24] > at24, "seed " + seed + ": product faster than research");
        }
    }

    @Test
    void theResearchLagIsDistributedWithTheGivenMean() {
        for (int stages : new int[] {1, 2, 5}) {
            double lag = 36;
            double h = stages / (lag + stages);
            Lab lab = new Lab(0, "L", 0.5, 1e9, 100, 1.5, Double.NaN, 0, stages, 0);
            double total = 0;
            double mean = 0;
            double in24 = 0;
            for (int t = 0; t < 5000; t++) {
                double w = lab.pushResearch(t == 0 ? 1 : 0, h);
                total += w;
                mean += t * w;
                if (t < 24) {
                    in24 += w;
                }
            }
            assertEquals(1, total, 1e-9, stages + " stages: every unit of research matures");
            assertEquals(lag, mean, 1e-6, stages + " stages: mean lag");
            if (stages <= 2) {
                assertTrue(in24 > 0.3 && in24 < 0.55, stages + " stages: " + in24 + " of it within two years");
            }
        }
        // lag 0: research counts at once
        Lab now = new Lab(0, "L", 0.5, 1e9, 100, 1.5, Double.NaN, 0, 2, 0);
        assertEquals(7, now.pushResearch(7, 1), 0);
    }

    @Test
    void budgetGrowthStopsAtTheCap() {
        for (long seed = 1; seed <= 5; seed++) {
            // Behind is always far behind (the leader jumps to 3x in tick 1): its strategy grows the budget 10% a month
            Scenario s = quiet("cap", seed, 36)
                    .lab("Leader", l -> l.capability(100).team("R", Focus.RESEARCH, 100, t -> { }))
                    .lab("Behind", l -> l.capability(100).budget(100e6)
                            .strategy("gap-response", "budgetGrowth", 0.10, "budgetCap", 1.5)
                            .team("R", Focus.RESEARCH, 100, t -> { }))
                    .lab("Injected", l -> l.capability(100).budget(100e6)
                            .strategy("gap-response", "budgetGrowth", 0.10)
                            .team("R", Focus.RESEARCH, 100, t -> { }))
                    .event(new EventSpec.CapabilityJump(1, "Leader", 3, 0))
                    .event(new EventSpec.BudgetChange(12, "Injected", 1, 300e6))
                    .build();
            double[][] budget = new double[3][s.ticks() + 1];
            Recorder rec = new Recorder((t, w) -> {
                for (int l = 0; l < 3; l++) {
                    budget[l][t] = w.lab(l).budget();
                }
            });
            try (Simulation sim = Simulation.builder(s).observer(rec).build()) {
                sim.run();
            }
            for (int t = 2; t <= s.ticks(); t++) {
                assertTrue(budget[1][t] >= budget[1][t - 1], "never cut by the strategy");
                assertTrue(budget[1][t] <= 150e6 * (1 + 1e-12), "seed " + seed + " tick " + t + ": above the cap: " + budget[1][t]);
            }
            assertEquals(110e6, budget[1][1], 1);
            assertEquals(150e6, budget[1][s.ticks()], 1e-3, "reaches the cap, then stops");
            // the default cap is twice the starting budget; an event may lift the budget above it, and then it stays
            assertEquals(200e6, budget[2][11], 1e-3, "default cap: 2 x the starting budget");
            assertEquals(500e6, budget[2][12], 1e-3);
            assertEquals(500e6, budget[2][s.ticks()], 1e-3, "no strategy growth above the cap");
        }
    }
}
