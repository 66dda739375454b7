package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.talentsim.theory.BurdettMortensenTest.assertMessage;

import org.junit.jupiter.api.Test;

/** Uniform closed forms against the numerical path for any continuous CDF. */
class OfferDistributionTest {
    private static final OfferDistribution UNIFORM = OfferDistribution.uniform(1, 1.5);
    private static final OfferDistribution NUMERIC =
            OfferDistribution.of(x -> (x - 1) / 0.5, 1, 1.5);
    private static final OfferDistribution SQUARE =
            OfferDistribution.of(x -> (x - 1) * (x - 1), 1, 2);

    @Test
    void uniformClosedForms() {
        assertEquals(0, UNIFORM.cdf(0.5), 0);
        assertEquals(0.4, UNIFORM.cdf(1.2), 1e-15);
        assertEquals(1, UNIFORM.cdf(2), 0);
        assertEquals(1.2, UNIFORM.quantile(0.4), 1e-15);
        assertEquals(0.24, UNIFORM.survivalIntegral(1.0, 1.4), 1e-15);
        assertEquals(0.08, UNIFORM.survivalIntegral(1.2, 1.4), 1e-15);
        assertEquals(-0.08, UNIFORM.survivalIntegral(1.4, 1.2), 1e-15);
        assertEquals(0.5 + 0.25, UNIFORM.survivalIntegral(0.5, 3), 1e-15);
    }

    @Test
    void numericMatchesClosedForms() {
        for (double x = 0.8; x <= 1.7; x += 0.05) {
            assertEquals(UNIFORM.cdf(x), NUMERIC.cdf(x), 1e-15);
            for (double y = x; y <= 1.7; y += 0.1) {
                assertEquals(UNIFORM.survivalIntegral(x, y), NUMERIC.survivalIntegral(x, y), 1e-13);
            }
        }
        for (double q = 0; q <= 1; q += 0.05) {
            assertEquals(UNIFORM.quantile(q), NUMERIC.quantile(q), 1e-13);
            assertEquals(1 + Math.sqrt(q), SQUARE.quantile(q), 1e-13);
        }
        assertEquals(1 - 1.0 / 3, SQUARE.survivalIntegral(1, 2), 1e-13);
    }

    @Test
    void messagesNameTheFieldAndTheValue() {
        assertMessage("lower must be < upper (1.0), was 1.0",
                () -> OfferDistribution.uniform(1, 1));
        assertMessage("upper must be finite, was Infinity",
                () -> OfferDistribution.uniform(1, Double.POSITIVE_INFINITY));
        assertMessage("cdf must be given, was null", () -> OfferDistribution.of(null, 0, 1));
        assertMessage("cdf(upper) must be 1, was 0.5",
                () -> OfferDistribution.of(x -> x / 2, 0, 1));
        assertMessage("cdf(lower) must be 0, was 0.5",
                () -> OfferDistribution.of(x -> 0.5 + x / 2, 0, 1));
        assertMessage("q must be in [0,1], was -0.5", () -> UNIFORM.quantile(-0.5));
    }
}
