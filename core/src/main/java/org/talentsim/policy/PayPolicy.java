package org.talentsim.policy;

/**
 * How a lab pays: the package its offers and its staff's pay are made of (docs/MODEL.md §7.9).
 *
 * <p>A researcher's pay (his {@code salary}, USD/year) is the annual value of his package: base
 * pay in cash plus the equity that vests in a year. The {@linkplain Terms#equity() equity share}
 * of it comes as a grant of {@code years} years' worth, which vests on a schedule (a cliff, then
 * every {@code vestMonths}); what has not vested is forfeited by leaving the lab, so an outside
 * offer must beat the pay plus that balance (spread over the market's {@code lumpSumYears}) —
 * unless the poacher buys it out. A hire may also get a sign-on bonus, repaid if he leaves
 * within the claw-back months. Refresher grants top the unvested balance up again: never, at
 * every work anniversary, or when the researcher is at risk of leaving.
 *
 * <p>The policy is read once per lab when the run is built; its terms hold for every grant the
 * lab makes.
 */
@FunctionalInterface
public interface PayPolicy {
    /** @return the lab's package terms, not null (the registry refuses a policy whose terms are null when it creates it) */
    Terms terms();

    /** When a lab tops up a researcher's unvested grant. */
    enum Refresh {
        /** Never: a grant vests out and the pay falls by its equity part. */
        NONE,
        /** At every work anniversary. */
        ANNUAL,
        /** When the lab counters an outside offer, and at an anniversary when morale is below {@link Terms#riskMorale()}. */
        AT_RISK
    }

    /**
     * A lab's package terms.
     *
     * @param equity share of pay granted as equity, in [0,1] (0: all cash)
     * @param years years' worth of the equity part a grant holds, and the years it vests over, in (0, 10]; a
     *     grant holds the span of its dates, {@code round(12·years / vestMonths)} periods of {@code vestMonths}
     *     (in whole ticks), where that differs (docs/MODEL.md §7.9)
     * @param cliffMonths months before the first vesting date (then the months already served vest at once), in [0, 12·years]
     * @param vestMonths months between vesting dates after the cliff, in [1, 12]
     * @param signOn sign-on bonus as a share of the first year's pay, in [0, 10]
     * @param clawbackMonths months within which a leaver repays his sign-on (and buy-out), in [0, 120]; 0 for none
     * @param buyOut share of a hire's forfeited unvested value (equity and sign-on owed) the lab pays him, in [0,1]
     * @param refresh when the unvested balance is topped up
     * @param riskMorale with {@link Refresh#AT_RISK}: the morale below which an anniversary, or a grant's vesting out, brings a refresher, in [0,1]
     */
    record Terms(double equity, double years, double cliffMonths, double vestMonths, double signOn,
            double clawbackMonths, double buyOut, Refresh refresh, double riskMorale) {
        /** Longest grant, years: a grant's vesting periods must fit in a byte. */
        public static final double MAX_YEARS = 10;

        /**
         * Checks every term against its range above, and that {@code refresh} is given; throws
         * IllegalArgumentException naming the term otherwise.
         */
        public Terms {
            unit("equity", equity);
            if (!(years > 0 && years <= MAX_YEARS)) {
                throw new IllegalArgumentException("years must be in (0, " + (int) MAX_YEARS + "], was " + years);
            }
            if (!(cliffMonths >= 0 && cliffMonths <= 12 * years)) {
                throw new IllegalArgumentException("cliffMonths must be in [0, 12·years = " + 12 * years + "], was " + cliffMonths);
            }
            if (!(vestMonths >= 1 && vestMonths <= 12)) {
                throw new IllegalArgumentException("vestMonths must be in [1, 12], was " + vestMonths);
            }
            if (!(signOn >= 0 && signOn <= 10)) {
                throw new IllegalArgumentException("signOn must be in [0, 10] (a share of a year's pay), was " + signOn);
            }
            if (!(clawbackMonths >= 0 && clawbackMonths <= 120)) {
                throw new IllegalArgumentException("clawbackMonths must be in [0, 120], was " + clawbackMonths);
            }
            unit("buyOut", buyOut);
            unit("riskMorale", riskMorale);
            if (refresh == null) {
                throw new IllegalArgumentException("refresh must be given");
            }
        }

        /** All cash: no grant, no sign-on, no buy-out (the default of a lab). */
        public static final Terms CASH = new Terms(0, 4, 12, 3, 0, 0, 0, Refresh.NONE, 0);

        /** Whether the terms grant equity. */
        public boolean grants() {
            return equity > 0;
        }

        /** Whether a lab on these terms changes anything a cash lab does not. */
        public boolean any() {
            return equity > 0 || signOn > 0 || buyOut > 0;
        }

        private static void unit(String name, double v) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException(name + " must be in [0,1], was " + v);
            }
        }
    }
}
