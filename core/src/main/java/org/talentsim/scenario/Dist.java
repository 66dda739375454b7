package org.talentsim.scenario;

import java.util.Locale;

/**
 * A distribution to draw an initial attribute from (skill, salary, visibility, morale).
 *
 * <ul>
 *   <li>{@code constant(a)}</li>
 *   <li>{@code uniform(a, b)}, {@code a <= b}</li>
 *   <li>{@code normal(mean a, sd b)}</li>
 *   <li>{@code lognormal(median a, sigma b)}: {@code a·exp(b·Z)}</li>
 *   <li>{@code beta(alpha a, beta b)}: in [0,1]</li>
 *   <li>{@code pareto(scale a, shape b)}</li>
 * </ul>
 */
public record Dist(Kind kind, double a, double b) {
    /** Families of distributions. */
    public enum Kind {
        /** Always {@code a}. */
        CONSTANT,
        /** Uniform on [a, b]. */
        UNIFORM,
        /** Normal with mean a and standard deviation b. */
        NORMAL,
        /** Lognormal with median a and log standard deviation b: {@code a·exp(b·Z)}. */
        LOGNORMAL,
        /** Beta with shape parameters a (alpha) and b (beta), in [0,1]. */
        BETA,
        /** Pareto with scale a (its least value) and shape b. */
        PARETO
    }

    /** Checks the parameters for the family; throws IllegalArgumentException naming the one out of range. */
    public Dist {
        if (kind == null) {
            throw new IllegalArgumentException("distribution kind must be one of constant, uniform, normal, lognormal, beta, pareto");
        }
        String k = kind.name().toLowerCase(Locale.ROOT);
        if (Double.isNaN(a) || Double.isInfinite(a)) {
            throw new IllegalArgumentException(k + ": first parameter must be finite, was " + a);
        }
        switch (kind) {
            case CONSTANT -> b = 0;
            case UNIFORM -> {
                if (!(b >= a) || Double.isInfinite(b)) {
                    throw new IllegalArgumentException("uniform: upper bound must be >= lower bound " + a + ", was " + b);
                }
            }
            case NORMAL -> Check.nonNegative("normal: sd", b);
            case LOGNORMAL -> {
                Check.positive("lognormal: median", a);
                Check.nonNegative("lognormal: sigma", b);
            }
            case BETA -> {
                Check.positive("beta: alpha", a);
                Check.positive("beta: beta", b);
            }
            case PARETO -> {
                Check.positive("pareto: scale", a);
                Check.positive("pareto: shape", b);
            }
            default -> throw new AssertionError(kind);
        }
    }

    /** Always {@code v}. */
    public static Dist constant(double v) { return new Dist(Kind.CONSTANT, v, 0); }
    /** Uniform on [{@code lo}, {@code hi}], {@code lo <= hi}. */
    public static Dist uniform(double lo, double hi) { return new Dist(Kind.UNIFORM, lo, hi); }
    /** Normal with this mean and standard deviation ({@code sd >= 0}). */
    public static Dist normal(double mean, double sd) { return new Dist(Kind.NORMAL, mean, sd); }
    /** Lognormal with this median and log standard deviation: {@code median·exp(sigma·Z)}. */
    public static Dist lognormal(double median, double sigma) { return new Dist(Kind.LOGNORMAL, median, sigma); }
    /** Beta with these shape parameters (both above 0), in [0,1]. */
    public static Dist beta(double alpha, double beta) { return new Dist(Kind.BETA, alpha, beta); }
    /** Pareto with this scale (its least value) and shape (both above 0). */
    public static Dist pareto(double scale, double shape) { return new Dist(Kind.PARETO, scale, shape); }

    // written out as the record's own (RecordsTest): the generated ones build method handles on
    // first use, a cost each fresh JVM pays in reading a scenario (docs/REPORT.md, "Speed")
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Dist o
                && java.util.Objects.equals(kind, o.kind)
                && Double.compare(a, o.a) == 0
                && Double.compare(b, o.b) == 0;
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(kind);
        h = 31 * h + Double.hashCode(a);
        h = 31 * h + Double.hashCode(b);
        return h;
    }
}
