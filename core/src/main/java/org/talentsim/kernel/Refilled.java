package org.talentsim.kernel;

import org.talentsim.model.PopulationView;

/**
 * What every per-offer input that a desk refills names: the researcher and the population. The
 * desks keep one object of each kind and point it at each offer in turn (no allocation per
 * offer); policies see it only through the read-only interfaces it implements.
 */
abstract class Refilled {
    /** Index of the researcher the offer is about (-1 before the first). */
    int researcher = -1;
    /** The population. */
    PopulationView people;

    /** @return index of the researcher */
    public int researcher() {
        return researcher;
    }

    /** @return the population */
    public PopulationView people() {
        return people;
    }
}
