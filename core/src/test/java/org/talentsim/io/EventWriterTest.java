package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.ResearcherRef;

/**
 * How an event's fields are written (what a custom event type's {@code write} sees): each call
 * returns the sink, so calls chain; money in the file's units, names quoted only where needed,
 * a researcher given only by name as a plain name.
 */
class EventWriterTest {
    @Test
    void eachFieldIsWrittenAndTheSinkChains() {
        YamlOut out = new YamlOut();
        EventWriter w = new EventWriter(out, null, YearMonth.of(2025, 1), TickUnit.MONTH);
        assertSame(w, w.money("budget", 5e9));
        assertSame(w, w.names("who", List.of("Ann Lee", "Bo")));
        assertSame(w, w.researcher("star", new ResearcherRef("Ann Lee", null, null)));
        assertSame(w, w.researcher("top", new ResearcherRef(null, "Meta", "FAIR")));
        assertSame(w, w.researcher("hers", new ResearcherRef("Ann Lee", "Meta", null)));
        assertSame(w, w.string("reason", "a, b"));
        assertSame(w, w.number("share", 0.25));
        assertSame(w, w.integer("count", 12));
        assertEquals("""
                    budget: 5B
                    who: [Ann Lee, Bo]
                    star: Ann Lee
                    top: {lab: Meta, team: FAIR}
                    hers: {name: Ann Lee, lab: Meta}
                    reason: "a, b"
                    share: 0.25
                    count: 12
                """, out.toString());
    }
}
