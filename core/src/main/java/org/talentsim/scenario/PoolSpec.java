package org.talentsim.scenario;

import java.util.List;

/**
 * Researchers outside every listed team at the start: the pool of job seekers.
 *
 * @param size number of researchers drawn from {@code cohort}
 * @param cohort how they are drawn (their salary is their last pay / asking pay)
 * @param stars named researchers starting in the pool
 */
public record PoolSpec(int size, CohortSpec cohort, List<StarSpec> stars) {
    /** An empty pool. */
    public static final PoolSpec NONE = new PoolSpec(0, CohortSpec.DEFAULT, List.of());

    /**
     * Checks that {@code size} is at least 0 and that no star of the pool holds a stake (it has no
     * employer); throws IllegalArgumentException naming the field otherwise. A null cohort becomes
     * {@link CohortSpec#DEFAULT}, null stars none.
     */
    public PoolSpec {
        Check.nonNegative("pool.size", size);
        cohort = cohort == null ? CohortSpec.DEFAULT : cohort;
        stars = Check.list("pool.stars", stars);
        for (int k = 0; k < stars.size(); k++) {
            if (stars.get(k).stake().any()) {
                throw new IllegalArgumentException("pool.stars[" + k + "].stake (researcher '" + stars.get(k).name()
                        + "'): a researcher in the pool has no employer to hold a stake in");
            }
        }
    }

    // written out as the record's own (RecordsTest): the generated ones build method handles on
    // first use, a cost each fresh JVM pays in reading a scenario (docs/REPORT.md, "Speed")
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PoolSpec o
                && size == o.size
                && java.util.Objects.equals(cohort, o.cohort)
                && java.util.Objects.equals(stars, o.stars);
    }

    @Override
    public int hashCode() {
        int h = size;
        h = 31 * h + java.util.Objects.hashCode(cohort);
        h = 31 * h + java.util.Objects.hashCode(stars);
        return h;
    }
}
