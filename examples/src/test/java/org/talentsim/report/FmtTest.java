package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The report's number and date texts, written by hand rather than by {@code String.format} and
 * {@code java.time} (large code to run once in a fresh JVM): the same text as the formatter's
 * for every value tried, and dates parsed strictly.
 */
class FmtTest {
    /** {@link Fmt#num} as it was written with {@code String.format}: the reference. */
    static String numByFormat(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "\u2013";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return sigByFormat(v / 1e9) + "B";
        }
        if (a >= 1e6) {
            return sigByFormat(v / 1e6) + "M";
        }
        if (a >= 1e4) {
            return sigByFormat(v / 1e3) + "k";
        }
        return sigByFormat(v);
    }

    /** {@link Fmt#tick}: 4 decimals at most below 1, as axis ticks are spaced. */
    static String tickByFormat(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "\u2013";
        }
        double a = Math.abs(v);
        double d = a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : a >= 1e4 ? 1e3 : 1;
        String unit = a >= 1e9 ? "B" : a >= 1e6 ? "M" : a >= 1e4 ? "k" : "";
        double x = v / d;
        if (x == 0) {
            return "0" + unit;
        }
        double b = Math.abs(x);
        int decimals = b >= 1000 ? 0 : b >= 100 ? 1 : b >= 10 ? 2 : b >= 1 ? 3 : 4;
        String s = String.format(Locale.ROOT, "%." + decimals + "f", x);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return (s.equals("-0") ? "0" : s) + unit;
    }

    static String sigByFormat(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1e-6) {
            String e = String.format(Locale.ROOT, "%.3e", v);
            int at = e.indexOf('e');
            return e.substring(0, at).replaceAll("0+$", "").replaceAll("\\.$", "") + e.substring(at);
        }
        // below 1: four significant digits (the decimals from the leading digit's place)
        int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 3 - (int) Math.floor(Math.log10(a));
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }

    @Test
    void numbersReadAsTheFormatterWroteThem() {
        SplittableRandom r = new SplittableRandom(13);
        for (int k = 0; k < 200_000; k++) {
            // every magnitude from 1e-7 to 1e13, both signs; and values on rounding ties (x.xx5)
            double v = Math.pow(10, r.nextDouble(-7, 13)) * (r.nextBoolean() ? 1 : -1);
            double tie = (r.nextInt(2_000_000) - 1_000_000) / 1000.0 + 0.0005;
            for (double x : new double[] {v, tie, Math.rint(v), tie / 10, tie * 1000}) {
                assertEquals(numByFormat(x), Fmt.num(x), "value " + x);
                assertEquals(tickByFormat(x), Fmt.tick(x), "tick " + x);
            }
        }
        for (double x : new double[] {0, -0.0, 1e-300, -1e-300, 0.00005, -0.00005, 0.99995, 9999.5, 999_999.5, 1.005, 2.675,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals(numByFormat(x), Fmt.num(x), "value " + x);
        }
    }

    /** A team's output a month: one style in a column (2773, 594.4 and 63.67 stood side by side). */
    @Test
    void amountsAreWholeWithSeparatorsFrom100AndOneDecimalBelow() {
        assertEquals("2,773", Fmt.amount(2772.6));
        assertEquals("1,023", Fmt.amount(1023.4));
        assertEquals("100", Fmt.amount(99.95));
        assertEquals("99.9", Fmt.amount(99.94));
        assertEquals("63.7", Fmt.amount(63.67));
        assertEquals("0.4", Fmt.amount(0.44));
        assertEquals("0", Fmt.amount(-0.0));
        assertEquals("0", Fmt.amount(0));
        assertEquals("-0.04", Fmt.amount(-0.04));
        assertEquals("0.0012", Fmt.amount(0.00123));
        assertEquals("0.1", Fmt.amount(0.05));
        assertEquals("-12.5", Fmt.amount(-12.46));
        assertEquals("-1,500", Fmt.amount(-1500.2));
        assertEquals("\u2013", Fmt.amount(Double.NaN));
    }

    @Test
    void countsHaveThousandsSeparatorsAsTheFormatterWroteThem() {
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < 100_000; k++) {
            long v = r.nextLong() >> r.nextInt(64);
            assertEquals(String.format(Locale.ROOT, "%,d", v), Fmt.count(v), "value " + v);
        }
        for (long v : new long[] {0, 1, -1, 999, 1000, -1000, 999_999, 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(String.format(Locale.ROOT, "%,d", v), Fmt.count(v), "value " + v);
        }
    }

    /**
     * The calibration page's estimates: 4 significant digits, with k/M/B from 10,000 as the
     * terminal shows them (written out, 900000500 was shown 900000000; found by a review).
     */
    @Test
    void estimatesAreRoundedVisiblyAsOnTheTerminal() {
        assertEquals("900M", Fmt.sig4(900000500));
        assertEquals("580.5k", Fmt.sig4(580458.7));
        assertEquals("-12.35k", Fmt.sig4(-12345.6));
        assertEquals("9999", Fmt.sig4(9999.4));
        assertEquals("0.002763", Fmt.sig4(0.0027634));
        assertEquals("1.6", Fmt.sig4(1.6));
    }

    @Test
    void monthsAreCountedFrom1970AndBack() {
        assertEquals(0.0, RunData.time("1970-01"));
        assertEquals(662.0, RunData.time("2025-03"));
        assertEquals(663.5, RunData.time("2025-04-16"));
        assertEquals(661 + 28 / 29.0, RunData.time("2024-02-29") + 12, 1e-12);
        assertEquals(-1.0, RunData.time("1969-12"));
        // every 7th month of the years 1000 to 9999
        for (long m = (1000 - 1970) * 12; m <= (9999 - 1970) * 12 + 11; m += 7) {
            String text = Fmt.month(m);
            assertEquals(java.time.YearMonth.of(1970, 1).plusMonths(m).toString(), text);
            assertEquals(m, RunData.time(text), text);
        }
    }

    @Test
    void everyDayOfFourHundredYearsIsReadAsJavaTimeReadsIt() {
        for (java.time.LocalDate d = java.time.LocalDate.of(1900, 1, 1); d.getYear() < 2300; d = d.plusDays(1)) {
            double expected = (d.getYear() - 1970) * 12.0 + d.getMonthValue() - 1 + (d.getDayOfMonth() - 1) / (double) d.lengthOfMonth();
            assertEquals(expected, RunData.time(d.toString()), d.toString());
        }
    }

    @Test
    void whatIsNotADateIsRefused() {
        for (String bad : new String[] {"", "2025", "2025-1", "2025-13", "2025-00", "2025-02-29", "2024-02-30", "2025-04-31",
            "2025-01-00", "2025/01", "2025-01-1", "20x5-01", "-025-01", "2025-01-01T00", " 2025-01", "２０２５-01"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunData.time(bad), bad);
            assertEquals("not a date YYYY-MM or YYYY-MM-DD: \"" + bad + "\"", e.getMessage());
        }
    }

    @Test
    void theTimeAxisLabelsWholeMonths() {
        Charts.MonthFormat f = new Charts.MonthFormat();
        assertEquals("2025-03", f.format(662.0));
        assertEquals("2025-03", f.format(661.9999999));
        assertEquals("1969-12", f.format(-1L));
        assertEquals("2026-01", f.format(672L));
    }

    /**
     * A difference is shown to 4 significant digits, however small: a confidence bound of
     * -0.0000368 (vesting-refreshers: an interval wholly below 0, p = 0.047) read "0", as if the
     * interval touched 0, and a tiny positive difference "+0" before that. Zero alone has no sign.
     */
    @org.junit.jupiter.api.Test
    void aSmallDifferenceKeepsItsSignificantDigitsAndZeroHasNoSign() {
        org.junit.jupiter.api.Assertions.assertEquals("+1e-09", ExperimentReport.signed(1e-9));
        org.junit.jupiter.api.Assertions.assertEquals("-0.00003679", ExperimentReport.signed(-0.00003678730213));
        org.junit.jupiter.api.Assertions.assertEquals("-0.0017", ExperimentReport.signed(-0.0017));
        org.junit.jupiter.api.Assertions.assertEquals("+0.0001234", ExperimentReport.signed(0.00012344));
        org.junit.jupiter.api.Assertions.assertEquals("+0.0013", ExperimentReport.signed(0.0013));
        org.junit.jupiter.api.Assertions.assertEquals("+12k", ExperimentReport.signed(12000));
        org.junit.jupiter.api.Assertions.assertEquals("0", ExperimentReport.signed(0));
    }

    /**
     * A p-value is never shown on the other side of 0.05 or 0.01 than it is (0.0496 was shown as
     * 0.050), and a share of replications is 100% or 0% only when it is all or none (0.9967 was
     * shown as 100%): found by a reviewer.
     */
    @Test
    void pValuesAndSharesDoNotCrossWhatTheyAreReadAgainst() {
        assertEquals("0.0496", Fmt.p(0.0495971266));
        assertEquals("0.050", Fmt.p(0.0500));
        assertEquals("0.051", Fmt.p(0.0505));
        assertEquals("0.00996", Fmt.p(0.009961));
        assertEquals("0.032", Fmt.p(0.0321));
        assertEquals("<0.001", Fmt.p(0.0004));
        assertEquals("1.000", Fmt.p(1));
        java.util.Random r = new java.util.Random(5);
        for (int k = 0; k < 100_000; k++) {
            double p = r.nextDouble() * 0.1;
            String s = Fmt.p(p);
            if (!s.startsWith("<")) {
                double shown = Double.parseDouble(s);
                assertEquals(p < 0.05, shown < 0.05, p + " shown " + s);
                assertEquals(p < 0.01, shown < 0.01, p + " shown " + s);
            }
        }
        assertEquals(">99%", Fmt.share(0.9967));
        assertEquals(">99%", Fmt.share(199 / 200.0));
        assertEquals("<1%", Fmt.share(1 / 200.0));
        assertEquals("<0.05", Fmt.p(0.049999999999));
        assertEquals("100%", Fmt.share(1));
        assertEquals("<1%", Fmt.share(0.0033));
        assertEquals("0%", Fmt.share(0));
        assertEquals("99%", Fmt.share(0.99));
        assertEquals("50%", Fmt.share(0.5));
    }

    /** One decimal under 10% (a layoff of 3.54% of the payroll read as 4%), whole percents from there, the ends as share's. */
    @Test
    void aFineShareHasADecimalUnderTenPercent() {
        assertEquals("3.5%", Fmt.shareFine(0.0354));
        assertEquals("9.9%", Fmt.shareFine(0.0994));
        assertEquals("10%", Fmt.shareFine(0.0996));
        assertEquals("12%", Fmt.shareFine(0.123));
        assertEquals("0.4%", Fmt.shareFine(0.004));
        assertEquals("<0.1%", Fmt.shareFine(0.0004));
        assertEquals("0.6%", Fmt.shareFine(0.006));
        assertEquals("\u2013", Fmt.shareFine(Double.NaN));
    }

    /** A share of a mean as precise as it can be read: whole percents from 10%, one decimal from 1%, two digits below. */
    @Test
    void sharesOfTheBaselinesMeanAreNotFalselyPrecise() {
        assertEquals("+910%", Fmt.signedPercent(909.7));
        assertEquals("+91%", Fmt.signedPercent(90.71));
        assertEquals("-10%", Fmt.signedPercent(-10.2));
        assertEquals("-1.6%", Fmt.signedPercent(-1.589));
        assertEquals("+4%", Fmt.signedPercent(4.017 - 0.017));
        assertEquals("-0.45%", Fmt.signedPercent(-0.4494));
        assertEquals("+0.0012%", Fmt.signedPercent(0.001234));
        assertEquals("0%", Fmt.signedPercent(0));
        assertEquals("0%", Fmt.signedPercent(-0.0));
    }
}
