package org.talentsim.policy;

import org.talentsim.scenario.PolicySpec;

/** Built-in lab strategies. */
final class Strategies {
    private Strategies() {}

    /** {@code static}: budget and premium stay as they are. */
    static LabStrategy fixed(PolicySpec spec) {
        new Params("strategy", spec);
        return s -> LabStrategy.Adjustment.KEEP;
    }

    /** Default of {@code gap-response}'s {@code budgetCap}: the budget at most doubles through the strategy. */
    static final double BUDGET_CAP = 2.0;

    /** {@code gap-response}: see {@link GapResponse}. */
    static LabStrategy gapResponse(PolicySpec spec) {
        Params p = new Params("strategy", spec, "threshold", "premiumStep", "maxPremium", "budgetGrowth", "relax",
                "budgetCap");
        return new GapResponse(p.unit("threshold", 0.15), p.nonNegative("premiumStep", 0.05),
                p.nonNegative("maxPremium", 1.0), p.nonNegative("budgetGrowth", 0.03), p.nonNegative("relax", 0.02),
                p.atLeast("budgetCap", BUDGET_CAP, 1));
    }
}
