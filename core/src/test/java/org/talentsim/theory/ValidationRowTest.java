package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quantity without sampling error is compared exactly, not by a z that divides by zero. */
class ValidationRowTest {
    @Test
    void aCappedQuantityIsComparedExactly() {
        // validate mp with A = 1.5, theta = 2: f(theta) is capped at 1, so the engine finds 1 with SE 0
        ValidationRow capped = new ValidationRow("MP", "custom", "job finding per month f(theta)", 1.0, 1.0, 0);
        assertEquals(0.0, capped.z());
        assertTrue(capped.pass(), "was FAIL with z NaN");
        ValidationRow off = new ValidationRow("MP", "custom", "f", 1.0, 0.98, 0);
        assertEquals(Double.POSITIVE_INFINITY, off.z());
        assertFalse(off.pass());
        assertFalse(new ValidationRow("MP", "custom", "f", 1.0, Double.NaN, 0).pass());
        assertTrue(new ValidationRow("MP", "custom", "f", 1e6, 1e6 * (1 + 1e-14), 0).pass(), "rounding is not a difference");
        assertTrue(new ValidationRow("BM", "BM1", "u", 0.2, 0.2004, 0.001).pass());
    }

    @Test
    void theEngineAtACappedJobFindingRateGivesExactlyOne() {
        MortensenPissarides m = new MortensenPissarides(0.05, 1.5, 0.5);
        assertEquals(1.0, m.jobFinding(2), 0, "capped");
        List<ValidationRow> rows = Validation.mp("custom", m, 2, TheoryMarkets.Options.of(5_000, 24, 3));
        ValidationRow f = rows.stream().filter(r -> r.quantity().startsWith("job finding")).findFirst().orElseThrow();
        assertEquals(0.0, f.se());
        assertTrue(f.pass(), f.toString());
    }

    /**
     * The p-value beside |z| (an economist's review: "|z| ≤ 5" hides whether the rows look like
     * chance): the normal's two-sided p, Kolmogorov's for the KS row, none without sampling error.
     */
    @Test
    void thePValueIsTheNormalsOrKolmogorovs() {
        assertEquals(0.05, new ValidationRow("BM", "BM1", "u", 0.2, 0.2 + 1.959963985 * 0.001, 0.001).p(), 1e-9);
        assertEquals(0.05, new ValidationRow("BM", "BM1", "u", 0.2, 0.2 - 1.959963985 * 0.001, 0.001).p(), 1e-9);
        assertEquals(1.0, new ValidationRow("BM", "BM1", "u", 0.2, 0.2, 0.001).p(), 0);
        assertEquals(5.733e-7, new ValidationRow("BM", "BM1", "u", 0, 5, 1).p(), 1e-10, "the 5-SE rule's own rate");
        // Kolmogorov's distribution at its textbook quantiles: P(K > 1.3581) = 0.05, P(K > 1.6276) = 0.01
        assertEquals(0.05, ks(1.3581).p(), 1e-4);
        assertEquals(0.01, ks(1.6276).p(), 1e-4);
        assertEquals(0.498, ks(0.828709).p(), 1e-3, "BM1's row of the standard suite");
        assertEquals(1.0, ks(0.05).p(), 0);
        assertEquals(1.037e-6, ks(2.69).p(), 1e-9, "the KS row's bound: a rate near the 5-SE rule's (5.7e-7)");
        // the KS row's p is not the normal's of its z (0.829 / 0.538 = 1.54, whose normal p is 0.12)
        assertTrue(Math.abs(ks(0.828709).p() - org.apache.commons.math3.special.Erf.erfc(1.54 / Math.sqrt(2))) > 0.3);
        // an exact comparison has no p (a reviewer found 1.000 beside a row the spread line left out)
        assertTrue(Double.isNaN(new ValidationRow("MP", "custom", "f", 1.0, 1.0, 0).p()));
        assertTrue(Double.isNaN(new ValidationRow("MP", "custom", "f", 1.0, 0.98, 0).p()));
        assertTrue(Double.isNaN(new ValidationRow("MP", "custom", "f", 1.0, Double.NaN, 0.1).p()));
        // the two series agree where one hands over to the other
        assertEquals(ValidationRow.kolmogorovSurvival(1), ValidationRow.kolmogorovSurvival(1 - 1e-12), 1e-10);
        // Kolmogorov's survival is a decreasing function from 1 to 0
        double last = 1;
        for (double x = 0.05; x < 4; x += 0.01) {
            double q = ValidationRow.kolmogorovSurvival(x);
            assertTrue(q <= last && q >= 0, x + ": " + q);
            last = q;
        }
    }

    private static ValidationRow ks(double statistic) {
        return new ValidationRow("BM", "BM1", ValidationRow.KS_QUANTITY, 0, statistic, Validation.KS_BOUND / ValidationRow.Z_MAX);
    }
}
