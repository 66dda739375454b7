package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.Metrics;
import org.talentsim.metrics.MoveRow;
import org.talentsim.model.MoveReason;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.InvalidFieldException;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;

/**
 * A lab changes its retention (or offer, or layoff) policy on a date: from then on its
 * counter-offers follow the new one, and not before (a strategist could not write "Genexa starts
 * countering in 2027-01": only a policy for the whole run, which asks another question).
 */
class PolicyChangeTest {
    private static final String SCENARIO = """
            version: 1
            name: starts-countering
            start: 2025-01
            months: 16
            seed: SEED
            market:
              offersEmployed: 1/year
            labs:
              - name: Leaker
                prestige: 0.6
                retention: none
                teams:
                  - {name: Research, focus: research, headcount: 300}
              - name: Raider
                prestige: 0.7
                productivity: 2.0
                offer: {name: premium, premium: 0.3}
                teams:
                  - {name: Research, focus: research, headcount: 150, target: 600}
            pool:
              size: 100
            events:
              - {date: 2025-09, type: policyChange, lab: Leaker, retention: {name: match, upTo: 0.9}}
            """;

    @Test
    void aLabCountersOnlyFromItsPolicyChangeOn() {
        int after = 0;
        for (long seed = 1; seed <= 5; seed++) {
            Scenario s = ScenarioFiles.parse(SCENARIO.replace("SEED", Long.toString(seed)), "change.yaml");
            History h = new History();
            try (Simulation sim = Simulation.builder(s).observer(new Metrics(h)).build()) {
                sim.run();
            }
            List<Integer> counteredAt = new ArrayList<>();
            for (MoveRow m : h.moves()) {
                if (m.reason() == MoveReason.COUNTERED && "Leaker".equals(m.fromLab())) {
                    counteredAt.add(m.tick());
                }
            }
            assertTrue(counteredAt.stream().allMatch(t -> t >= 9), "seed " + seed + ": no counter before 2025-09, " + counteredAt);
            assertTrue(counteredAt.size() >= 5, "seed " + seed + ": it counters after, " + counteredAt.size());
            after += counteredAt.size();
            // and the same run without the event never counters
            Scenario none = ScenarioFiles.parse(SCENARIO.replace("SEED", Long.toString(seed)).replaceAll("(?s)events:.*", ""), "none.yaml");
            History n = new History();
            try (Simulation sim = Simulation.builder(none).observer(new Metrics(n)).build()) {
                sim.run();
            }
            assertTrue(n.moves().stream().noneMatch(m -> m.reason() == MoveReason.COUNTERED), "seed " + seed);
        }
        assertTrue(after > 25, "counters after the change over the seeds: " + after);
    }

    @Test
    void itIsReadWrittenAndCheckedAsALabsPolicyIs() {
        Scenario s = ScenarioFiles.parse(SCENARIO.replace("SEED", "1").replace("retention: {name: match, upTo: 0.9}}",
                "retention: {name: match, upTo: 0.9}, layoff: lifo, id: counter}"), "change.yaml");
        EventSpec.PolicyChange p = (EventSpec.PolicyChange) s.events().get(0);
        assertEquals(new PolicySpec("match", Map.of("upTo", 0.9)), p.retention());
        assertEquals(new PolicySpec("lifo", Map.of()), p.layoff());
        assertEquals(null, p.offer());
        assertEquals(List.of("retention", "layoff"), p.changes().keySet().stream().map(k -> k.field()).toList());
        // written out and read back: the same scenario
        assertEquals(s, ScenarioFiles.parse(ScenarioFiles.write(s), "again.yaml"));
        // none given, or posted without the lab's posted wage: refused, naming the field
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> new EventSpec.PolicyChange(3, "Leaker", null, null, null));
        assertTrue(empty.getMessage().contains("give offer, retention or layoff"), empty.getMessage());
        Scenario posted = Scenario.builder("p").months(6).lab("A", l -> l.team("T", org.talentsim.model.Focus.RESEARCH, 10, t -> { }))
                .event(new EventSpec.PolicyChange(2, "A", PolicySpec.of("posted"), null, null)).build();
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> posted.validate(org.talentsim.policy.PolicyRegistry.defaults()));
        assertTrue(e.getMessage().contains("events[0].offer") && e.getMessage().contains("postedWage"), e.getMessage());
    }
}
