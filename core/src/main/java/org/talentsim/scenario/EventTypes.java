package org.talentsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Event types by their name in scenario files. {@link #defaults()} holds the built-ins; register
 * your own and hand the registry to the file reader to read files that use it (writing needs no
 * registry: an event knows its type).
 *
 * <pre>{@code
 * EventTypes types = EventTypes.defaults().register(PrestigeShock.TYPE);
 * Scenario s = ScenarioFiles.parse(yaml, "s.yaml", PolicyRegistry.defaults(), types);
 * }</pre>
 */
public final class EventTypes {
    private final Map<String, EventType<?>> types = new LinkedHashMap<>();

    private EventTypes() {}

    /** A new registry holding the built-in types, in the order messages list them. */
    public static EventTypes defaults() {
        return new EventTypes()
                .register(EventSpec.Layoff.TYPE)
                .register(EventSpec.Dismissal.TYPE)
                .register(EventSpec.LeaderChange.TYPE)
                .register(EventSpec.BudgetChange.TYPE)
                .register(EventSpec.PolicyChange.TYPE)
                .register(EventSpec.CapabilityJump.TYPE)
                .register(EventSpec.HiringSpree.TYPE)
                .register(EventSpec.VisibilityRise.TYPE)
                .register(EventSpec.JobFair.TYPE)
                .register(EventSpec.TeamMove.TYPE)
                .register(EventSpec.TeamMerge.TYPE)
                .register(EventSpec.Found.TYPE)
                .register(EventSpec.Raid.TYPE)
                .register(EventSpec.AcquiHire.TYPE);
    }

    /** A registry holding the same types as this one, independent of it (as {@code Talentsim.withEventTypes} keeps). */
    public EventTypes copy() {
        EventTypes c = new EventTypes();
        c.types.putAll(types);
        return c;
    }

    /**
     * Adds a type.
     *
     * @return this registry
     * @throws IllegalArgumentException if a type of that name is registered already
     */
    public EventTypes register(EventType<?> type) {
        Objects.requireNonNull(type, "type");
        if (types.putIfAbsent(type.name(), type) != null) {
            throw new IllegalArgumentException("an event type named '" + type.name() + "' is already registered");
        }
        return this;
    }

    /** The type of that name, or null. */
    public EventType<?> get(String name) {
        return types.get(name);
    }

    /**
     * An event of the registered type {@code type} at {@code tick}, its fields given by the names a
     * scenario file gives them, read by the type with the file's keys, defaults and rules: {@code
     * event("raid", 7, Map.of("lab", "Meta", "team", "TBD Lab", "fromLab", "OpenAI", "count", 8))}.
     * A record's constructor takes the same fields by position, where two names swapped (the raider
     * and the raided lab) are accepted without a word and change the results (a public-API
     * review). Values: a String for a name or text ({@code "by": "visibility"}), a Number for a
     * number or an amount in USD ({@code 2.5e6}, not {@code "2.5M"}), a List of names ({@code
     * teams}), a {@link ResearcherRef} or a name for a researcher, a {@link PolicySpec} or a
     * policy's name, a {@link LabSpec} for the lab a {@code found} event starts. The event is
     * timed by its tick; {@link ScenarioBuilder#event} times it by the month of that tick.
     *
     * @throws IllegalArgumentException for an unknown type; an {@link InvalidFieldException} for an
     *     unknown key, a key given null, a missing required field, or a value its type refuses (its
     *     field {@code TYPE.KEY}; {@code TYPE} alone for a rule of the event's record, such as a
     *     team listed twice, whose message names the field)
     */
    public EventSpec event(String type, int tick, Map<String, ?> fields) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fields, "fields");
        EventType<?> t = types.get(type);
        if (t == null) {
            String near = org.talentsim.internal.Suggestions.closest(type, types.keySet());
            throw new IllegalArgumentException("unknown event type '" + type + "'" + (near == null ? "" : ", did you mean '" + near
                    + "'?") + " (known: " + String.join(", ", types.keySet()) + ")");
        }
        if (tick < 1) {
            throw new InvalidFieldException(type + ".tick", null, "must be at least 1, was " + tick);
        }
        EventSpec e = t.read(new MapEventFields(t, fields), tick);
        if (e == null || e.tick() != tick) {
            throw new IllegalStateException("event type '" + type + "' must read an event of the tick it is given (" + tick
                    + "), read " + e);
        }
        if (fields.get("id") != null && !fields.get("id").equals(e.id())) {
            // as a file's: a type whose record keeps no id refuses one (it was dropped without a word: a re-check)
            throw new InvalidFieldException(type + ".id", null, "event type '" + type + "' keeps no id (its record does not"
                    + " implement id())");
        }
        return e;
    }

    /** The names, in the order registered. */
    public Set<String> names() {
        return Collections.unmodifiableSet(types.keySet());
    }
}
