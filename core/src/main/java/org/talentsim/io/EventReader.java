package org.talentsim.io;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.EventFields;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.EventType;
import org.talentsim.scenario.LabSpec;
import org.talentsim.internal.Names;
import org.talentsim.scenario.ResearcherRef;

/**
 * Reads the timeline: a list of mappings, each with a {@code type} (looked up in the file's
 * {@link org.talentsim.scenario.EventTypes}), a {@code date} or {@code tick}, and the fields its
 * type reads through {@link EventFields}. References are checked by the scenario itself.
 */
final class EventReader {
    private final Doc doc;
    private final LabReader labs;
    private final YearMonth start;
    private final TickUnit unit;

    EventReader(Doc doc, LabReader labs, YearMonth start, TickUnit unit) {
        this.doc = doc;
        this.labs = labs;
        this.start = start;
        this.unit = unit;
    }

    /** Per event read by {@link #events}, in the file's order: whether it gave {@code tick:} rather than {@code date:}. */
    private final List<Boolean> atTick = new ArrayList<>();

    List<EventSpec> events(Fields top) {
        List<YNode> nodes = top.list("events");
        List<EventSpec> out = new ArrayList<>();
        atTick.clear();
        for (int i = 0; i < nodes.size(); i++) {
            out.add(event(nodes.get(i), "events[" + i + "]"));
            atTick.add(nodes.get(i) instanceof YNode.Mapping m && m.entry("tick") != null);
        }
        return out;
    }

    /** Whether event {@code i} of the last {@link #events} (the file's order) is timed by {@code tick:}. */
    boolean atTick(int i) {
        return atTick.get(i);
    }

    private EventSpec event(YNode node, String path) {
        String known = String.join(", ", doc.events.names());
        if (!(node instanceof YNode.Mapping m)) {
            throw doc.fail(node, path, "expected an event mapping with type, date and its fields, was " + node.describe());
        }
        YNode.Mapping.Entry te = m.entry("type");
        if (te == null || te.value().isNull()) {
            throw doc.fail(m, path + ".type", "is required (one of " + known + ")");
        }
        String name = te.value() instanceof YNode.Scalar s ? s.text : "";
        EventType<?> type = doc.events.get(name);
        if (type == null) {
            throw doc.fail(te.value(), path + ".type", "unknown event type " + te.value().describe()
                    + Suggest.didYouMean(name, doc.events.names()) + " (known: " + known + ")");
        }
        List<String> keys = new ArrayList<>(List.of("type", "date", "tick", "id"));
        keys.addAll(type.keys());
        Fields f = Fields.of(doc, node, path, keys);
        int tick = tick(f);
        if (f.has("id") && Names.digitsOnly(f.name("id"))) {
            throw f.fail("id", Names.DIGITS_ID);
        }
        EventSpec e = type.read(new In(f), tick);
        if (e == null || e.tick() != tick) {
            throw new IllegalStateException("event type '" + name + "' must read an event of the tick it is given ("
                    + tick + "), read " + e);
        }
        if (f.has("id") && !f.name("id").equals(e.id())) {
            throw f.fail("id", "event type '" + name + "' keeps no id (its record does not implement id())");
        }
        return e;
    }

    private int tick(Fields f) {
        if (f.has("date") && f.has("tick")) {
            throw f.fail("tick", "expected either date or tick, not both");
        }
        if (f.has("tick")) {
            return f.integer("tick", 1, 1, false);
        }
        if (!f.has("date")) {
            throw f.fail("date", "is required: give 'date: YYYY-MM' (or 'tick: N')");
        }
        YearMonth m = f.month("date", start);
        int tick = unit.tickOf(start, m);
        if (tick < 1) {
            throw f.fail("date", "must not be before the start " + start + ", was " + m);
        }
        return tick;
    }

    /** One event's mapping, as its type reads it. */
    private final class In implements EventFields {
        private final Fields f;

        In(Fields f) {
            this.f = f;
        }

        @Override
        public boolean has(String key) {
            return f.has(key);
        }

        @Override
        public void require(String key) {
            f.require(key);
        }

        @Override
        public String name(String key) {
            return f.name(key);
        }

        @Override
        public String optionalName(String key) {
            if (f.written(key) && !f.has(key)) {
                // "team: ''" read as absent made a team's leader change the lab's, and a raid of a team one of
                // the whole lab, with check saying OK (a re-check; as names(), below)
                throw f.failAtKey(key, "has no value: give a name, or leave the key out");
            }
            return f.has(key) ? f.name(key) : null;
        }

        @Override
        public List<String> names(String key) {
            if (f.written(key) && !f.has(key)) {
                // "teams: ''" or a bare "teams:" read as absent, and a layoff then cut every team (found by a reviewer)
                throw f.failAtKey(key, "has no value: give a name or a list of names, or leave the key out");
            }
            if (f.get(key) instanceof YNode.Scalar) {
                return List.of(f.name(key));
            }
            List<YNode> items = f.list(key);
            List<String> out = new ArrayList<>();
            for (int j = 0; j < items.size(); j++) {
                String name = Fields.name(doc, items.get(j), f.path(key) + "[" + j + "]");
                int first = out.indexOf(name);
                if (first >= 0) {
                    // a team named twice in a layoff's list was cut twice over (a share of 20% laid
                    // off 37%) and weighed twice in a count's split; a researcher named twice in a
                    // dismissal was reported as a part of the event the run skipped (a review)
                    throw doc.fail(items.get(j), f.path(key) + "[" + j + "]", "names '" + Names.shown(name)
                            + "' again (also " + key + "[" + first + "]): list each once");
                }
                out.add(name);
            }
            return out;
        }

        @Override
        public String text(String key, String def) {
            return f.string(key, def);
        }

        @Override
        public double number(String key, double def) {
            return f.number(key, def);
        }

        @Override
        public double money(String key, double def) {
            return f.money(key, def);
        }

        @Override
        public double nonNegativeMoney(String key, double def) {
            return f.moneyAtLeastZero(key, def, false);
        }

        @Override
        public double nonNegativeMoney(String key, double def, double max, String what) {
            return f.atMost(key, f.moneyAtLeastZero(key, def, false), max, what);
        }

        @Override
        public double unit(String key, double def) {
            return f.unit(key, def);
        }

        @Override
        public double nonNegative(String key, double def) {
            return f.nonNegative(key, def);
        }

        @Override
        public double nonNegative(String key, double def, double max, String what) {
            return f.atMost(key, f.nonNegative(key, def), max, what);
        }

        @Override
        public double positive(String key, double def) {
            return f.positive(key, def);
        }

        @Override
        public int integer(String key, int def, int min) {
            return f.integer(key, def, min, false);
        }

        @Override
        public int integerOrUnlimited(String key, int def, int min) {
            return f.integer(key, def, min, true);
        }

        /** {@code "Yann LeCun"} (a named researcher) or {@code {lab: Meta, team: FAIR}} (its most visible member). */
        @Override
        public ResearcherRef researcher(String key) {
            YNode n = f.require(key);
            if (n instanceof YNode.Scalar) {
                return ResearcherRef.named(f.name(key));
            }
            if (!(n instanceof YNode.Mapping)) {
                throw f.fail(key, "expected a researcher's name or {lab: L, team: T}, was " + n.describe());
            }
            Fields r = Fields.of(doc, n, f.path(key), List.of("name", "lab", "team"));
            String name = r.has("name") ? r.name("name") : null;
            if (name == null) {
                r.require("lab");
            }
            String lab = r.has("lab") ? r.name("lab") : null;
            String team = r.has("team") ? r.name("team") : null;
            return r.build(() -> new ResearcherRef(name, lab, team));
        }

        @Override
        public org.talentsim.scenario.PolicySpec policy(String key, org.talentsim.scenario.PolicyCatalog.Slot slot) {
            return PolicyReader.read(f, key, org.talentsim.policy.PolicyRegistry.kind(slot), null);
        }

        @Override
        public LabSpec newLab(String key) {
            return labs.lab(f.require(key), f.path(key), true);
        }

        @Override
        public RuntimeException fail(String key, String problem) {
            return f.fail(key, problem);
        }

        @Override
        public RuntimeException expected(String key, String what) {
            YNode n = f.get(key);
            return f.fail(key, "expected " + what + ", was " + (n == null ? "nothing" : n.describe()));
        }

        @Override
        public RuntimeException range(String key, String rule) {
            return f.range(key, rule);
        }

        @Override
        public <T> T build(Supplier<T> make) {
            return f.build(make);
        }
    }
}
