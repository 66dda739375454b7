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
        return select(a, lo, hi, (hi - lo - 1) / 2, hist);
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
