package org.talentsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentsim.Talentsim;
import org.talentsim.metrics.Summary;
import org.talentsim.model.Focus;

/**
 * Events built in code by their fields' names ({@code EventSpec.of}, {@link EventTypes#event}), as
 * a scenario file names them: a public-API review built a raid with the raider and the raided lab
 * swapped in the record's positional constructor, which ran the other way without a word.
 */
class EventsByNameTest {
    @Test
    void anEventByNameIsTheRecordItsFieldsName() {
        assertEquals(new EventSpec.Raid(7, "Alpha", "Research", "Beta", null, 10, false),
                EventSpec.of("raid", 7, Map.of("lab", "Alpha", "team", "Research", "fromLab", "Beta", "count", 10)));
        assertEquals(new EventSpec.Raid(7, "Alpha", "Research", "Beta", "Core", 3, true, "r1"),
                EventSpec.of("raid", 7, Map.of("lab", "Alpha", "team", "Research", "fromLab", "Beta", "fromTeam", "Core",
                        "count", 3, "by", "visibility", "id", "r1")));
        // the file's defaults: severance 16 weeks + 2 a year, two months' notice (LayoffTerms)
        EventSpec.Layoff cut = (EventSpec.Layoff) EventSpec.of("layoff", 4, Map.of("lab", "Alpha", "teams", List.of("Research"),
                "count", 20, "severanceWeeks", 8, "severanceWeeksPerYear", 2));
        assertEquals(List.of("Research"), cut.teams());
        assertEquals(20, cut.count());
        assertEquals(8, cut.severanceWeeks());
        assertEquals(2, cut.severanceWeeksPerYear());
        assertEquals(new EventSpec.BudgetChange(3, "Alpha", 1, 2.5e9, null),
                EventSpec.of("budgetChange", 3, Map.of("lab", "Alpha", "delta", 2.5e9)));
        assertEquals(new EventSpec.JobFair(5, ResearcherRef.named("Star"), 4, null),
                EventSpec.of("jobFair", 5, Map.of("researcher", "Star", "offers", 4)));
        assertEquals(new EventSpec.PolicyChange(6, "Alpha", null, PolicySpec.of("none"), null, null),
                EventSpec.of("policyChange", 6, Map.of("lab", "Alpha", "retention", "none")));
    }

    @Test
    void aMisnamedMissingOrRefusedFieldIsSaidByItsName() {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> EventSpec.of("raid", 7,
                Map.of("lab", "Alpha", "team", "Research", "fromlab", "Beta", "count", 10)));
        assertEquals("raid.fromlab: unknown key, did you mean 'fromLab'? (known: lab, team, fromLab, fromTeam, count, by, id)",
                typo.getMessage());
        assertEquals("raid.count: is required", assertThrows(IllegalArgumentException.class, () -> EventSpec.of("raid", 7,
                Map.of("lab", "Alpha", "team", "Research", "fromLab", "Beta"))).getMessage());
        assertEquals("raid.count: must be a whole number of at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> EventSpec.of("raid", 7, Map.of("lab", "Alpha", "team", "Research", "fromLab", "Beta", "count", 0))).getMessage());
        assertEquals("raid.count: expected a whole number, was 2.5", assertThrows(IllegalArgumentException.class,
                () -> EventSpec.of("raid", 7, Map.of("lab", "Alpha", "team", "Research", "fromLab", "Beta", "count", 2.5))).getMessage());
        assertEquals("raid.fromLab: expected a rival of 'Alpha' (a lab cannot raid itself), was 'Alpha'",
                assertThrows(IllegalArgumentException.class, () -> EventSpec.of("raid", 7,
                        Map.of("lab", "Alpha", "team", "Research", "fromLab", "Alpha", "count", 1))).getMessage());
        assertEquals("layoff.share: expected either count or share, not both", assertThrows(IllegalArgumentException.class,
                () -> EventSpec.of("layoff", 4, Map.of("lab", "Alpha", "count", 3, "share", 0.1))).getMessage());
        assertEquals("unknown event type 'riad', did you mean 'raid'? (known: layoff, dismissal, leaderChange, budgetChange,"
                + " policyChange, capabilityJump, hiringSpree, visibilityRise, jobFair, teamMove, teamMerge, found, raid, acquiHire)",
                assertThrows(IllegalArgumentException.class, () -> EventSpec.of("riad", 7, Map.of())).getMessage());
        assertEquals("raid.tick: must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> EventSpec.of("raid", 0, Map.of("lab", "Alpha", "team", "Research", "fromLab", "Beta", "count", 1))).getMessage());
    }

    /** What a re-check found the map took otherwise than a file: a null, a custom type's id, big or odd numbers. */
    @Test
    void theMapRefusesWhatAFileRefuses() {
        java.util.Map<String, Object> nullTeams = new java.util.HashMap<>(Map.of("lab", "Alpha", "count", 3));
        nullTeams.put("teams", null);   // read as absent, it laid off every team
        assertEquals("layoff.teams: has no value: give one, or leave the key out",
                assertThrows(InvalidFieldException.class, () -> EventSpec.of("layoff", 2, nullTeams)).getMessage());
        EventType<Ping> ping = EventType.of("ping", List.of("lab"), (f, tick) -> new Ping(tick, f.name("lab")));
        EventTypes types = EventTypes.defaults().register(ping);
        assertEquals(new Ping(2, "Alpha"), types.event("ping", 2, Map.of("lab", "Alpha")));
        assertEquals("ping.id: event type 'ping' keeps no id (its record does not implement id())",
                assertThrows(InvalidFieldException.class, () -> types.event("ping", 2, Map.of("lab", "Alpha", "id", "p1"))).getMessage());
        assertEquals("raid.count: must be at most 2147483647, was 5000000000", assertThrows(InvalidFieldException.class,
                () -> EventSpec.of("raid", 7, Map.of("lab", "Alpha", "team", "Research", "fromLab", "Beta", "count", 5_000_000_000L)))
                .getMessage());
        assertEquals("hiringSpree.target: write unlimited (in lower case) for no limit, was 'Unlimited'",
                assertThrows(InvalidFieldException.class, () -> EventSpec.of("hiringSpree", 2, Map.of("lab", "Alpha", "team",
                        "Research", "target", "Unlimited"))).getMessage());
        assertEquals("hiringSpree.target: must be a whole number of at least 0, or unlimited, was -1",
                assertThrows(InvalidFieldException.class, () -> EventSpec.of("hiringSpree", 2, Map.of("lab", "Alpha", "team",
                        "Research", "target", -1))).getMessage());
        // a record's own rule is an InvalidFieldException at the event, its message naming the field
        InvalidFieldException twice = assertThrows(InvalidFieldException.class, () -> EventSpec.of("layoff", 2,
                Map.of("lab", "Alpha", "teams", List.of("Research", "Research"), "count", 3)));
        assertEquals("layoff", twice.field());
        // a float as written
        assertEquals(0.1, ((EventSpec.Layoff) EventSpec.of("layoff", 2, Map.of("lab", "Alpha", "share", 0.1f))).share());
    }

    record Ping(int tick, String lab) implements EventSpec {
        @Override
        public EventType<?> type() {
            return null;
        }

        @Override
        public void checkReferences(Roster roster) {
        }

        @Override
        public void apply(EventEffects market) {
        }

        @Override
        public void write(EventSink out) {
            out.string("lab", lab);
        }
    }

    /** A run with the event by name is the run with the record (the same event, the same results). */
    @Test
    void aRunWithTheEventByNameIsTheRunWithTheRecord() {
        EventSpec byName = EventSpec.of("raid", 3, Map.of("lab", "Alpha", "team", "Research", "fromLab", "Beta", "count", 12));
        EventSpec record = new EventSpec.Raid(3, "Alpha", "Research", "Beta", null, 12, false);
        Talentsim ts = Talentsim.defaults().withThreads(1);
        Summary a = ts.run(war(byName)).summary();
        Summary b = ts.run(war(record)).summary();
        assertEquals(b, a);
    }

    private static Scenario war(EventSpec raid) {
        return Scenario.builder("war").seed(5).months(6)
                .lab("Alpha", lab -> lab.budget(500e6).team("Research", Focus.RESEARCH, 60, t -> t.target(120)))
                .lab("Beta", lab -> lab.budget(500e6).team("Research", Focus.RESEARCH, 80, t -> t.target(80)))
                .pool(50, CohortSpec.DEFAULT)
                .event(raid)
                .build();
    }
}
