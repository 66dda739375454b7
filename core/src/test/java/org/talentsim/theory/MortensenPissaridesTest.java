package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentsim.theory.BurdettMortensenTest.assertMessage;

import org.junit.jupiter.api.Test;

/** THEORY §3 table and the Beveridge curve. */
class MortensenPissaridesTest {
    private static final MortensenPissarides MP1 = new MortensenPissarides(0.02, 0.5, 0.5);
    private static final MortensenPissarides MP2 = new MortensenPissarides(0.01, 0.3, 0.5);

    @Test
    void table() {
        assertEquals(0.50000, MP1.jobFinding(1.0), 5e-6);
        assertEquals(0.038462, MP1.unemployment(1.0), 5e-7);
        assertEquals(0.21213, MP2.jobFinding(0.5), 5e-6);
        assertEquals(0.045018, MP2.unemployment(0.5), 5e-7);
    }

    @Test
    void jobFindingIsCappedAtOne() {
        assertEquals(1, MP1.jobFinding(100), 0);
        assertEquals(MP1.s() / (MP1.s() + 1), MP1.unemployment(100), 1e-15);
        assertEquals(0, MP1.jobFinding(0), 0);
        assertEquals(1, MP1.unemployment(0), 0);
    }

    @Test
    void beveridgeCurveSolvesTheSteadyState() {
        for (MortensenPissarides m : new MortensenPissarides[] {MP1, MP2}) {
            for (double theta = 0.05; theta <= 2; theta += 0.05) {
                double u = m.unemployment(theta);
                assertEquals(theta, m.tightness(u), 1e-12);
                assertEquals(theta * u, m.vacancyRate(u), 1e-12);
                assertEquals(u, m.s() / (m.s() + m.jobFinding(m.vacancyRate(u) / u)), 1e-12);
            }
            double previous = Double.POSITIVE_INFINITY;
            for (double u = m.minUnemployment(); u <= 1; u += 0.01) {
                double v = m.vacancyRate(u);
                assertTrue(v < previous, "the Beveridge curve slopes down");
                previous = v;
            }
            assertEquals(0, m.vacancyRate(1), 0);
        }
        assertEquals(1.0 * MP1.unemployment(1.0), MP1.vacancyRate(MP1.unemployment(1.0)), 1e-12);
    }

    @Test
    void matchesAreUnemploymentTimesJobFinding() {
        for (double u = 0.01; u < 0.2; u += 0.01) {
            for (double v = 0.01; v < 0.2; v += 0.01) {
                assertEquals(Math.min(u, 0.5 * Math.sqrt(u * v)), MP1.matches(u, v), 1e-15);
                assertEquals(u * MP1.jobFinding(v / u), MP1.matches(u, v), 1e-15);
            }
        }
        assertEquals(0.01, MP1.matches(0.01, 100), 0);
    }

    @Test
    void parameterMessagesNameTheFieldAndTheValue() {
        assertMessage("s must be in (0,1], was 0.0", () -> new MortensenPissarides(0, 0.5, 0.5));
        assertMessage("a must be > 0 and finite, was -1.0",
                () -> new MortensenPissarides(0.02, -1, 0.5));
        assertMessage("eta must be in [0,1), was 1.0", () -> new MortensenPissarides(0.02, 0.5, 1));
        assertMessage("eta must be in [0,1), was NaN",
                () -> new MortensenPissarides(0.02, 0.5, Double.NaN));
        assertMessage("theta must be >= 0 and finite, was -1.0", () -> MP1.jobFinding(-1));
        assertMessage("u must be in [" + (0.02 / 1.02) + ",1], was 0.01",
                () -> MP1.vacancyRate(0.01));
    }
}
