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
}
