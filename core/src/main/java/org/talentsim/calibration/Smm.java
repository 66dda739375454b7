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

    private static double mean(double[][] v, int m) {
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
     * @param df its degrees of freedom, targets − the parameters that move some target
     * @param p its p-value, P(χ²_df > J)
     * @param linearised (Mg)′W(Mg), the objective at the minimum of its linearisation around θ̂:
     *     the objective itself at a minimum, less where a step of the parameters would lower it
     *     (NaN without M)
     * @param residual V = MΣM′, the covariance of observed − simulated at θ̂ (M = I − G(G′WG)⁻¹G′W
     *     over the identified parameters; Σ itself when none is): mostly smaller than Σ, as θ̂ was
     *     chosen to fit the targets (never larger with W ∝ Σ⁻¹); NaN when the parameters are not identified together
     * @param miss Mg, observed − simulated at the minimum of the objective's linearisation around
     *     θ̂: g itself at an exact minimum, less the part a step of the parameters would remove off
     *     one (what J and the t's measure); g itself without M
     */
    record Inference(double[][] cov, double j, int df, double p, double[][] residual, double linearised, double[] miss) {}

    /**
     * The sandwich covariance (G'WG)⁻¹ G'W Σ W G (G'WG)⁻¹ with G the Jacobian of the simulated
     * moments (targets × parameters) and W the diagonal of the targets' weights, and Hansen's J
     * for any W: (Mg)′V⁺(Mg) with g = observed − simulated, M = I − G(G′WG)⁻¹G′W and V = MΣM′
     * the covariance of g at θ̂, whose rank is K − P (Hansen 1982, Lemma 4.1). With W ∝ Σ⁻¹ and g at a minimum it is g′Σ⁻¹g; with
     * other weights g′Σ⁻¹g is larger than the statistic whose distribution is χ²(K − P), and
     * over-rejected (found by a statistician's review: J 5.28 against 4.77 for
     * retention-recovery).
     */
    static Inference inference(Calibration c, double[] sim, double[][] g, double[][] sigma) {
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
        double[][] gk = new double[k][kept.length];
        for (int i = 0; i < k; i++) {
            for (int jj = 0; jj < kept.length; jj++) {
                gk[i][jj] = g[i][kept[jj]];
            }
        }
        double[][] w = new double[k][k];
        for (int i = 0; i < k; i++) {
            w[i][i] = c.targets().get(i).weight();
        }
        RealMatrix W = new Array2DRowRealMatrix(w);
        RealMatrix S = new Array2DRowRealMatrix(sigma);
        double[][] cov = new double[p][p];
        double[][] residual;
        double[][] project;   // M, which takes g to the residual of the linearised minimum
        for (double[] row : cov) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        try {
            if (kept.length == 0 || !finite(gk) || !finite(sigma)) {
                throw new SingularMatrixException();
            }
            RealMatrix G = new Array2DRowRealMatrix(gk, false);
            RealMatrix gw = G.transpose().multiply(W);
            RealMatrix a = new LUDecomposition(gw.multiply(G), 1e-300).getSolver().getInverse();
            double[][] v = a.multiply(gw).multiply(S).multiply(gw.transpose()).multiply(a).getData();
            for (int x = 0; x < kept.length; x++) {
                for (int y = 0; y < kept.length; y++) {
                    cov[kept[x]][kept[y]] = v[x][y];
                }
            }
            // M and V on the scale of the moments' sd's (G̃ = D⁻¹G, W̃ = DWD, Σ̃ = D⁻¹ΣD⁻¹), then
            // back: computed on the raw scale, the rounding of a target with a variance of 10⁸
            // (a salary) leaked into one of 10⁻⁵ (a rate), and a target fit exactly got a spurious
            // residual se and a huge t (found by a code review)
            double[] sd = new double[k];
            for (int i = 0; i < k; i++) {
                sd[i] = sigma[i][i] > 0 ? Math.sqrt(sigma[i][i]) : 1;
            }
            double[][] gs = new double[k][kept.length];
            double[][] ws = new double[k][k];
            double[][] ss = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int jj = 0; jj < kept.length; jj++) {
                    gs[i][jj] = gk[i][jj] / sd[i];
                }
                ws[i][i] = w[i][i] * sd[i] * sd[i];
                for (int l = 0; l < k; l++) {
                    ss[i][l] = sigma[i][l] / (sd[i] * sd[l]);
                }
            }
            RealMatrix gsm = new Array2DRowRealMatrix(gs, false);
            RealMatrix gws = gsm.transpose().multiply(new Array2DRowRealMatrix(ws, false));
            RealMatrix ms = org.apache.commons.math3.linear.MatrixUtils.createRealIdentityMatrix(k)
                    .subtract(gsm.multiply(a).multiply(gws));   // G̃′W̃G̃ = G′WG: its inverse is a
            double[][] vs = ms.multiply(new Array2DRowRealMatrix(ss, false)).multiply(ms.transpose()).getData();
            residual = new double[k][k];
            project = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int l = 0; l < k; l++) {
                    residual[i][l] = vs[i][l] * sd[i] * sd[l];
                    project[i][l] = ms.getEntry(i, l) * sd[i] / sd[l];
                }
            }
        } catch (SingularMatrixException e) {
            // not identified together: every entry stays NaN, and J is undefined
            boolean none = kept.length == 0 && finite(sigma);
            residual = none ? copy(sigma) : nans(k);
            project = none ? identity(k) : null;
        }
        // a parameter that moves no target fits nothing, so it takes no degree of freedom from
        // J: K less the identified parameters (the summary said df 1 and p 0.004 where χ²(2)
        // gives 0.016 with one of three parameters moving no target; found by a reviewer)
        int df = k - kept.length;
        double j = Double.NaN;
        double pv = Double.NaN;
        double linearised = Double.NaN;
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = c.targets().get(i).observed() - sim[i];
        }
        double[] md = d.clone();
        if (project != null) {
            linearised = 0;
            for (int i = 0; i < k; i++) {
                double mg = 0;
                for (int l = 0; l < k; l++) {
                    mg += project[i][l] * d[l];
                }
                md[i] = mg;
                linearised += w[i][i] * mg * mg;
            }
        }
        if (df > 0 && finite(sigma)) {
            // Σ itself must be regular (no targets tied by an identity, enough covariance runs);
            // J of Md, the residual at the linearised minimum, which lies in V's range: the same
            // as of d at an exact minimum (Md = d there), and one value for any generalized
            // inverse off it (a search that stopped short, an estimate at a bound), where d's
            // part outside V's range made J depend on the scaling (found by a code review)
            if (project != null && !Double.isNaN(quadraticForm(sigma, d))) {
                j = pseudoQuadraticForm(residual, sigma, md, df);
            }
            pv = upperTail(j, df);
        }
        return new Inference(cov, j, df, pv, residual, linearised, md);
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
