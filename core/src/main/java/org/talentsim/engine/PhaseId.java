package org.talentsim.engine;

/** The built-in phases of a tick, in the order they run (DESIGN §3.3). */
public enum PhaseId {
    /** Scheduled shocks: layoffs (queued), leader and budget changes, capability jumps, sprees, reorganisations, foundings, raids (queued). */
    EVENTS,
    /** Team output, research pipeline, capability, labs' strategies. */
    PRODUCTION,
    /** Morale of the employed. */
    MORALE,
    /** The one draw per researcher: separation, an offer, or nothing. */
    SEARCH,
    /** Offers, counter-offers, acceptance, moves (in an order drawn for the tick: a uniform permutation of the researchers with a draw). */
    OFFERS,
    /** Layoffs, notices running out, visa clocks. */
    LAYOFFS,
    /** Pay, raises, tenure. */
    PAYROLL,
    /** Census of the end-of-tick state, delivered to observers. */
    METRICS
}
