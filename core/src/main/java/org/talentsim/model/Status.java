package org.talentsim.model;

/**
 * Status of a researcher; stored as the byte {@link #code()} in the population arrays.
 *
 * <ul>
 *   <li>{@code EMPLOYED}: works in a team, counted in its headcount, paid.</li>
 *   <li>{@code NOTICE}: laid off, still paid by the old lab until the notice runs out, not
 *       working and not counted, free to search.</li>
 *   <li>{@code SEEKING}: in the pool, searching; a visa holder's grace clock runs.</li>
 *   <li>{@code EXITED}: has left the market for good.</li>
 * </ul>
 */
public enum Status {
    /** Works in a team of a lab, and may be poached or quit. */
    EMPLOYED,
    /** Laid off or dismissed and still paid for a notice period, not working; free to search. */
    NOTICE,
    /** Between jobs, in the pool: takes offers; a visa holder's grace clock runs. */
    SEEKING,
    /** Has left the market for good. */
    EXITED;

    /** Byte codes, equal to the ordinals. */
    public static final byte EMPLOYED_CODE = 0, NOTICE_CODE = 1, SEEKING_CODE = 2, EXITED_CODE = 3;

    private static final Status[] VALUES = values();

    /** The byte stored in the population arrays. */
    public byte code() {
        return (byte) ordinal();
    }

    /** The status of a stored byte. */
    public static Status of(byte code) {
        return VALUES[code];
    }
}
