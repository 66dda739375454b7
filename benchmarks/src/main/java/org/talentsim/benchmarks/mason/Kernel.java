package org.talentsim.benchmarks.mason;

/**
 * The parameters of the market kernel that both engines run in the MASON comparison: one record,
 * read by {@code Markets.kernel} to build the talentsim scenario and by {@link MasonMarket} to
 * drive the MASON model, so the two cannot drift apart. Rates are per month (one tick).
 *
 * @param separation exogenous separation probability per tick (δ)
 * @param offersEmployed outside-offer probability per tick of an employed researcher of average visibility (λ1)
 * @param offersSeeking offer probability per tick of a seeker (λ0)
 * @param visibilityGain g: offer probabilities scale by {@code (1 + g·v)/(1 + g/2)}
 * @param unemploymentValue b: the lowest pay a seeker takes
 * @param reservationShare a seeker takes no less than this share of its last pay
 * @param offSpecialty valuation multiplier outside the team's focus
 * @param wageBase market pay at skill 1 (USD/year)
 * @param wageElasticity {@code w*(s) = base·s^elasticity}
 * @param premium the poacher offers current pay × (1 + premium), at least the team's going rate
 * @param matchUpTo the incumbent matches up to this share of its valuation
 * @param prestigeWeight utility acceptance: weight of the lab's prestige
 * @param moraleWeight utility acceptance: weight of morale (low morale pushes people out)
 * @param switchingCost utility acceptance: log-pay cost of moving
 * @param moraleBase morale target with pay at or above the lab's median
 * @param moralePay morale target falls by this times {@code ln(median / pay)} below the median
 * @param moraleSpeed share of the distance to the target closed per month
 * @param quitBase quit hazard per month at the reference morale and no pay gap
 * @param quitPay quit hazard multiplier per unit of pay gap
 * @param quitMorale quit hazard per unit of morale below the reference
 * @param quitReference morale below which quits rise
 * @param openingsShare team targets are {@code (1 + openingsShare) × headcount}
 * @param poolShare share of the population starting in the pool
 * @param hiringCapacity a team hires at most this share of its planned size (the larger of
 *     headcount and target) a tick, at least one; its offers are drawn in proportion to that quota
 */
public record Kernel(double separation, double offersEmployed, double offersSeeking, double visibilityGain,
        double unemploymentValue, double reservationShare, double offSpecialty, double wageBase,
        double wageElasticity, double premium, double matchUpTo, double prestigeWeight, double moraleWeight,
        double switchingCost, double moraleBase, double moralePay, double moraleSpeed, double quitBase,
        double quitPay, double quitMorale, double quitReference, double openingsShare, double poolShare,
        double hiringCapacity) {

    /** The talentsim defaults (MarketSpec.DEFAULT and the built-in policies' defaults), monthly. */
    public static final Kernel DEFAULT = new Kernel(0.04 / 12, 0.60 / 12, 3.0 / 12, 4.0, 0, 0.7, 0.8,
            300_000, 1.8, 0.2, 1.0, 0.3, 0.3, 0.05, 0.75, 0.5, 0.25, 0.004, 5.0, 0.05, 0.6, 0.10, 0.10, 0.05);

    /** Market pay for skill {@code s}. */
    public double wage(double s) {
        return wageBase * Math.pow(s, wageElasticity);
    }

    /** The offer-probability multiplier of visibility {@code v}. */
    public double visibilityFactor(double v) {
        return (1 + visibilityGain * v) / (1 + visibilityGain / 2);
    }

    /** Quit hazard per month at morale {@code m} and pay gap {@code gap = max(0, ln(median / pay))}. */
    public double quitHazard(double m, double gap) {
        return quitBase * (1 + quitPay * gap) + quitMorale * Math.max(0, quitReference - m);
    }
}
