package org.talentsim.metrics;

import org.talentsim.model.Focus;
import org.talentsim.model.OfferOutcome;

/**
 * One row of {@code offers.csv}: an offer made in the offers phase of a tick. {@code fromLab} and
 * {@code fromTeam} are "" for a researcher who was not employed (a seeker or someone on notice);
 * {@code toTeam} is the team whose opening the offer was for; {@code counter} is NaN when the
 * incumbent made none above the current pay; {@code name} is "" for an unnamed researcher; the
 * researcher's {@code skill}, {@code specialty} and {@code visa} are theirs for the whole run
 * (as {@link MoveRow}'s).
 */
public record OfferRow(int tick, String date, int researcher, String fromLab, String toLab, double offer,
        double counter, OfferOutcome outcome, String name, String fromTeam, String toTeam, double skill,
        Focus specialty, boolean visa) {
    /** The CSV header, in column order. */
    public static final String HEADER = "tick,date,researcher,from_lab,to_lab,offer,counter,outcome,name,from_team,to_team,skill,specialty,visa";
}
