package org.talentsim.policy;

/**
 * The built-in {@code gap-response} lab strategy: while the capability gap to the leader exceeds
 * {@code threshold} ("a 15-20% gap decides who lives", STORY S8), raise the offer premium by
 * {@code premiumStep} a month up to {@code maxPremium} and grow the budget by {@code
 * budgetGrowth} a month, but never above {@code budgetCap} times the lab's starting budget (a
 * budget that an event has already raised above that stays where it is; a lab that started
 * without a budget and was given one by an event is not grown); once within half the threshold,
 * let the premium relax by {@code relax} a month.
 *
 * <p>The engine recognises it and applies {@link #premium} and {@link #budget} to each lab
 * directly, without the {@link Situation} and {@link Adjustment} values of a call to {@link
 * #adjust}; both give the same bits.
 *
 * @param threshold the gap above which the lab responds, in [0, 1]
 * @param premiumStep the premium's rise a month, ≥ 0
 * @param maxPremium the largest premium, ≥ 0
 * @param budgetGrowth the budget's growth a month, ≥ 0
 * @param relax the premium's fall a month once the gap is small, ≥ 0
 * @param budgetCap the largest budget as a multiple of the starting budget, ≥ 1
 */
public record GapResponse(double threshold, double premiumStep, double maxPremium, double budgetGrowth,
        double relax, double budgetCap) implements LabStrategy {
    /** Checks the ranges given above (all finite). */
    public GapResponse {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
        }
        nonNegative("premiumStep", premiumStep);
        nonNegative("maxPremium", maxPremium);
        nonNegative("budgetGrowth", budgetGrowth);
        nonNegative("relax", relax);
        if (!(budgetCap >= 1 && budgetCap < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("budgetCap must be >= 1 and finite, was " + budgetCap);
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, was " + v);
        }
    }

    @Override
    public Adjustment adjust(Situation s) {
        double months = s.monthsPerTick();
        return Adjustment.of(budget(s.lab().budget(), s.startBudget(), s.gap(), months),
                premium(s.lab().offerPremium(), s.gap(), months));
    }

    /** The offer premium for the coming tick of a lab with premium {@code premium} and capability gap {@code gap}. */
    public double premium(double premium, double gap, double monthsPerTick) {
        if (gap > threshold) {
            return Math.min(maxPremium, premium + premiumStep * monthsPerTick);
        }
        if (gap < threshold / 2) {
            return Math.max(0, premium - relax * monthsPerTick);
        }
        return premium;
    }

    /** The budget for the coming tick of a lab with budget {@code budget}, starting budget {@code startBudget} and capability gap {@code gap}. */
    public double budget(double budget, double startBudget, double gap, double monthsPerTick) {
        // a lab that started without a budget has no base for the cap: the strategy leaves it
        if (gap > threshold && Double.isFinite(budget) && Double.isFinite(startBudget) && budget < budgetCap * startBudget) {
            return Math.min(budgetCap * startBudget, budget * Math.pow(1 + budgetGrowth, monthsPerTick));
        }
        return budget;
    }
}
