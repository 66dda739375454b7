package org.talentsim.model;

/**
 * The market pay scale {@code w*(s) = base · s^elasticity}: the going annual pay (USD) for a
 * researcher of skill {@code s}. A convex scale (elasticity above 1) is what makes star packages
 * of tens of millions appear for the few at the top of a log-normal skill distribution.
 *
 * @param base pay at skill 1, USD per year, {@code > 0}
 * @param elasticity {@code d ln w / d ln s}, {@code >= 0}
 */
public record PayScale(double base, double elasticity) {
    public PayScale {
        if (!(base > 0) || Double.isInfinite(base)) {
            throw new IllegalArgumentException("payScale.base must be > 0, was " + base);
        }
        if (!(elasticity >= 0) || Double.isInfinite(elasticity)) {
            throw new IllegalArgumentException("payScale.elasticity must be >= 0, was " + elasticity);
        }
        if (base > Limits.MAX_SALARY) {
            throw new IllegalArgumentException("payScale.base must be at most 1000000000 (the highest annual pay, USD), was " + base);
        }
        if (elasticity > Limits.MAX_ELASTICITY) {
            throw new IllegalArgumentException("payScale.elasticity must be at most 10, was " + elasticity);
        }
    }

    /** Market pay for skill {@code s}. */
    public double wage(double s) {
        return elasticity == 1.0 ? base * s : base * Math.pow(s, elasticity);
    }
}
