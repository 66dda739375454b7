package org.talentsim.policy;

import java.util.function.DoubleBinaryOperator;
import org.talentsim.scenario.PolicySpec;

/** Built-in offer pricing rules. */
final class Offers {
    private Offers() {}

    /** {@code posted}: the lab's posted wage, whoever the researcher (Burdett–Mortensen). */
    static OfferPolicy posted(PolicySpec spec) {
        new Params("offer", spec);
        return new OfferPolicy() {
            @Override
            public double price(Quote q) {
                return q.lab().postedWage();
            }

            @Override
            public boolean needsPostedWage() {
                return true;
            }
        };
    }

    /**
     * {@code bertrand}: bid up to the valuation; the winner pays {@code q − c·∫_q^p F̄(x) dx} where
     * q is the loser's valuation (the rival bid) and p the winner's, with F uniform on [{@code
     * low}, {@code high}] and {@code c = optionValue}. With c = 0 (the default) that is pure
     * Bertrand, the rival's bid; with c = β·λ1/(1 − β(1 − δ)) it is the Postel-Vinay–Robin wage
     * φ(q, p), workers accepting less now for better offers later.
     */
    static OfferPolicy bertrand(PolicySpec spec) {
        Params p = new Params("offer", spec, "optionValue", "low", "high");
        double c = p.nonNegative("optionValue", 0);
        double low = p.get("low", 0);
        double high = p.get("high", 1);
        if (c > 0 && !(high > low)) {
            throw new IllegalArgumentException("offer policy 'bertrand': high must be > low, was " + high + " <= " + low);
        }
        if (c == 0) {
            return bertrand((rival, valuation) -> rival);
        }
        double width = high - low;
        return bertrand((q, v) -> {
            double a = Math.max(low, Math.min(high, q));
            double b = Math.max(low, Math.min(high, v));
            double below = Math.max(0, Math.min(v, low) - q);
            double integral = below + ((high - a) * (high - a) - (high - b) * (high - b)) / (2 * width);
            return q - c * integral;
        });
    }

    static OfferPolicy bertrand(DoubleBinaryOperator rule) {
        return new OfferPolicy() {
            @Override
            public double price(Quote q) {
                return rule.applyAsDouble(q.rival(), q.valuation());
            }

            @Override
            public boolean bidsUpToValuation() {
                return true;
            }
        };
    }

    /**
     * {@code premium}: current pay times {@code 1 + premium + the lab's strategic premium}, and
     * never below the team's pay level times market pay; a seeker is offered the team's pay. With
     * {@code cap} (USD a year) no offer is above it: the most the lab pays anyone.
     */
    static OfferPolicy premium(PolicySpec spec) {
        Params p = new Params("offer", spec, "premium", "cap");
        double premium = p.nonNegative("premium", 0.2);
        double cap = cap(p);
        return capped(q -> premiumPrice(q, premium), cap);
    }

    /** {@code rule}'s prices, at most {@code cap}, which it reports as its {@link OfferPolicy#payCap}. */
    private static OfferPolicy capped(OfferPolicy rule, double cap) {
        if (cap == Double.POSITIVE_INFINITY) {
            return rule;
        }
        return new OfferPolicy() {
            @Override
            public double price(Quote q) {
                return Math.min(cap, rule.price(q));
            }

            @Override
            public double payCap() {
                return cap;
            }
        };
    }

    /**
     * A pricing rule's {@code cap}: the largest annual pay the lab pays anyone (a package's annual value),
     * positive; none (infinite) when not given. An offer the cap holds below what the researcher
     * needs fails as any offer too low does; the engine holds the lab's counter-offers and raises
     * to it too ({@link OfferPolicy#payCap}).
     */
    private static double cap(Params p) {
        if (!p.has("cap")) {
            return Double.POSITIVE_INFINITY;
        }
        double cap = p.get("cap", Double.NaN);
        if (!(cap > 0)) {
            throw new IllegalArgumentException("offer policy '" + p.name() + "': cap (the most the lab pays anyone a year, USD)"
                    + " must be > 0, was " + Params.shown(cap));
        }
        return p.atMost("cap", cap, org.talentsim.model.Limits.MAX_SALARY, "the highest annual pay, USD");
    }

    static double premiumPrice(OfferPolicy.Quote q, double premium) {
        double going = q.team().payLevel() * q.marketPay() * (1 + q.lab().offerPremium());
        if (!q.employed()) {
            return Math.max(q.rival(), going);
        }
        return Math.max(q.currentPay() * (1 + premium + q.lab().offerPremium()), going);
    }

    /**
     * {@code star}: like {@code premium}, but a researcher whose visibility reaches {@code
     * threshold} is offered at least {@code share} of the lab's valuation: the star package; with
     * {@code cap}, never above it.
     */
    static OfferPolicy star(PolicySpec spec) {
        Params p = new Params("offer", spec, "premium", "threshold", "share", "cap");
        double premium = p.nonNegative("premium", 0.2);
        double threshold = p.unit("threshold", 0.6);
        double share = p.unit("share", 0.8);
        double cap = cap(p);
        return capped(q -> {
            double base = premiumPrice(q, premium);
            if (q.people().visibility(q.researcher()) >= threshold) {
                return Math.max(base, share * q.valuation());
            }
            return base;
        }, cap);
    }
}
