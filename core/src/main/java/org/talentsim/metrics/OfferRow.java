package org.talentsim.metrics;

import org.talentsim.model.OfferOutcome;

/**
 * One row of {@code offers.csv}: an offer made in the offers phase of a tick. {@code fromLab} is
 * "" for a researcher who was not employed (a seeker or someone on notice); {@code counter} is
 * NaN when the incumbent made none above the current pay; {@code name} is "" for an unnamed
 * researcher.
 */
public record OfferRow(int tick, String date, int researcher, String fromLab, String toLab, double offer,
        double counter, OfferOutcome outcome, String name) {
    /** The CSV header, in column order. */
    public static final String HEADER = "tick,date,researcher,from_lab,to_lab,offer,counter,outcome,name";
}
