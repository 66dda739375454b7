package org.talentsim.io;

import static org.talentsim.io.YamlText.num;
import static org.talentsim.io.YamlText.str;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.EventSink;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.Scenario;

/**
 * Writes the timeline: {@code tick:} for an event timed by its tick ({@link
 * Scenario#timedByTick}: a file's {@code tick:}), {@code date:} for the others when the month
 * maps back to the same tick, else {@code tick:}; then {@code type:} and the fields each event
 * writes through {@link EventSink}.
 */
final class EventWriter implements EventSink {
    private static final int I = 2;

    private final YamlOut out;
    private final ScenarioWriter labs;
    private final YearMonth start;
    private final TickUnit unit;

    EventWriter(YamlOut out, ScenarioWriter labs, YearMonth start, TickUnit unit) {
        this.out = out;
        this.labs = labs;
        this.start = start;
        this.unit = unit;
    }

    void events(Scenario s) {
        List<EventSpec> events = s.events();
        for (int k = 0; k < events.size(); k++) {
            EventSpec e = events.get(k);
            out.item();
            YearMonth m = unit == TickUnit.MONTH ? start.plusMonths(e.tick() - 1L)
                    : YearMonth.from(LocalDate.parse(unit.label(start, e.tick())));
            if (!s.timedByTick(k) && unit.tickOf(start, m) == e.tick()) {
                out.kv(I, "date", m.toString());
            } else {
                out.kv(I, "tick", Integer.toString(e.tick()));
            }
            out.kv(I, "type", str(e.type().name()));
            if (e.id() != null) {
                out.kv(I, "id", str(e.id()));
            }
            e.write(this);
        }
    }

    @Override
    public EventSink string(String key, String value) {
        out.kv(I, key, str(value));
        return this;
    }

    @Override
    public EventSink number(String key, double value) {
        out.kv(I, key, num(value));
        return this;
    }

    @Override
    public EventSink policy(String key, org.talentsim.scenario.PolicySpec policy) {
        out.kv(I, key, ScenarioWriter.policy(policy));
        return this;
    }

    @Override
    public EventSink money(String key, double value) {
        out.kv(I, key, YamlText.money(value));
        return this;
    }

    @Override
    public EventSink integer(String key, long value) {
        out.kv(I, key, Long.toString(value));
        return this;
    }

    @Override
    public EventSink names(String key, List<String> values) {
        List<String> names = new ArrayList<>();
        for (String v : values) {
            names.add(str(v));
        }
        out.kv(I, key, "[" + String.join(", ", names) + "]");
        return this;
    }

    /** A name alone when the reference is only a name, else {@code {name: N, lab: L, team: T}}. */
    @Override
    public EventSink researcher(String key, ResearcherRef r) {
        if (r.lab() == null && r.team() == null) {
            out.kv(I, key, str(r.name()));
            return this;
        }
        List<String> parts = new ArrayList<>();
        if (r.name() != null) {
            parts.add("name: " + str(r.name()));
        }
        if (r.lab() != null) {
            parts.add("lab: " + str(r.lab()));
        }
        if (r.team() != null) {
            parts.add("team: " + str(r.team()));
        }
        out.kv(I, key, "{" + String.join(", ", parts) + "}");
        return this;
    }

    @Override
    public EventSink lab(String key, LabSpec value) {
        out.line(I, str(key) + ":");
        labs.lab(I + 1, value);
        return this;
    }
}
