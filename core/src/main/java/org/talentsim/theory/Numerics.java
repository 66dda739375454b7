package org.talentsim.theory;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Quadrature and root finding (Commons Math 3), at accuracies well below THEORY's 1e-6. */
final class Numerics {
    private static final int POINTS = 16;
    private static final double REL = 1e-13;
    private static final double ABS = 1e-14;
    private static final int MAX_EVAL = 50_000_000;

    private Numerics() {
    }

    /**
     * {@code ∫_a^b f}, 0 when {@code b <= a}; adaptive composite Gauss–Legendre, or the midpoint
     * rule on an interval too short for distinct Gauss nodes.
     */
    static double integrate(UnivariateFunction f, double a, double b) {
        if (!(b > a)) {
            return 0;
        }
        if (b - a <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
            return (b - a) * f.value(0.5 * (a + b));
        }
        return new IterativeLegendreGaussIntegrator(POINTS, REL, ABS).integrate(MAX_EVAL, f, a, b);
    }

    /**
     * The root of a non-decreasing f on [a, b] by Brent's method; a when {@code f(a) >= 0}, b when
     * {@code f(b) <= 0}.
     */
    static double rootOfIncreasing(UnivariateFunction f, double a, double b) {
        if (f.value(a) >= 0) {
            return a;
        }
        if (f.value(b) <= 0) {
            return b;
        }
        return new BrentSolver(1e-15, 1e-14).solve(MAX_EVAL, f, a, b);
    }
}
