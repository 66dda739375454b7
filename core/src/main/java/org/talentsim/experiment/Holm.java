package org.talentsim.experiment;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down adjustment of p-values for many comparisons at once (arms × metrics):
 * controls the family-wise error rate without assuming independence (Holm 1979).
 */
public final class Holm {
    private Holm() {}

    /**
     * Adjusted p-values, in the order given: sort ascending, p_(k) · (m − k + 1) for k = 1..m
     * (1-based), made non-decreasing along the sorted order and capped at 1. NaN values (no test)
     * stay NaN and do not count in m.
     */
    public static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            if (!Double.isNaN(p[i])) {
                if (p[i] < 0 || p[i] > 1) {
                    throw new IllegalArgumentException("p-value " + i + " is outside [0, 1]: " + p[i]);
                }
                m++;
            }
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(p[i]) ? Double.POSITIVE_INFINITY : p[i]));
        double[] out = new double[p.length];
        double running = 0;
        for (int k = 0; k < p.length; k++) {
            int i = order[k];
            if (Double.isNaN(p[i])) {
                out[i] = Double.NaN;
                continue;
            }
            running = Math.max(running, Math.min(1, p[i] * (m - k)));
            out[i] = running;
        }
        return out;
    }
}
