package org.talentsim.theory;

import java.util.function.DoubleUnaryOperator;

/** Any continuous CDF on [lower, upper]; quantile and ∫F̄ computed numerically. */
record NumericOffers(DoubleUnaryOperator function, double lower, double upper)
        implements OfferDistribution {

    NumericOffers {
        Require.present("cdf", function);
        Require.finite("lower", lower);
        Require.finite("upper", upper);
        Require.below("lower", lower, "upper", upper);
        double atLower = function.applyAsDouble(lower);
        if (!(Math.abs(atLower) <= 1e-9)) {
            throw new IllegalArgumentException("cdf(lower) must be 0, was " + atLower);
        }
        double atUpper = function.applyAsDouble(upper);
        if (!(Math.abs(atUpper - 1) <= 1e-9)) {
            throw new IllegalArgumentException("cdf(upper) must be 1, was " + atUpper);
        }
    }

    @Override
    public double cdf(double x) {
        if (!(x > lower)) {
            return 0;
        }
        if (x >= upper) {
            return 1;
        }
        return Math.min(1, Math.max(0, function.applyAsDouble(x)));
    }

    @Override
    public double quantile(double q) {
        Require.probability("q", q);
        if (q == 0) {
            return lower;
        }
        if (q == 1) {
            return upper;
        }
        return Numerics.rootOfIncreasing(x -> cdf(x) - q, lower, upper);
    }

    @Override
    public double survivalIntegral(double from, double to) {
        if (to < from) {
            return -survivalIntegral(to, from);
        }
        double below = Math.max(0, Math.min(to, lower) - from);
        double a = Math.max(from, lower);
        double b = Math.min(to, upper);
        return below + Numerics.integrate(this::survival, a, b);
    }
}
