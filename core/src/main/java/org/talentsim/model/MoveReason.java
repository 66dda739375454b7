package org.talentsim.model;

/** Why a row was written to the move log (the {@code reason} column of {@code moves.csv}). */
public enum MoveReason {
    /** From the pool into a lab. */
    HIRED,
    /** From one lab to another. */
    POACHED,
    /** Stayed after the incumbent matched an outside offer: same lab, higher pay. */
    COUNTERED,
    /** From a lab to the pool (quits and exogenous separations). */
    QUIT,
    /** Put on notice by a layoff: leaves the headcount, still paid until the notice ends. */
    LAID_OFF,
    /** Left the market when the visa grace clock ran out. */
    VISA_EXIT,
    /** Left the market otherwise (retirement, leaving the field). */
    EXITED,
    /** Left to found a new lab, which is {@code to_lab}. */
    FOUNDED,
    /** Moved to another team by a reorganisation (the same lab, or a team moved to another lab). */
    TRANSFERRED,
    /**
     * Bought by another lab in an acqui-hire ({@code acquiHire} event): from the seller's team
     * to the buyer's, at the pay the deal sets. Appended last, so older codes keep their bytes.
     */
    ACQUIRED;

    private static final MoveReason[] VALUES = values();

    /** The reason of a stored byte. */
    public static MoveReason of(byte code) {
        return VALUES[code];
    }
}
