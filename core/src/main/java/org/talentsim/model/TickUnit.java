package org.talentsim.model;

import java.time.LocalDate;
import java.time.YearMonth;

/** Length of one tick. Rates per year become per-tick probabilities by {@code p = rate / ticksPerYear}. */
public enum TickUnit {
    /** A tick is a month: 12 a year. */
    MONTH(12),
    /** A tick is a week: 52 a year. */
    WEEK(52);

    private final int ticksPerYear;

    TickUnit(int ticksPerYear) {
        this.ticksPerYear = ticksPerYear;
    }

    /** Ticks in one year: 12 or 52. */
    public int ticksPerYear() {
        return ticksPerYear;
    }

    /** Ticks in one month (1 for monthly ticks, 52/12 for weekly ones). */
    public double ticksPerMonth() {
        return ticksPerYear / 12.0;
    }

    /**
     * The calendar label of tick {@code t} (tick 1 is the start): {@code YYYY-MM} for monthly
     * ticks, {@code YYYY-MM-DD} (the first day of the week) for weekly ones.
     */
    public String label(YearMonth start, int tick) {
        if (this == MONTH) {
            return start.plusMonths(tick - 1L).toString();
        }
        LocalDate d = start.atDay(1).plusDays(7L * (tick - 1));
        return d.toString();
    }

    /** The first tick falling in the given calendar month (1-based; may be ≤ 0 before the start). */
    public int tickOf(YearMonth start, YearMonth month) {
        long months = (month.getYear() - start.getYear()) * 12L
                + (month.getMonthValue() - start.getMonthValue());
        if (this == MONTH) {
            return (int) months + 1;
        }
        long days = month.atDay(1).toEpochDay() - start.atDay(1).toEpochDay();
        return (int) Math.floorDiv(days + 6, 7) + 1;
    }
}
