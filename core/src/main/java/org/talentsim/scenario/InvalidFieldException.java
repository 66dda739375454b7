package org.talentsim.scenario;

import java.util.Objects;

/**
 * A scenario that breaks a rule about one field, found once the whole scenario is known: rates
 * that sum past 1 per tick, a population too large, a policy that needs a field its lab does not
 * give or that the policy catalog rejects. {@link #field()} is the path of that field from the
 * scenario's root, in the notation of scenario files ({@code market.offersEmployed},
 * {@code labs[1].offer}, {@code events[3].lab.offer}), so a file reader can report the
 * position of the field in the file.
 */
public final class InvalidFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The path of the field from the scenario's root. */
    private final String field;
    /** What is wrong, without the path and the label. */
    private final String problem;

    /**
     * @param field path of the field from the scenario's root, e.g. {@code labs[1].offer}
     * @param label what the path refers to in words, e.g. {@code lab 'Beta'}, or null
     * @param problem what is wrong, without the path
     */
    public InvalidFieldException(String field, String label, String problem) {
        this(field, label, problem, null);
    }

    /** As above, with the exception that caused it (a policy catalog's rejection, say). */
    public InvalidFieldException(String field, String label, String problem, Throwable cause) {
        super(field + (label == null ? "" : " (" + label + ")") + ": " + problem, cause);
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The path of the field from the scenario's root, e.g. {@code labs[1].offer}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the path (and without the label). */
    public String problem() {
        return problem;
    }
}
