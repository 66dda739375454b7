package org.talentsim.market;

import java.util.Arrays;

/**
 * Medians of segments of non-negative floats by radix selection on their bits: four counting
 * passes of 8 bits each, no comparisons to mispredict (a quickselect costs about 30 ns an
 * element on this hardware, this about 3). Non-negative floats order like their bit patterns.
 */
final class Select {
    private Select() {}

    /**
     * The lower median of {@code a[lo..hi)} (the element of rank ⌊(n − 1)/2⌋), exact. Values
     * must be non-negative; {@code hist} needs 256 entries.
     */
    static float lowerMedian(float[] a, int lo, int hi, int[] hist) {
        int n = hi - lo;
        if (n <= SMALL) {
            return small(a, lo, hi, (n - 1) / 2);
        }
        return select(a, lo, hi, (n - 1) / 2, hist);
    }

    /** Below this size an insertion sort is cheaper than four 256-bucket histograms. */
    static final int SMALL = 64;

    /** The k-th smallest of a short segment, by insertion sort in place (the segment is scratch). */
    private static float small(float[] a, int lo, int hi, int k) {
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
