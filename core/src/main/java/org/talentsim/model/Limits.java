package org.talentsim.model;

/**
 * The domains of the model's quantities. Scenarios are checked against them (a value outside is
 * an error naming its field), and the few quantities a run computes — pay from offers,
 * counter-offers and raises; skill drawn from a distribution — stop at them. Within these
 * bounds every sum the census keeps in fixed point (pay in cents, skill in units of 2⁻²⁴) fits
 * in a {@code long} for the largest population allowed: 5·10⁷ researchers × 10¹¹ cents = 5·10¹⁸
 * &lt; 2⁶³ ≈ 9.2·10¹⁸, and 5·10⁷ × 1 000 × 2²⁴ ≈ 8.4·10¹⁷ — so payroll is always the sum of
 * salaries, never a wrapped number. A market whose pay scale's base is 300 or less (pay in
 * thousands, or a scale of 1) counts money in finer units, 10⁻ʲ cents, and the pay its researchers
 * may reach in a run stops at {@code MAX_SALARY / 10ʲ} (at least 3.3·10⁵ times the base, and never
 * below a pay the scenario names: docs/MODEL.md §7.2).
 */
public final class Limits {
    private Limits() {}

    /** The highest annual pay, USD: $1 billion a year (the largest 2025 packages were ~$100–300M a year). */
    public static final double MAX_SALARY = 1e9;

    /** The highest skill (the default cohort's median is e^1 ≈ 2.7; stars are 5–7). */
    public static final double MAX_SKILL = 1000;

    /** The lowest skill a drawn value is raised to. */
    public static final double MIN_SKILL = 0.01;

    /** The most researchers a run may hold at the start (pool and teams, stars included). */
    public static final long MAX_POPULATION = 50_000_000;

    /** The largest annual budget of a lab, USD (a finite budget; infinity means none). */
    public static final double MAX_BUDGET = 1e15;

    /** The largest capability index of a lab (the scenario's, and after any event). */
    public static final double MAX_CAPABILITY = 1e6;

    /**
     * The largest output a team's production policy may give in a tick (arbitrary units): far
     * above what the built-in rule can reach (skill 1,000 × 50 million researchers × multipliers
     * of 100), low enough that a market's sums of outputs stay finite.
     */
    public static final double MAX_OUTPUT = 1e18;

    /** The largest pay level of a team relative to the market scale, and the largest lab productivity. */
    public static final double MAX_MULTIPLIER = 100;

    /** The largest elasticity of the pay scale {@code w*(s) = base · s^elasticity}. */
    public static final double MAX_ELASTICITY = 10;

    /** The largest sigma of the log-normal pay noise around market pay. */
    public static final double MAX_SALARY_NOISE = 5;

    /**
     * Pay clamped into [0, {@link #MAX_SALARY}] (NaN and −0 become +0: the labs' medians order
     * pay by its bits, where −0 has the sign bit of a negative number).
     */
    public static double salary(double usd) {
        return usd > 0 ? Math.min(usd, MAX_SALARY) : 0;
    }

    /** Skill clamped into [{@link #MIN_SKILL}, {@link #MAX_SKILL}] (NaN becomes the minimum). */
    public static double skill(double s) {
        return s >= MIN_SKILL ? Math.min(s, MAX_SKILL) : MIN_SKILL;
    }
}
