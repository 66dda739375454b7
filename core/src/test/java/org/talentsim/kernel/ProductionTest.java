package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.Status;
import org.talentsim.policy.LabStrategy;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;

/**
 * Phase 2 ({@link Production}) on a market driven phase by phase: it counts a stale census
 * before using it, takes a strategy's budget and premium of 0 as values, calibrates the market's
 * efficiency on the labs with output only, and prepares the morale signals (gaps, leader fits,
 * pay premiums and disparities) as MODEL §7.2–7.3 define them.
 */
class ProductionTest {
    static Market market(Scenario s) {
        return new Market(s, PolicyRegistry.defaults());
    }

    @Test
    void aStaleCensusIsCountedBeforeTheTeamsProduce() {
        Market m = market(MechanismTest.quiet("stale").seed(2).months(2)
                .lab("L", l -> l.team("A", Focus.RESEARCH, 40, t -> t.target(40)).team("B", Focus.PRODUCT, 10, t -> t.target(60)))
                .build());
        m.runCensus();
        int moved = 0;
        for (int i = 0; i < m.pop.size() && moved < 15; i++) {
            if (m.pop.team(i) == 0) {
                m.pop.setTeam(i, 1);   // by hand: team sums now stale
                m.world.team(0).addHeadcount(-1);
                m.world.team(1).addHeadcount(1);
                moved++;
            }
        }
        m.invalidateCensus();
        m.production(1);
        for (int t = 0; t < 2; t++) {
            double skill = 0;
            for (int i = 0; i < m.pop.size(); i++) {
                if (m.pop.team(i) == t && m.pop.status(i) == Status.EMPLOYED) {
                    skill += m.pop.skill(i);
                }
            }
            assertEquals(skill, m.world.team(t).sumSkill(), 1e-3, "team " + t + ": summed again before producing");
        }
    }

    /** A strategy may set a budget and a premium of 0 (a negative value keeps the current one). */
    @Test
    void aStrategyMaySetABudgetAndAPremiumOfZero() {
        PolicyRegistry registry = PolicyRegistry.defaults()
                .register(PolicyRegistry.STRATEGY, "zero", spec -> s -> LabStrategy.Adjustment.of(0, 0))
                .register(PolicyRegistry.STRATEGY, "keep", spec -> s -> LabStrategy.Adjustment.keep());
        Scenario s = MechanismTest.quiet("zero").seed(2).months(2)
                .lab("Z", l -> l.budget(50e6).strategy(PolicySpec.of("zero")).team("A", Focus.RESEARCH, 10, t -> t.target(10)))
                .lab("K", l -> l.budget(70e6).strategy(PolicySpec.of("keep")).team("A", Focus.RESEARCH, 10, t -> t.target(10)))
                .build();
        Market m = new Market(s, registry);
        m.world.lab(0).setOfferPremium(0.3);
        m.world.lab(1).setOfferPremium(0.3);
        m.production(1);
        assertEquals(0, m.world.lab(0).budget());
        assertEquals(0, m.world.lab(0).offerPremium());
        assertEquals(70e6, m.world.lab(1).budget());
        assertEquals(0.3, m.world.lab(1).offerPremium());
    }

    /**
     * The calibrated efficiency puts the labs present at the start that produce at the steady
     * state of their first tick's output: a lab with no staff (and so no output) is left out, or
     * the producing lab's capability would move in the first tick.
     */
    @Test
    void theEfficiencyIsCalibratedOnTheLabsWithOutputOnly() {
        Scenario s = MechanismTest.quiet("calib").seed(2).months(2)
                .lab("Busy", l -> l.capability(40).team("A", Focus.PRODUCT, 30, t -> t.target(30)))
                .lab("Empty", l -> l.capability(80).team("A", Focus.PRODUCT, 0, t -> t.target(0)))
                .build();
        assertTrue(s.market().capability().calibratedScale());
        Market m = market(s);
        m.production(1);
        assertEquals(40, m.world.lab(0).capability(), 1e-9, "the steady state of its own output");
        assertTrue(m.world.lab(1).capability() < 80, "the empty lab's capability depreciates");
    }

    @Test
    void withNoCapabilityAnywhereEveryGapIsZero() {
        Scenario s = MechanismTest.quiet("nocap").seed(2).months(2)
                .lab("A", l -> l.capability(0).team("A", Focus.PRODUCT, 0, t -> t.target(0)))
                .lab("B", l -> l.capability(0).team("A", Focus.PRODUCT, 0, t -> t.target(0)))
                .build();
        Market m = market(s);
        m.production(1);
        m.productionPhase.prepareMorale(true);
        double[] gap = m.productionPhase.moraleContext().gap();
        assertEquals(0, gap[0]);
        assertEquals(0, gap[1]);
    }

    /**
     * A team given no compute takes no part in the lab's split: adding an empty team with
     * computeShare 0 leaves every other team's output as it was (it counted among the teams
     * splitting the compute, raising each other team's by (n + 1)/n: found by a reviewer), while a
     * team with a share does count (the split is among the teams that have compute).
     */
    @Test
    void aTeamWithoutComputeChangesNoOtherTeamsOutput() {
        double[] without = outputs(false, 0);
        double[] ghost = outputs(true, 0);
        assertEquals(without[0], ghost[0], 0, "research team");
        assertEquals(without[1], ghost[1], 0, "product team");
        assertEquals(0, ghost[2], "the empty team produces nothing");
        // a third team that takes a share of the compute is one of those splitting it: the split
        // is now in thirds, so the same shares (0.4 each) are more than an equal split
        double[] sharing = outputs(true, 0.2);
        assertEquals(Math.pow(0.4 * 3, 0.5) / Math.pow(0.4 * 2, 0.5), sharing[1] / without[1], 1e-9,
                "the product team's compute: relCompute^0.5, 0.4·3 against 0.4·2");
    }

    /**
     * A lab's compute is counted in parts fixed when it is built, and each team claims what it had
     * there (MODEL 7.2): a merge hands the merged team's claim to the team it joins; a moving team
     * takes its claim to its new lab, where every team gets the same fraction of its claim when the
     * claims exceed what the lab gives its teams (here M gives 0.8 of its two parts); and when the
     * team leaves again, the cut is undone. No other team's compute changes. (Counting the active
     * teams each tick, the team left behind by a move lost compute and the lab it joined gained
     * some; shares cut by an arrival stayed cut after it left: found by reviews.)
     */
    @Test
    void movesAndMergesChangeNoOtherTeamsCompute() {
        Scenario s = MechanismTest.quiet("split").seed(5).months(2)
                .lab("L", l -> l.team("R", Focus.RESEARCH, 30, t -> t.target(30).computeShare(0.4))
                        .team("P", Focus.PRODUCT, 30, t -> t.target(30).computeShare(0.4))
                        .team("I", Focus.INFRA, 20, t -> t.target(20).computeShare(0.2)))
                .lab("M", l -> l.team("Q1", Focus.PRODUCT, 30, t -> t.target(30).computeShare(0.5))
                        .team("Q2", Focus.PRODUCT, 30, t -> t.target(30).computeShare(0.3)))
                .build();
        Market m = market(s);
        assertEquals(3, m.world.lab(0).computeParts());
        assertEquals(2, m.world.lab(1).computeParts());
        assertEquals(1.6, m.world.lab(1).computeCapacity(), 1e-15, "M gives its teams 0.8 of its two parts");
        m.production(1);
        double[] before = teamOutputs(m);
        EventDesk d = new EventDesk(m);

        d.mergeTeam("L", "I", "P");
        double[] merged = produce(m);
        assertEquals(before[0], merged[0], 0, "R keeps its compute when I merges into P");
        assertEquals(0.6, m.world.team(1).computeShare(), 1e-15, "P takes I's share");
        assertEquals(0, m.world.team(2).computeShare(), "the merged team has none left");
        assertEquals(0, merged[2], "the merged team produces nothing");
        assertEquals(before[3], merged[3], 0, "another lab");

        d.moveTeam("L", "R", "M");
        double[] moved = produce(m);
        assertEquals(merged[1], moved[1], 0, "P keeps its compute when R moves away");
        // R claims 0.4·3 = 1.2 parts; M's teams claim 1.0 + 0.6 + 1.2 = 2.8 of the 1.6 it gives them
        double f = 1.6 / 2.8;
        assertEquals(0.5 * f, m.world.team(3).computeShare(), 1e-15);
        assertEquals(0.3 * f, m.world.team(4).computeShare(), 1e-15);
        assertEquals(1.2 * f / 2, m.world.team(0).computeShare(), 1e-15);
        assertEquals(2, m.world.lab(1).computeParts(), "a team moving in adds no part of compute");
        double theta = 0.5;   // the product teams' compute elasticity
        assertEquals(Math.pow(f, theta), moved[3] / merged[3], 1e-12,
                "Q1's output falls with its share of the compute, nothing else changing");
        assertEquals(Math.pow(f, theta), moved[4] / merged[4], 1e-12);
        double research = 0.1;
        assertEquals(Math.pow(f, research), moved[0] / merged[0], 1e-12, "R gets the same fraction of its claim");

        d.moveTeam("M", "R", "L");
        double[] back = produce(m);
        assertEquals(merged[3], back[3], 1e-12 * merged[3], "the cut is undone when R leaves M");
        assertEquals(merged[4], back[4], 1e-12 * merged[4]);
        assertEquals(merged[0], back[0], 1e-12 * merged[0], "R has all of its claim in L again");
        assertEquals(merged[1], back[1], 0, "P untouched");
    }

    private static double[] produce(Market m) {
        m.invalidateCensus();
        m.production(1);
        return teamOutputs(m);
    }

    private static double[] teamOutputs(Market m) {
        double[] out = new double[m.world.teamCount()];
        for (int t = 0; t < out.length; t++) {
            out[t] = m.world.team(t).output();
        }
        return out;
    }

    /** The teams' outputs after one production phase: two teams at 0.4 each, and maybe a third, empty one, at {@code share}. */
    private static double[] outputs(boolean third, double share) {
        Scenario s = MechanismTest.quiet("ghost").seed(3).months(2)
                .lab("L", l -> {
                    l.team("R", Focus.RESEARCH, 30, t -> t.target(30).computeShare(0.4))
                            .team("P", Focus.PRODUCT, 30, t -> t.target(30).computeShare(0.4));
                    if (third) {
                        l.team("Ghost", Focus.INFRA, 0, t -> t.target(0).computeShare(share));
                    }
                })
                .build();
        Market m = market(s);
        m.production(1);
        double[] out = new double[3];
        for (int t = 0; t < m.world.teamCount(); t++) {
            out[t] = m.world.team(t).output();
        }
        return out;
    }

    /**
     * The morale signals: a team's leader fit times its lab's; a team's disparity is the highest
     * pay premium among the lab's other active teams with people above its own. An empty team has
     * no premium, so the best-paid team with people feels no disparity even when every premium
     * is negative.
     */
    @Test
    void leaderFitsMultiplyAndAnEmptyTeamHasNoPremium() {
        Scenario s = MechanismTest.quiet("signals").seed(2).months(2)
                .lab("L", l -> l.team("Low", Focus.RESEARCH, 20, t -> t.target(20).leaderFit(0.8))
                        .team("Lower", Focus.RESEARCH, 20, t -> t.target(20).leaderFit(0.5))
                        .team("Empty", Focus.RESEARCH, 0, t -> t.target(10)))
                .build();
        Market m = market(s);
        m.world.lab(0).setLeaderFit(0.5);
        for (int i = 0; i < m.pop.size(); i++) {
            int t = m.pop.team(i);
            if (t == 0 || t == 1) {
                m.pop.setSalary(i, (t == 0 ? 0.5 : 0.25) * m.world.payScale().wage(m.pop.skill(i)));
            }
        }
        m.invalidateCensus();
        m.production(1);
        m.productionPhase.prepareMorale(true);
        MoraleContext c = m.productionPhase.moraleContext();
        assertEquals(0.8 * 0.5, c.leaderFit()[0], 1e-12);
        assertEquals(0.5 * 0.5, c.leaderFit()[1], 1e-12);
        assertEquals(0, c.disparity()[0], "the better paid team feels no disparity");
        assertTrue(c.disparity()[1] > 0.6 && c.disparity()[1] < 0.8, "ln 2 below the other: " + c.disparity()[1]);
        assertEquals(0, c.disparity()[2]);
    }

    /**
     * A morale pass that reads no signals (the fixed rule) leaves them unprepared: the context
     * still gives the population's columns, and the per-team premiums (a pow and a log each) are
     * not computed; the rules that read them (peer-relative, any user policy) get them.
     */
    @Test
    void signalsArePreparedOnlyForAPassThatReadsThem() {
        assertEquals(false, MoralePass.of(org.talentsim.policy.FixedMorale.INSTANCE, null, 1).readsSignals());
        assertEquals(true, MoralePass.of(new org.talentsim.policy.PeerRelativeMorale(0.7, 0.5, 0.3, 0.2, 0.1, 0.2, 0.3), null, 1)
                .readsSignals());
        Scenario s = MechanismTest.quiet("lazy").seed(2).months(2)
                .lab("L", l -> l.team("A", Focus.RESEARCH, 20, t -> t.target(20).leaderFit(0.8)))
                .build();
        Market m = market(s);
        m.world.lab(0).setLeaderFit(0.5);   // after the start prepared the signals at the lab's fit of 1
        m.production(1);
        m.productionPhase.prepareMorale(false);
        MoraleContext c = m.productionPhase.moraleContext();
        assertSame(m.pop.statusArray(), c.status());
        assertSame(m.pop.moraleArray(), c.morale());
        assertEquals(0.8, c.leaderFit()[0], 1e-12, "not prepared again: the value the market's start left");
        m.productionPhase.prepareMorale(true);
        assertEquals(0.8 * 0.5, m.productionPhase.moraleContext().leaderFit()[0], 1e-12);
    }
}
