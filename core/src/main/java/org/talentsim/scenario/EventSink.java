package org.talentsim.scenario;

import java.util.List;

/**
 * Where an event writes its fields, one key and value at a time, in the order they should
 * appear in a scenario file. The file writer implements it, quoting and formatting each value so
 * that it reads back to the same value through {@link EventFields}.
 */
public interface EventSink {
    /** A name or other text. */
    EventSink string(String key, String value);

    /** A number (read back by {@link EventFields#number} and the checked variants). */
    EventSink number(String key, double value);

    /** An amount in USD, written short when exact ({@code 2.5M}). */
    EventSink money(String key, double value);

    /** A whole number. */
    EventSink integer(String key, long value);

    /** A list of names (read back by {@link EventFields#names}). */
    EventSink names(String key, List<String> values);

    /** A researcher reference (read back by {@link EventFields#researcher}). */
    EventSink researcher(String key, ResearcherRef value);

    /** A policy, a name or a mapping of its name and parameters (read back by {@link EventFields#policy}). */
    default EventSink policy(String key, PolicySpec policy) {
        throw new UnsupportedOperationException("policy fields are not written here");
    }

    /** A whole lab (read back by {@link EventFields#newLab}); written last, as it spans several lines. */
    EventSink lab(String key, LabSpec value);
}
