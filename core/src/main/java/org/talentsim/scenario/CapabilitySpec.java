package org.talentsim.scenario;

/**
 * How team output becomes lab capability (production phase).
 *
 * <pre>
 * K(t) = (1 − δK)·K(t−1) + R(t − L)                      research matures after L months
 * C(t) = (1 − δ)·C(t−1) + aP·(P(t) + aI·I(t))·(1 + K(t)/(K(t) + K½)) + aR·R(t − L)
 * </pre>
 *
 * @param researchLagMonths L, months from research output to knowledge, in [0, {@value #MAX_RESEARCH_LAG_MONTHS}]
 * @param depreciation δ per year of capability, in (0,1]
 * @param knowledgeDepreciation δK per year of knowledge, in (0,1]
 * @param productWeight aP
 * @param researchWeight aR
 * @param infraWeight aI, infra output counted as product output
 * @param knowledgeHalf K½: knowledge that doubles product returns halfway
 */
public record CapabilitySpec(int researchLagMonths, double depreciation, double knowledgeDepreciation,
        double productWeight, double researchWeight, double infraWeight, double knowledgeHalf) {
    /** Lag 36 months, 20%/year depreciation, 5%/year knowledge depreciation (assumed). */
    public static final CapabilitySpec DEFAULT = new CapabilitySpec(36, 0.20, 0.05, 0.01, 0.01, 0.5, 100);

    /**
     * The longest research lag, 100 years: each lab holds its knowledge pipeline as one value per
     * tick of the lag, so a longer one would not fit in memory.
     */
    public static final int MAX_RESEARCH_LAG_MONTHS = 1200;

    public CapabilitySpec {
        Check.nonNegative("capability.researchLagMonths", researchLagMonths);
        if (researchLagMonths > MAX_RESEARCH_LAG_MONTHS) {
            throw new IllegalArgumentException("capability.researchLagMonths must be <= " + MAX_RESEARCH_LAG_MONTHS
                    + " (100 years), was " + researchLagMonths);
        }
        if (!(depreciation > 0 && depreciation <= 1)) {
            throw new IllegalArgumentException("capability.depreciation must be in (0,1] (capability needs a steady state), was " + depreciation);
        }
        if (!(knowledgeDepreciation > 0 && knowledgeDepreciation <= 1)) {
            throw new IllegalArgumentException("capability.knowledgeDepreciation must be in (0,1], was " + knowledgeDepreciation);
        }
        Check.nonNegative("capability.productWeight", productWeight);
        Check.nonNegative("capability.researchWeight", researchWeight);
        Check.nonNegative("capability.infraWeight", infraWeight);
        Check.positive("capability.knowledgeHalf", knowledgeHalf);
    }
}
