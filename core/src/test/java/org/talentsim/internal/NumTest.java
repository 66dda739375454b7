package org.talentsim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Num#format}: its fast path gives the digits of the exact value rounded half to even. */
class NumTest {

    private static void same(double x) {
        String reference = x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Num.exact(x);
        assertEquals(reference, Num.format(x), () -> "format(" + x + ") [" + Double.doubleToLongBits(x) + "]");
    }

    /** A value in a message: plain digits, but huge and tiny ones in powers of ten (1e300 was 301 digits: a review). */
    @Test
    void aValueSaidInAMessage() {
        assertEquals("1E+300", Num.said(1e300));
        assertEquals("-2.5E-9", Num.said(-2.5e-9));
        assertEquals("0.8", Num.said(0.8));
        assertEquals("80", Num.said(80));
        assertEquals("123456789012345", Num.said(123456789012345.0));
        assertEquals("0", Num.said(0));
        assertEquals("NaN", Num.said(Double.NaN));
    }

    @Test
    void examples() {
        assertEquals("0.1", Num.format(0.1));
        assertEquals("-0.1", Num.format(-0.1));
        assertEquals("0.3333333333", Num.format(1.0 / 3));
        assertEquals("0.6666666667", Num.format(2.0 / 3));
        assertEquals("1234567.891", Num.format(1234567.890625));
        assertEquals("0.000012345", Num.format(1.2345e-5));
        assertEquals("100000000000000000000", Num.format(1e20));
        assertEquals("123456789000000000", Num.format(123456789012345678.0));
        assertEquals("10000000000", Num.format(9999999999.96));
        assertEquals("1000000000000000", Num.format(1e15));
        assertEquals("1000000000000000", Num.format(1e15 + 0.25)); // 16 digits: rounded to 10
        assertEquals("3", Num.format(3.0));
        assertEquals("0", Num.format(-0.0));
        assertEquals("", Num.format(Double.NaN));
        assertEquals("", Num.format(Double.NEGATIVE_INFINITY));
        assertEquals("4.940656458", Num.format(Double.MIN_VALUE).replaceFirst("^0\\.0*(\\d)", "$1."));
        same(Double.MIN_VALUE);
        same(Double.MIN_NORMAL);
        same(Math.nextDown(Double.MIN_NORMAL));
        same(Math.nextUp(Double.MIN_NORMAL));
        same(Double.MAX_VALUE);
    }

    @Test
    void tiesAreLeftToTheExactValue() {
        // the digits of Double.toString end in 05 after the tenth: whether the exact value is above
        // or below the half decides, so the fast path declines and the exact value is rounded
        for (String tie : new String[] {"0.12345678905", "1.0000000005", "2.5000000015", "7.7777777775"}) {
            double x = Double.parseDouble(tie);
            assertNull(Num.fast(x), tie);
            boolean up = new BigDecimal(x).compareTo(new BigDecimal(tie)) > 0;
            String down = new BigDecimal(tie).setScale(new BigDecimal(tie).scale() - 1, java.math.RoundingMode.DOWN)
                    .stripTrailingZeros().toPlainString();
            String expected = up ? new BigDecimal(tie).setScale(new BigDecimal(tie).scale() - 1,
                    java.math.RoundingMode.UP).stripTrailingZeros().toPlainString() : down;
            assertEquals(expected, Num.format(x), tie);
        }
        same(2.5000000005);
        same(2.5000000015);
    }

    @Test
    void digitsNotNearAHalfTakeTheFastPath() {
        // 49… or 50… after the tenth digit but farther than 1e-5 from the half: Double.toString's
        // digits decide (they were all rounded exactly, a BigDecimal each: slow when a run writes
        // a hundred thousand numbers); within 1e-5 the exact value still does
        for (String v : new String[] {"0.123456789049", "1.00000000051", "2.5000000004999", "7.777777777501"}) {
            double x = Double.parseDouble(v);
            assertNotNull(Num.fast(x), v);
            same(x);
        }
        for (String v : new String[] {"0.1234567890499999", "1.000000000500001", "2.50000000149999"}) {
            double x = Double.parseDouble(v);
            assertNull(Num.fast(x), v);
            same(x);
        }
    }

    @Test
    void fastPathAgreesWithTheExactValueOnRandomBits() {
        SplittableRandom r = new SplittableRandom(20261201);
        for (int i = 0; i < 300_000; i++) {
            double x = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(x)) {
                same(x);
            }
        }
    }

    @Test
    void fastPathAgreesOnValuesLikeResults() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            double scale = Math.pow(10, r.nextInt(-8, 13));
            same(r.nextDouble() * scale);
            same(-r.nextDouble() * scale);
            same(Math.round(r.nextDouble() * 1e6) / 1e4); // short decimals
            same(r.nextLong(1, 1L << 40) / 3.0);
        }
    }

    @Test
    void fastPathAgreesNearEveryKindOfTie() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            // an 11-digit decimal ending in 5: a tie at 10 digits, and the doubles around it
            long digits = r.nextLong(1_000_000_000L, 10_000_000_000L) * 10 + 5;
            int exp = r.nextInt(-20, 20);
            double t = new BigDecimal(digits).scaleByPowerOfTen(exp - 11).doubleValue();
            same(t);
            same(Math.nextUp(t));
            same(Math.nextDown(t));
            // and near the 10-digit values themselves, where 999… carries
            double u = new BigDecimal(digits / 10 * 10 - 1).scaleByPowerOfTen(exp - 11).doubleValue();
            same(u);
            same(Math.nextUp(u));
        }
    }
}
