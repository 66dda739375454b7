package org.talentsim.model;

/**
 * What a team works on, and a researcher's specialty. Research output reaches capability through
 * a distributed lag (it flows through the lab's knowledge pipeline, a few percent a month);
 * product output turns knowledge into capability now; infrastructure output counts as product
 * output at a weight ({@code CapabilitySpec.infraWeight}).
 */
public enum Focus {
    /** Research: output reaches capability through the research lag (a pipeline), and builds knowledge. */
    RESEARCH,
    /** Product: output adds to capability at once, boosted by knowledge. */
    PRODUCT,
    /** Infrastructure: output adds to capability as product output does, at a weight. */
    INFRA;

    private static final Focus[] VALUES = values();

    /** The focus of a stored byte. */
    public static Focus of(byte code) {
        return VALUES[code];
    }
}
