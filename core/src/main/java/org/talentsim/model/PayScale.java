package org.talentsim.model;

/**
 * The market pay scale {@code w*(s) = max(floor, base · s^elasticity)}: the going annual pay (USD)
 * for a researcher of skill {@code s}. A convex scale (elasticity above 1) is what makes star
 * packages of tens of millions appear for the few at the top of a log-normal skill distribution;
 * the floor is the least going pay for any skill (an entry-level pay band: without it the bottom
 * of the same distribution was paid $12k a year), 0 for none. It bounds {@code w*(s)}, not what
 * each researcher is paid: a team's drawn pay is {@code payLevel · w*(s)} with its noise, so below
 * the floor at a pay level under 1 or a low draw (docs/MODEL.md).
 *
 * @param base pay at skill 1, USD per year, {@code > 0}
 * @param elasticity {@code d ln w / d ln s}, {@code >= 0}
 * @param floor the least market pay, USD per year, in [0, 10⁹] (at or above {@code base}, a
 *     scale flat up to the skill where {@code base · s^elasticity} reaches it)
 */
public record PayScale(double base, double elasticity, double floor) {
    /**
     * Checks that {@code base} is above 0 and at most 10⁹ USD a year ({@link Limits#MAX_SALARY}),
     * {@code elasticity} in [0, 10] ({@link Limits#MAX_ELASTICITY}) and {@code floor} in [0, 10⁹];
     * throws IllegalArgumentException naming the field otherwise.
     */
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
        if (!(floor >= 0) || !(floor <= Limits.MAX_SALARY)) {
            throw new IllegalArgumentException("payScale.floor must be in [0, 1000000000] (the highest annual pay, USD), was " + floor);
        }
    }

    /** A pay scale without a floor. */
    public PayScale(double base, double elasticity) {
        this(base, elasticity, 0);
    }

    /**
     * The decimal places beyond cents of the unit in which a market with pay scale base
     * {@code base} adds up money, when the highest pay its scenario names is {@code top}
     * (docs/MODEL.md §7.2, "Money unit"): {@code j = ⌊log₁₀(3,000 / base)⌋}, 0 above a base of 300
     * and at most 10, lowered while {@code 10⁹ / 10ʲ} (the pay cap of that unit) is below
     * {@code top}.
     */
    public static int moneyDigits(double base, double top) {
        int j = 0;
        if (base < 3_000) {
            j = (int) Math.min(MAX_MONEY_DIGITS, Math.floor(Math.log10(3_000 / base)));
        }
        j = Math.max(0, j);
        double cap = Limits.MAX_SALARY / Math.pow(10, j);
        while (j > 0 && !(top <= cap)) {
            j--;
            cap = Limits.MAX_SALARY / Math.pow(10, j);
        }
        return j;
    }

    /** The most decimal places beyond cents in which a market counts money. */
    public static final int MAX_MONEY_DIGITS = 10;

    /**
     * The fewest money units a pay of the base must count: below it a market's payrolls and mean
     * salaries would lose the pay near the base to rounding, so a scenario whose base is that
     * small next to the highest pay it names is refused.
     */
    public static final double MIN_UNITS_AT_BASE = 10_000;

    /** Market pay for skill {@code s}: {@code max(floor, base · s^elasticity)}. */
    public double wage(double s) {
        double w = elasticity == 1.0 ? base * s : base * Math.pow(s, elasticity);
        return w < floor ? floor : w;
    }

    // written out as the record's own (RecordsTest): the generated ones build method handles on
    // first use, a cost each fresh JVM pays in reading a scenario (docs/REPORT.md, "Speed")
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PayScale o
                && Double.compare(base, o.base) == 0
                && Double.compare(elasticity, o.elasticity) == 0
                && Double.compare(floor, o.floor) == 0;
    }

    @Override
    public int hashCode() {
        int h = Double.hashCode(base);
        h = 31 * h + Double.hashCode(elasticity);
        h = 31 * h + Double.hashCode(floor);
        return h;
    }
}
