package org.talentsim.market;

/** Deterministic quickselect (median-of-three pivots) for medians of array segments. */
final class Select {
    private Select() {}

    /** The median of {@code a[lo..hi)} (mean of the two middle values for an even count); reorders the segment. */
    static double median(double[] a, int lo, int hi) {
        int n = hi - lo;
        int mid = lo + n / 2;
        double upper = select(a, lo, hi - 1, mid);
        if ((n & 1) == 1) {
            return upper;
        }
        double lower = a[lo];
        for (int k = lo + 1; k < mid; k++) {
            if (a[k] > lower) {
                lower = a[k];
            }
        }
        return 0.5 * (lower + upper);
    }

    /** Puts the k-th smallest of {@code a[lo..hi]} at index k (everything before it no larger) and returns it. */
    static double select(double[] a, int lo, int hi, int k) {
        while (hi > lo) {
            int m = lo + (hi - lo) / 2;
            if (a[m] < a[lo]) swap(a, m, lo);
            if (a[hi] < a[lo]) swap(a, hi, lo);
            if (a[hi] < a[m]) swap(a, hi, m);
            double pivot = a[m];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
