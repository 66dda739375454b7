package org.talentsim.theory;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Quadrature and root finding (Commons Math 3), at accuracies well below THEORY's 1e-6. */
final class Numerics {
    private static final int POINTS = 16;
    private static final double REL = 1e-13;
    private static final double ABS = 1e-14;
    private static final int MAX_EVAL = 50_000_000;
    /**
     * Iterations (stages after the first two) before one may stop: Commons Math's default minimum
     * of 3, so the earliest answer is the fourth stage.
     */
    private static final int MIN_ITERATIONS = 3;
    /**
     * The 16-point Gauss–Legendre rule on [−1, 1], in double precision (Commons Math's {@code
     * LegendreRuleFactory}: nodes bisected to the last bit). Its high-precision rule, which
     * {@code IterativeLegendreGaussIntegrator} uses, is computed with {@code BigDecimal} arithmetic
     * on first use: in {@code validate}, ~60 ms and ~0.9 s of C2 compilation of {@code
     * java.math}. The nodes agree to an ulp, the weights to a few dozen; every integral the theory
     * takes converges within a few thousand evaluations, and agrees with the high-precision rule's
     * to ~1e-15. (On a singular integrand that needs millions of evaluations the two rules can
     * stop at different stages, or one of them not at all.)
     */
    private static final double[] NODE = new double[POINTS];
    private static final double[] WEIGHT = new double[POINTS];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(POINTS);
        for (int k = 0; k < POINTS; k++) {
            NODE[k] = rule.getPoint(k);
            WEIGHT[k] = rule.getWeight(k);
        }
    }

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
        return compositeGauss(f, a, b);
    }

    /**
     * Iterated composite Gauss–Legendre quadrature: the 16-point rule on n equal parts of [a, b],
     * for n = 1, 2 and then growing by the ratio the last two stages' difference asks for (at most
     * 4×, at least n + 1), until two stages agree within {@code max(ABS, REL·mean |value|)} and at
     * the fourth stage at the earliest (the scheme, and the sums, of Commons Math's {@code
     * IterativeLegendreGaussIntegrator}).
     */
    static double compositeGauss(UnivariateFunction f, double a, double b) {
        return compositeGauss(f, a, b, MAX_EVAL);
    }

    /**
     * As {@link #compositeGauss(UnivariateFunction, double, double)}, failing as soon as a stage
     * would take the evaluations of f past {@code maxEval} (where Commons Math fails, at the
     * evaluation past its maximum, in that stage).
     *
     * @throws IllegalStateException when it does not converge within {@code maxEval} evaluations
     */
    static double compositeGauss(UnivariateFunction f, double a, double b, long maxEval) {
        long evaluations = POINTS;
        double old = stage(f, a, b, 1);
        int n = 2;
        for (int stages = 2; ; stages++) {
            evaluations += (long) POINTS * n;
            if (evaluations > maxEval) {
                throw new IllegalStateException("quadrature on [" + a + ", " + b + "] did not converge in "
                        + maxEval + " evaluations (last stage " + old + ")");
            }
            double t = stage(f, a, b, n);
            double delta = Math.abs(t - old);
            double limit = Math.max(ABS, REL * (Math.abs(old) + Math.abs(t)) * 0.5);
            if (stages - 1 >= MIN_ITERATIONS && delta <= limit) {
                return t;
            }
            double ratio = Math.min(4, Math.pow(delta / limit, 0.5 / POINTS));
            n = Math.max((int) (ratio * n), n + 1);
            old = t;
        }
    }

    /** The rule on each of n equal parts of [a, b], summed (within a part, a compensated sum). */
    private static double stage(UnivariateFunction f, double a, double b, int n) {
        double step = (b - a) / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double lo = a + i * step;
            double hi = lo + step;
            double scale = (hi - lo) / 2;
            double shift = lo + scale;
            double s = 0;
            double c = 0;
            for (int k = 0; k < POINTS; k++) {
                double y = WEIGHT[k] * scale * f.value(NODE[k] * scale + shift) - c;
                double u = s + y;
                c = (u - s) - y;
                s = u;
            }
            sum += s;
        }
        return sum;
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
