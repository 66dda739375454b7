package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;

/**
 * The quadrature ({@link Numerics#integrate}) against Commons Math's {@code
 * IterativeLegendreGaussIntegrator} (the same scheme with the high-precision rule, used before)
 * and against closed forms: smooth, oscillating and peaked integrands over random intervals, a
 * nested integral (against its closed form), and the failure on an integrand that does not converge.
 */
class NumericsTest {
    private static double commons(UnivariateFunction f, double a, double b) {
        return new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-14).integrate(50_000_000, f, a, b);
    }

    private static void agree(String what, UnivariateFunction f, double a, double b, double exact) {
        double ours = Numerics.integrate(f, a, b);
        double theirs = commons(f, a, b);
        double scale = Math.max(1, Math.abs(exact));
        assertEquals(exact, ours, 1e-11 * scale, what + " on [" + a + ", " + b + "] against the closed form");
        assertEquals(theirs, ours, 1e-12 * scale, what + " on [" + a + ", " + b + "] against Commons Math");
    }

    @Test
    void agreesWithClosedFormsAndCommonsMath() {
        SplittableRandom r = new SplittableRandom(7);
        for (int k = 0; k < 200; k++) {
            double a = r.nextDouble(-3, 3);
            double b = a + r.nextDouble(1e-6, 5);
            agree("x^3", x -> x * x * x, a, b, (Math.pow(b, 4) - Math.pow(a, 4)) / 4);
            agree("exp", Math::exp, a, b, Math.exp(b) - Math.exp(a));
            agree("sin(7x)", x -> Math.sin(7 * x), a, b, (Math.cos(7 * a) - Math.cos(7 * b)) / 7);
            double c = a + r.nextDouble() * (b - a);
            double w = r.nextDouble(0.01, 1);
            agree("a peak", x -> 1 / (w * w + (x - c) * (x - c)), a, b,
                    (Math.atan((b - c) / w) - Math.atan((a - c) / w)) / w);
        }
    }

    @Test
    void aSingularIntegrandFailsAtTheEvaluationCapNotPastIt() {
        long[] calls = {0};
        // x^-0.85 on (0, 1]: integrable, but the composite rule converges far too slowly near 0
        UnivariateFunction f = x -> {
            calls[0]++;
            return Math.pow(x, -0.85);
        };
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Numerics.compositeGauss(f, 0, 1, 100_000));
        assertTrue(e.getMessage().contains("did not converge in 100000 evaluations"), e.getMessage());
        assertTrue(calls[0] <= 100_000, "evaluations: " + calls[0]);
        assertTrue(calls[0] > 10_000, "evaluations: " + calls[0]);
        // Commons Math fails too, at its own maximum
        org.junit.jupiter.api.Assertions.assertThrows(org.apache.commons.math3.exception.TooManyEvaluationsException.class,
                () -> new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-14).integrate(100_000, f, 0, 1));
    }

    @Test
    void nestedIntegralsAndDegenerateIntervals() {
        // ∫0^1 ∫0^y x dx dy = 1/6
        double nested = Numerics.integrate(y -> Numerics.integrate(x -> x, 0, y), 0, 1);
        assertEquals(1.0 / 6, nested, 1e-14);
        assertEquals(0, Numerics.integrate(x -> 1, 2, 2));
        assertEquals(0, Numerics.integrate(x -> 1, 3, 2));
        double b = 1 + 1e-10;
        assertEquals(b - 1, Numerics.integrate(x -> 1, 1, b), 0);   // too short for distinct nodes: the midpoint rule
    }
}
