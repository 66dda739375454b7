package org.talentsim.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.talentsim.rng.Streams;

/**
 * Sobol's first- and total-order indices by Saltelli's sampling (Saltelli et al. 2010): two
 * independent samples A and B of N points in [0, 1]^P (drawn from the calibration's seed), and
 * for each parameter j the matrix AB_j (A with B's column j): N(P + 2) points. With V the
 * variance of the outputs at A and B together and the outputs centred on their mean there,
 * S_j = mean(f(B)(f(AB_j) − f(A))) / V (the share of
 * V due to parameter j alone) and S_Tj = mean((f(A) − f(AB_j))²) / (2V) (Jansen 1999: its share with
 * all its interactions).
 */
final class Sobol {
    private static final long KEY = 0x50B01L;

    private Sobol() {}

    /** The points: A (N rows), B (N rows), then AB_1 … AB_P (N rows each). */
    static List<double[]> design(int n, int p, long seed) {
        Streams streams = Streams.of(Streams.DEFAULT_ALGORITHM, seed);
        double[][] a = new double[n][p];
        double[][] b = new double[n][p];
        for (int i = 0; i < n; i++) {
            RandomGenerator g = streams.stream(KEY, i);
            for (int j = 0; j < p; j++) {
                a[i][j] = g.nextDouble();
            }
            for (int j = 0; j < p; j++) {
                b[i][j] = g.nextDouble();
            }
        }
        List<double[]> out = new ArrayList<>();
        for (double[] row : a) {
            out.add(row.clone());
        }
        for (double[] row : b) {
            out.add(row.clone());
        }
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < n; i++) {
                double[] row = a[i].clone();
                row[j] = b[i][j];
                out.add(row);
            }
        }
        return out;
    }

    /** Bootstrap resamples behind each index's interval ({@link #intervals}). */
    static final int RESAMPLES = 1000;

    /**
     * 95% percentile-bootstrap intervals of the indices of one output (Archer, Saltelli and Sobol
     * 1997): the N base rows resampled with replacement {@code resamples} times, each row with its
     * A, B and AB_j values together (they are paired), the indices computed again from each
     * resample; {@code [j]} = first order's 2.5% and 97.5% points, then total order's. NaN where
     * the point estimate is NaN, or where more than 1 in 20 resamples gives none (V of 0). The
     * resamples are drawn from a generator of their own, keyed on {@code key}: the same
     * intervals on every run. An index above 1 or below 0 (S_j of 1.14 over N = 64: an economist's
     * review) is then read against its interval.
     */
    static double[][] intervals(double[] y, int n, int p, long key, int resamples) {
        double[][] point = indices(y, n, p);
        double[][][] draws = new double[p][2][resamples];
        int[] valid = new int[p * 2];
        double[] r = new double[y.length];
        java.util.SplittableRandom g = new java.util.SplittableRandom(Streams.fmix(KEY ^ key));
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < n; i++) {
                int from = g.nextInt(n);
                for (int block = 0; block < p + 2; block++) {
                    r[block * n + i] = y[block * n + from];
                }
            }
            double[][] x = indices(r, n, p);
            for (int j = 0; j < p; j++) {
                for (int o = 0; o < 2; o++) {
                    if (!Double.isNaN(x[j][o])) {
                        draws[j][o][valid[2 * j + o]++] = x[j][o];
                    }
                }
            }
        }
        double[][] out = new double[p][4];
        for (int j = 0; j < p; j++) {
            for (int o = 0; o < 2; o++) {
                int k = valid[2 * j + o];
                if (Double.isNaN(point[j][o]) || k < 0.95 * resamples) {
                    out[j][2 * o] = Double.NaN;
                    out[j][2 * o + 1] = Double.NaN;
                    continue;
                }
                double[] v = java.util.Arrays.copyOf(draws[j][o], k);
                java.util.Arrays.sort(v);
                out[j][2 * o] = quantile(v, 0.025);
                out[j][2 * o + 1] = quantile(v, 0.975);
            }
        }
        return out;
    }

    /** The {@code q} quantile of sorted {@code v}, linear between order statistics (R's type 7). */
    static double quantile(double[] v, double q) {
        double h = (v.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    /**
     * The indices of one output from its values at the design's points (in {@link #design}'s
     * order): {@code [j][0]} first order, {@code [j][1]} total order; NaN when V is 0 or a value
     * is not finite.
     */
    static double[][] indices(double[] y, int n, int p) {
        double[][] out = new double[p][2];
        double mean = 0;
        for (int i = 0; i < 2 * n; i++) {
            mean += y[i];
        }
        mean /= 2 * n;
        double v = 0;
        for (int i = 0; i < 2 * n; i++) {
            v += (y[i] - mean) * (y[i] - mean);
        }
        v /= 2 * n - 1;
        for (int j = 0; j < p; j++) {
            double first = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                double fa = y[i] - mean; // centred: the same index in expectation, far less noise
                double fb = y[n + i] - mean;
                double fab = y[(2 + j) * n + i] - mean;
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            boolean ok = v > 0 && Double.isFinite(v) && Double.isFinite(first) && Double.isFinite(total);
            out[j][0] = ok ? first / n / v : Double.NaN;
            out[j][1] = ok ? total / (2.0 * n) / v : Double.NaN;
        }
        return out;
    }
}
