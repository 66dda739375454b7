package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.Scenario;

/**
 * {@link Market#snapshot} and {@link Market#restore}: a restored market runs the rest of a tick
 * exactly as it ran the first time, whether the snapshot was taken between ticks or after the
 * events phase queued its orders (a layoff, a raid, a job fair) and moved a team; and {@link
 * Market#recount} after editing the state by hand.
 */
class MarketSnapshotTest {
    static Scenario scenario() {
        return Scenario.builder("snap").seed(5).months(4)
                .lab("A", l -> l.prestige(0.6).offer("premium", "premium", 0.2).retention("match")
                        .team("R", Focus.RESEARCH, 300, t -> t.target(320)
                                .star(new org.talentsim.scenario.StarSpec("Eve", 2, 500_000, 0.3, false)))
                        .team("S", Focus.PRODUCT, 60, t -> t.target(70)
                                .star(new org.talentsim.scenario.StarSpec("Dee", 3, 900_000, 0.5, false))))
                .lab("B", l -> l.prestige(0.5).team("R", Focus.RESEARCH, 300, t -> t.target(330)))
                .pool(150)
                .event(new EventSpec.Layoff(2, "A", List.of("R"), 25, Double.NaN, 0, 0, 0))
                .event(new EventSpec.Raid(2, "B", "R", "A", "R", 6, false))
                .event(new EventSpec.Dismissal(1, "A", List.of("Dee"), 3, 0, 0, null))
                .event(new EventSpec.JobFair(2, ResearcherRef.named("Dee"), 3))
                .event(new EventSpec.Dismissal(2, "A", List.of("Eve"), 0, 4, 0, null))
                .event(new EventSpec.TeamMove(2, "A", "S", "B"))
                .build();
    }

    /** Phases 2 to 8 of {@code tick} (the events phase already run), then a fingerprint of the state and the tick's logs. */
    static String restOfTick(Market m, int tick) {
        int from = m.world.moves().size();   // the rows the events phase logged are not the rest of the tick's
        int offersFrom = m.world.offers().size();
        m.production(tick);
        m.moraleAndSearch(tick, ChunkRunner.SEQUENTIAL);
        m.offers(tick);
        m.layoffs(tick);
        m.payrollAndCensus(tick, ChunkRunner.SEQUENTIAL);
        return fingerprint(m, from, offersFrom);
    }

    static String fingerprint(Market m, int from, int offersFrom) {
        Population p = m.pop;
        StringBuilder b = new StringBuilder();
        b.append(Arrays.hashCode(p.statusArray())).append(' ').append(Arrays.hashCode(p.teamArray())).append(' ')
                .append(Arrays.hashCode(p.salaryArray())).append(' ').append(Arrays.hashCode(p.moraleArray())).append(' ')
                .append(Arrays.hashCode(m.world.teamLabArray()));
        for (int li = 0; li < m.world.labCount(); li++) {
            b.append(" lab").append(li).append('=').append(m.world.lab(li).payroll()).append('/').append(m.world.lab(li).spent());
        }
        for (int ti = 0; ti < m.world.teamCount(); ti++) {
            b.append(" team").append(ti).append('=').append(m.world.team(ti).headcount()).append('/').append(m.world.team(ti).lab());
        }
        MoveLog moves = m.world.moves();
        b.append(" moves=").append(moves.size() - from);
        for (int r = from; r < moves.size(); r++) {
            b.append(';').append(moves.researcher(r)).append(moves.reason(r)).append(moves.toTeam(r));
        }
        b.append(" offers=").append(m.world.offers().size() - offersFrom);
        return b.toString();
    }

    @Test
    void aMarketRestoredAfterTheEventsQueuedTheirOrdersRunsTheTickAgainExactly() {
        try (Simulation sim = Simulation.builder(scenario()).build()) {
            sim.step();
            Market m = Internals.market(sim);
            m.world.offers().record(true);
            m.world.moves().clear();
            Market.Snapshot betweenTicks = m.snapshot();
            m.world.setTick(2);
            m.events(2);
            int moved = m.world.teamLabArray()[1];
            assertEquals(1, moved, "team S moved to B");
            Market.Snapshot queued = m.snapshot();
            m.restore(queued);   // while the orders are still queued: each once, not twice
            assertEquals(List.of(1, 1, 1, 1), List.of(m.pendingLayoffs.size(), m.pendingRaids.size(), m.pendingFairs.size(),
                    m.pendingDismissals.size()));
            String first = restOfTick(m, 2);
            MoveLog log = m.world.moves();
            // the 25 of the layoff and Eve, unless an outside offer took her first (her lab lets her go: no counter)
            assertTrue(countOf(log, MoveReason.LAID_OFF) >= 25 && countOf(log, MoveReason.POACHED) > 0, first);
            assertTrue(m.world.offers().size() > 0, "offers were logged");

            m.restore(queued);
            assertEquals(0, m.world.moves().size(), "the move log is cleared");
            assertEquals(2, m.world.tick());
            assertEquals(0, m.world.offers().size(), "the offer log is cleared");
            assertEquals(1, m.pendingLayoffs.size(), "the queued layoff is back");
            assertEquals(1, m.pendingRaids.size(), "the queued raid is back");
            assertEquals(1, m.pendingFairs.size(), "the queued job fair is back");
            assertEquals(1, m.pendingDismissals.size(), "the queued dismissal is back");
            assertEquals(first, restOfTick(m, 2), "the same tick again");

            m.restore(betweenTicks);
            assertEquals(0, m.world.teamLabArray()[1], "team S is back in lab A");
            assertEquals(0, m.world.team(1).lab());
            assertEquals(1, m.world.tick());
            m.world.setTick(2);
            m.events(2);
            m.world.moves().clear();
            m.world.offers().clear();
            assertEquals(first, restOfTick(m, 2), "the same tick from the snapshot between ticks");
        }
    }

    private static int countOf(MoveLog log, MoveReason reason) {
        int n = 0;
        for (int r = 0; r < log.size(); r++) {
            n += log.reason(r) == reason ? 1 : 0;
        }
        return n;
    }

    /**
     * A snapshot holds the labs' policies too: a policyChange event after it replaced the lab's
     * retention policy, and a restore kept the new one, so the branch run again countered where the
     * first had not.
     */
    @Test
    void aRestoreTakesBackAPolicyChangedSinceTheSnapshot() {
        org.talentsim.scenario.Scenario s = org.talentsim.scenario.Scenario.builder("change").seed(3).months(4)
                .lab("A", l -> l.retention(org.talentsim.scenario.PolicySpec.of("none"))
                        .team("T", org.talentsim.model.Focus.RESEARCH, 200, t -> { }))
                .lab("B", l -> l.team("T", org.talentsim.model.Focus.RESEARCH, 50, t -> t.target(400)))
                .event(new org.talentsim.scenario.EventSpec.PolicyChange(2, "A", null, org.talentsim.scenario.PolicySpec.of("match"), null))
                .build();
        try (Simulation sim = Simulation.builder(s).build()) {
            Market m = Internals.market(sim);
            Market.Snapshot start = m.snapshot();
            org.talentsim.policy.RetentionPolicy before = m.labPolicies.retention.get(0);
            sim.run(3);
            assertNotEquals(before, m.labPolicies.retention.get(0), "the event replaced it");
            m.restore(start);
            assertEquals(before, m.labPolicies.retention.get(0), "taken back with the rest of the state");
        }
    }

    @Test
    void recountSetsEachTeamsHeadcountToItsMembers() {
        try (Simulation sim = Simulation.builder(scenario()).build()) {
            Market m = Internals.market(sim);
            int before0 = m.world.team(0).headcount();
            int before2 = m.world.team(2).headcount();
            int start = countIn(m, 0);
            for (int i = 0; i < m.pop.size() && start - countIn(m, 0) < 7; i++) {
                if (m.pop.team(i) == 0 && m.pop.status(i) == org.talentsim.model.Status.EMPLOYED) {
                    m.pop.setTeam(i, 2);   // by hand, without the headcounts
                }
            }
            assertEquals(before0, m.world.team(0).headcount(), "not yet recounted");
            m.recount();
            assertEquals(before0 - 7, m.world.team(0).headcount());
            assertEquals(before2 + 7, m.world.team(2).headcount());
            assertNotEquals(0, m.world.team(1).headcount());
            assertEquals(m.world.team(1).headcount(), countIn(m, 1));
        }
    }

    private static int countIn(Market m, int team) {
        int n = 0;
        for (int i = 0; i < m.pop.size(); i++) {
            n += m.pop.team(i) == team && m.pop.status(i) == org.talentsim.model.Status.EMPLOYED ? 1 : 0;
        }
        return n;
    }
}
