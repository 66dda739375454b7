package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.PhaseId;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.model.Status;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;
import org.talentsim.scenario.Stake;
import org.talentsim.scenario.StarSpec;
import org.talentsim.scenario.TeamSpec;
import org.talentsim.testkit.Recorder;

/** Each event's effect on the state, read right after the events phase of its tick (MODEL §7.1). */
class EventDeskTest {
    /** Two labs: A (budget 100M, capability 10) with teams R (research, 40) and P (product, 20); B with team S (30) and star Star. */
    static ScenarioBuilder world() {
        return MechanismTest.quiet("events").seed(11).months(3)
                .lab("A", l -> l.budget(100e6).capability(10).prestige(0.5)
                        .team("R", Focus.RESEARCH, 40, t -> t.target(50).star(new StarSpec("Lead", 4, 2e6, 0.3, false)))
                        .team("P", Focus.PRODUCT, 20, t -> t.target(20)))
                .lab("B", l -> l.budget(200e6).capability(20)
                        .team("S", Focus.RESEARCH, 30, t -> t.target(30).star(new StarSpec("Star", 5, 3e6, 0.9, false))));
    }

    /** Runs {@code s}, calling {@code check} with the market right after the events phase of {@code tick}; returns the moves. */
    static List<Recorder.Move> afterEvents(Scenario s, int tick, Consumer<Market> before, Consumer<Market> check) {
        Market[] m = new Market[1];
        Recorder rec = new Recorder();
        Simulation.Builder b = Simulation.builder(s).observer(rec)
                .before(PhaseId.EVENTS, ctx -> {
                    if (ctx.tick() == tick) {
                        before.accept(m[0]);
                    }
                })
                .after(PhaseId.EVENTS, ctx -> {
                    if (ctx.tick() == tick) {
                        check.accept(m[0]);
                    }
                });
        try (Simulation sim = b.build()) {
            m[0] = Internals.market(sim);
            sim.run();
        }
        return rec.moves;
    }

    static List<Recorder.Move> afterEvents(Scenario s, int tick, Consumer<Market> check) {
        return afterEvents(s, tick, m -> { }, check);
    }

    @Test
    void budgetAndCapabilityScaleAndShift() {
        double[] cap = new double[1];
        afterEvents(world().event(new EventSpec.BudgetChange(2, "A", 1.5, 2e6))
                .event(new EventSpec.CapabilityJump(2, "B", 1.25, 0.5)).build(), 2, m -> cap[0] = m.world.lab(1).capability(), m -> {
            assertEquals(152e6, m.world.lab(0).budget(), 1e-6);
            assertEquals(200e6, m.world.lab(1).budget(), 1e-6);
            assertEquals(cap[0] * 1.25 + 0.5, m.world.lab(1).capability(), 1e-9);
        });
    }

    @Test
    void aZeroFactorSetsTheDeltaAndNothingGoesBelowZero() {
        afterEvents(world().event(new EventSpec.BudgetChange(1, "A", 0, 5e6))
                .event(new EventSpec.BudgetChange(1, "B", 0.5, -150e6))
                .event(new EventSpec.CapabilityJump(1, "A", 0, 3))
                .event(new EventSpec.CapabilityJump(1, "B", 0.5, -100)).build(), 1, m -> {
            assertEquals(5e6, m.world.lab(0).budget(), 1e-6);
            assertEquals(0, m.world.lab(1).budget());
            assertEquals(3, m.world.lab(0).capability(), 1e-12);
            assertEquals(0, m.world.lab(1).capability());
        });
        // an unlimited budget times 0 is 0, not NaN
        Scenario inf = MechanismTest.quiet("inf").months(1)
                .lab("A", l -> l.team("R", Focus.RESEARCH, 5, t -> { }))
                .event(new EventSpec.BudgetChange(1, "A", 0, 7e6)).build();
        afterEvents(inf, 1, m -> assertEquals(7e6, m.world.lab(0).budget(), 1e-6));
    }

    @Test
    void aLeaderChangeSetsTheTeamsOrTheLabsFit() {
        afterEvents(world().event(new EventSpec.LeaderChange(1, "A", "P", 0.3))
                .event(new EventSpec.LeaderChange(1, "B", null, 0.6)).build(), 1, m -> {
            assertEquals(0.3, m.world.team(1).leaderFit(), 1e-12);
            assertEquals(0.8, m.world.team(0).leaderFit(), 1e-12, "the other team keeps its fit (the default)");
            assertEquals(1.0, m.world.lab(0).leaderFit(), 1e-12);
            assertEquals(0.6, m.world.lab(1).leaderFit(), 1e-12);
            assertEquals(0.8, m.world.team(2).leaderFit(), 1e-12);
        });
    }

    @Test
    void aSpreeSetsTheTargetThePaceAndThePayLevel() {
        afterEvents(world().event(new EventSpec.HiringSpree(1, "A", "P", 45, 1.7))
                .event(new EventSpec.HiringSpree(1, "A", "R", 60, Double.NaN)).build(), 1, m -> {
            Team p = m.world.team(1);
            assertEquals(45, p.target());
            assertTrue(p.sprint(), "filled at once");
            assertEquals(1.7, p.payLevel(), 1e-12);
            assertEquals(60, m.world.team(0).target());
            assertEquals(1.0, m.world.team(0).payLevel(), 1e-12, "NaN keeps the pay level");
            assertFalse(m.world.team(2).sprint());
        });
    }

    @Test
    void visibilityRisesForTheNamedOrTheMostVisible() {
        afterEvents(world().event(new EventSpec.VisibilityRise(1, ResearcherRef.named("Lead"), 0.95))
                .event(new EventSpec.VisibilityRise(1, ResearcherRef.mostVisible("B", "S"), 1.0)).build(), 1, m -> {
            assertEquals(0.95, m.pop.visibility(m.pop.indexOf("Lead")), 1e-6);
            assertEquals(1.0, m.pop.visibility(m.pop.indexOf("Star")), 1e-6, "Star is B's most visible");
        });
    }

    /** Researcher #0 (the first of lab A's team R), picked as the most visible, is found like anyone else. */
    @Test
    void theFirstResearcherIsFoundByAnEvent() {
        afterEvents(world().event(new EventSpec.VisibilityRise(2, ResearcherRef.mostVisible("A", "R"), 0.99)).build(), 2,
                m -> {
                    for (int i = 0; i < m.pop.size(); i++) {
                        m.pop.setVisibility(i, i == 0 ? 0.98 : Math.min(m.pop.visibility(i), 0.5));
                    }
                    assertEquals(m.world.teamIndex(0, "R"), m.pop.team(0));
                },
                m -> assertEquals(0.99, m.pop.visibility(0), 1e-6));
    }

    /** A spree may set a target of 0 (a hiring freeze): the team then has no opening. */
    @Test
    void aTargetOfZeroFreezesHiring() {
        afterEvents(world().event(new EventSpec.HiringSpree(2, "A", "P", 0, Double.NaN)).build(), 2, m -> {
            Team p = m.world.team(m.world.teamIndex(0, "P"));
            assertEquals(0, p.target());
            assertEquals(0, p.openings());
        });
    }

    /**
     * An acqui-hire that closes the seller: every one of its remaining staff is laid off on
     * notice ({@code round(noticeMonths · ticks a month)} ticks) with severance of {@code pay ·
     * (weeks + perYear · years of tenure) / 52}, charged to the seller; the seller's layoff
     * shock is set; its teams close (no openings); the researcher bought moves at the deal's
     * raise. Lab A (whose team R is team 0) sells Lead to B, on monthly and weekly ticks.
     */
    @Test
    void closingTheSellerLaysOffItsStaffWithTheirNoticeSeveranceAndTheShock() {
        for (org.talentsim.model.TickUnit unit : org.talentsim.model.TickUnit.values()) {
            double[] expected = new double[2];
            List<Integer> staff = new ArrayList<>();
            int tick = unit == org.talentsim.model.TickUnit.WEEK ? 5 : 2;
            double perYear = unit.ticksPerYear();
            afterEvents(world().tickUnit(unit).event(new EventSpec.AcquiHire(tick, "B", "S", "A", null, List.of("Lead"), 50e6, 0.1,
                    null, null, true, new org.talentsim.scenario.LayoffTerms(1, 10, 3), null)).build(), tick, m -> {
                        int lead = m.pop.indexOf("Lead");
                        for (int i = 0; i < m.pop.size(); i++) {
                            if (i != lead && m.pop.status(i) == Status.EMPLOYED && m.world.teamLabArray()[m.pop.team(i)] == 0) {
                                staff.add(i);
                                expected[0] += m.pop.salary(i) * (10 + 3 * m.pop.tenure(i) / perYear) / 52.0;
                            }
                        }
                        expected[1] = m.pop.salary(lead) * 1.1;
                        m.world.lab(0).setRecentLayoffs(0);
                    }, m -> {
                        Lab a = m.world.lab(0);
                        assertTrue(staff.contains(0), "researcher #0 is among them");
                        assertEquals(expected[0], a.severance(), 1e-6 * expected[0], unit + ": severance of the " + staff.size());
                        assertEquals(1, a.recentLayoffs(), "the layoff shock");
                        int notice = (int) Math.round(unit.ticksPerMonth());
                        for (int i : staff) {
                            assertEquals(Status.NOTICE, m.pop.status(i), "#" + i);
                            assertEquals(notice, m.pop.clockArray()[i], unit + ": notice of #" + i);
                        }
                        assertEquals(0, m.world.team(0).openings(), "closed");
                        assertEquals(0, m.world.team(1).openings(), "closed");
                        int lead = m.pop.indexOf("Lead");
                        assertEquals(m.world.teamIndex(1, "S"), m.pop.team(lead));
                        assertEquals(expected[1], m.pop.salary(lead), 1e-6);
                    });
        }
    }

    /** Closing a seller with nobody left to lay off (its one team bought whole) sets no layoff shock. */
    @Test
    void closingAnEmptiedSellerIsNoLayoff() {
        afterEvents(world().event(new EventSpec.AcquiHire(2, "A", "R", "B", "S", List.of(), 50e6, 0, null, null, true,
                new org.talentsim.scenario.LayoffTerms(1, 10, 3), null)).build(), 2, m -> m.world.lab(1).setRecentLayoffs(0), m -> {
                    assertEquals(0, m.world.headcount(1));
                    assertEquals(0, m.world.lab(1).recentLayoffs(), "nobody laid off");
                    assertEquals(0, m.world.lab(1).severance());
                });
    }

    /** The most visible of A's team R, researcher #0, founds a lab. */
    @Test
    void theFirstResearcherCanFoundALab() {
        LabSpec newco = new LabSpec("NewCo", 0.4, 50e6, 5, 1.5, Double.NaN, null, null, null, null, null,
                List.of(new TeamSpec("F", Focus.RESEARCH, 0, 10, 1.2, 1.0, 0.5, false, null, null)));
        afterEvents(world().event(new EventSpec.Found(2, ResearcherRef.mostVisible("A", "R"), newco, 1e6)).build(), 2, m -> {
            for (int i = 0; i < m.pop.size(); i++) {
                m.pop.setVisibility(i, i == 0 ? 0.98 : Math.min(m.pop.visibility(i), 0.5));
            }
        }, m -> {
            assertEquals(3, m.world.labCount());
            assertEquals(m.world.teamIndex(2, "F"), m.pop.team(0));
        });
    }

    /**
     * The events phase marks the census stale: a team moved to another lab changes the labs'
     * medians, and the run is the same as one where the engine recounts after a user phase
     * placed after the events.
     */
    @Test
    void anEventLeavesTheCensusToBeCountedAgain() {
        Scenario s = world().market(MechanismTest.QUIET.withOffersEmployed(org.talentsim.scenario.Rate.perYear(2))
                        .withSeparation(org.talentsim.scenario.Rate.perYear(0.1)))
                .quits(PolicySpec.of("morale")).event(new EventSpec.TeamMove(2, "A", "R", "B")).build();
        Recorder plain = new Recorder();
        Recorder recounted = new Recorder();
        try (Simulation a = Simulation.builder(s).observer(plain).build();
                Simulation b = Simulation.builder(s).observer(recounted).after(PhaseId.EVENTS, ctx -> { }).build()) {
            a.run();
            b.run();
            double[] moraleA = new double[a.world().population().size()];
            double[] moraleB = new double[moraleA.length];
            for (int i = 0; i < moraleA.length; i++) {
                moraleA[i] = a.world().population().morale(i);
                moraleB[i] = b.world().population().morale(i);
            }
            assertTrue(java.util.Arrays.equals(moraleA, moraleB), "the same morale everywhere");
        }
        assertEquals(recounted.moves.toString(), plain.moves.toString());
    }

    @Test
    void aTeamMovesWithItsMembersAndTheirPay() {
        double[] before = new double[2];
        double[] teamPay = new double[1];
        List<Recorder.Move> moves = afterEvents(world().event(new EventSpec.TeamMove(2, "A", "P", "B")).build(), 2, m -> {
            before[0] = m.world.lab(0).payroll();
            before[1] = m.world.lab(1).payroll();
            for (int i = 0; i < m.pop.size(); i++) {
                if (m.pop.team(i) == 1) {
                    teamPay[0] += m.pop.salary(i);
                }
            }
        }, m -> {
            assertEquals(1, m.world.team(1).lab());
            assertEquals(1, m.world.teamLabArray()[1]);
            assertEquals(before[0] - teamPay[0], m.world.lab(0).payroll(), 1e-3);
            assertEquals(before[1] + teamPay[0], m.world.lab(1).payroll(), 1e-3);
            assertEquals(40 + 1, m.world.headcount(0));
            assertEquals(30 + 1 + 20, m.world.headcount(1));
        });
        assertEquals(20, moves.stream().filter(x -> x.reason() == MoveReason.TRANSFERRED && x.tick() == 2
                && x.fromLab() == 0 && x.toLab() == 1 && x.fromTeam() == 1 && x.toTeam() == 1).count());
        assertEquals(20, moves.stream().filter(x -> x.reason() == MoveReason.TRANSFERRED).count());
    }

    @Test
    void aMergedTeamHandsOverItsMembersAndTarget() {
        List<Recorder.Move> moves = afterEvents(world().event(new EventSpec.TeamMerge(2, "A", "P", "R")).build(), 2, m -> {
            Team r = m.world.team(0);
            Team p = m.world.team(1);
            assertFalse(p.active());
            assertEquals(0, p.headcount());
            assertEquals(61, r.headcount());
            assertEquals(50 + 20, r.target());
            for (int i = 0; i < m.pop.size(); i++) {
                assertTrue(m.pop.team(i) != 1, "#" + i + " still in P");
            }
        });
        assertEquals(20, moves.stream().filter(x -> x.reason() == MoveReason.TRANSFERRED && x.tick() == 2
                && x.fromTeam() == 1 && x.toTeam() == 0).count());
    }

    @Test
    void mergingIntoOrFromAnUnlimitedTeamKeepsItUnlimited() {
        Scenario s = MechanismTest.quiet("unl").months(1)
                .lab("A", l -> l.team("R", Focus.RESEARCH, 10, t -> t.target(12))
                        .team("U", Focus.PRODUCT, 5, t -> t.unlimited())
                        .team("V", Focus.INFRA, 5, t -> t.unlimited())
                        .team("W", Focus.INFRA, 5, t -> t.target(9)))
                .event(new EventSpec.TeamMerge(1, "A", "U", "R"))
                .event(new EventSpec.TeamMerge(1, "A", "W", "V")).build();
        afterEvents(s, 1, m -> {
            assertEquals(Team.UNLIMITED, m.world.team(0).target(), "R takes U's unlimited plan");
            assertEquals(Team.UNLIMITED, m.world.team(2).target(), "V stays unlimited");
            assertEquals(15, m.world.team(0).headcount());
            assertEquals(10, m.world.team(2).headcount());
        });
    }

    @Test
    void aFounderStartsANewLabInItsFirstTeam() {
        LabSpec newco = new LabSpec("NewCo", 0.4, 50e6, 5, 1.5, Double.NaN, PolicySpec.of("premium"), null, null, null, null,
                List.of(new TeamSpec("F", Focus.RESEARCH, 0, 10, 1.2, 1.0, 0.5, false, null, null),
                        new TeamSpec("G", Focus.PRODUCT, 0, 5, 1.0, 1.0, 0.5, false, null, null)));
        List<Recorder.Move> moves = afterEvents(world().event(new EventSpec.Found(2, ResearcherRef.named("Star"), newco, 4e6)).build(), 2,
                m -> m.pop.setReference(m.pop.indexOf("Star"), 5e6), m -> {
            assertEquals(3, m.world.labCount());
            Lab l = m.world.lab(2);
            assertEquals("NewCo", l.name());
            assertEquals(2, l.foundedTick());
            assertEquals(2, l.teamCount());
            int star = m.pop.indexOf("Star");
            int f = m.world.teamIndex(2, "F");
            assertEquals(f, m.pop.team(star));
            assertEquals(Status.EMPLOYED, m.pop.status(star));
            assertEquals(4e6, m.pop.salary(star), 1e-6);
            assertEquals(m.spec.unemploymentValue(), m.pop.reference(star), 1);
            assertEquals(4e6, l.payroll(), 1e-6);
            assertEquals(1, m.world.team(f).headcount());
            assertEquals(m.world.teamIndex(2, "G"), f + 1);
            assertEquals(2, m.world.team(f + 1).lab());
            assertEquals(30, m.world.team(2).headcount(), "B's team lost him (30 and the star)");
        });
        assertEquals(1, moves.stream().filter(x -> x.reason() == MoveReason.FOUNDED && x.tick() == 2 && x.fromLab() == 1
                && x.toLab() == 2 && x.newSalary() == 4e6).count());
    }

    @Test
    void aFounderKeepsHisPayWhenNoneIsGivenAndAnExitedFounderFoundsNothing() {
        LabSpec newco = new LabSpec("NewCo", 0.4, 50e6, 5, 1.5, Double.NaN, null, null, null, null, null,
                List.of(new TeamSpec("F", Focus.RESEARCH, 0, 10, 1.2, 1.0, 0.5, false, null, null)));
        double[] pay = new double[1];
        afterEvents(world().event(new EventSpec.Found(2, ResearcherRef.named("Star"), newco, Double.NaN)).build(), 2,
                m -> pay[0] = m.pop.salary(m.pop.indexOf("Star")),
                m -> assertEquals(pay[0], m.pop.salary(m.pop.indexOf("Star")), 1e-6));
        afterEvents(world().event(new EventSpec.Found(2, ResearcherRef.named("Star"), newco, 1e6)).build(), 2,
                m -> m.mover.retire(m.pop.indexOf("Star")),
                m -> assertEquals(2, m.world.labCount(), "skipped"));
    }

    @Test
    void aFoundersStakeVests() {
        LabSpec newco = new LabSpec("NewCo", 0.4, 50e6, 5, 1.5, Double.NaN, null, null, null, null, null,
                List.of(new TeamSpec("F", Focus.RESEARCH, 0, 10, 1.2, 1.0, 0.5, false, null, null)));
        afterEvents(world().event(new EventSpec.Found(2, ResearcherRef.named("Star"), newco, 1e6, new Stake(0.5, 24), null))
                .build(), 2, m -> assertTrue(m.pop.stake(m.pop.indexOf("Star"), 2) > 0, "a stake granted"));
    }

    @Test
    void unknownNamesAndOutOfRangeValuesAreRefused() {
        Scenario s = world().build();
        try (Simulation sim = Simulation.builder(s).build()) {
            Market m = Internals.market(sim);
            EventDesk d = new EventDesk(m);
            assertEquals("event refers to unknown lab 'X'",
                    assertThrows(IllegalStateException.class, () -> d.scaleBudget("X", 1, 0)).getMessage());
            assertEquals("event refers to unknown team 'X' of 'A'",
                    assertThrows(IllegalStateException.class, () -> d.setTarget("A", "X", 1)).getMessage());
            assertEquals("event refers to unknown researcher 'X'",
                    assertThrows(IllegalStateException.class, () -> d.setVisibility(ResearcherRef.named("X"), 1)).getMessage());
            assertEquals("target must be >= 0, was -1",
                    assertThrows(IllegalArgumentException.class, () -> d.setTarget("A", "R", -1)).getMessage());
            assertEquals("payLevel must be > 0, was 0.0",
                    assertThrows(IllegalArgumentException.class, () -> d.setPayLevel("A", "R", 0)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> d.setPayLevel("A", "R", Double.POSITIVE_INFINITY));
            assertThrows(IllegalArgumentException.class, () -> d.setPayLevel("A", "R", Double.NaN));
            assertEquals("prestige must be in [0,1], was 1.5",
                    assertThrows(IllegalArgumentException.class, () -> d.setPrestige("A", 1.5)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> d.setPrestige("A", -0.1));
            assertThrows(IllegalArgumentException.class, () -> d.setLeaderFit("A", null, 1.1));
            assertThrows(IllegalArgumentException.class, () -> d.setVisibility(ResearcherRef.named("Star"), 2));
            d.setPrestige("A", 0.9);
            assertEquals(0.9, m.world.lab(0).prestige(), 1e-12);
            d.setPrestige("A", 0);
            d.setPrestige("B", 1);
            assertEquals(0, m.world.lab(0).prestige());
            assertEquals(1, m.world.lab(1).prestige());
            d.setPayLevel("A", "R", 2.5);
            assertEquals(2.5, m.world.team(0).payLevel());
        }
    }

    @Test
    void aJobFairIsQueuedOnlyForSomeoneBetweenJobs() {
        Scenario s = world().build();
        try (Simulation sim = Simulation.builder(s).build()) {
            Market m = Internals.market(sim);
            EventDesk d = new EventDesk(m);
            d.queueJobFair(ResearcherRef.named("Star"), 3);
            assertEquals(0, m.pendingFairs.size(), "Star is employed");
            int star = m.pop.indexOf("Star");
            m.mover.layOff(star, 2, 0);
            d.queueJobFair(ResearcherRef.named("Star"), 3);
            assertEquals(1, m.pendingFairs.size(), "on notice");
            assertEquals(star, m.pendingFairs.get(0).researcher());
            assertEquals(3, m.pendingFairs.get(0).offers());
            m.mover.endNotice(star);
            d.queueJobFair(ResearcherRef.named("Star"), 2);
            assertEquals(2, m.pendingFairs.size(), "seeking");
            m.mover.exitPool(star, MoveReason.EXITED);
            d.queueJobFair(ResearcherRef.named("Star"), 2);
            assertEquals(2, m.pendingFairs.size(), "gone");
            List<String> none = new ArrayList<>();
            d.queueRaid("A", "R", "B", null, 4, true);
            assertEquals(1, m.pendingRaids.size());
            assertTrue(none.isEmpty());
        }
    }
}
