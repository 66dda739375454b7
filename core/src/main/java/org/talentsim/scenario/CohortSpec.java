package org.talentsim.scenario;

/**
 * How to draw a group of researchers (a team's members or the pool).
 *
 * @param skill skill distribution (values are clamped to at least 0.01)
 * @param salary salary distribution in USD/year, or {@code null} to pay {@code payLevel · w*(s)}
 *     times a log-normal noise of sigma {@code salaryNoise}
 * @param salaryNoise sigma of the log-normal noise around market pay, {@code >= 0}
 * @param visaShare share holding a job-tied visa, in [0,1]
 * @param visibility visibility distribution (clamped to [0,1])
 * @param morale initial morale distribution (clamped to [0,1]), or {@code null} (the default) to start
 *     each team member at the steady state of the morale rule (MODEL §5); pool members then start at 0.7
 */
public record CohortSpec(Dist skill, Dist salary, double salaryNoise, double visaShare,
        Dist visibility, Dist morale) {
    /** Skill log-normal (median 1, sigma 0.5), market pay with 15% noise, no visas, low visibility, morale at its steady state. */
    public static final CohortSpec DEFAULT = new CohortSpec(Dist.lognormal(1, 0.5), null, 0.15, 0,
            Dist.beta(2, 8), null);

    /**
     * Checks that a skill distribution is given, {@code salaryNoise} is in [0, 5], {@code visaShare}
     * in [0,1], and that the median of each distribution lies inside its field's domain (skill
     * [0.01, 1000], salary [0, 10⁹] USD a year, visibility and morale [0,1]); throws
     * IllegalArgumentException naming the field otherwise. A null visibility becomes
     * {@code constant(0)}.
     */
    public CohortSpec {
        if (skill == null) {
            throw new IllegalArgumentException("skill distribution is required");
        }
        Check.nonNegative("salaryNoise", salaryNoise);
        Check.atMost("salaryNoise", salaryNoise, org.talentsim.model.Limits.MAX_SALARY_NOISE, "sigma of the log-normal pay noise");
        Check.unit("visaShare", visaShare);
        if (visibility == null) {
            visibility = Dist.constant(0);
        }
        requireMedianInside("skill", skill, org.talentsim.model.Limits.MIN_SKILL, org.talentsim.model.Limits.MAX_SKILL);
        if (salary != null) {
            requireMedianInside("salary", salary, 0, org.talentsim.model.Limits.MAX_SALARY);
        }
        requireMedianInside("visibility", visibility, 0, 1);
        if (morale != null) {
            requireMedianInside("morale", morale, 0, 1);
        }
    }

    /**
     * Drawn values are clamped into the field's domain [lo, hi]; a distribution whose median lies
     * outside it (a negative constant salary, a morale of 3) would give at least half the
     * researchers the bound itself, which is a mistake in the file, not a draw: refused.
     */
    private static void requireMedianInside(String field, Dist d, double lo, double hi) {
        if (d.kind() == Dist.Kind.BETA && !betaMedianOutside(d.a(), d.b(), lo, hi)) {
            return;   // the common case (a beta inside [0, 1] ⊆ [lo, hi]) without the numerical median
        }
        double median = switch (d.kind()) {
            case CONSTANT, NORMAL, LOGNORMAL -> d.a();
            case UNIFORM -> d.a() + (d.b() - d.a()) / 2;
            case BETA -> betaMedian(d.a(), d.b());
            case PARETO -> d.a() * Math.pow(2, 1 / d.b());
        };
        if (!(median >= lo && median <= hi)) {
            String what = d.kind() == Dist.Kind.CONSTANT ? "the value " + Check.amount(median) : "the median of " + describe(d) + ", "
                    + Check.amount(median) + ",";
            throw new InvalidFieldException(field, null, what + " lies " + (median < lo ? "below " + Check.amount(lo) : "above " + Check.amount(hi))
                    + ", the " + (median < lo ? "lowest " : "highest ") + field + ": " + (d.kind() == Dist.Kind.CONSTANT
                    ? "every researcher" : "at least half the researchers") + " would be given " + Check.amount(median < lo ? lo : hi)
                    + " (drawn values are clamped into [" + Check.amount(lo) + ", " + Check.amount(hi) + "]); give "
                    + (d.kind() == Dist.Kind.CONSTANT ? "a value" : "a distribution whose median lies") + " in that range");
        }
    }

    /** Whether the median of Beta(a, b) lies outside [lo, hi]: below lo or above hi. */
    private static boolean betaMedianOutside(double a, double b, double lo, double hi) {
        if (lo <= 0 && hi >= 1) {
            return false;
        }
        double whole = betaIntegral(a, b, 0.5) + betaIntegral(b, a, 0.5);
        return lo > 0 && below(a, b, Math.min(lo, 1), whole) > whole / 2
                || hi < 1 && below(a, b, Math.max(hi, 0), whole) < whole / 2;
    }

    /** {@code ∫₀ˣ t^(a−1) (1−t)^(b−1) dt} for any x in [0, 1], {@code whole} being the integral to 1. */
    private static double below(double a, double b, double x, double whole) {
        return x <= 0.5 ? betaIntegral(a, b, x) : whole - betaIntegral(b, a, 1 - x);
    }

    /** The median of Beta(a, b), by bisection on its distribution function (to 1e-9). */
    static double betaMedian(double a, double b) {
        double whole = betaIntegral(a, b, 0.5) + betaIntegral(b, a, 0.5);
        double lo = 0;
        double hi = 1;
        for (int k = 0; k < 40; k++) {
            double x = (lo + hi) / 2;
            if (below(a, b, x, whole) < whole / 2) {
                lo = x;
            } else {
                hi = x;
            }
        }
        return (lo + hi) / 2;
    }

    /**
     * {@code ∫₀ˣ t^(a−1) (1−t)^(b−1) dt} for x ≤ 1/2, by Simpson's rule after t = u^(1/a), which
     * leaves the smooth {@code (1/a) ∫₀^(xᵃ) (1 − u^(1/a))^(b−1) du} (the factor stays in [0.5^|b−1|, 2^|b−1|]).
     */
    private static double betaIntegral(double a, double b, double x) {
        int n = 2_000;
        double top = Math.pow(x, a);
        double h = top / n;
        double sum = 0;
        for (int k = 0; k <= n; k++) {
            double u = k * h;
            double f = Math.pow(1 - Math.pow(u, 1 / a), b - 1);
            sum += (k == 0 || k == n ? 1 : k % 2 == 1 ? 4 : 2) * f;
        }
        return sum * h / 3 / a;
    }

    private static String describe(Dist d) {
        String k = d.kind().name().toLowerCase(java.util.Locale.ROOT);
        return k + "(" + Check.amount(d.a()) + ", " + Check.amount(d.b()) + ")";
    }

    /** A copy drawing skill from {@code d}. */
    public CohortSpec withSkill(Dist d) { return new CohortSpec(d, salary, salaryNoise, visaShare, visibility, morale); }
    /** A copy drawing salaries from {@code d} (USD a year). */
    public CohortSpec withSalary(Dist d) { return new CohortSpec(skill, d, salaryNoise, visaShare, visibility, morale); }
    /** A copy with this salary noise: the sigma of the log-normal noise around market pay, at least 0. */
    public CohortSpec withSalaryNoise(double v) { return new CohortSpec(skill, salary, v, visaShare, visibility, morale); }
    /** A copy with this share of visa holders, in [0,1]. */
    public CohortSpec withVisaShare(double v) { return new CohortSpec(skill, salary, salaryNoise, v, visibility, morale); }
    /** A copy drawing visibility (fame, in [0,1]) from {@code d}. */
    public CohortSpec withVisibility(Dist d) { return new CohortSpec(skill, salary, salaryNoise, visaShare, d, morale); }
    /** A copy drawing starting morale (in [0,1]) from {@code d}. */
    public CohortSpec withMorale(Dist d) { return new CohortSpec(skill, salary, salaryNoise, visaShare, visibility, d); }

    // written out as the record's own (RecordsTest): the generated ones build method handles on
    // first use, a cost each fresh JVM pays in reading a scenario (docs/REPORT.md, "Speed")
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CohortSpec o
                && java.util.Objects.equals(skill, o.skill)
                && java.util.Objects.equals(salary, o.salary)
                && Double.compare(salaryNoise, o.salaryNoise) == 0
                && Double.compare(visaShare, o.visaShare) == 0
                && java.util.Objects.equals(visibility, o.visibility)
                && java.util.Objects.equals(morale, o.morale);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(skill);
        h = 31 * h + java.util.Objects.hashCode(salary);
        h = 31 * h + Double.hashCode(salaryNoise);
        h = 31 * h + Double.hashCode(visaShare);
        h = 31 * h + java.util.Objects.hashCode(visibility);
        h = 31 * h + java.util.Objects.hashCode(morale);
        return h;
    }
}
