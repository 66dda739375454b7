package org.talentsim.model;

/**
 * What became of an offer made in the offers phase (the {@code outcome} column of {@code
 * offers.csv}). Every {@code HIRED}, {@code ACCEPTED} and {@code COUNTERED} offer has exactly one
 * row of {@code moves.csv} in the same tick for the same researcher ({@code HIRED}, {@code
 * POACHED}, {@code COUNTERED}); a {@code DECLINED} offer has none.
 */
public enum OfferOutcome {
    /** A seeker (or someone on notice) took the offer: a {@code HIRED} move. */
    HIRED,
    /** An employed researcher took the offer (any counter lost): a {@code POACHED} move. */
    ACCEPTED,
    /** The researcher stayed after the incumbent raised their pay: a {@code COUNTERED} move. */
    COUNTERED,
    /** The researcher stayed without a raise (or a seeker turned it down): no move. */
    DECLINED;

    private static final OfferOutcome[] VALUES = values();

    /** The outcome of a stored byte. */
    public static OfferOutcome of(byte code) {
        return VALUES[code];
    }
}
