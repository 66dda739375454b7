package org.talentsim.model;

/**
 * A part of one of the scenario's events that the engine skipped in a run, because it found no
 * one to act on when its month came: a dismissal or an acqui-hire naming someone no longer at
 * that lab, a founding whose founder has left the market (and a later event naming the lab it
 * would have founded), a job fair for someone not between jobs, an event picking the top member
 * of a team with no one employed ({@link WorldView#skippedEvents}).
 *
 * @param tick the tick it was skipped in
 * @param date that tick's calendar label ({@code 2025-10})
 * @param event the event's number among the scenario's events in date order, 1 for the first
 *     (as the run's report numbers them; the file's order where events share a date); 0 when
 *     the part was not asked for by one of them
 * @param text what was skipped and why, as the engine logs it at WARN without the tick
 *     ({@code dismissal of 'Yuandong Tian' by 'Meta' skipped: employed by 'xAI' now})
 */
public record SkippedEvent(int tick, String date, int event, String text) {
    /** Checks the fields. */
    public SkippedEvent {
        java.util.Objects.requireNonNull(date, "date");
        java.util.Objects.requireNonNull(text, "text");
        if (event < 0) {
            throw new IllegalArgumentException("event must be at least 0, was " + event);
        }
    }

    /** {@code date: text}: {@code 2025-10: dismissal of 'Yuandong Tian' by 'Meta' skipped: ...}. */
    @Override
    public String toString() {
        return date + ": " + text;
    }
}
