package org.talentsim.policy;

import org.talentsim.scenario.PolicySpec;

/** Built-in acceptance rules. A seeker always takes an offer at or above its reservation pay. */
final class Acceptances {
    private Acceptances() {}

    /** {@code higher-wage}: move when the offer pays strictly more than staying. */
    static AcceptancePolicy higherWage(PolicySpec spec) {
        new Params("acceptance", spec);
        return c -> c.employed() ? c.offerPay() > c.stayPay() : c.offerPay() >= c.stayPay();
    }

    /**
     * {@code utility}: move when {@code ln(offer) + prestige·P_offer − switchingCost > ln(stay) +
     * prestige·P_stay + morale·(m − 0.5)}: prestige attracts, a switching cost holds people back,
     * and low morale pushes them out.
     */
    static AcceptancePolicy utility(PolicySpec spec) {
        Params p = new Params("acceptance", spec, "prestige", "morale", "switchingCost");
        double a = p.nonNegative("prestige", 0.3);
        double b = p.nonNegative("morale", 0.3);
        double cost = p.nonNegative("switchingCost", 0.05);
        return new AcceptancePolicy() {
            @Override
            public boolean accept(Choice c) {
                if (!c.employed()) {
                    return c.offerPay() >= c.stayPay();
                }
                if (!(c.offerPay() > 0) || !(c.stayPay() > 0)) {
                    return c.offerPay() > c.stayPay();
                }
                double m = c.people().morale(c.researcher());
                return Math.log(c.offerPay() / c.stayPay()) + a * (c.offerPrestige() - c.stayPrestige()) - cost
                        > b * (m - 0.5);
            }

            /**
             * {@code offer · exp(prestige·(P_offer − P_stay) − switchingCost − morale·(m − 0.5))}: the
             * stay pay at which the two sides of {@link #accept} are equal (raised by a relative
             * 10⁻⁹ so that rounding cannot tip a tie into a move).
             */
            @Override
            public double retainingPay(Choice c) {
                if (!(c.offerPay() > 0)) {
                    return c.offerPay();
                }
                double m = c.people().morale(c.researcher());
                double x = a * (c.offerPrestige() - c.stayPrestige()) - cost - b * (m - 0.5);
                return c.offerPay() * Math.exp(x) * (1 + 1e-9);
            }
        };
    }
}
