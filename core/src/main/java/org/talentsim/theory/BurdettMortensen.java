package org.talentsim.theory;

import java.util.function.DoubleUnaryOperator;

/**
 * Burdett–Mortensen (1998) wage posting with on-the-job search, in discrete time (THEORY §1).
 * Homogeneous workers; labs of productivity {@code p} post wages drawn from F; an employed worker
 * moves when an offer beats the current wage; the unemployed accept any offer at least R.
 * κ = l1/d, s0 = d/(d+l1); {@code F̄ = 1 − F}.
 *
 * @param d per-period probability that an employed worker separates to unemployment, in (0,1]
 * @param l0 per-period probability that an unemployed worker receives an offer, in [0,1]
 * @param l1 per-period probability that an employed worker receives an offer, in (0,1];
 *     {@code d + l1 <= 1}
 * @param b flow value of unemployment (finite, below {@code p})
 * @param p lab productivity (finite)
 */
public record BurdettMortensen(double d, double l0, double l1, double b, double p) {

    /**
     * Validates the parameters; an IllegalArgumentException names the field and the value
     * (NaN fails every check).
     *
     * @param d separation probability, in (0,1]
     * @param l0 offer probability when unemployed, in [0,1]
     * @param l1 offer probability when employed, in (0,1], with {@code d + l1 <= 1}
     * @param b flow value of unemployment, finite, below p
     * @param p lab productivity, finite
     */
    public BurdettMortensen {
        Require.positiveProbability("d", d);
        Require.probability("l0", l0);
        Require.positiveProbability("l1", l1);
        Require.sumAtMostOne("d + l1", d + l1);
        Require.finite("b", b);
        Require.finite("p", p);
        Require.below("b", b, "p", p);
    }

    /** {@return κ = l1/d} (THEORY §1) */
    public double kappa() {
        return l1 / d;
    }

    /** {@return the unemployment rate u = d/(d + l0)} (THEORY §1 item 1) */
    public double unemployment() {
        return d / (d + l0);
    }

    /**
     * Earned-wage CDF for ANY continuous offer CDF: {@code G(w) = F(w)/(1 + κF̄(w))}
     * (THEORY §1 item 2).
     *
     * @param offerCdf the offer CDF F (values in [0,1])
     * @param w a wage
     * @return G(w)
     */
    public double earnedCdf(DoubleUnaryOperator offerCdf, double w) {
        double f = Require.present("offerCdf", offerCdf).applyAsDouble(w);
        Require.probability("offerCdf(" + w + ")", f);
        return f / (1 + kappa() * (1 - f));
    }

    /**
     * Reservation wage (r → 0): {@code R = [(d+l1)²b + (l0−l1)l1p] / [(d+l1)² + (l0−l1)l1]};
     * R = b when l0 = l1 (THEORY §1 item 5).
     *
     * @return R
     */
    public double reservationWage() {
        double dl = (d + l1) * (d + l1);
        double x = (l0 - l1) * l1;
        return (dl * b + x * p) / (dl + x);
    }

    /** {@return the top of the offer support w̄ = p − s0²(p − R)} (THEORY §1 item 6) */
    public double maxWage() {
        double s0 = d / (d + l1);
        return p - s0 * s0 * (p - reservationWage());
    }

    /**
     * Equilibrium offer CDF {@code F(w) = ((d+l1)/l1)·[1 − sqrt((p−w)/(p−R))]} on [R, w̄], 0 below
     * R and 1 above w̄ (THEORY §1 item 6).
     *
     * @param w a wage
     * @return F(w)
     */
    public double offerCdf(double w) {
        Require.number("w", w);   // (NaN gave 0, and labSize(NaN) a plausible 0.046: an economist's review)
        double r = reservationWage();
        if (!(w > r)) {
            return 0;
        }
        if (w >= maxWage()) {
            return 1;
        }
        return (d + l1) / l1 * (1 - Math.sqrt((p - w) / (p - r)));
    }

    /**
     * Equilibrium offer density {@code f(w) = ((d+l1)/l1) / (2·sqrt((p−w)(p−R)))} on (R, w̄), 0
     * outside (derivative of THEORY §1 item 6).
     *
     * @param w a wage
     * @return f(w)
     */
    public double offerDensity(double w) {
        Require.number("w", w);
        double r = reservationWage();
        if (!(w > r) || w >= maxWage()) {
            return 0;
        }
        return (d + l1) / l1 / (2 * Math.sqrt((p - w) * (p - r)));
    }

    /**
     * Equilibrium earned-wage CDF {@code G = F/(1 + κF̄)}, which here is
     * {@code (1 − s)/(κs)} with {@code s = sqrt((p−w)/(p−R))} (THEORY §1 items 2, 6).
     *
     * @param w a wage
     * @return G(w)
     */
    public double earnedCdf(double w) {
        double f = offerCdf(w);
        return f / (1 + kappa() * (1 - f));
    }

    /** {@return the mean offered wage E_F = p − (p−R)((1+κ)/κ)(1 − s0³)/3} (THEORY §1 item 6) */
    public double meanOffered() {
        double k = kappa();
        double s0 = 1 / (1 + k);
        return p - (p - reservationWage()) * (1 + k) / k * (1 - s0 * s0 * s0) / 3;
    }

    /** {@return the mean earned wage E_G = p − (p−R)·d/(d+l1)} (THEORY §1 item 6) */
    public double meanEarned() {
        return p - (p - reservationWage()) * d / (d + l1);
    }

    /**
     * Standard deviation of the earned wage, in closed form from the G quantile
     * {@code w = p − (p−R)/(1+κU)²}, U uniform:
     * {@code sd = (p−R)·sqrt((1 − (1+κ)^−3)/(3κ) − (1+κ)^−2)} (THEORY §1 table).
     *
     * @return sd of G
     */
    public double sdEarned() {
        double k = kappa();
        double s0 = 1 / (1 + k);
        return (p - reservationWage()) * Math.sqrt((1 - s0 * s0 * s0) / (3 * k) - s0 * s0);
    }

    /**
     * Quantile of F: {@code w_q = p − (p−R)(1 − q·l1/(d+l1))²} (THEORY §1 item 6).
     *
     * @param q a probability in [0,1]
     * @return w with F(w) = q
     */
    public double offerQuantile(double q) {
        Require.probability("q", q);
        double s = 1 - q * l1 / (d + l1);
        return p - (p - reservationWage()) * s * s;
    }

    /**
     * Quantile of G: {@code w_q = p − (p−R)(d/(d + q·l1))²} (THEORY §1 item 6).
     *
     * @param q a probability in [0,1]
     * @return w with G(w) = q
     */
    public double earnedQuantile(double q) {
        Require.probability("q", q);
        double s = d / (d + q * l1);
        return p - (p - reservationWage()) * s * s;
    }

    /**
     * Inverse-CDF draw of an offered wage: {@code w = p − (p−R)(1 − U·l1/(d+l1))²}
     * (THEORY §1 item 6).
     *
     * @param u a uniform draw in [0,1]
     * @return the offered wage
     */
    public double drawOffer(double u) {
        return offerQuantile(u);
    }

    /**
     * Inverse-CDF draw of an earned wage (stationary start): {@code w = p − (p−R)(d/(d+U·l1))²}
     * (THEORY §1 item 6).
     *
     * @param u a uniform draw in [0,1]
     * @return the earned wage
     */
    public double drawEarned(double u) {
        return earnedQuantile(u);
    }

    /**
     * {@return job-to-job moves per employed per period, d·[(1+κ)ln(1+κ)/κ − 1]}
     * (THEORY §1 item 3)
     */
    public double jobToJobRate() {
        return jobToJobRate(d, kappa());
    }

    /**
     * Share of job-to-job moves among all separations (= among all hires):
     * {@code 1 − κ/((1+κ)ln(1+κ))} (THEORY §1 item 3).
     *
     * @return EE share
     */
    public double jobToJobShare() {
        double k = kappa();
        return 1 - k / ((1 + k) * Math.log1p(k));
    }

    /**
     * Expected workers at a lab posting w, per worker-per-lab (N/J = 1), in the continuum:
     * {@code ℓ(w) = (1−u)(1+κ)/(1 + κF̄(w))²}. Profit {@code (p − w)ℓ(w)} is constant on [R, w̄]
     * (equal profit, THEORY §1 item 6 and V5).
     *
     * @param w a posted wage
     * @return ℓ(w)
     */
    public double labSize(double w) {
        double k = kappa();
        double x = 1 + k * (1 - offerCdf(w));
        return (1 - unemployment()) * (1 + k) / (x * x);
    }

    /**
     * Expected size of the lab of wage rank j (1 = lowest) among J labs posting ranked wages, N
     * workers: {@code E[n_j] = N(1−u)(1+κ) / (J(1+κF̄_j)(1+κF̄_{j−1}))}, {@code F̄_j = (J−j)/J}
     * (THEORY §1 item 4).
     *
     * @param j wage rank, 1..labs
     * @param labs number of labs J, at least 1
     * @param workers number of workers N, at least 0
     * @return E[n_j]
     */
    public double expectedLabSize(int j, int labs, double workers) {
        if (labs < 1) {
            throw new IllegalArgumentException("labs must be >= 1, was " + labs);
        }
        if (j < 1 || j > labs) {
            throw new IllegalArgumentException("j must be in [1," + labs + "], was " + j);
        }
        Require.nonNegative("workers", workers);
        double k = kappa();
        double hi = 1 + k * (labs - j) / (double) labs;
        double lo = 1 + k * (labs - j + 1) / (double) labs;
        return workers * (1 - unemployment()) * (1 + k) / (labs * hi * lo);
    }

    /**
     * Periods to burn in from all unemployed: the least T with {@code (1−d)^T <= tol}
     * (THEORY §1 table: 342 months for BM1, 688 for BM2 at tol = 10⁻³).
     *
     * @param tol tolerance in (0,1)
     * @return T
     * @throws IllegalArgumentException if {@code tol} is not in (0,1), or T is beyond an {@code int}
     *     (a tiny {@code d}: 1e-9 at tol 1e-3 needs ~6.9e9 periods; the count wrapped and the
     *     method never returned, an economist's review)
     */
    public int burnInPeriods(double tol) {
        Require.openUnit("tol", tol);
        if (d == 1) {
            return 1;
        }
        double guess = Math.ceil(Math.log(tol) / Math.log1p(-d));
        if (!(guess < Integer.MAX_VALUE - 1)) {
            throw tooLong(guess, tol);
        }
        int t = (int) guess;
        while (Math.pow(1 - d, t) > tol) {
            if (t == Integer.MAX_VALUE) {
                throw tooLong(t, tol);
            }
            t++;
        }
        while (t > 0 && Math.pow(1 - d, t - 1) <= tol) {
            t--;
        }
        return t;
    }

    private IllegalArgumentException tooLong(double periods, double tol) {
        return new IllegalArgumentException("the burn-in at d = " + d + " and tol = " + tol + " is about " + periods
                + " periods, more than an int holds");
    }

    /** EE rate {@code d·[(1+κ)ln(1+κ)/κ − 1]}, shared with Postel-Vinay–Robin (THEORY §1, §2). */
    static double jobToJobRate(double d, double kappa) {
        return d * ((1 + kappa) * Math.log1p(kappa) / kappa - 1);
    }
}
