package org.talentsim.scenario;

import org.talentsim.model.TickUnit;

/**
 * A rate with its unit, e.g. {@code 0.2/year} or {@code 0.05/month}. The engine turns it into a
 * per-tick probability by {@code p = rate × Δ} (uniformization; THEORY §0).
 *
 * @param value events per {@code per}, {@code >= 0}
 * @param per the unit of time
 */
public record Rate(double value, Per per) {
    /** Units of time a rate may be given in. */
    public enum Per {
        /** Per week. */
        WEEK,
        /** Per month. */
        MONTH,
        /** Per year. */
        YEAR
    }

    /** No events. */
    public static final Rate ZERO = new Rate(0, Per.MONTH);

    /** Checks that the value is finite and at least 0 and the unit given. */
    public Rate {
        Check.nonNegative("rate", value);
        if (per == null) {
            throw new IllegalArgumentException("rate unit must be week, month or year");
        }
    }

    /** {@code v} events a month. */
    public static Rate perMonth(double v) { return new Rate(v, Per.MONTH); }
    /** {@code v} events a year. */
    public static Rate perYear(double v) { return new Rate(v, Per.YEAR); }
    /** {@code v} events a week. */
    public static Rate perWeek(double v) { return new Rate(v, Per.WEEK); }

    /** Events per year. */
    public double perYear() {
        return switch (per) {
            case WEEK -> value * 52.0;
            case MONTH -> value * 12.0;
            case YEAR -> value;
        };
    }

    /** The per-tick probability {@code rate × Δ}. */
    public double perTick(TickUnit unit) {
        if (per == Per.WEEK && unit == TickUnit.WEEK) {
            return value;
        }
        if (per == Per.MONTH && unit == TickUnit.MONTH) {
            return value;
        }
        return perYear() / unit.ticksPerYear();
    }

    @Override
    public String toString() {
        return value + "/" + per.name().toLowerCase(java.util.Locale.ROOT);
    }

    // written out as the record's own (RecordsTest): the generated ones build method handles on
    // first use, a cost each fresh JVM pays in reading a scenario (docs/REPORT.md, "Speed")
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Rate o
                && Double.compare(value, o.value) == 0
                && java.util.Objects.equals(per, o.per);
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(value);
        h = 31 * h + java.util.Objects.hashCode(per);
        return h;
    }
}
