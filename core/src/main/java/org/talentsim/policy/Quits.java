package org.talentsim.policy;

import org.talentsim.scenario.PolicySpec;

/** Built-in quit hazards. */
final class Quits {
    private Quits() {}

    /** {@code none}: no quits beyond the exogenous separation rate. */
    static QuitPolicy none(PolicySpec spec) {
        new Params("quits", spec);
        return NoQuits.INSTANCE;
    }

    /**
     * {@code morale}: {@code h = base·(1 + pay·gap) + morale·max(0, reference − m)} per month
     * (THEORY §5: quits respond to pay below peers, not above; and rise as morale falls).
     */
    static QuitPolicy morale(PolicySpec spec) {
        Params p = new Params("quits", spec, "base", "pay", "morale", "reference");
        double base = p.unit("base", 0.004);
        double pay = p.nonNegative("pay", 5.0);
        double moraleW = p.nonNegative("morale", 0.05);
        double ref = p.unit("reference", 0.6);
        return new MoraleQuits(base, pay, moraleW, ref);
    }
}
