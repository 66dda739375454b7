package org.talentsim.scenario;

/**
 * How team output becomes lab capability (production phase), on one scale for every lab.
 *
 * <pre>
 * matured(t) = research output of past ticks, spread over a gamma-shaped lag of mean L months
 *              (researchLagShape stages in series; stage k = 1 … n)
 * K(t) = (1 − δK)·K(t−1) + matured(t)
 * C(t) = (1 − δ)·C(t−1) + e·[aP·(P(t) + aI·I(t))·(1 + K(t)/(K(t) + K½)) + aR·matured(t)]
 * </pre>
 *
 * e is one constant for the whole market ({@code scale}, or calibrated at the start when it is
 * NaN), so the same team produces the same capability in any lab; a lab's starting capability is
 * its starting stock, which output then moves toward the steady state of that output. With
 * {@code efficiencyPerLab}, each lab present at the start (with output and a starting capability
 * above 0) has an e of its own instead, calibrated on the state the scenario describes, before
 * the first tick's events, so that its starting capability is the steady state of its output
 * then: what it does with its people beyond their number and skill (compute, data, organisation)
 * is backed out as a residual, as development accounting backs out levels of productivity (Hall
 * and Jones 1999), and its capability moves only when its people, their morale, its leaders or
 * compute, or an event change.
 *
 * @param researchLagMonths L, mean months from research output to knowledge, in [0, {@value #MAX_RESEARCH_LAG_MONTHS}]
 * @param depreciation δ per year of capability, in [{@value #MIN_DEPRECIATION}, 1]
 * @param knowledgeDepreciation δK per year of knowledge, in [{@value #MIN_DEPRECIATION}, 1]
 * @param productWeight aP
 * @param researchWeight aR
 * @param infraWeight aI, infra output counted as product output
 * @param knowledgeHalf K½: knowledge that doubles product returns halfway
 * @param researchLagShape n, the number of stages of the research lag, in [1, {@value #MAX_RESEARCH_LAG_SHAPE}]:
 *     1 spreads research over a geometric lag (its largest share in the first month), 2 (the default) over a
 *     hump-shaped one, and a large n concentrates it around L
 * @param scale e, capability per unit of weighted output per month, the same for every lab; {@code NaN}
 *     (the default) calibrates it in the first tick so that the labs present at the start are, taken
 *     together, at their steady state (each lab on its own is not)
 * @param efficiencyPerLab whether each lab present at the start with output and a starting capability above 0 has an
 *     efficiency of its own, calibrated before the first tick's events so that it starts at its steady state
 *     ({@code efficiency: lab} in a scenario file); a lab founded later, or without output or capability at the
 *     start, then has the market's e ({@code scale} or calibrated)
 */
public record CapabilitySpec(int researchLagMonths, double depreciation, double knowledgeDepreciation,
        double productWeight, double researchWeight, double infraWeight, double knowledgeHalf,
        int researchLagShape, double scale, boolean efficiencyPerLab) {
    /**
     * Mean research lag 36 months over 2 stages, 20%/year depreciation, 5%/year knowledge
     * depreciation, scale calibrated on the labs present at the start (docs/MODEL.md §8.2).
     */
    public static final CapabilitySpec DEFAULT = new CapabilitySpec(36, 0.20, 0.05, 0.01, 0.01, 0.5, 100, 2, Double.NaN, false);

    /**
     * The smallest depreciation a year of capability and of knowledge: a smaller one is no
     * depreciation a month to double precision ((1 − δ)^(1/12) rounds to 1), and the steady state
     * it divides by is then infinite (capability came out NaN).
     */
    public static final double MIN_DEPRECIATION = 1e-6;

    /** The largest capability per unit of weighted output a month ({@code scale}): a capability index is at most 1e6. */
    public static final double MAX_SCALE = 1e6;

    /** The largest weight of output in capability (aP, aR, aI): far above the defaults' shares, low enough to keep capability finite. */
    public static final double MAX_WEIGHT = 1e6;

    /** The longest mean research lag, 100 years (beyond any research lag measured). */
    public static final int MAX_RESEARCH_LAG_MONTHS = 1200;

    /** The most stages of the research lag (each lab holds one value per stage). */
    public static final int MAX_RESEARCH_LAG_SHAPE = 100;

    /**
     * Checks the ranges above: {@code researchLagMonths} in [0, {@value #MAX_RESEARCH_LAG_MONTHS}], both
     * depreciations in [1e-6, 1] ({@link #MIN_DEPRECIATION}), the weights in [0, {@value #MAX_WEIGHT}],
     * {@code knowledgeHalf} above 0, {@code researchLagShape} in [1, {@value #MAX_RESEARCH_LAG_SHAPE}] and
     * {@code scale} NaN or in (0, {@value #MAX_SCALE}]; throws IllegalArgumentException naming the field
     * otherwise.
     */
    public CapabilitySpec {
        Check.nonNegative("capability.researchLagMonths", researchLagMonths);
        if (researchLagMonths > MAX_RESEARCH_LAG_MONTHS) {
            throw new IllegalArgumentException("capability.researchLagMonths must be <= " + MAX_RESEARCH_LAG_MONTHS
                    + " (100 years), was " + researchLagMonths);
        }
        if (!(depreciation >= MIN_DEPRECIATION && depreciation <= 1)) {
            throw new IllegalArgumentException("capability.depreciation must be in [1e-6, 1]"
                    + " a year (capability needs a steady state), was " + depreciation);
        }
        if (!(knowledgeDepreciation >= MIN_DEPRECIATION && knowledgeDepreciation <= 1)) {
            throw new IllegalArgumentException("capability.knowledgeDepreciation must be in [1e-6, 1]"
                    + " a year (knowledge needs a steady state), was " + knowledgeDepreciation);
        }
        Check.nonNegative("capability.productWeight", productWeight);
        Check.nonNegative("capability.researchWeight", researchWeight);
        Check.nonNegative("capability.infraWeight", infraWeight);
        Check.atMost("capability.productWeight", productWeight, MAX_WEIGHT, "weights are shares of capability");
        Check.atMost("capability.researchWeight", researchWeight, MAX_WEIGHT, "weights are shares of capability");
        Check.atMost("capability.infraWeight", infraWeight, MAX_WEIGHT, "weights are shares of capability");
        Check.positive("capability.knowledgeHalf", knowledgeHalf);
        if (researchLagShape < 1 || researchLagShape > MAX_RESEARCH_LAG_SHAPE) {
            throw new IllegalArgumentException("capability.researchLagShape must be in [1, " + MAX_RESEARCH_LAG_SHAPE
                    + "], was " + researchLagShape);
        }
        if (!Double.isNaN(scale)) {
            Check.positive("capability.scale", scale);
            Check.atMost("capability.scale", scale, MAX_SCALE, "capability per unit of output a month");
        }
    }

    /**
     * One efficiency for the whole market.
     *
     * @param researchLagMonths L, mean months from research output to knowledge
     * @param depreciation δ per year of capability
     * @param knowledgeDepreciation δK per year of knowledge
     * @param productWeight aP
     * @param researchWeight aR
     * @param infraWeight aI
     * @param knowledgeHalf K½
     * @param researchLagShape n, the number of stages of the research lag
     * @param scale e, or {@code NaN} to calibrate it at the start
     */
    public CapabilitySpec(int researchLagMonths, double depreciation, double knowledgeDepreciation,
            double productWeight, double researchWeight, double infraWeight, double knowledgeHalf,
            int researchLagShape, double scale) {
        this(researchLagMonths, depreciation, knowledgeDepreciation, productWeight, researchWeight, infraWeight,
                knowledgeHalf, researchLagShape, scale, false);
    }

    /**
     * This spec with each lab's efficiency calibrated at the start ({@code true}) or one for the
     * whole market.
     *
     * @param perLab whether each lab present at the start has an efficiency of its own
     * @return the changed spec
     */
    public CapabilitySpec withEfficiencyPerLab(boolean perLab) {
        return new CapabilitySpec(researchLagMonths, depreciation, knowledgeDepreciation, productWeight, researchWeight,
                infraWeight, knowledgeHalf, researchLagShape, scale, perLab);
    }

    /**
     * The default lag shape (2 stages) and a scale calibrated at the start.
     *
     * @param researchLagMonths L, mean months from research output to knowledge
     * @param depreciation δ per year of capability
     * @param knowledgeDepreciation δK per year of knowledge
     * @param productWeight aP
     * @param researchWeight aR
     * @param infraWeight aI
     * @param knowledgeHalf K½
     */
    public CapabilitySpec(int researchLagMonths, double depreciation, double knowledgeDepreciation,
            double productWeight, double researchWeight, double infraWeight, double knowledgeHalf) {
        this(researchLagMonths, depreciation, knowledgeDepreciation, productWeight, researchWeight, infraWeight,
                knowledgeHalf, DEFAULT_SHAPE, Double.NaN, false);
    }

    private static final int DEFAULT_SHAPE = 2;

    /** Whether the scale is calibrated at the start ({@code scale} is NaN). */
    public boolean calibratedScale() {
        return Double.isNaN(scale);
    }

    // written out as the record's own (RecordsTest): the generated ones build method handles on
    // first use, a cost each fresh JVM pays in reading a scenario (docs/REPORT.md, "Speed")
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CapabilitySpec o
                && researchLagMonths == o.researchLagMonths
                && Double.compare(depreciation, o.depreciation) == 0
                && Double.compare(knowledgeDepreciation, o.knowledgeDepreciation) == 0
                && Double.compare(productWeight, o.productWeight) == 0
                && Double.compare(researchWeight, o.researchWeight) == 0
                && Double.compare(infraWeight, o.infraWeight) == 0
                && Double.compare(knowledgeHalf, o.knowledgeHalf) == 0
                && researchLagShape == o.researchLagShape
                && Double.compare(scale, o.scale) == 0
                && efficiencyPerLab == o.efficiencyPerLab;
    }

    @Override
    public int hashCode() {
        int h = researchLagMonths;
        h = 31 * h + Double.hashCode(depreciation);
        h = 31 * h + Double.hashCode(knowledgeDepreciation);
        h = 31 * h + Double.hashCode(productWeight);
        h = 31 * h + Double.hashCode(researchWeight);
        h = 31 * h + Double.hashCode(infraWeight);
        h = 31 * h + Double.hashCode(knowledgeHalf);
        h = 31 * h + researchLagShape;
        h = 31 * h + Double.hashCode(scale);
        h = 31 * h + Boolean.hashCode(efficiencyPerLab);
        return h;
    }
}
