package org.talentsim.model;

/**
 * What a team works on, and a researcher's specialty. Research output reaches capability only
 * after a long lag (it fills the lab's knowledge pipeline); product output turns knowledge into
 * capability now; infrastructure multiplies the lab's other teams.
 */
public enum Focus {
    RESEARCH, PRODUCT, INFRA;

    private static final Focus[] VALUES = values();

    /** The focus of a stored byte. */
    public static Focus of(byte code) {
        return VALUES[code];
    }
}
