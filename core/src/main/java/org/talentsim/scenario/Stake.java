package org.talentsim.scenario;

/**
 * Unvested equity in the employer, which the holder forfeits by leaving: a founder's shares in
 * his start-up, a star's retention grant. It is granted when the holder joins (a founder at the
 * founding, a star at the start of the run) and is worth, per year, {@code share} of the surplus
 * of the match then, {@code max(0, v − w)} with v the employer's valuation of the holder and w
 * his pay: the residual claim of an owner (a share of 1: he keeps all the value he creates above
 * his salary). It vests over {@code vestingMonths}; until then an outside offer has to beat his
 * pay plus the stake's annual value, after it nothing is forfeited. Leaving the employer in any
 * way (poached, quit, laid off, retired) forfeits it. docs/MODEL.md §7.5.
 *
 * @param share share of the match surplus held as unvested equity, in [0,1]; 0 = no stake
 * @param vestingMonths months from the grant until it has vested, in [0, 1200]
 */
public record Stake(double share, int vestingMonths) {
    /** Four years, the usual vesting schedule of founders' shares and of employee grants. */
    public static final int DEFAULT_VESTING_MONTHS = 48;

    /** The longest vesting period, months. */
    public static final int MAX_VESTING_MONTHS = 1200;

    /** No stake (the default of a named researcher). */
    public static final Stake NONE = new Stake(0, DEFAULT_VESTING_MONTHS);

    /** A founder's share of his surplus when the {@code found} event does not say: all of it. */
    public static final double DEFAULT_FOUNDER_SHARE = 1.0;

    /** A founder's stake when the {@code found} event does not say. */
    public static final Stake FOUNDER = new Stake(DEFAULT_FOUNDER_SHARE, DEFAULT_VESTING_MONTHS);

    /** Checks the values; a share of 0 is no stake, whose vesting means nothing: it keeps the default (as {@link #NONE}). */
    public Stake {
        Check.unit("stake", share);
        Check.nonNegative("stake.vestingMonths", vestingMonths);
        Check.atMost("stake.vestingMonths", vestingMonths, MAX_VESTING_MONTHS, "100 years");
        if (share == 0) {
            vestingMonths = DEFAULT_VESTING_MONTHS;
        }
    }

    /**
     * Reads a stake from an event's fields: its share at {@code shareKey} and {@code
     * vestingMonths}, each defaulting to {@code def}'s.
     */
    static Stake read(EventFields f, String shareKey, Stake def) {
        double share = f.unit(shareKey, def.share());
        int months = f.integer("vestingMonths", def.vestingMonths(), 0);
        if (months > MAX_VESTING_MONTHS) {
            throw f.range("vestingMonths", "must be at most " + MAX_VESTING_MONTHS + " (100 years)");
        }
        return new Stake(share, months);
    }

    /** Writes the fields that differ from {@code def} (read back by {@link #read}). */
    void write(EventSink out, String shareKey, Stake def) {
        if (share != def.share()) {
            out.number(shareKey, share);
        }
        if (vestingMonths != def.vestingMonths()) {
            out.integer("vestingMonths", vestingMonths);
        }
    }

    /** Whether there is anything to forfeit: a positive share that vests after some time. */
    public boolean any() {
        return share > 0 && vestingMonths > 0;
    }
}
