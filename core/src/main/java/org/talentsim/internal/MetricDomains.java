package org.talentsim.internal;

import java.util.Set;

/**
 * The values a standard metric can take in a run (docs/METRICS.md): counts are whole numbers, 0
 * or more; shares lie in [0, 1]; pay, sums of pay and rates are 0 or more. For the journals an
 * experiment or a calibration resumes from ({@code runs.csv}, {@code evaluations.csv}): an edited
 * headcount of -5, a retention of 7 or a count of 2.5 moved the means, and every estimate, without
 * a word (an adversarial review and its re-check).
 */
public final class MetricDomains {
    /** The kinds of standard metric that count people or events. */
    private static final Set<String> COUNTS = Set.of("headcount_start", "headcount_end", "hires", "poached_in", "poached_out",
            "acquired_in", "acquired_out", "transfers_in", "transfers_out", "founders_in", "founders_out", "countered", "quits",
            "layoffs", "exits", "visa_exits", "events_skipped", "flow");
    /** The kinds of standard metric that are shares. */
    private static final Set<String> SHARES = Set.of("retention", "retention_joined", "mean_morale_end", "unemployment_end");
    /**
     * The kinds of standard metric that cannot be negative: pay and sums of it paid, rates, the
     * capability index and a team's output (a lab's spend and commitment can, with claw-backs and
     * forfeited grants: not here).
     */
    private static final Set<String> NON_NEGATIVE = Set.of("payroll_end", "equity_vested", "sign_ons", "clawed_back",
            "unvested_end", "mean_salary_end", "moves_per_month", "poached_per_month", "leaving_unvested", "leaving_vested_out",
            "leaving_joined", "capability_end", "output_end");

    private MetricDomains() {}

    /**
     * Why {@code v} cannot be standard metric {@code metric}'s value in a run, or null: a count
     * that is negative or not whole, a share outside [0, 1], a value below 0 that cannot be. Null
     * for a metric of another kind (or no standard one) and for NaN (an undefined value).
     */
    public static String problem(String metric, double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        String kind = metric.startsWith("market.flow.") ? "flow" : metric.startsWith("market.") ? metric.substring(7)
                : metric.substring(metric.lastIndexOf('.') + 1);
        if (COUNTS.contains(kind)) {
            return v >= 0 && v == Math.rint(v) ? null : "not a count (a whole number, 0 or more)";
        }
        if (SHARES.contains(kind)) {
            return v >= 0 && v <= 1 ? null : "not a share (0 to 1)";
        }
        if (NON_NEGATIVE.contains(kind)) {
            return v >= 0 ? null : "below 0, which it cannot be";
        }
        return null;
    }
}
