package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.talentsim.model.TickUnit;
import org.talentsim.policy.PayPolicy;

/** The package terms in ticks: vesting dates without a division, the annual stream of a balance. */
class PayTermsTest {
    @Test
    void vestingDatesAreEveryPeriodFromTheCliffAtAnyTenure() {
        for (TickUnit unit : new TickUnit[] {TickUnit.MONTH, TickUnit.WEEK}) {
            for (int vest = 1; vest <= 12; vest++) {
                for (int cliff : new int[] {0, 1, 7, 12, 24}) {
                    PayTerms t = new PayTerms(new PayPolicy.Terms(0.5, 4, cliff, vest, 0, 0, 0, PayPolicy.Refresh.NONE, 0), unit);
                    for (int ten = 0; ten <= Short.MAX_VALUE; ten++) {
                        boolean expected = ten >= t.first && (ten - t.first) % t.every == 0;
                        assertEquals(expected, t.vestsAt(ten), unit + " vest " + vest + " cliff " + cliff + " tenure " + ten);
                    }
                }
            }
        }
    }

    @Test
    void aWholeGrantStreamsItsEquityShareOfPay() {
        PayTerms t = new PayTerms(new PayPolicy.Terms(0.6, 4, 12, 3, 0, 0, 0, PayPolicy.Refresh.ANNUAL, 0), TickUnit.MONTH);
        assertEquals(16, t.periods);
        assertEquals(12, t.first);
        assertEquals(4, t.firstPeriods);
        double w = 1e6;
        assertEquals(0.6 * w, t.rate(t.grant(w), t.periods), 1e-6);
        // vesting k of n periods leaves the stream unchanged
        double u = t.grant(w) * 12 / 16;
        assertEquals(0.6 * w, t.rate(u, 12), 1e-6);
        assertEquals(0, t.rate(0, 0));
    }

    /** Months become ticks at the tick's length: weekly ticks vest, cliff and claw back in weeks. */
    @Test
    void monthsAreCountedInTicks() {
        PayPolicy.Terms terms = new PayPolicy.Terms(0.5, 4, 12, 3, 0.2, 6, 0.5, PayPolicy.Refresh.NONE, 0);
        PayTerms monthly = new PayTerms(terms, TickUnit.MONTH);
        assertEquals(3, monthly.every);
        assertEquals(12, monthly.first);
        assertEquals(6, monthly.clawback);
        PayTerms weekly = new PayTerms(terms, TickUnit.WEEK);
        assertEquals(13, weekly.every, "3 months of 52/12 weeks");
        assertEquals(52, weekly.first, "a one-year cliff");
        assertEquals(26, weekly.clawback, "six months");
        assertEquals(16, weekly.periods, "periods do not depend on the tick");
        assertEquals(4, weekly.firstPeriods);
    }

    /** The cliff vests its periods at once, every later date one; a grant counts the dates after it was made. */
    @Test
    void theCliffVestsItsPeriodsAtOnce() {
        PayTerms t = new PayTerms(new PayPolicy.Terms(0.6, 4, 12, 3, 0, 0, 0, PayPolicy.Refresh.NONE, 0), TickUnit.MONTH);
        assertEquals(4, t.due(12), "the cliff: a year of quarterly dates");
        assertEquals(1, t.due(15));
        assertEquals(1, t.due(48));
        assertEquals(0, t.vestedBetween(0, 11), "nothing before the cliff");
        assertEquals(4, t.vestedBetween(0, 12), "the cliff itself counts");
        assertEquals(5, t.vestedBetween(0, 15));
        assertEquals(1, t.vestedBetween(12, 15), "a grant made on a date counts only the dates after it");
        assertEquals(0, t.vestedBetween(12, 14));
        assertEquals(16, t.vestedBetween(0, 1000), "never more than the grant's periods");
        assertEquals(16, t.vestedBetween(0, 48), "all vested four years in");
        assertEquals(15, t.vestedBetween(0, 45));
    }
}
