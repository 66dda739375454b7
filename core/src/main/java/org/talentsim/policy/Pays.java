package org.talentsim.policy;

import org.talentsim.scenario.PolicySpec;

/** Built-in pay policies: all cash, or equity grants with no, annual or at-risk refreshers. */
final class Pays {
    private Pays() {}

    /** {@code cash}: all pay in cash; an optional sign-on (with claw-back) and buy-out. */
    static PayPolicy cash(PolicySpec spec) {
        Params p = new Params("pay", spec, "signOn", "clawbackMonths", "buyOut");
        PayPolicy.Terms t = terms(p, 0, PayPolicy.Refresh.NONE, 0);
        return () -> t;
    }

    /** {@code equity}: a grant at hire that vests out; no refreshers. */
    static PayPolicy equity(PolicySpec spec) {
        return grant(spec, PayPolicy.Refresh.NONE);
    }

    /** {@code equity-annual}: a grant at hire, topped up at every work anniversary. */
    static PayPolicy annual(PolicySpec spec) {
        return grant(spec, PayPolicy.Refresh.ANNUAL);
    }

    /** {@code equity-at-risk}: a grant at hire, topped up with a counter-offer or when morale is low at an anniversary. */
    static PayPolicy atRisk(PolicySpec spec) {
        return grant(spec, PayPolicy.Refresh.AT_RISK);
    }

    private static PayPolicy grant(PolicySpec spec, PayPolicy.Refresh refresh) {
        Params p = refresh == PayPolicy.Refresh.AT_RISK
                ? new Params("pay", spec, "equity", "years", "cliffMonths", "vestMonths", "signOn", "clawbackMonths",
                        "buyOut", "riskMorale")
                : new Params("pay", spec, "equity", "years", "cliffMonths", "vestMonths", "signOn", "clawbackMonths",
                        "buyOut");
        double equity = p.unit("equity", 0.5);
        double risk = refresh == PayPolicy.Refresh.AT_RISK ? p.unit("riskMorale", 0.35) : 0;
        PayPolicy.Terms t = terms(p, equity, refresh, risk);
        return () -> t;
    }

    private static PayPolicy.Terms terms(Params p, double equity, PayPolicy.Refresh refresh, double risk) {
        double years = equity > 0 ? p.get("years", 4) : 4;
        if (!(years > 0) || Double.isInfinite(years)) {
            throw new IllegalArgumentException("pay policy '" + p.name() + "': years must be > 0, was " + years);
        }
        double cliff = equity > 0 ? p.nonNegative("cliffMonths", 12) : 12;
        double vest = equity > 0 ? p.atLeast("vestMonths", 3, 1) : 3;
        double signOn = p.nonNegative("signOn", 0);
        double buyOut = p.unit("buyOut", equity > 0 ? 1 : 0);
        double claw = p.nonNegative("clawbackMonths", signOn > 0 || buyOut > 0 ? 12 : 0);
        // a signOn (or buyOut) of 0 given outright says there is none on purpose: a sweep's cell
        // without a bonus (signOn=0,0.1,0.2 beside clawbackMonths) was refused (a scenario author's review)
        boolean noneOnPurpose = p.get("signOn", Double.NaN) == 0 || p.get("buyOut", Double.NaN) == 0;
        if (claw > 0 && signOn == 0 && buyOut == 0 && !noneOnPurpose) {
            // it would be accepted and change nothing: there is nothing to claw back
            throw new IllegalArgumentException("pay policy '" + p.name() + "': clawbackMonths applies only with a signOn or a"
                    + " buyOut (what a leaver repays within it), and this policy pays neither (signOn: 0 given outright says"
                    + " so on purpose, as a sweep's cell without one)");
        }
        p.atMost("years", years, PayPolicy.Terms.MAX_YEARS, "years");
        p.atMost("vestMonths", vest, 12, "months");
        if (cliff > 12 * years) {
            boolean given = !Double.isNaN(p.get("cliffMonths", Double.NaN));
            throw new IllegalArgumentException("pay policy '" + p.name() + "': cliffMonths must be at most 12 × years = "
                    + new java.math.BigDecimal(12 * years).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString()
                    + " (the cliff falls within the grant), was " + (given ? cliff : cliff + ", the default: give a shorter cliffMonths"));
        }
        p.atMost("signOn", signOn, 10, "a share of the first year's pay");
        p.atMost("clawbackMonths", claw, 120, "months");
        return new PayPolicy.Terms(equity, years, cliff, vest, signOn, claw, buyOut, refresh, risk);
    }
}
