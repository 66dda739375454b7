package org.talentsim.theory;

/**
 * Postel-Vinay–Robin (2002) sequential auctions with counter-offers, in discrete time (THEORY §2).
 * Labs differ in productivity p, drawn by offers from F; an employed worker carries a reference q
 * (the best outside bid its employer has matched; b when hired from unemployment) and earns
 * {@code φ(q, p) = q − c·∫_q^p F̄(x) dx} with {@code c = β·l1/(1 − β(1 − d))}. b is the bottom of
 * F's support. κ = l1/d.
 *
 * @param d per-period probability of separation to unemployment, in (0,1]
 * @param l0 per-period probability that an unemployed worker receives an offer, in [0,1]
 * @param l1 per-period probability that an employed worker receives an offer, in (0,1];
 *     {@code d + l1 <= 1}
 * @param beta per-period discount factor β, in [0,1]
 * @param offers the offer distribution F of lab productivities
 */
public record PostelVinayRobin(double d, double l0, double l1, double beta,
        OfferDistribution offers) {

    /** What an outside offer did to an employed worker (THEORY §2). */
    public enum Outcome {
        /** p′ > p: the worker moved to the offering lab. */
        MOVED,
        /** {@code q < p′ <= p}: the incumbent matched the offer (ties go to the incumbent). */
        COUNTERED,
        /** p′ ≤ q: nothing changed. */
        NOTHING
    }

    /**
     * An employed worker's state.
     *
     * @param q reference: the best outside bid matched so far (b when hired from unemployment)
     * @param p productivity of the current lab, {@code >= q}
     */
    public record State(double q, double p) {
        /**
         * Validates {@code q <= p}, both finite.
         *
         * @param q reference
         * @param p current lab's productivity
         */
        public State {
            Require.finite("q", q);
            Require.finite("p", p);
            if (!(q <= p)) {
                throw new IllegalArgumentException("q must be <= p (" + p + "), was " + q);
            }
        }
    }

    /**
     * The result of one scripted event.
     *
     * @param state the new state
     * @param wage the wage φ(q, p) in the new state
     * @param outcome what happened
     */
    public record Step(State state, double wage, Outcome outcome) {
    }

    /**
     * Validates the parameters; an IllegalArgumentException names the field and the value
     * (NaN fails every check).
     *
     * @param d separation probability, in (0,1]
     * @param l0 offer probability when unemployed, in [0,1]
     * @param l1 offer probability when employed, in (0,1], with {@code d + l1 <= 1}
     * @param beta discount factor, in [0,1]
     * @param offers the offer distribution F, not null
     */
    public PostelVinayRobin {
        Require.positiveProbability("d", d);
        Require.probability("l0", l0);
        Require.positiveProbability("l1", l1);
        Require.sumAtMostOne("d + l1", d + l1);
        Require.probability("beta", beta);
        Require.present("offers", offers);
    }

    /**
     * THEORY §2's sets: F uniform on [pMin, pMax], b = pMin.
     *
     * @param d separation probability
     * @param l0 offer probability when unemployed
     * @param l1 offer probability when employed
     * @param beta discount factor
     * @param pMin bottom of the support (= b)
     * @param pMax top of the support
     * @return the model
     */
    public static PostelVinayRobin uniform(double d, double l0, double l1, double beta,
            double pMin, double pMax) {
        return new PostelVinayRobin(d, l0, l1, beta, OfferDistribution.uniform(pMin, pMax));
    }

    /** {@return κ = l1/d} (THEORY §2) */
    public double kappa() {
        return l1 / d;
    }

    /** {@return c = β·l1/(1 − β(1 − d))} (THEORY §2) */
    public double c() {
        return beta * l1 / (1 - beta * (1 - d));
    }

    /** {@return b, the bottom of F's support: the reference of a worker hired from unemployment} */
    public double b() {
        return offers.lower();
    }

    /** {@return the unemployment rate u = d/(d + l0)} (THEORY §2) */
    public double unemployment() {
        return d / (d + l0);
    }

    /** {@return the share of employed workers still at reference b, 1/(1 + κ)} (THEORY §2) */
    public double shareAtReferenceB() {
        return 1 / (1 + kappa());
    }

    /** {@return job-to-job moves per employed per period, d·[(1+κ)ln(1+κ)/κ − 1]} (THEORY §2) */
    public double jobToJobRate() {
        return BurdettMortensen.jobToJobRate(d, kappa());
    }

    /**
     * {@return counter-offer raises per employed per period, equal to the job-to-job rate}
     * (THEORY §2)
     */
    public double counterOfferRate() {
        return jobToJobRate();
    }

    /**
     * Employment share at labs with productivity at most p: {@code L(p) = F(p)/(1 + κF̄(p))}
     * (THEORY §2).
     *
     * @param p a productivity
     * @return L(p)
     */
    public double employmentCdf(double p) {
        double f = offers.cdf(p);
        return f / (1 + kappa() * (1 - f));
    }

    /**
     * {@code E[p | employed] = p_max − ∫ L(p) dp}; for uniform F the closed form
     * {@code p_min + (p_max − p_min)((1+κ)/κ)(1 − ln(1+κ)/κ)} (THEORY §2).
     *
     * @return mean productivity of the employer of an employed worker
     */
    public double meanProductivityEmployed() {
        double lo = offers.lower();
        double hi = offers.upper();
        double k = kappa();
        if (offers instanceof UniformOffers) {
            return lo + (hi - lo) * (1 + k) / k * (1 - Math.log1p(k) / k);
        }
        return hi - Numerics.integrate(this::employmentCdf, lo, hi);
    }

    /**
     * The wage {@code φ(q, p) = q − c·∫_q^p F̄(x) dx} (THEORY §2).
     *
     * @param q reference
     * @param p current lab's productivity, {@code >= q}
     * @return φ(q, p)
     * @throws IllegalArgumentException if q or p is not finite, or q &gt; p (as {@link State}
     *     refuses: a wage above the lab's productivity was returned, an economist's review)
     */
    public double wage(double q, double p) {
        Require.finite("q", q);
        Require.finite("p", p);
        if (!(q <= p)) {
            throw new IllegalArgumentException("q must be <= p (" + p + "), was " + q);
        }
        return q - c() * offers.survivalIntegral(q, p);
    }

    /**
     * {@return the wage φ(q, p) of a state} (THEORY §2)
     *
     * @param state the worker's state
     */
    public double wage(State state) {
        return wage(state.q(), state.p());
    }

    /**
     * Entry wage when hired from unemployment by a lab of productivity p: {@code φ(b, p)}
     * (THEORY §2 table: 1.0 at p_min).
     *
     * @param p productivity of the hiring lab, at least b
     * @return φ(b, p)
     * @throws IllegalArgumentException if p is below b or not finite (as {@link #hire} refuses)
     */
    public double entryWage(double p) {
        if (!(p >= b())) {
            throw new IllegalArgumentException("p must be >= b (" + b() + "), was " + p);
        }
        return wage(b(), p);
    }

    /**
     * {@return the state (b, p) of a worker hired from unemployment by a lab of productivity p}
     *
     * @param p productivity of the hiring lab, at least b
     */
    public State hire(double p) {
        if (!(p >= b())) {
            throw new IllegalArgumentException("p must be >= b (" + b() + "), was " + p);
        }
        return new State(b(), p);
    }

    /**
     * One outside offer from a lab of productivity p′ (THEORY §2): p′ > p moves the worker to
     * (p, p′), possibly with a wage cut; q &lt; p′ ≤ p makes the incumbent counter, q = p′,
     * a raise; p′ ≤ q does nothing. Ties go to the incumbent.
     *
     * @param state the worker's state (q, p)
     * @param offer the offering lab's productivity p′
     * @return the new state, its wage and the outcome
     */
    public Step offer(State state, double offer) {
        Require.present("state", state);
        Require.finite("offer", offer);
        State next;
        Outcome outcome;
        if (offer > state.p()) {
            next = new State(state.p(), offer);
            outcome = Outcome.MOVED;
        } else if (offer > state.q()) {
            next = new State(offer, state.p());
            outcome = Outcome.COUNTERED;
        } else {
            next = state;
            outcome = Outcome.NOTHING;
        }
        return new Step(next, wage(next), outcome);
    }

    /**
     * Stationary draw of an employed worker's lab: firm rank {@code F(p) = (1+κ)U₁/(1 + κU₁)},
     * i.e. the inverse of L (THEORY §2).
     *
     * @param u1 a uniform draw in [0,1]
     * @return p with L(p) = u1
     */
    public double stationaryProductivity(double u1) {
        Require.probability("u1", u1);
        double k = kappa();
        return offers.quantile(Math.min(1, (1 + k) * u1 / (1 + k * u1)));
    }

    /**
     * Stationary draw of the reference given the lab: {@code F̄(q) = ((1+κF̄(p))/sqrt(U₂) − 1)/κ},
     * and q = b when that is at least 1 (THEORY §2). Equivalently
     * {@code P(q <= x | p) = ((1+κF̄(p))/(1+κF̄(x)))²} on [b, p], with an atom at b.
     *
     * @param p the lab's productivity
     * @param u2 a uniform draw in [0,1]
     * @return q
     */
    public double stationaryReference(double p, double u2) {
        Require.finite("p", p);   // (NaN gave b: a plausible number from a broken input)
        Require.probability("u2", u2);
        double k = kappa();
        double survival = ((1 + k * offers.survival(p)) / Math.sqrt(u2) - 1) / k;
        if (!(survival < 1)) {
            return b();
        }
        // at most p: the quantile of 1 − F̄(q) for q near p can come out one rounding step above
        // it, which wage(q, p) and State refuse (a re-check found it in up to 2% of draws near u2 = 1)
        return Math.min(p, offers.quantile(Math.min(1, Math.max(0, 1 - survival))));
    }

    /**
     * {@return a stationary employed state: p from u1, then q from u2} (THEORY §2)
     *
     * @param u1 uniform draw for the lab's rank
     * @param u2 uniform draw for the reference
     */
    public State stationaryState(double u1, double u2) {
        double p = stationaryProductivity(u1);
        return new State(Math.min(p, stationaryReference(p, u2)), p);
    }

    /**
     * Stationary wage CDF of the employed, {@code P(φ(q, p) <= w)} over the joint law of (q, p),
     * by quadrature (THEORY §2).
     *
     * @param w a wage
     * @return the share of employed earning at most w
     */
    public double wageCdf(double w) {
        return PvrWages.cdf(this, w);
    }

    /** {@return the stationary mean wage of the employed, by quadrature} (THEORY §2 table) */
    public double meanWage() {
        return PvrWages.moment(this, 0, 1);
    }

    /** {@return the stationary standard deviation of the wage, by quadrature} (THEORY §2 table) */
    public double sdWage() {
        return Math.sqrt(PvrWages.moment(this, meanWage(), 2));
    }

    /**
     * Share of job-to-job moves that cut the wage, by quadrature over the stationary (q, p) and
     * the offer p′ ~ F given p′ > p: a move cuts the wage when {@code φ(p, p′) < φ(q, p)}, i.e.
     * p′ above the root p* of {@code φ(p, p*) = φ(q, p)} (φ(p, ·) falls), so the share is
     * {@code E[F̄(max(p, p*))] / E[F̄(p)]} (THEORY §2 table, given there by Monte Carlo).
     *
     * @return the share of job-to-job moves with a wage cut
     */
    public double wageCutShare() {
        return PvrWages.cutShare(this);
    }

    /**
     * Quantile of the stationary wage distribution, by root finding on {@link #wageCdf(double)}
     * over {@code [φ(b, p_max), p_max]} (THEORY §2 table).
     *
     * @param q a probability in [0,1]
     * @return w with wageCdf(w) = q
     */
    public double wageQuantile(double q) {
        return PvrWages.quantile(this, q);
    }
}
