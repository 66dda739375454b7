package org.talentsim.theory;

import java.util.function.DoubleUnaryOperator;

/**
 * A continuous offer distribution F on a bounded support {@code [lower, upper]}: the law of the
 * productivity p' of the lab behind an outside offer in Postel-Vinay–Robin (THEORY §2).
 * {@link #uniform(double, double)} gives the closed forms of THEORY §2's table;
 * {@link #of(DoubleUnaryOperator, double, double)} takes any continuous CDF and computes
 * quantiles and integrals numerically.
 */
public interface OfferDistribution {

    /**
     * {@return the bottom of the support (F = 0 there)}; in PVR it is b, the reference of a worker
     * hired from unemployment.
     */
    double lower();

    /** {@return the top of the support (F = 1 there)} */
    double upper();

    /**
     * The CDF, 0 below {@link #lower()} and 1 above {@link #upper()}.
     *
     * @param x a productivity
     * @return F(x)
     */
    double cdf(double x);

    /**
     * The inverse CDF.
     *
     * @param q a probability in [0,1]
     * @return x with F(x) = q (unique when F is strictly increasing)
     */
    double quantile(double q);

    /**
     * {@code ∫_from^to F̄(x) dx} with {@code F̄ = 1 − F} (1 below the support, 0 above); the
     * integral in the PVR wage {@code φ(q, p)} (THEORY §2).
     *
     * @param from lower limit
     * @param to upper limit
     * @return the integral (negative when {@code to < from})
     */
    double survivalIntegral(double from, double to);

    /**
     * {@return the survival function F̄(x) = 1 − F(x)}
     *
     * @param x a productivity
     */
    default double survival(double x) {
        return 1 - cdf(x);
    }

    /**
     * Uniform F on {@code [lower, upper]}: {@code F(x) = (x − lower)/(upper − lower)}, with
     * closed-form quantile and {@code ∫F̄} (THEORY §2: b = p_min = 1, F uniform on [1, p_max]).
     *
     * @param lower p_min, finite
     * @param upper p_max, finite, above {@code lower}
     * @return the distribution
     */
    static OfferDistribution uniform(double lower, double upper) {
        return new UniformOffers(lower, upper);
    }

    /**
     * Any continuous CDF given as a function with its support; the quantile is found by root
     * finding and {@code ∫F̄} by Gauss–Legendre quadrature. Values of {@code cdf} outside
     * {@code [lower, upper]} are not used.
     *
     * @param cdf a continuous non-decreasing function with {@code cdf(lower) = 0} and
     *     {@code cdf(upper) = 1} (checked to 1e-9)
     * @param lower bottom of the support, finite
     * @param upper top of the support, finite, above {@code lower}
     * @return the distribution
     */
    static OfferDistribution of(DoubleUnaryOperator cdf, double lower, double upper) {
        return new NumericOffers(cdf, lower, upper);
    }
}
