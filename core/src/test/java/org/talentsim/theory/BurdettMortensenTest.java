package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** THEORY §1 table and check V5, from the closed forms alone. */
class BurdettMortensenTest {
    /** Half a unit in the last printed place of a 6-decimal number. */
    private static final double SIX = 5e-7;

    private static final BurdettMortensen BM1 = new BurdettMortensen(0.02, 0.10, 0.10, 0.5, 1.0);
    private static final BurdettMortensen BM2 = new BurdettMortensen(0.01, 0.20, 0.05, 0.3, 1.0);
    private static final double[] QS = {0.10, 0.25, 0.50, 0.75, 0.90};

    @Test
    void bm1Table() {
        assertEquals(5, BM1.kappa(), 1e-12);
        assertEquals(0.166667, BM1.unemployment(), SIX);
        assertEquals(0.500000, BM1.reservationWage(), SIX);
        assertEquals(0.986111, BM1.maxWage(), SIX);
        assertEquals(0.800926, BM1.meanOffered(), SIX);
        assertEquals(0.916667, BM1.meanEarned(), SIX);
        assertEquals(0.098209, BM1.sdEarned(), SIX);
        assertQuantiles(BM1, 0.777778, 0.901235, 0.959184, 0.977839, 0.983471);
        assertEquals(0.023002, BM1.jobToJobRate(), SIX);
        assertEquals(0.534908, BM1.jobToJobShare(), SIX);
        assertEquals(342, BM1.burnInPeriods(1e-3));
    }

    @Test
    void bm2Table() {
        assertEquals(5, BM2.kappa(), 1e-12);
        assertEquals(0.047619, BM2.unemployment(), SIX);
        assertEquals(0.772973, BM2.reservationWage(), SIX);
        assertEquals(0.993694, BM2.maxWage(), SIX);
        assertEquals(0.909610, BM2.meanOffered(), SIX);
        assertEquals(0.962162, BM2.meanEarned(), SIX);
        assertEquals(0.044592, BM2.sdEarned(), SIX);
        assertQuantiles(BM2, 0.899099, 0.955155, 0.981467, 0.989938, 0.992495);
        assertEquals(0.011501, BM2.jobToJobRate(), SIX);
        assertEquals(0.534908, BM2.jobToJobShare(), SIX);
        assertEquals(688, BM2.burnInPeriods(1e-3));
    }

    private static void assertQuantiles(BurdettMortensen m, double... expected) {
        for (int i = 0; i < QS.length; i++) {
            assertEquals(expected[i], m.earnedQuantile(QS[i]), SIX, "G quantile " + QS[i]);
            assertEquals(expected[i], m.drawEarned(QS[i]), SIX, "G draw at U = " + QS[i]);
            assertEquals(QS[i], m.earnedCdf(m.earnedQuantile(QS[i])), 1e-12);
        }
    }

    @Test
    void burnInIsTheLeastPeriodBelowTolerance() {
        for (BurdettMortensen m : new BurdettMortensen[] {BM1, BM2}) {
            int t = m.burnInPeriods(1e-3);
            assertTrue(Math.pow(1 - m.d(), t) <= 1e-3);
            assertTrue(Math.pow(1 - m.d(), t - 1) > 1e-3);
        }
    }

    @Test
    void meansAndSdAgreeWithQuadratureOfTheQuantileFunctions() {
        for (BurdettMortensen m : new BurdettMortensen[] {BM1, BM2}) {
            double meanF = simpson(m::offerQuantile, 1);
            double meanG = simpson(m::earnedQuantile, 1);
            double varG = simpson(q -> Math.pow(m.earnedQuantile(q) - meanG, 2), 1);
            assertEquals(m.meanOffered(), meanF, 1e-10);
            assertEquals(m.meanEarned(), meanG, 1e-10);
            assertEquals(m.sdEarned(), Math.sqrt(varG), 1e-10);
        }
    }

    /** V5: R, w̄, F(R) = 0, F(w̄) = 1 and equal profit (p − w)·ℓ(w) over a grid of [R, w̄]. */
    @Test
    void v5EqualProfit() {
        for (BurdettMortensen m : new BurdettMortensen[] {BM1, BM2}) {
            double r = m.reservationWage();
            double top = m.maxWage();
            double k = m.kappa();
            double s0 = m.d() / (m.d() + m.l1());
            assertEquals(m.p() - s0 * s0 * (m.p() - r), top, 1e-9);
            assertEquals(0, m.offerCdf(r), 1e-9);
            assertEquals(1, m.offerCdf(Math.nextDown(top)), 1e-9);
            assertEquals(1, m.offerCdf(top), 1e-9);
            assertEquals(1, m.earnedCdf(Math.nextDown(top)), 1e-9);
            double profit = (m.p() - r) * m.labSize(r);
            assertEquals((m.p() - r) * (1 - m.unemployment()) / (1 + k), profit, 1e-12);
            for (int i = 0; i <= 1000; i++) {
                double w = r + (top - r) * i / 1000.0;
                assertEquals(profit, (m.p() - w) * m.labSize(w), 1e-9, "profit at w = " + w);
            }
        }
        assertEquals(BM1.b(), BM1.reservationWage(), 1e-15, "R = b when l0 = l1");
    }

    @Test
    void densityIsTheDerivativeOfF() {
        double r = BM2.reservationWage();
        double top = BM2.maxWage();
        for (int i = 1; i < 50; i++) {
            double w = r + (top - r) * i / 50.0;
            double h = 1e-6;
            double slope = (BM2.offerCdf(w + h) - BM2.offerCdf(w - h)) / (2 * h);
            assertEquals(slope, BM2.offerDensity(w), 1e-6 * BM2.offerDensity(w));
        }
        assertEquals(0, BM2.offerDensity(r - 0.01));
        assertEquals(0, BM2.offerDensity(top + 0.001));
    }

    @Test
    void offerDrawsMapUniformsToTheClosedFormQuantile() {
        for (BurdettMortensen m : new BurdettMortensen[] {BM1, BM2}) {
            double r = m.reservationWage();
            for (double u = 0; u <= 1; u += 0.05) {
                double s = 1 - u * m.l1() / (m.d() + m.l1());
                assertEquals(m.p() - (m.p() - r) * s * s, m.drawOffer(u), 1e-14);
                assertEquals(u, m.offerCdf(m.drawOffer(u)), 1e-12);
                double g = m.d() / (m.d() + u * m.l1());
                assertEquals(m.p() - (m.p() - r) * g * g, m.drawEarned(u), 1e-14);
            }
            assertEquals(r, m.drawOffer(0), 1e-15);
            assertEquals(m.maxWage(), m.drawOffer(1), 1e-15);
            assertEquals(m.maxWage(), m.drawEarned(1), 1e-15);
        }
    }

    @Test
    void earnedCdfOfTheEquilibriumOfferCdfIsTheClosedForm() {
        DoubleUnaryOperator f = BM2::offerCdf;
        for (int i = 0; i <= 100; i++) {
            double w = 0.7 + 0.3 * i / 100.0;
            assertEquals(BM2.earnedCdf(w), BM2.earnedCdf(f, w), 1e-15);
        }
    }

    @Test
    void earnedCdfOfANonEquilibriumOfferCdfIsAValidCdf() {
        DoubleUnaryOperator uniform = w -> Math.min(1, Math.max(0, (w - 0.5) / 0.5));
        double previous = -1;
        for (int i = 0; i <= 1000; i++) {
            double w = 0.4 + 0.7 * i / 1000.0;
            double g = BM1.earnedCdf(uniform, w);
            assertTrue(g >= previous, "G must not decrease");
            assertTrue(g <= uniform.applyAsDouble(w) + 1e-15, "earned wages dominate offers");
            previous = g;
        }
        assertEquals(0, BM1.earnedCdf(uniform, 0.5), 0);
        assertEquals(1, BM1.earnedCdf(uniform, 1.0), 0);
        assertEquals(0.5 / (1 + 5 * 0.5), BM1.earnedCdf(uniform, 0.75), 1e-15);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BM1.earnedCdf(w -> 1.5, 0.7));
        assertEquals("offerCdf(0.7) must be in [0,1], was 1.5", e.getMessage());
    }

    /** THEORY §1 item 4: lab sizes by wage rank sum to the employed and tend to a (1+κ)² spread. */
    @Test
    void labSizeByWageRank() {
        int labs = 100;
        double workers = 100_000;
        double k = BM1.kappa();
        double total = 0;
        for (int j = 1; j <= labs; j++) {
            double expected = workers * (1 - BM1.unemployment()) * (1 + k)
                    / (labs * (1 + k * (labs - j) / labs) * (1 + k * (labs - j + 1) / labs));
            assertEquals(expected, BM1.expectedLabSize(j, labs, workers), 1e-9);
            total += BM1.expectedLabSize(j, labs, workers);
        }
        assertEquals(workers * (1 - BM1.unemployment()), total, 1e-7);
        int many = 100_000;
        double ratio = BM1.expectedLabSize(many, many, 1) / BM1.expectedLabSize(1, many, 1);
        assertEquals((1 + k) * (1 + k), ratio, 1e-2);
        assertThrows(IllegalArgumentException.class, () -> BM1.expectedLabSize(0, labs, workers));
        assertThrows(IllegalArgumentException.class, () -> BM1.expectedLabSize(101, labs, workers));
    }

    @Test
    void parameterMessagesNameTheFieldAndTheValue() {
        assertMessage("d must be in (0,1], was -0.1",
                () -> new BurdettMortensen(-0.1, 0.1, 0.1, 0.5, 1));
        assertMessage("d must be in (0,1], was NaN",
                () -> new BurdettMortensen(Double.NaN, 0.1, 0.1, 0.5, 1));
        assertMessage("l0 must be in [0,1], was 1.5",
                () -> new BurdettMortensen(0.02, 1.5, 0.1, 0.5, 1));
        assertMessage("l1 must be in (0,1], was 0.0",
                () -> new BurdettMortensen(0.02, 0.1, 0, 0.5, 1));
        assertMessage("(d + l1) must be <= 1, was 1.2",
                () -> new BurdettMortensen(0.2, 0.1, 1.0, 0.5, 1));
        assertMessage("b must be finite, was NaN",
                () -> new BurdettMortensen(0.02, 0.1, 0.1, Double.NaN, 1));
        assertMessage("b must be < p (1.0), was 1.2",
                () -> new BurdettMortensen(0.02, 0.1, 0.1, 1.2, 1));
        assertMessage("q must be in [0,1], was 1.1", () -> BM1.earnedQuantile(1.1));
        assertMessage("tol must be in (0,1), was 0.0", () -> BM1.burnInPeriods(0));
        // NaN gave 0, and a lab size of 0.046 (an economist's review)
        assertMessage("w must be a number, was NaN", () -> BM1.offerCdf(Double.NaN));
        assertMessage("w must be a number, was NaN", () -> BM1.earnedCdf(Double.NaN));
        assertMessage("w must be a number, was NaN", () -> BM1.offerDensity(Double.NaN));
        assertMessage("w must be a number, was NaN", () -> BM1.labSize(Double.NaN));
        assertEquals(1, BM1.offerCdf(Double.POSITIVE_INFINITY), "beyond the support: 1");
        assertEquals(0, BM1.offerCdf(Double.NEGATIVE_INFINITY), "below it: 0");
    }

    /** A burn-in beyond an int (a tiny d) is refused at once: the count wrapped and the method never returned. */
    @Test
    void aBurnInBeyondAnIntIsRefusedNotLoopedOn() {
        BurdettMortensen slow = new BurdettMortensen(1e-9, 0.1, 0.05, 0, 1);
        IllegalArgumentException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(IllegalArgumentException.class, () -> slow.burnInPeriods(1e-3)));
        assertTrue(e.getMessage().contains("more than an int holds"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new BurdettMortensen(1e-7, 0.1, 0.05, 0, 1).burnInPeriods(1e-300));
        assertEquals(342, BM1.burnInPeriods(1e-3), "THEORY's table");
        // the largest that fits is still counted
        int t = new BurdettMortensen(1e-8, 0.1, 0.05, 0, 1).burnInPeriods(1e-3);
        assertTrue(t > 690_000_000 && t < 691_000_000, "~6.9e8: " + t);
    }

    static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertEquals(expected, e.getMessage());
    }

    /** Composite Simpson on [0, hi] with 20,000 panels. */
    static double simpson(DoubleUnaryOperator f, double hi) {
        int n = 20_000;
        double h = hi / n;
        double sum = f.applyAsDouble(0) + f.applyAsDouble(hi);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(i * h);
        }
        return sum * h / 3;
    }
}
