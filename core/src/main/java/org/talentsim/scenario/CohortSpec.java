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
    }

    public CohortSpec withSkill(Dist d) { return new CohortSpec(d, salary, salaryNoise, visaShare, visibility, morale); }
    public CohortSpec withSalary(Dist d) { return new CohortSpec(skill, d, salaryNoise, visaShare, visibility, morale); }
    public CohortSpec withSalaryNoise(double v) { return new CohortSpec(skill, salary, v, visaShare, visibility, morale); }
    public CohortSpec withVisaShare(double v) { return new CohortSpec(skill, salary, salaryNoise, v, visibility, morale); }
    public CohortSpec withVisibility(Dist d) { return new CohortSpec(skill, salary, salaryNoise, visaShare, d, morale); }
    public CohortSpec withMorale(Dist d) { return new CohortSpec(skill, salary, salaryNoise, visaShare, visibility, d); }
}
