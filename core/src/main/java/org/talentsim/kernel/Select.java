package org.talentsim.kernel;

import java.util.Arrays;

/**
 * Medians of segments of non-negative floats, exact and order-free: non-negative floats order
 * like their bit patterns, so selection can work on bits with counting passes and no
 * comparisons to mispredict (a quickselect costs about 30 ns an element on this hardware).
 */
final class Select {
    private Select() {}

    /** Entries {@code hist} must have: the largest bucketing of {@link #lowerMedian}. */
    static final int HIST = 4096;

    /**
     * The lower median of {@code a[lo..hi)} (the element of rank ⌊(n − 1)/2⌋), exact. Values
     * must be non-negative; {@code hist} needs {@link #HIST} entries. The segment is reordered
     * (it keeps the same values).
     *
     * <p>One pass finds the smallest and largest bit patterns; one pass counts the values in
     * about n equal-width buckets between them (distinct buckets, so the increments do not wait
     * on each other as they do when most values share a bucket); one pass swaps the values of
     * the bucket holding the median rank to the front of the segment; the few left are
     * selected by insertion sort (or, if many values fell in one bucket, by
     * {@link #select radix selection}).
     */
    static float lowerMedian(float[] a, int lo, int hi, int[] hist) {
        int n = hi - lo;
        int k = (n - 1) / 2;
        if (n <= SMALL) {
            return small(a, lo, hi, k);
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = lo; i < hi; i++) {
            int bits = Float.floatToRawIntBits(a[i]);
            min = Math.min(min, bits);
            max = Math.max(max, bits);
        }
        if (min == max) {
            return a[lo];
        }
        int buckets = Math.min(HIST, Integer.highestOneBit(n));
        int shift = 0;
        while (((max - min) >>> shift) >= buckets) {
            shift++;
        }
        int used = ((max - min) >>> shift) + 1;
        Arrays.fill(hist, 0, used, 0);
        for (int i = lo; i < hi; i++) {
            hist[(Float.floatToRawIntBits(a[i]) - min) >>> shift]++;
        }
        int b = 0;
        while (k >= hist[b]) {
            k -= hist[b];
            b++;
        }
        int w = lo;
        for (int i = lo; i < hi; i++) {
            float v = a[i];
            if ((Float.floatToRawIntBits(v) - min) >>> shift == b) {
                a[i] = a[w];
                a[w++] = v;
            }
        }
        return w - lo <= SMALL ? small(a, lo, w, k) : select(a, lo, w, k, hist);
    }

    /** Below this size an insertion sort is cheaper than counting passes. */
    static final int SMALL = 64;

    /** Below this size the k-th smallest is found by counting ranks, without branches to mispredict. */
    static final int TINY = 24;

    /** The k-th smallest of a short segment (the segment is scratch: it may be reordered). */
    static float small(float[] a, int lo, int hi, int k) {
        if (hi - lo <= TINY) {
            return byRank(a, lo, hi, k);
        }
        for (int i = lo + 1; i < hi; i++) {
            float v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
        return a[lo + k];
    }

    /**
     * The k-th smallest of a tiny segment: the value whose position in a stable sort (values
     * below it, plus equal values before it) is k. Quadratic, but every comparison is a
     * conditional add, where an insertion sort mispredicts about once per element.
     */
    private static float byRank(float[] a, int lo, int hi, int k) {
        for (int j = lo; j < hi; j++) {
            float v = a[j];
            int rank = 0;
            for (int i = lo; i < j; i++) {
                rank += a[i] <= v ? 1 : 0;
            }
            for (int i = j + 1; i < hi; i++) {
                rank += a[i] < v ? 1 : 0;
            }
            if (rank == k) {
                return v;
            }
        }
        throw new IllegalArgumentException("rank " + k + " outside [0, " + (hi - lo) + ")");
    }

    /** The k-th smallest (0-based) of the non-negative floats {@code a[lo..hi)}. */
    static float select(float[] a, int lo, int hi, int k, int[] hist) {
        int prefix = 0;
        int mask = 0;
        for (int shift = 24; shift >= 0; shift -= 8) {
            Arrays.fill(hist, 0, 256, 0);
            if (mask == 0) {
                for (int i = lo; i < hi; i++) {
                    hist[Float.floatToRawIntBits(a[i]) >>> shift & 0xFF]++;
                }
            } else {
                for (int i = lo; i < hi; i++) {
                    int bits = Float.floatToRawIntBits(a[i]);
                    if ((bits & mask) == prefix) {
                        hist[bits >>> shift & 0xFF]++;
                    }
                }
            }
            int b = 0;
            while (k >= hist[b]) {
                k -= hist[b];
                b++;
            }
            prefix |= b << shift;
            mask |= 0xFF << shift;
        }
        return Float.intBitsToFloat(prefix);
    }
}
