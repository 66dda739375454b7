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

    /**
     * {@code gap-response}: while the capability gap to the leader exceeds {@code threshold}
     * ("a 15-20% gap decides who lives", STORY S8), raise the offer premium by {@code
     * premiumStep} a month up to {@code maxPremium} and grow the budget by {@code budgetGrowth} a
     * month, but never above {@code budgetCap} times the lab's starting budget (a budget that an
     * event has already raised above that stays where it is; a lab that started without a budget
     * and was given one by an event is not grown); once within half the threshold, let the
     * premium relax by {@code relax} a month.
     */
    static LabStrategy gapResponse(PolicySpec spec) {
        Params p = new Params("strategy", spec, "threshold", "premiumStep", "maxPremium", "budgetGrowth", "relax",
                "budgetCap");
        double threshold = p.unit("threshold", 0.15);
        double step = p.nonNegative("premiumStep", 0.05);
        double max = p.nonNegative("maxPremium", 1.0);
        double growth = p.nonNegative("budgetGrowth", 0.03);
        double relax = p.nonNegative("relax", 0.02);
        double cap = p.atLeast("budgetCap", BUDGET_CAP, 1);
        return s -> {
            double months = s.monthsPerTick();
            double premium = s.lab().offerPremium();
            double budget = s.lab().budget();
            if (s.gap() > threshold) {
                premium = Math.min(max, premium + step * months);
                // a lab that started without a budget has no base for the cap: the strategy leaves it
                if (Double.isFinite(budget) && Double.isFinite(s.startBudget()) && budget < cap * s.startBudget()) {
                    budget = Math.min(cap * s.startBudget(), budget * Math.pow(1 + growth, months));
                }
            } else if (s.gap() < threshold / 2) {
                premium = Math.max(0, premium - relax * months);
            }
            return LabStrategy.Adjustment.of(budget, premium);
        };
    }
}
