package org.talentsim.scenario;

/**
 * What a lab owes the people it lays off: a paid notice and severance of {@code severanceWeeks
 * + severanceWeeksPerYear × years of tenure} weeks of pay. Layoff and dismissal events carry
 * their own terms (a scenario file falls back on {@link #DEFAULT}); layoffs forced by a budget
 * overrun use {@link #DEFAULT}.
 *
 * @param noticeMonths paid notice, months ({@code >= 0})
 * @param severanceWeeks weeks of pay for everyone ({@code >= 0})
 * @param severanceWeeksPerYear further weeks of pay per year of tenure ({@code >= 0})
 */
public record LayoffTerms(int noticeMonths, double severanceWeeks, double severanceWeeksPerYear) {
    /**
     * The one home of the default terms: 2 months' notice (California WARN: 60 days) and 16
     * weeks plus 2 per year of tenure (Meta's severance, October 2025).
     */
    public static final LayoffTerms DEFAULT = new LayoffTerms(2, 16, 2);

    /** The terms as an event's fields ({@code noticeMonths}, {@code severanceWeeks}, {@code severanceWeeksPerYear}), defaults for those left out. */
    static LayoffTerms read(EventFields f) {
        int notice = f.integer("noticeMonths", DEFAULT.noticeMonths(), 0);
        double weeks = f.nonNegative("severanceWeeks", DEFAULT.severanceWeeks(), MAX_SEVERANCE_WEEKS, "ten years of pay");
        double perYear = f.nonNegative("severanceWeeksPerYear", DEFAULT.severanceWeeksPerYear(), MAX_SEVERANCE_WEEKS_PER_YEAR,
                "a year's pay per year of tenure");
        return new LayoffTerms(notice, weeks, perYear);
    }

    /** Writes the three terms as an event's fields. */
    void write(EventSink out) {
        out.integer("noticeMonths", noticeMonths).number("severanceWeeks", severanceWeeks)
                .number("severanceWeeksPerYear", severanceWeeksPerYear);
    }

    /** Checks each term. */
    public LayoffTerms {
        Check.nonNegative("noticeMonths", noticeMonths);
        Check.nonNegative("severanceWeeks", severanceWeeks);
        Check.nonNegative("severanceWeeksPerYear", severanceWeeksPerYear);
        Check.atMost("severanceWeeks", severanceWeeks, MAX_SEVERANCE_WEEKS, "ten years of pay");
        Check.atMost("severanceWeeksPerYear", severanceWeeksPerYear, MAX_SEVERANCE_WEEKS_PER_YEAR, "a year's pay per year of tenure");
    }

    /**
     * The most weeks of severance a layoff or dismissal gives everyone (ten years of pay), and per
     * year of tenure (a year's pay): bounds that keep severance, and spend, finite (1e308 weeks
     * made them infinite).
     */
    public static final double MAX_SEVERANCE_WEEKS = 520, MAX_SEVERANCE_WEEKS_PER_YEAR = 52;
}
