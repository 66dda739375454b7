package org.talentsim.model;

/**
 * What a team works on, and a researcher's specialty. Research output reaches capability through
 * a distributed lag (it flows through the lab's knowledge pipeline, a few percent a month);
 * product output turns knowledge into capability now; infrastructure output counts as product
 * output at a weight ({@code CapabilitySpec.infraWeight}).
 */
public enum Focus {
    RESEARCH, PRODUCT, INFRA;

    private static final Focus[] VALUES = values();

    /** The focus of a stored byte. */
    public static Focus of(byte code) {
        return VALUES[code];
    }
}
