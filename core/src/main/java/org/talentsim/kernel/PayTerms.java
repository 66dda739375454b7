package org.talentsim.kernel;

import org.talentsim.model.TickUnit;
import org.talentsim.policy.PayPolicy;

/**
 * A lab's package terms ({@link PayPolicy.Terms}) in ticks, as the kernel applies them
 * (docs/MODEL.md §7.9). A grant of {@code periods} vesting dates; the first date falls at the
 * tenure {@code first} (the cliff, at least one period) and vests {@code firstPeriods} periods at
 * once, the next every {@code every} ticks of tenure; each date vests {@code k/n} of the balance,
 * n the periods left and k the periods due.
 */
final class PayTerms {
    final PayPolicy.Terms terms;
    /** Share of pay granted as equity. */
    final double equity;
    /**
     * Years' worth of the equity part in a grant: the span of its dates, {@code periods · every}
     * ticks, which is the terms' {@code years} wherever {@code vestMonths} divides them (and the
     * ticks fall on whole months or weeks). A grant holds what its stream counts as pay over its
     * dates: with the terms' years, a half-year grant vesting after 12 months delivered half of
     * the equity its pay counted, and spend and equity_vested fell 17–45% short of the payroll
     * (an adversarial review).
     */
    final double years;
    /** Vesting dates of a whole grant, 1..120. */
    final int periods;
    /** Ticks of tenure between dates after the first, >= 1. */
    final int every;
    /** The tenure (ticks) of the first date: the cliff, at least {@code every}. */
    final int first;
    /** Periods vested on the first date. */
    final int firstPeriods;
    /** Ticks in a year. */
    final int perYear;
    final double signOn;
    /** Ticks of tenure within which a leaver repays his sign-on (0: never). */
    final int clawback;
    final double buyOut;
    final PayPolicy.Refresh refresh;
    final double riskMorale;
    /** Whether the terms change anything a cash lab does not. */
    final boolean any;
    /** {@code ⌈2³²/every⌉}: {@code (x · inverse) >>> 32} is {@code x / every} for 0 ≤ x < 2¹⁶ (no division in the pass). */
    private final long inverse;
    /**
     * {@code periods / (n · years)} for n = 0..periods (0 for n = 0): the annual stream of a unit
     * balance with n periods left, so that a grant's stream is {@code equity · pay} from its first
     * day, however its dates fill its years (was {@code perYear / (n · every)}: dates 5 months apart
     * over a one-year grant made the stream 1.2 × the equity part, and the cash negative).
     */
    private final double[] streamPerUnit;

    PayTerms(PayPolicy.Terms t, TickUnit unit) {
        terms = t;
        double perMonth = unit.ticksPerMonth();
        perYear = unit.ticksPerYear();
        equity = t.equity();
        periods = (int) Math.max(1, Math.min(120, Math.round(12 * t.years() / t.vestMonths())));
        every = (int) Math.max(1, Math.round(t.vestMonths() * perMonth));
        years = (double) periods * every / perYear;
        first = (int) Math.max(every, Math.round(t.cliffMonths() * perMonth));
        firstPeriods = Math.max(1, Math.min(periods, first / every));
        signOn = t.signOn();
        clawback = (int) Math.round(t.clawbackMonths() * perMonth);
        buyOut = t.buyOut();
        refresh = t.refresh();
        riskMorale = t.riskMorale();
        any = t.any();
        inverse = (1L << 32) / every + 1;
        streamPerUnit = new double[periods + 1];
        for (int n = 1; n <= periods; n++) {
            streamPerUnit[n] = periods / ((double) n * years);
        }
    }

    /** Whether tenure {@code ten} (ticks, at most {@code Short.MAX_VALUE}) is a vesting date. */
    boolean vestsAt(int ten) {
        int x = ten - first;
        return x >= 0 && x - (int) ((x * inverse) >>> 32) * every == 0;
    }

    /** Periods due at tenure {@code ten}, a vesting date. */
    int due(int ten) {
        return ten == first ? firstPeriods : 1;
    }

    /** The full grant for annual pay {@code w}, USD: the equity part of {@code years} years. */
    double grant(double w) {
        return equity * w * years;
    }

    /**
     * The annual equity stream of a balance {@code u} with {@code n} periods left: the part of the
     * pay that vests rather than being paid in cash (constant over a grant's dates).
     */
    double rate(double u, int n) {
        return n <= 0 ? 0 : u * streamPerUnit[Math.min(n, periods)];
    }

    /** {@link #rate} in the world's money units, as the labs' sums keep it. */
    long rateUnits(double u, int n, Money money) {
        return u > 0 ? money.units(rate(u, n)) : 0;
    }

    /** Dates vested by tenure {@code ten} in a grant made at tenure {@code from} (periods). */
    int vestedBetween(int from, int ten) {
        int v = 0;
        for (int t = from + 1; t <= ten && v < periods; t++) {
            if (vestsAt(t)) {
                v += due(t);
            }
        }
        return Math.min(v, periods);
    }
}
