package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.experiment.Overrides;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.Scenario;

/**
 * An override does what the same edit of the file does to the events' times: an event given by
 * {@code tick:} keeps its tick when the start or the tick unit changes, one given by {@code date:}
 * keeps its month. Overrides rewrote every event as a date, so that {@code --set start=2024-06}
 * moved a {@code tick: 3} event to tick 10, past the end of the run (silently: it never
 * happened), {@code --set start=2026-01} was refused ("events[0].date: must not be before the
 * start") and {@code --set events[0].tick=2} said "expected either date or tick, not both"
 * (found by a reviewer).
 */
class EventTimingOverrideTest {
    /** Two events by tick and two by date, in another order than their ticks. */
    static final String FILE = """
            version: 1
            name: timing
            start: 2025-01
            months: 6
            tick: month
            labs:
              - name: A
                budget: 100M
                teams:
                  - {name: R, focus: research, headcount: 50}
            events:
              - {tick: 3, type: budgetChange, lab: A, factor: 2, id: t3}
              - {date: 2025-05, type: budgetChange, lab: A, factor: 3, id: may}
              - {tick: 2, type: capabilityJump, lab: A, factor: 1.5, id: t2}
              - {date: 2025-04, type: capabilityJump, lab: A, factor: 1.2, id: april}
            """;

    private static Scenario parse(String text) {
        return ScenarioFiles.parse(text, "timing.yaml");
    }

    private static Scenario edited(String key, String value) {
        String text = FILE.replaceFirst("(?m)^" + key + ": .*$", key + ": " + value);
        return parse(text.equals(FILE) ? FILE.replace("months: 6", "months: 6\n" + key + ": " + value) : text);
    }

    private static int tickOf(Scenario s, String id) {
        return s.events().stream().filter(e -> id.equals(e.id())).findFirst().orElseThrow().tick();
    }

    @Test
    void eachEventKeepsTheTimingItWasGiven() {
        Scenario s = parse(FILE);
        assertEquals(List.of("t2", "t3", "april", "may"), s.events().stream().map(EventSpec::id).toList());
        assertEquals(List.of(true, true, false, false), List.of(s.timedByTick(0), s.timedByTick(1), s.timedByTick(2),
                s.timedByTick(3)));
        String written = ScenarioFiles.write(s);
        assertTrue(written.contains("tick: 3") && written.contains("tick: 2") && written.contains("date: 2025-05")
                && written.contains("date: 2025-04"), written);
        assertEquals(s, parse(written));
        Scenario again = parse(written);
        for (int k = 0; k < 4; k++) {
            assertEquals(s.timedByTick(k), again.timedByTick(k), "written and read back: event " + k);
        }
        Scenario rebuilt = s.toBuilder().build();
        for (int k = 0; k < 4; k++) {
            assertEquals(s.timedByTick(k), rebuilt.timedByTick(k), "through toBuilder: event " + k);
        }
        assertEquals(s.timedByTick(1), s.withSeed(9).withMonths(7).timedByTick(1));
    }

    @Test
    void movingTheStartIsTheSameAsEditingTheFile() {
        for (String start : List.of("2024-06", "2024-12", "2025-02", "2025-03")) {
            Scenario byOverride = Overrides.parse("start=" + start).applyTo(parse(FILE));
            Scenario byFile = edited("start", start);
            assertEquals(byFile, byOverride, "start " + start);
            assertEquals(3, tickOf(byOverride, "t3"), "a tick stays a tick");
            assertEquals(2, tickOf(byOverride, "t2"));
        }
        // the month of a dated event, counted from the new start
        Scenario early = Overrides.parse("start=2024-06").applyTo(parse(FILE));
        assertEquals(12, tickOf(early, "may"));
        // a start after the dated events: refused as the file is ("must not be before the start"),
        // but only for them: a start after a tick-given event's month was refused too
        Scenario late = Overrides.parse("start=2025-04").applyTo(parse(FILE.replace(
                "  - {date: 2025-04, type: capabilityJump, lab: A, factor: 1.2, id: april}\n", "")));
        assertEquals(3, tickOf(late, "t3"));
        assertEquals(2, tickOf(late, "may"));
    }

    @Test
    void changingTheTickUnitIsTheSameAsEditingTheFile() {
        Scenario byOverride = Overrides.parse("tick=week").applyTo(parse(FILE));
        Scenario byFile = edited("tick", "week");
        assertEquals(byFile, byOverride);
        assertEquals(3, tickOf(byOverride, "t3"), "the third week, as in the file");
        assertTrue(tickOf(byOverride, "may") > 12, "the first week of May");
        Scenario weekly = parse(FILE.replace("tick: month", "tick: week"));
        assertEquals(parse(FILE), Overrides.parse("tick=month").applyTo(weekly), "and back");
    }

    @Test
    void settingAnEventsTickOrDateReplacesTheOther() {
        Scenario s = parse(FILE);
        Scenario t = Overrides.parse("events[t3].tick=5").applyTo(s);
        assertEquals(5, tickOf(t, "t3"));
        Scenario d = Overrides.parse("events[may].tick=1").applyTo(s);
        assertEquals(1, tickOf(d, "may"));
        int k = d.events().indexOf(d.events().stream().filter(e -> "may".equals(e.id())).findFirst().orElseThrow());
        assertTrue(d.timedByTick(k), "now given by tick");
        Scenario m = Overrides.parse("events[t3].date=2025-06").applyTo(s);
        assertEquals(6, tickOf(m, "t3"));
        int j = m.events().indexOf(m.events().stream().filter(e -> "t3".equals(e.id())).findFirst().orElseThrow());
        assertFalse(m.timedByTick(j), "now given by date");
        assertEquals(8, tickOf(Overrides.parse("events[t3].date=2025-06", "start=2024-11").applyTo(s), "t3"));
        // removing a key the event does not have changes nothing (it removed the other one too)
        assertEquals(3, tickOf(Overrides.parse("events[t3].date=").applyTo(s), "t3"));
    }

    @Test
    void eventsBuiltInCodeChooseTheirTiming() {
        Scenario s = Scenario.builder("code").start(java.time.YearMonth.of(2025, 1)).months(6)
                .lab("A", l -> l.budget(1e8).team("R", org.talentsim.model.Focus.RESEARCH, 10, t -> { }))
                .event(new EventSpec.BudgetChange(4, "A", 2, 0, "dated"))
                .eventAtTick(new EventSpec.BudgetChange(4, "A", 3, 0, "ticked"))
                .build();
        Scenario moved = Overrides.parse("start=2024-12").applyTo(s);
        assertEquals(5, tickOf(moved, "dated"), "April 2025, from December 2024");
        assertEquals(4, tickOf(moved, "ticked"));
        assertEquals(1, s.toBuilder().removeEvents(e -> "dated".equals(e.id())).build().events().size());
        assertTrue(s.toBuilder().removeEvents(e -> "dated".equals(e.id())).build().timedByTick(0), "the flags follow their events");
    }
}
