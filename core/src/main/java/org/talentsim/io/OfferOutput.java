package org.talentsim.io;

import org.talentsim.scenario.Scenario;

/**
 * Whether a run records the offers made in its offers phase: {@code offers.csv} in the result
 * folder, {@code RunResult.offers()} in memory. Recording does not change the results.
 */
public enum OfferOutput {
    /** On for scenarios that start with fewer than {@link #AUTO_LIMIT} researchers, off for larger ones (the default). */
    AUTO,
    /** Always. */
    ON,
    /** Never. */
    OFF;

    /**
     * Researchers at the start (the scenario's population: teams, stars and the pool) from which
     * {@link #AUTO} stops recording offers: a large run makes millions of offers.
     */
    public static final long AUTO_LIMIT = 100_000;

    /** Whether a run of {@code scenario} records offers under this option. */
    public boolean records(Scenario scenario) {
        return switch (this) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> scenario.population() < AUTO_LIMIT;
        };
    }

    /** {@link #ON} for true, {@link #OFF} for false, {@link #AUTO} for null (a command-line flag left out). */
    public static OfferOutput of(Boolean on) {
        return on == null ? AUTO : on ? ON : OFF;
    }
}
