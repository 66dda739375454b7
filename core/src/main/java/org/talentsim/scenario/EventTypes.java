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

    /** The names, in the order registered. */
    public Set<String> names() {
        return Collections.unmodifiableSet(types.keySet());
    }
}
