package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.scenario.CapabilitySpec;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;

/**
 * {@code capability.efficiency: lab} (docs/MODEL.md §7.2, "Each lab's efficiency"): each lab
 * present at the start has an efficiency of its own, set in its first tick so that it starts at
 * its steady state; its capability then moves only when its people or an event change it, at its
 * own efficiency; a lab without output at the start has the market's.
 */
class LabEfficiencyTest {
    static final MarketSpec PER_LAB = CapabilityTest.QUIET.withCapability(CapabilitySpec.DEFAULT.withEfficiencyPerLab(true));

    /** Three labs of drawn people whose sizes do not match their capabilities: a DeepSeek of 40 near the leader. */
    static ScenarioBuilder unmatched(long seed, MarketSpec market, int months) {
        return CapabilityTest.quiet("unmatched", seed, months).market(market)
                .lab("Big", l -> l.capability(100).team("R", Focus.RESEARCH, 600, t -> { })
                        .team("P", Focus.PRODUCT, 900, t -> { }))
                .lab("Mid", l -> l.capability(70).team("R", Focus.RESEARCH, 150, t -> { })
                        .team("P", Focus.PRODUCT, 150, t -> { }))
                .lab("Small", l -> l.capability(95).team("R", Focus.RESEARCH, 40, t -> { }));
    }

    @Test
    void eachLabStaysWhereItStartsWhileNothingChanges() {
        for (long seed = 1; seed <= CapabilityTest.SEEDS; seed++) {
            double[][] own = CapabilityTest.capabilities(unmatched(seed, PER_LAB, 120).build());
            double[] start = {100, 70, 95};
            for (int l = 0; l < 3; l++) {
                for (int t = 1; t <= 120; t++) {
                    // not exactly: knowledge raises product output less than in proportion (the boost saturates)
                    assertEquals(start[l], own[l][t], 1e-3 * start[l], "seed " + seed + ", lab " + l + ", tick " + t);
                }
            }
            // the same labs on one market scale drift toward what their people produce: the small
            // lab loses most of its lead within two years, the big one gains
            double[][] one = CapabilityTest.capabilities(unmatched(seed, CapabilityTest.QUIET, 24).build());
            assertTrue(one[2][24] < 0.8 * 95, "seed " + seed + ": the small lab drifts down on one scale: " + one[2][24]);
            assertTrue(one[0][24] > 1.05 * 100, "seed " + seed + ": the big lab drifts up on one scale: " + one[0][24]);
        }
    }

    @Test
    void aLabThatLosesPeopleFallsAtItsOwnEfficiency() {
        // identical teams (constant skill, market pay, fixed morale) in two labs stated at 150 and 50:
        // each is at its own steady state; the same layoff in both then moves both by the same
        // fraction, so the labs stay 3 to 1 while both fall
        for (int cut : new int[] {50, 100}) {
            Scenario s = CapabilityTest.quiet("same", 1, 60).market(PER_LAB)
                    .lab("High", l -> l.capability(150).team("R", Focus.RESEARCH, 200, CapabilityTest.members(CapabilityTest.SAME))
                            .team("P", Focus.PRODUCT, 200, CapabilityTest.members(CapabilityTest.SAME)))
                    .lab("Low", l -> l.capability(50).team("R", Focus.RESEARCH, 200, CapabilityTest.members(CapabilityTest.SAME))
                            .team("P", Focus.PRODUCT, 200, CapabilityTest.members(CapabilityTest.SAME)))
                    .event(new EventSpec.Layoff(12, "High", List.of("P"), cut, Double.NaN, 0, 0, 0))
                    .event(new EventSpec.Layoff(12, "Low", List.of("P"), cut, Double.NaN, 0, 0, 0))
                    .build();
            double[][] c = CapabilityTest.capabilities(s);
            for (int t = 1; t <= 60; t++) {
                assertEquals(3, c[0][t] / c[1][t], 1e-9, "cut " + cut + ", tick " + t);
            }
            assertEquals(150, c[0][12], 1e-6, "cut " + cut + ": at its steady state until the layoff");
            assertTrue(c[0][60] < 150 - cut * 0.1, "cut " + cut + ": falls after losing product people: " + c[0][60]);
        }
    }

    @Test
    void aLabWithoutOutputAtTheStartHasTheMarketsEfficiency() {
        // an empty lab takes a team moved from A: its capability then grows at the market's
        // efficiency, exactly as on one scale, while A's (at its own efficiency) differs
        for (long seed = 1; seed <= 3; seed++) {
            double[][][] paths = new double[2][][];
            for (int mode = 0; mode < 2; mode++) {
                MarketSpec market = mode == 0 ? CapabilityTest.QUIET : PER_LAB;
                Scenario s = CapabilityTest.quiet("move", seed, 36).market(market)
                        .lab("A", l -> l.capability(80).team("R", Focus.RESEARCH, 300, t -> { })
                                .team("P", Focus.PRODUCT, 300, t -> { }))
                        .lab("B", l -> l.capability(120).team("P", Focus.PRODUCT, 200, t -> { }))
                        .lab("New", l -> l.capability(5).team("Empty", Focus.RESEARCH, 0, t -> { }))
                        .event(new EventSpec.TeamMove(6, "A", "P", "New"))
                        .build();
                paths[mode] = CapabilityTest.capabilities(s);
            }
            for (int t = 0; t <= 36; t++) {
                assertEquals(paths[0][2][t], paths[1][2][t], 1e-12 * paths[0][2][t] + 1e-12, "seed " + seed + ", tick " + t);
            }
            assertTrue(paths[1][2][36] > 10, "seed " + seed + ": the lab grows with the team it took: " + paths[1][2][36]);
            assertTrue(Math.abs(paths[0][0][5] - paths[1][0][5]) > 1, "seed " + seed + ": A differs between the modes: "
                    + paths[0][0][5] + " vs " + paths[1][0][5]);
        }
    }

    /**
     * Every lab stated at capability 0 gave the calibrated scale no unit: e was 0 and no lab ever
     * gained capability over any number of months (a reliability review). e is 1 then, each lab's
     * capability grows with what its people produce, bigger labs higher, and check says so.
     */
    @Test
    void labsAllStartingAtZeroGainCapabilityAtAnEfficiencyOfOne() {
        for (long seed = 1; seed <= CapabilityTest.SEEDS; seed++) {
            for (MarketSpec market : List.of(CapabilityTest.QUIET, PER_LAB)) {
                Scenario s = CapabilityTest.quiet("zero", seed, 36).market(market)
                        .lab("Big", l -> l.capability(0).team("R", Focus.RESEARCH, 600, t -> { }).team("P", Focus.PRODUCT, 900, t -> { }))
                        .lab("Small", l -> l.capability(0).team("R", Focus.RESEARCH, 40, t -> { }))
                        .build();
                double[][] c = CapabilityTest.capabilities(s);
                assertTrue(c[0][36] > c[0][12] && c[0][12] > 0, "seed " + seed + ": Big grows from 0: " + c[0][12] + ", " + c[0][36]);
                assertTrue(c[1][36] > 0, "seed " + seed + ": Small grows from 0");
                assertTrue(c[0][36] > 5 * c[1][36], "seed " + seed + ": the bigger lab higher");
                var sum = org.talentsim.Talentsim.defaults().run(s).summary();
                assertEquals(1.0, sum.labs().get(0).capabilityEfficiency(), 0, "seed " + seed);
                assertEquals(1.0, sum.labs().get(1).capabilityEfficiency(), 0, "seed " + seed);
                assertTrue(s.notes().stream().anyMatch(n -> n.startsWith("every lab starts at capability 0")), s.notes().toString());
            }
        }
        // one lab above 0 gives the unit, as before: no note, and not 1
        Scenario one = unmatched(1, CapabilityTest.QUIET, 12).build();
        assertTrue(one.notes().stream().noneMatch(n -> n.startsWith("every lab starts at capability 0")));
        double e = org.talentsim.Talentsim.defaults().run(one).summary().labs().get(0).capabilityEfficiency();
        assertTrue(e > 0 && e != 1, "calibrated: " + e);
    }

    @Test
    void theFileSaysLabAndAnOverrideSetsIt() {
        String yaml = "version: 1\nname: eff\nmarket:\n  capability: {efficiency: lab}\nlabs:\n"
                + "  - {name: A, teams: [{name: R, focus: research, headcount: 10}]}\n";
        Scenario own = org.talentsim.io.ScenarioFiles.parse(yaml, "eff.yaml");
        assertTrue(own.market().capability().efficiencyPerLab());
        // written back as it was read (scenario-as-run.yaml)
        assertTrue(org.talentsim.io.ScenarioFiles.write(own).contains("efficiency: lab"), org.talentsim.io.ScenarioFiles.write(own));
        assertEquals(own, org.talentsim.io.ScenarioFiles.parse(org.talentsim.io.ScenarioFiles.write(own), "again.yaml"));
        Scenario one = org.talentsim.io.ScenarioFiles.apply(own,
                List.of(org.talentsim.scenario.FieldOverride.parse("market.capability.efficiency=market")),
                org.talentsim.policy.PolicyRegistry.defaults(), org.talentsim.scenario.EventTypes.defaults());
        assertTrue(!one.market().capability().efficiencyPerLab());
        assertEquals(CapabilitySpec.DEFAULT, one.market().capability());
        Scenario back = org.talentsim.io.ScenarioFiles.apply(one,
                List.of(org.talentsim.scenario.FieldOverride.parse("market.capability.efficiency=lab")),
                org.talentsim.policy.PolicyRegistry.defaults(), org.talentsim.scenario.EventTypes.defaults());
        assertEquals(own.market(), back.market());
    }

    /**
     * Each lab's efficiency is measured on the state the scenario describes, before the first
     * tick's events: a leader changed or a team moved in the first month acts as in any later
     * month. Measured after them, the event went into the residual and did nothing (a lab that
     * lost half its people in the first month kept its capability; found by a labour economist's
     * review).
     */
    @Test
    void anEventOfTheFirstMonthIsNotTakenIntoTheEfficiency() {
        for (long seed = 1; seed <= 3; seed++) {
            for (int tick : new int[] {1, 2}) {
                Scenario s = CapabilityTest.quiet("first", seed, 24).market(PER_LAB)
                        .lab("A", l -> l.capability(100).team("P", Focus.PRODUCT, 500, t -> { }))
                        .lab("B", l -> l.capability(100).team("P", Focus.PRODUCT, 500, t -> { }))
                        .lab("C", l -> l.capability(60).team("R", Focus.RESEARCH, 200, t -> { }).team("P", Focus.PRODUCT, 200, t -> { }))
                        .lab("D", l -> l.capability(50).team("Empty", Focus.PRODUCT, 0, t -> { }))
                        .eventAtTick(new EventSpec.LeaderChange(tick, "B", null, 0.3))
                        .eventAtTick(new EventSpec.TeamMove(tick, "C", "P", "D"))
                        .build();
                double[][] c = CapabilityTest.capabilities(s);
                String at = "seed " + seed + ", events in tick " + tick;
                assertEquals(100, c[0][24], 0.1, at + ": A, untouched, stays");
                assertTrue(c[1][24] < 85, at + ": B's poor leader lowers its capability: " + c[1][24]);
                assertTrue(c[2][24] < 55, at + ": C, which lost its product team, falls: " + c[2][24]);
            }
        }
    }

    /**
     * A lab stated at capability 0 has the market's efficiency: its own would be 0, and it could
     * never gain capability whatever it hired (found by a labour economist's review).
     */
    @Test
    void aLabStartingAtZeroHasTheMarketsEfficiency() {
        for (long seed = 1; seed <= 3; seed++) {
            double[][] own = CapabilityTest.capabilities(CapabilityTest.quiet("zero", seed, 24).market(PER_LAB)
                    .lab("A", l -> l.capability(100).team("P", Focus.PRODUCT, 500, t -> { }))
                    .lab("Zero", l -> l.capability(0).team("P", Focus.PRODUCT, 100, t -> { })).build());
            double[][] one = CapabilityTest.capabilities(CapabilityTest.quiet("zero", seed, 24)
                    .lab("A", l -> l.capability(100).team("P", Focus.PRODUCT, 500, t -> { }))
                    .lab("Zero", l -> l.capability(0).team("P", Focus.PRODUCT, 100, t -> { })).build());
            assertTrue(own[1][24] > 5, "seed " + seed + ": it grows with its people: " + own[1][24]);
            assertEquals(one[1][24], own[1][24], 1e-9, "seed " + seed + ": at the market's efficiency");
            assertEquals(100, own[0][24], 0.1, "seed " + seed + ": A at its own");
        }
    }

    /**
     * Each lab's efficiency is in the run's summary ({@code capability_efficiency} in
     * summary.json; it was in no result file, found by a labour economist's review): on one scale
     * every lab's is the market's; with {@code efficiency: lab} a small lab stated near the leader
     * has many times the big lab's, and a lab without output at the start has exactly the market's.
     */
    @Test
    void theSummaryGivesEachLabsEfficiency() {
        for (long seed = 1; seed <= 3; seed++) {
            long sd = seed;
            java.util.function.Function<MarketSpec, List<org.talentsim.metrics.Summary.LabSummary>> run = market ->
                    org.talentsim.Talentsim.defaults().withThreads(1).run(unmatched(sd, market, 6)
                            .lab("Empty", l -> l.capability(20).team("R", Focus.RESEARCH, 0, t -> { })).build()).summary().labs();
            List<org.talentsim.metrics.Summary.LabSummary> one = run.apply(CapabilityTest.QUIET);
            double market = one.get(0).capabilityEfficiency();
            assertTrue(market > 0 && Double.isFinite(market), "seed " + seed + ": " + market);
            for (org.talentsim.metrics.Summary.LabSummary l : one) {
                assertEquals(market, l.capabilityEfficiency(), 0, "seed " + seed + ": one scale, " + l.lab());
            }
            List<org.talentsim.metrics.Summary.LabSummary> own = run.apply(PER_LAB);
            double big = own.get(0).capabilityEfficiency();
            double small = own.get(2).capabilityEfficiency();
            assertTrue(small > 10 * big, "seed " + seed + ": 95 from 40 researchers against 100 from 1,500: " + small + " vs " + big);
            assertTrue(own.get(1).capabilityEfficiency() > big && own.get(1).capabilityEfficiency() < small, "seed " + seed);
            assertEquals(market, own.get(3).capabilityEfficiency(), 0, "seed " + seed + ": no output at the start, the market's");
        }
        // a stated scale is every lab's efficiency
        double scale = 0.25;
        CapabilitySpec c = CapabilityTest.QUIET.capability();
        Scenario stated = CapabilityTest.quiet("stated", 1, 3).market(CapabilityTest.QUIET.withCapability(new CapabilitySpec(
                c.researchLagMonths(), c.depreciation(), c.knowledgeDepreciation(), c.productWeight(), c.researchWeight(),
                c.infraWeight(), c.knowledgeHalf(), c.researchLagShape(), scale, false)))
                .lab("A", l -> l.capability(100).team("R", Focus.RESEARCH, 50, t -> { })).build();
        assertEquals(scale, org.talentsim.Talentsim.defaults().run(stated).summary().labs().get(0).capabilityEfficiency(), 0);
    }
}
