package org.talentsim.theory;

/**
 * Mortensen–Pissarides matching in discrete time (THEORY §3): matches
 * {@code m(u, v) = A·u^η·v^(1−η)}, tightness θ = v/u, job-finding probability
 * {@code f(θ) = min(1, A·θ^(1−η))}, and with separated workers searching from the next period,
 * {@code u = s/(s + f(θ))}. The Beveridge curve is the set of (u, v) pairs of steady states for a
 * given s.
 *
 * @param s per-period separation probability, in (0,1]
 * @param a matching efficiency A, {@code > 0}
 * @param eta elasticity η of matches with respect to unemployment, in [0,1)
 */
public record MortensenPissarides(double s, double a, double eta) {

    /**
     * Validates the parameters; an IllegalArgumentException names the field and the value
     * (NaN fails every check).
     *
     * @param s separation probability, in (0,1]
     * @param a matching efficiency A, > 0
     * @param eta elasticity η, in [0,1)
     */
    public MortensenPissarides {
        Require.positiveProbability("s", s);
        Require.positive("a", a);
        if (!(eta >= 0 && eta < 1)) {
            throw new IllegalArgumentException("eta must be in [0,1), was " + eta);
        }
    }

    /**
     * Job-finding probability per period {@code f(θ) = min(1, A·θ^(1−η))} (THEORY §3).
     *
     * @param theta tightness v/u, {@code >= 0}
     * @return f(θ)
     */
    public double jobFinding(double theta) {
        Require.nonNegative("theta", theta);
        return Math.min(1, a * Math.pow(theta, 1 - eta));
    }

    /**
     * Steady-state unemployment at fixed tightness {@code u = s/(s + f(θ))} (THEORY §3).
     *
     * @param theta tightness v/u, {@code >= 0}
     * @return u
     */
    public double unemployment(double theta) {
        return s / (s + jobFinding(theta));
    }

    /** {@return the least steady-state unemployment, s/(s + 1), reached when f = 1} */
    public double minUnemployment() {
        return s / (s + 1);
    }

    /**
     * Tightness that gives steady-state unemployment u: f = s(1−u)/u, so
     * {@code θ = (s(1−u)/(u·A))^(1/(1−η))}, the least such θ (THEORY §3).
     *
     * @param u unemployment, in [s/(s+1), 1]
     * @return θ
     */
    public double tightness(double u) {
        if (!(u >= minUnemployment() && u <= 1)) {
            throw new IllegalArgumentException(
                    "u must be in [" + minUnemployment() + ",1], was " + u);
        }
        double f = Math.min(1, s * (1 - u) / u);
        return Math.pow(f / a, 1 / (1 - eta));
    }

    /**
     * The Beveridge curve: the vacancy rate v with {@code u = s/(s + f(v/u))}, i.e.
     * {@code v = u·θ(u)} (THEORY §3). Falls as u rises; v = 0 at u = 1.
     *
     * @param u unemployment, in [s/(s+1), 1]
     * @return v(u)
     */
    public double vacancyRate(double u) {
        return u * tightness(u);
    }

    /**
     * Matches per period {@code m(u, v) = A·u^η·v^(1−η)}, capped at u so that
     * {@code m = u·f(v/u)} (THEORY §3).
     *
     * @param u unemployment (or the unemployed), {@code >= 0}
     * @param v vacancies, {@code >= 0}
     * @return m(u, v)
     */
    public double matches(double u, double v) {
        Require.nonNegative("u", u);
        Require.nonNegative("v", v);
        return Math.min(u, a * Math.pow(u, eta) * Math.pow(v, 1 - eta));
    }
}
