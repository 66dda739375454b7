package org.talentsim.theory;

/** Uniform F on [lower, upper] with closed forms (THEORY §2). */
record UniformOffers(double lower, double upper) implements OfferDistribution {

    UniformOffers {
        Require.finite("lower", lower);
        Require.finite("upper", upper);
        Require.below("lower", lower, "upper", upper);
    }

    @Override
    public double cdf(double x) {
        if (!(x > lower)) {
            return 0;
        }
        return x >= upper ? 1 : (x - lower) / (upper - lower);
    }

    @Override
    public double quantile(double q) {
        Require.probability("q", q);
        return lower + q * (upper - lower);
    }

    @Override
    public double survivalIntegral(double from, double to) {
        return antiderivative(to) - antiderivative(from);
    }

    /**
     * {@code S(x) = ∫_lower^x F̄}: x − lower below the support, (x−lower) − (x−lower)²/(2Δ)
     * inside, Δ/2 above.
     */
    private double antiderivative(double x) {
        double width = upper - lower;
        if (x <= lower) {
            return x - lower;
        }
        double y = Math.min(x, upper) - lower;
        return y - y * y / (2 * width);
    }
}
