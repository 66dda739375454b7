package org.talentsim.scenario;

import java.util.List;
import java.util.function.Supplier;

/**
 * The fields of one event as written in a scenario file, read by an {@link EventType}. The file
 * reader implements it: each getter checks the value where it stands and, on a problem, throws
 * an exception that names the file, line, column and field path ({@code events[3].count}); the
 * event only says which keys it reads, with which defaults and which rules.
 *
 * <p>Getters with a default return it when the key is absent (or null); {@link #require} makes
 * a key mandatory ("is required", reported at the event's mapping).
 */
public interface EventFields {
    /** Whether {@code key} is present with a value. */
    boolean has(String key);

    /** Fails unless {@code key} is present with a value. */
    void require(String key);

    /** A required name: non-empty, without commas, quotes or line breaks. */
    String name(String key);

    /** A name, or null when absent. */
    String optionalName(String key);

    /**
     * The event's {@code id} (a name, common to all event types), or null when absent. A type
     * whose record keeps an id passes it to its constructor; one that does not must not read it
     * (the reader then refuses {@code id:} for it).
     */
    default String id() {
        return optionalName("id");
    }

    /** A list of names, or one name written alone; empty when absent. */
    List<String> names(String key);

    /** A scalar as text, or {@code def} when absent. */
    String text(String key, String def);

    /** A number, or {@code def} when absent. */
    double number(String key, double def);

    /** An amount in USD ({@code 450k}, {@code 2.5M} or a plain number), or {@code def} when absent. */
    double money(String key, double def);

    /** An amount in USD {@code >= 0}, or {@code def} when absent. */
    double nonNegativeMoney(String key, double def);

    /** Money in [0, {@code max}] ({@code what} says why the bound), or {@code def} when absent; out of range: an error at the value. */
    double nonNegativeMoney(String key, double def, double max, String what);

    /** A number in [0,1], or {@code def} when absent. */
    double unit(String key, double def);

    /** A finite number {@code >= 0}, or {@code def} when absent. */
    double nonNegative(String key, double def);

    /** A number in [0, {@code max}] ({@code what} says why the bound), or {@code def} when absent; out of range: an error at the value. */
    double nonNegative(String key, double def, double max, String what);

    /** A finite number {@code > 0}, or {@code def} when absent. */
    double positive(String key, double def);

    /** A whole number of at least {@code min}, or {@code def} when absent. */
    int integer(String key, int def, int min);

    /** As {@link #integer}, or {@code unlimited}, read as {@link Integer#MAX_VALUE}. */
    int integerOrUnlimited(String key, int def, int min);

    /**
     * A required researcher reference: a named researcher ({@code Yann LeCun}) or a team's most
     * visible member ({@code {lab: Meta, team: FAIR}}).
     */
    ResearcherRef researcher(String key);

    /**
     * A lab's policy of {@code slot} ({@link PolicyCatalog.Slot#OFFER}, {@code RETENTION}, {@code
     * LAYOFF}, …) as a lab's field takes it: a name or a mapping of the name and its parameters,
     * checked against the policy registry the file is read with; null when absent.
     */
    default PolicySpec policy(String key, PolicyCatalog.Slot slot) {
        throw new UnsupportedOperationException("policy fields are not read here");
    }

    /** A required lab mapping, as under {@code labs}, whose teams start empty (a lab a founder starts). */
    LabSpec newLab(String key);

    /** An error at the value of {@code key} (at the event, when the key is absent), to throw. */
    RuntimeException fail(String key, String problem);

    /** {@code "expected WHAT, was VALUE"} at the value of {@code key}, to throw. */
    RuntimeException expected(String key, String what);

    /** {@code "RULE, was VALUE"} (the value as written) at the value of {@code key}, to throw: {@code range("delta", "must be a finite number")}. */
    RuntimeException range(String key, String rule);

    /**
     * Builds the event record: a validation error of its constructor is reported at the event
     * (an {@link InvalidFieldException} at its field, whose path is relative to the event).
     */
    <T> T build(Supplier<T> make);
}
