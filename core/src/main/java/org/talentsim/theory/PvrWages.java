package org.talentsim.theory;

/**
 * The stationary wage distribution of Postel-Vinay–Robin by quadrature over the joint law of
 * (q, p) (THEORY §2). Written in the uniforms of the inverse-CDF draws: U₁ = L(p) is uniform, and
 * given p the reference has {@code P(q <= x | p) = ((1+κF̄(p))/(1+κF̄(x)))²} on [b, p] (an atom
 * of mass {@code a(p)² = ((1+κF̄(p))/(1+κ))²} at b, i.e. U₂ ≤ a(p)²). The wage φ(q, p) rises
 * with q (∂φ/∂q = 1 + cF̄(q) > 0), so {@code P(φ <= w | p) = P(q <= q*(w, p) | p)} with
 * {@code φ(q*, p) = w}.
 */
final class PvrWages {
    private PvrWages() {
    }

    /** {@code E[(W − center)^power]}, a double integral over (U₁, U₂). */
    static double moment(PostelVinayRobin m, double center, int power) {
        double k = m.kappa();
        double b = m.b();
        return Numerics.integrate(u1 -> {
            double p = m.stationaryProductivity(u1);
            double atom = (1 + k * m.offers().survival(p)) / (1 + k);
            double mass = atom * atom;
            double continuous = Numerics.integrate(
                    u2 -> Math.pow(m.wage(m.stationaryReference(p, u2), p) - center, power),
                    mass, 1);
            return mass * Math.pow(m.wage(b, p) - center, power) + continuous;
        }, 0, 1);
    }

    /**
     * {@code P(W <= w) = ∫_0^1 P(φ <= w | p(U₁)) dU₁}. For w ≥ b every lab with p ≤ w pays at
     * most w (mass L(w)); for w &lt; b only labs with φ(b, p) ≤ w, i.e. p above the root of
     * φ(b, p) = w, contribute (φ(b, ·) falls in p). Splitting there keeps the integrand smooth.
     */
    static double cdf(PostelVinayRobin m, double w) {
        Require.finite("w", w);
        double b = m.b();
        double top = m.offers().upper();
        if (!(w > m.entryWage(top))) {
            return 0;
        }
        if (w >= top) {
            return 1;
        }
        double from;
        double base;
        if (w >= b) {
            base = m.employmentCdf(w);
            from = base;
        } else {
            double pb = Numerics.rootOfIncreasing(p -> w - m.entryWage(p), b, top);
            base = 0;
            from = m.employmentCdf(pb);
        }
        return Math.min(1, base + Numerics.integrate(
                u1 -> conditionalCdf(m, w, m.stationaryProductivity(u1)), from, 1));
    }

    /** {@code P(φ(q, p) <= w | p)}. */
    private static double conditionalCdf(PostelVinayRobin m, double w, double p) {
        if (w >= p) {
            return 1;
        }
        double b = m.b();
        if (m.wage(b, p) > w) {
            return 0;
        }
        double k = m.kappa();
        double qStar = Numerics.rootOfIncreasing(q -> m.wage(q, p) - w, b, p);
        double ratio = (1 + k * m.offers().survival(p)) / (1 + k * m.offers().survival(qStar));
        return ratio * ratio;
    }

    /**
     * {@code E[F̄(max(p, p*))] / E[F̄(p)]} over the stationary (q, p), where p* solves
     * {@code φ(p, p*) = φ(q, p)}; {@code E[F̄(p)] = EE rate / l1}. Near p′ = p_max, φ(p, ·) is
     * flat (∂φ/∂p′ = −cF̄(p′)), so the cut mass grows like a square root from where cuts start:
     * at q_k(p) with {@code φ(q_k, p) = φ(p, p_max)} in U₂, and, in U₁, at p_c with
     * {@code φ(b, p_c) = φ(p_c, p_max)}, where q_k reaches b. Both integrals are split there and
     * substituted {@code u = edge ± width·t²}, which makes the integrands smooth again.
     */
    static double cutShare(PostelVinayRobin m) {
        double b = m.b();
        double top = m.offers().upper();
        double pc = Numerics.rootOfIncreasing(p -> m.wage(p, top) - m.wage(b, p), b, top);
        double uc = m.employmentCdf(pc);
        double below = Numerics.integrate(
                t -> 2 * uc * t * cutsGiven(m, m.stationaryProductivity(uc * (1 - t * t))), 0, 1);
        double above = Numerics.integrate(u1 -> cutsGiven(m, m.stationaryProductivity(u1)), uc, 1);
        return (below + above) / (m.jobToJobRate() / m.l1());
    }

    /** {@code E[cut mass | p]}: the atom at q = b, then U₂ from where cuts start. */
    private static double cutsGiven(PostelVinayRobin m, double p) {
        double b = m.b();
        double top = m.offers().upper();
        double firstCut = m.wage(p, top);
        if (!(firstCut < p)) {
            return 0;
        }
        double k = m.kappa();
        double atP = 1 + k * m.offers().survival(p);
        double atom = atP / (1 + k);
        double qk = Numerics.rootOfIncreasing(q -> m.wage(q, p) - firstCut, b, p);
        double ratio = atP / (1 + k * m.offers().survival(qk));
        double from = Math.max(atom * atom, ratio * ratio);
        double width = 1 - from;
        double continuous = Numerics.integrate(t -> 2 * width * t
                * cutMass(m, m.stationaryReference(p, Math.min(1, from + width * t * t)), p), 0, 1);
        return atom * atom * cutMass(m, b, p) + continuous;
    }

    /** {@code P(p′ > p and φ(p, p′) < φ(q, p))} for p′ ~ F. */
    private static double cutMass(PostelVinayRobin m, double q, double p) {
        double top = m.offers().upper();
        double w = m.wage(q, p);
        if (!(m.wage(p, top) < w)) {
            return 0;
        }
        double pStar = Numerics.rootOfIncreasing(x -> w - m.wage(p, x), p, top);
        return m.offers().survival(pStar);
    }

    /** Root of {@code cdf(w) = q} on {@code [φ(b, p_max), p_max]}. */
    static double quantile(PostelVinayRobin m, double q) {
        Require.probability("q", q);
        double lo = m.entryWage(m.offers().upper());
        double hi = m.offers().upper();
        if (q == 0) {
            return lo;
        }
        if (q == 1) {
            return hi;
        }
        return Numerics.rootOfIncreasing(w -> cdf(m, w) - q, lo, hi);
    }
}
