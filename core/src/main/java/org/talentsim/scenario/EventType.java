package org.talentsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A kind of event as scenario files know it: its {@code type:} name, the keys its mapping may
 * hold (besides {@code type}, {@code date} and {@code tick}), and how to read one. Each event
 * record declares its own, e.g. {@link EventSpec.Layoff#TYPE}; an {@link EventTypes} registry
 * maps names to them for the file reader.
 *
 * @param <E> the event record
 */
public final class EventType<E extends EventSpec> {
    /** Reads one event of a type from its fields. */
    @FunctionalInterface
    public interface Reader<E> {
        /**
         * @param fields the event's mapping
         * @param tick the tick its {@code date} or {@code tick} gives (already checked: {@code >= 1})
         */
        E read(EventFields fields, int tick);
    }

    private static final List<String> TIME_KEYS = List.of("type", "date", "tick", "id");

    private final String name;
    private final List<String> keys;
    private final Reader<E> reader;

    private EventType(String name, List<String> keys, Reader<E> reader) {
        this.name = Check.name("event type", name);
        this.keys = List.copyOf(keys);
        this.reader = Objects.requireNonNull(reader, "reader");
        for (String k : this.keys) {
            if (TIME_KEYS.contains(k)) {
                throw new IllegalArgumentException("event type '" + name + "': key '" + k + "' is common to all events");
            }
        }
    }

    /**
     * A type named {@code name} (the {@code type:} of a file's event) whose mapping holds the
     * keys {@code keys}, in the order an error message lists them.
     */
    public static <E extends EventSpec> EventType<E> of(String name, List<String> keys, Reader<E> reader) {
        return new EventType<>(name, keys, reader);
    }

    /** The name in files, e.g. {@code layoff}. */
    public String name() {
        return name;
    }

    /** The keys of its mapping besides {@code type}, {@code date}, {@code tick} and {@code id}. */
    public List<String> keys() {
        return keys;
    }

    /** Reads one event. */
    public E read(EventFields fields, int tick) {
        return reader.read(fields, tick);
    }

    @Override
    public String toString() {
        return name;
    }
}
