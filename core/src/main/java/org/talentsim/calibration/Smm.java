package org.talentsim.calibration;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The simulated method of moments' arithmetic (docs/CALIBRATION.md): simulated moments from the
 * replications' metrics, the weighted distance, the moments' covariance, and the sandwich
 * covariance of the estimates with the J statistic. Sums run in a fixed order, so every number
 * is a function of the metrics alone.
 */
final class Smm {
    /** The objective of a vector whose moments are undefined (a ratio over zero, a NaN metric). */
    static final double PENALTY = 1e30;

    private Smm() {}

    /** The simulated moments: per target the mean over replications, or the ratio of two means. */
    static double[] moments(Calibration c, double[][] v) {
        List<Calibration.Target> targets = c.targets();
        double[] out = new double[targets.size()];
        for (int k = 0; k < out.length; k++) {
            Calibration.Target t = targets.get(k);
            double a = mean(v, c.metrics().indexOf(t.metric()));
            out[k] = t.isRatio() ? a / mean(v, c.metrics().indexOf(t.denominator())) : a;
        }
        return out;
    }

    static double mean(double[][] v, int m) {
        double s = 0;
        for (double[] row : v) {
            s += row[m];
        }
        return s / v.length;
    }

    /** Σ_k w_k (observed_k − simulated_k)², or {@link #PENALTY} when a moment is undefined. */
    static double objective(Calibration c, double[] sim) {
        double q = 0;
        for (int k = 0; k < sim.length; k++) {
            Calibration.Target t = c.targets().get(k);
            double d = t.observed() - sim[k];
            q += t.weight() * d * d;
        }
        return Double.isFinite(q) ? q : PENALTY;
    }

    /**
     * The covariance of observed − simulated moments at the estimate, Σ = Ω_data + Ω_sim / R.
     * Ω_sim is the covariance of one replication's moments, estimated across the replications of
     * {@code v} (a ratio A/B linearised: (a_r − ρ b_r) / mean(b)); dividing it by R, the
     * replications of an evaluation, gives the simulation noise of the simulated moments. Ω_data
     * is the observed moments' covariance: se² on the diagonal for a target with an se
     * (independent of the other targets), and for targets with a weight only Ω_sim itself (the data
     * taken as one more replication of the model), which makes their block (1 + 1/R)·Ω_sim.
     */
    static double[][] sigma(Calibration c, double[][] v, int replications) {
        int k = c.targets().size();
        int reps = v.length;
        double[] sim = moments(c, v);
        double[][] z = new double[reps][k];
        for (int j = 0; j < k; j++) {
            Calibration.Target t = c.targets().get(j);
            int a = c.metrics().indexOf(t.metric());
            if (t.isRatio()) {
                int b = c.metrics().indexOf(t.denominator());
                double mb = mean(v, b);
                for (int r = 0; r < reps; r++) {
                    z[r][j] = (v[r][a] - sim[j] * v[r][b]) / mb;
                }
            } else {
                for (int r = 0; r < reps; r++) {
                    z[r][j] = v[r][a];
                }
            }
        }
        double[][] s = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                Calibration.Target ti = c.targets().get(i);
                Calibration.Target tj = c.targets().get(j);
                double one = reps < 2 ? Double.NaN : covariance(z, i, j);
                double data;
                if (!Double.isNaN(ti.se()) || !Double.isNaN(tj.se())) {
                    data = i == j ? ti.se() * ti.se() : 0;
                } else {
                    data = one;
                }
                s[i][j] = data + one / replications;
            }
        }
        return s;
    }

    private static double covariance(double[][] z, int i, int j) {
        double mi = 0;
        double mj = 0;
        for (double[] row : z) {
            mi += row[i];
            mj += row[j];
        }
        mi /= z.length;
        mj /= z.length;
        double s = 0;
        for (double[] row : z) {
            s += (row[i] - mi) * (row[j] - mj);
        }
        return s / (z.length - 1);
    }

    /**
     * What the estimate's uncertainty is.
     *
     * @param cov the estimates' covariance (NaN when not identified)
     * @param j the J statistic (NaN when exactly identified or Σ is singular)
     * @param df its degrees of freedom, targets − the parameters that move some target and are
     *     not held at a bound (below)
     * @param p its p-value, P(χ²_df > J)
     * @param linearised (Mg)′W(Mg), the objective at the minimum of its linearisation around θ̂
     *     inside the parameters' ranges: the objective itself at a minimum, less where a step of
     *     the parameters would lower it (NaN without M)
     * @param residual V = MΣM′, the covariance of observed − simulated at θ̂ (M = I − G(G′WG)⁻¹G′W
     *     over the identified parameters not held at a bound; Σ itself when there is none): mostly
     *     smaller than Σ, as θ̂ was chosen to fit the targets (never larger with W ∝ Σ⁻¹); NaN when
     *     the parameters are not identified together
     * @param miss observed − simulated at the minimum of the objective's linearisation around θ̂
     *     within the parameters' ranges: g itself at an exact minimum, less the part a step of the
     *     parameters would remove off one (what J and the t's measure); g itself without M
     * @param atBound per parameter: whether that minimum lies beyond its range, so that the step
     *     stops at its bound and J and the t's take it as fixed there (it takes no degree of freedom)
     */
    record Inference(double[][] cov, double j, int df, double p, double[][] residual, double linearised, double[] miss,
            boolean[] atBound) {}

    /**
     * The sandwich covariance (G'WG)⁻¹ G'W Σ W G (G'WG)⁻¹ with G the Jacobian of the simulated
     * moments (targets × parameters) and W the diagonal of the targets' weights, and Hansen's J
     * for any W: (Mg)′V⁺(Mg) with g = observed − simulated, M = I − G(G′WG)⁻¹G′W and V = MΣM′
     * the covariance of g at θ̂, whose rank is K − P (Hansen 1982, Lemma 4.1). With W ∝ Σ⁻¹ and g at a minimum it is g′Σ⁻¹g; with
     * other weights g′Σ⁻¹g is larger than the statistic whose distribution is χ²(K − P), and
     * over-rejected (found by a statistician's review: J 5.28 against 4.77 for
     * retention-recovery).
     *
     * <p>Mg is the residual one Gauss–Newton step from θ̂, the step taken within the parameters'
     * ranges: the minimum of the linearised objective over the box they make ({@link
     * #boundedStep}); J, its degrees of freedom and the t's treat a parameter the step leaves on
     * a face of the box as fixed there. Unbounded, the step moved a separation rate to −0.22 a year and J
     * measured a fit the model cannot reach: "fits the targets jointly" (p = 0.18) for targets
     * missed by 6 and 8 se (found by a calibration review).
     *
     * @param theta the estimate, in the calibration's order of parameters (its ranges bound the step)
     */
    static Inference inference(Calibration c, double[] theta, double[] sim, double[][] g, double[][] sigma) {
        int k = c.targets().size();
        int p = c.parameters().size();
        // a parameter that moves no moment (a zero column of G: under common random numbers its
        // steps change no run) is not identified; the others may still be, so the sandwich is
        // taken over them and only its own row and column are left undefined (a zero column made
        // G'WG singular and every parameter's se undefined)
        int[] kept = java.util.stream.IntStream.range(0, p).filter(jj -> {
            for (double[] row : g) {
                if (row[jj] != 0) {
                    return true;
                }
            }
            return false;
        }).toArray();
        double[][] w = new double[k][k];
        for (int i = 0; i < k; i++) {
            w[i][i] = c.targets().get(i).weight();
        }
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = c.targets().get(i).observed() - sim[i];
        }
        double[][] cov = new double[p][p];
        for (double[] row : cov) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        boolean[] atBound = new boolean[p];
        double[][] residual;
        double[] md;
        int free;
        try {
            if (kept.length == 0 || !finite(columns(g, kept)) || !finite(sigma)) {
                throw new SingularMatrixException();
            }
            RealMatrix G = new Array2DRowRealMatrix(columns(g, kept), false);
            RealMatrix W = new Array2DRowRealMatrix(w);
            RealMatrix gw = G.transpose().multiply(W);
            RealMatrix a = new LUDecomposition(gw.multiply(G), 1e-300).getSolver().getInverse();
            double[][] v = a.multiply(gw).multiply(new Array2DRowRealMatrix(sigma)).multiply(gw.transpose()).multiply(a).getData();
            for (int x = 0; x < kept.length; x++) {
                for (int y = 0; y < kept.length; y++) {
                    cov[kept[x]][kept[y]] = v[x][y];
                }
            }
            // the Gauss–Newton step within the ranges: the minimum of the linearised objective
            // over the box the ranges make around θ̂; the parameters at a bound there are held at it
            double[] lo = new double[kept.length];
            double[] hi = new double[kept.length];
            for (int x = 0; x < kept.length; x++) {
                Calibration.Parameter par = c.parameters().get(kept[x]);
                lo[x] = Math.min(0, par.lower() - theta[kept[x]]);
                hi[x] = Math.max(0, par.upper() - theta[kept[x]]);
            }
            double[] r = d.clone();
            Bounded box = boundedStep(columns(g, kept), w, d, lo, hi);
            int[] moving = java.util.stream.IntStream.range(0, kept.length).filter(x -> !box.atBound()[x])
                    .map(x -> kept[x]).toArray();
            for (int x = 0; x < kept.length; x++) {
                if (box.atBound()[x]) {
                    atBound[kept[x]] = true;
                    for (int i = 0; i < k; i++) {
                        r[i] -= g[i][kept[x]] * box.step()[x];
                    }
                }
            }
            free = moving.length;
            double[][][] mv = projection(columns(g, moving), w, sigma);
            double[][] m = mv[0];
            residual = mv[1];
            md = new double[k];
            for (int i = 0; i < k; i++) {
                for (int l = 0; l < k; l++) {
                    md[i] += m[i][l] * r[l];
                }
            }
        } catch (SingularMatrixException e) {
            // not identified together: every entry stays NaN, and J is undefined
            boolean none = kept.length == 0 && finite(sigma);
            residual = none ? copy(sigma) : nans(k);
            md = d.clone();
            free = 0;
            if (!none) {
                return new Inference(cov, Double.NaN, k - kept.length, Double.NaN, residual, Double.NaN, md, atBound);
            }
        }
        double linearised = 0;
        for (int i = 0; i < k; i++) {
            linearised += w[i][i] * md[i] * md[i];
        }
        // a parameter that moves no target fits nothing, so it takes no degree of freedom from
        // J: K less the identified parameters (the summary said df 1 and p 0.004 where χ²(2)
        // gives 0.016 with one of three parameters moving no target; found by a reviewer); nor
        // does one held at a bound
        int df = k - free;
        double j = Double.NaN;
        double pv = Double.NaN;
        if (df > 0 && finite(sigma)) {
            // Σ itself must be regular (no targets tied by an identity, enough covariance runs);
            // J of Md, the residual at the linearised minimum, which lies in V's range: the same
            // as of d at an exact minimum (Md = d there), and one value for any generalized
            // inverse off it (a search that stopped short, an estimate at a bound), where d's
            // part outside V's range made J depend on the scaling (found by a code review)
            if (!Double.isNaN(quadraticForm(sigma, d))) {
                j = pseudoQuadraticForm(residual, sigma, md, df);
            }
            pv = upperTail(j, df);
        }
        return new Inference(cov, j, df, pv, residual, linearised, md, atBound);
    }

    /** Columns {@code cols} of {@code g}. */
    private static double[][] columns(double[][] g, int[] cols) {
        double[][] out = new double[g.length][cols.length];
        for (int i = 0; i < g.length; i++) {
            for (int x = 0; x < cols.length; x++) {
                out[i][x] = g[i][cols[x]];
            }
        }
        return out;
    }

    /** The Gauss–Newton step (G′WG)⁻¹G′Wr over the columns of {@code g} (W diagonal). */
    private static double[] step(double[][] g, double[][] w, double[] r) {
        RealMatrix G = new Array2DRowRealMatrix(g, false);
        RealMatrix gw = G.transpose().multiply(new Array2DRowRealMatrix(w, false));
        return new LUDecomposition(gw.multiply(G), 1e-300).getSolver().getInverse().multiply(gw)
                .operate(new org.apache.commons.math3.linear.ArrayRealVector(r)).toArray();
    }

    /**
     * A step s within a box and which of its coordinates lie on the box's faces.
     *
     * @param step the step
     * @param atBound per coordinate, whether it is held at {@code lo} or {@code hi}
     */
    record Bounded(double[] step, boolean[] atBound) {}

    /**
     * The step s minimising (r − Gs)′W(r − Gs) over lo ≤ s ≤ hi (lo ≤ 0 ≤ hi; W diagonal,
     * G′WG regular), by a primal active-set method (Nocedal and Wright, <i>Numerical
     * Optimization</i>, 2nd ed., §16.5): from s = 0, the minimum over the free coordinates with
     * the others held at their bounds; when it lies outside the box, the step goes as far toward it
     * as the box allows and the coordinate that stops it is held; when inside, a held coordinate
     * whose gradient points into the box is let go. Each move lowers the objective, so the result
     * is never above the objective at s = 0. (Fixing, one at a time, the coordinate the unbounded
     * step took furthest beyond its range could end above it: the flagship's fit of 2026-12-05 gave a
     * "linearised minimum" of 29.9 where the objective at θ̂ was 10.8, and J = 17.3 of it.)
     */
    static Bounded boundedStep(double[][] g, double[][] w, double[] r, double[] lo, double[] hi) {
        int k = r.length;
        int q = lo.length;
        double[][] h = new double[q][q];
        double[] b = new double[q];
        for (int x = 0; x < q; x++) {
            for (int i = 0; i < k; i++) {
                b[x] += g[i][x] * w[i][i] * r[i];
                for (int y = 0; y < q; y++) {
                    h[x][y] += g[i][x] * w[i][i] * g[i][y];
                }
            }
        }
        double[] s = new double[q];
        boolean[] held = new boolean[q];
        for (int round = 0; round < 50 * (q + 1); round++) {
            // the minimum over the free coordinates, the held ones where they are
            int[] free = java.util.stream.IntStream.range(0, q).filter(x -> !held[x]).toArray();
            double[] target = s.clone();
            if (free.length > 0) {
                double[][] hf = new double[free.length][free.length];
                double[] rhs = new double[free.length];
                for (int x = 0; x < free.length; x++) {
                    rhs[x] = b[free[x]];
                    for (int y = 0; y < q; y++) {
                        if (held[y]) {
                            rhs[x] -= h[free[x]][y] * s[y];
                        }
                    }
                    for (int y = 0; y < free.length; y++) {
                        hf[x][y] = h[free[x]][free[y]];
                    }
                }
                double[] sol = new LUDecomposition(new Array2DRowRealMatrix(hf, false), 1e-300).getSolver()
                        .solve(new org.apache.commons.math3.linear.ArrayRealVector(rhs, false)).toArray();
                for (int x = 0; x < free.length; x++) {
                    target[free[x]] = sol[x];
                }
            }
            // as far toward it as the box allows
            double alpha = 1;
            int stop = -1;
            boolean up = false;
            for (int x : free) {
                double dx = target[x] - s[x];
                double room = dx > 0 ? hi[x] - s[x] : lo[x] - s[x];
                if (dx != 0 && room / dx < alpha) {
                    alpha = Math.max(0, room / dx);
                    stop = x;
                    up = dx > 0;
                }
            }
            for (int x : free) {
                s[x] += alpha * (target[x] - s[x]);
            }
            if (stop >= 0) {
                s[stop] = up ? hi[stop] : lo[stop];
                held[stop] = true;
                continue;
            }
            // at the minimum over the free ones: let go of a held coordinate the objective would
            // rather move into the box (its gradient 2(Hs − b) points out of the face), the
            // strongest first
            int release = -1;
            double most = 0;
            for (int x = 0; x < q; x++) {
                if (!held[x]) {
                    continue;
                }
                double grad = -b[x];
                double size = Math.abs(b[x]);
                for (int y = 0; y < q; y++) {
                    grad += h[x][y] * s[y];
                    size += Math.abs(h[x][y] * s[y]);
                }
                boolean atHi = s[x] == hi[x] && hi[x] != lo[x];
                double into = atHi ? grad : -grad;   // > 0: moving into the box lowers the objective
                if (into > 1e-12 * size && into / (size + Double.MIN_VALUE) > most) {
                    most = into / size;
                    release = x;
                }
            }
            if (release < 0) {
                break;
            }
            held[release] = false;
        }
        return new Bounded(s, held);
    }

    /**
     * M = I − G(G′WG)⁻¹G′W over the columns of {@code g} (the identity without any) and V = MΣM′,
     * as {@code {M, V}}, computed on the scale of the moments' sd's (G̃ = D⁻¹G, W̃ = DWD, Σ̃ =
     * D⁻¹ΣD⁻¹) and brought back: on the raw scale, the rounding of a target with a variance of 10⁸
     * (a salary) leaked into one of 10⁻⁵ (a rate), and a target fit exactly got a spurious
     * residual se and a huge t (found by a code review).
     */
    private static double[][][] projection(double[][] g, double[][] w, double[][] sigma) {
        int k = w.length;
        int q = k == 0 ? 0 : g[0].length;
        double[] sd = new double[k];
        for (int i = 0; i < k; i++) {
            sd[i] = sigma[i][i] > 0 ? Math.sqrt(sigma[i][i]) : 1;
        }
        double[][] gs = new double[k][q];
        double[][] ws = new double[k][k];
        double[][] ss = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int x = 0; x < q; x++) {
                gs[i][x] = g[i][x] / sd[i];
            }
            ws[i][i] = w[i][i] * sd[i] * sd[i];
            for (int l = 0; l < k; l++) {
                ss[i][l] = sigma[i][l] / (sd[i] * sd[l]);
            }
        }
        RealMatrix ms = org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(k);
        if (q > 0) {
            RealMatrix gsm = new Array2DRowRealMatrix(gs, false);
            RealMatrix gws = gsm.transpose().multiply(new Array2DRowRealMatrix(ws, false));
            // G̃′W̃G̃ = G′WG
            RealMatrix inv = new LUDecomposition(gws.multiply(gsm), 1e-300).getSolver().getInverse();
            ms = ms.subtract(gsm.multiply(inv).multiply(gws));
        }
        double[][] vs = ms.multiply(new Array2DRowRealMatrix(ss, false)).multiply(ms.transpose()).getData();
        double[][] m = new double[k][k];
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int l = 0; l < k; l++) {
                m[i][l] = ms.getEntry(i, l) * sd[i] / sd[l];
                v[i][l] = vs[i][l] * sd[i] * sd[l];
            }
        }
        return new double[][][] {m, v};
    }

    /**
     * P(χ²_df > x), computed as the upper tail itself (1 − the distribution function rounded
     * to 0 from x ≈ 75 at df 1, and a p of 0 was written for a J of 200); NaN for NaN.
     */
    static double upperTail(double x, int df) {
        return Double.isNaN(x) ? Double.NaN : x <= 0 ? 1 : org.apache.commons.math3.special.Gamma.regularizedGammaQ(df / 2.0, x / 2);
    }

    /**
     * {@code d′V⁺d} over V's {@code rank} largest eigenvalues, on the scale of Σ's standard
     * deviations (z = d/σ, Ṽ = V/σσ′): the quadratic form of a generalized inverse of V, the
     * same for any such inverse when d lies in V's range (at a minimum of the objective it does).
     * NaN when V has not that rank: its rank-th eigenvalue is below {@link #SINGULAR} times its
     * largest.
     */
    static double pseudoQuadraticForm(double[][] v, double[][] sigma, double[] d, int rank) {
        int k = d.length;
        double[] sd = new double[k];
        for (int i = 0; i < k; i++) {
            if (!(sigma[i][i] > 0)) {
                return Double.NaN;
            }
            sd[i] = Math.sqrt(sigma[i][i]);
        }
        double[][] r = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                r[a][b] = (v[a][b] + v[b][a]) / 2 / (sd[a] * sd[b]);
            }
        }
        if (!finite(r) || rank < 1) {
            return Double.NaN;
        }
        org.apache.commons.math3.linear.EigenDecomposition e =
                new org.apache.commons.math3.linear.EigenDecomposition(new Array2DRowRealMatrix(r, false));
        double[] lambda = e.getRealEigenvalues();
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(lambda[y], lambda[x]));
        double max = lambda[order[0]];
        if (!(lambda[order[rank - 1]] > SINGULAR * max)) {
            return Double.NaN;
        }
        double j = 0;
        for (int i = 0; i < rank; i++) {
            double[] u = e.getEigenvector(order[i]).toArray();
            double dot = 0;
            for (int a = 0; a < k; a++) {
                dot += u[a] * d[a] / sd[a];
            }
            j += dot * dot / lambda[order[i]];
        }
        return j;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static double[][] identity(int k) {
        double[][] c = new double[k][k];
        for (int i = 0; i < k; i++) {
            c[i][i] = 1;
        }
        return c;
    }

    private static double[][] nans(int k) {
        double[][] c = new double[k][k];
        for (double[] row : c) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return c;
    }

    /** Below this ratio of the smallest to the largest eigenvalue of the correlation matrix, Σ counts as singular. */
    static final double SINGULAR = 1e-10;

    /**
     * {@code d'Σ⁻¹d} for a symmetric covariance Σ, or NaN when Σ is singular: a variance of 0, or
     * targets tied by an identity (one the sum of others) or fewer covariance runs than
     * weight-only targets, where the correlation matrix has an eigenvalue below {@link #SINGULAR}
     * times its largest. (An LU inverse with an absolute threshold let such Σ through, and J came
     * out as ±10¹⁷.) Computed on the correlation scale: z = d/σ, J = Σ (v_i·z)²/λ_i.
     */
    static double quadraticForm(double[][] sigma, double[] d) {
        return pseudoQuadraticForm(sigma, sigma, d, d.length);
    }

    private static boolean finite(double[][] m) {
        for (double[] row : m) {
            for (double x : row) {
                if (!Double.isFinite(x)) {
                    return false;
                }
            }
        }
        return true;
    }
}
