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

    /** Room for the values inside a window ({@link #inWindow}): more than twice the widest half-width, plus the churn of a tick. */
    static final int WINDOW_ROOM = 256;

    /**
     * The half-width, in ranks, of the window kept around a lab of {@code n}'s median for the
     * next tick: about √n / 2 (a tick's raises and moves shift the median by a few ranks), at
     * least 4 and at most 64.
     */
    static int halfWidth(int n) {
        return Math.max(4, Math.min(64, (int) Math.sqrt(n) / 2));
    }

    /**
     * The lower median of {@code a[lo..hi)} (non-negative values, at least one), exact, if it lies
     * in the window {@code [from, to]} of values and the window holds fewer than {@link
     * #WINDOW_ROOM} of them; else NaN. One branch-free pass counts the values below the window and
     * copies those inside it into {@code room} ({@link #WINDOW_ROOM} entries); the median is then
     * the one of rank k − below among them, found by sorting those few. On success {@code next}
     * gets the window for the next tick: the values {@code halfWidth} ranks below and above the
     * median (or the window's ends). The segment is not changed. NaN also for an empty or
     * inverted window ({@code from > to}, or NaN ends).
     *
     * <p>A lab's median moves by a few ranks from one tick to the next, so a window around last
     * tick's median mostly holds this tick's: one pass of a few instructions a value, where
     * {@link #lowerMedian} takes three passes and a selection.
     */
    static float inWindow(float[] a, int lo, int hi, float from, float to, float[] room, int halfWidth, float[] next) {
        int n = hi - lo;
        int k = (n - 1) / 2;
        int below = 0;
        int m = 0;
        int last = WINDOW_ROOM - 1;
        if (!(from <= to)) {
            return Float.NaN;
        }
        for (int i = lo; i < hi; i++) {
            float x = a[i];
            // x is inside [from, to] exactly when x <= to and not x < from (from <= to): a
            // difference of two conditional ones, with no branch (x >= from && x <= to compiles
            // to two, the first taken for about half the values at random)
            int lt = x < from ? 1 : 0;
            below += lt;
            // every value is written, only those inside the window are kept (m advances); once
            // the room is full the last entry is overwritten and m tells
            room[Math.min(m, last)] = x;
            m += (x <= to ? 1 : 0) - lt;
        }
        int r = k - below;
        if (m > last || r < 0 || r >= m) {
            return Float.NaN;
        }
        Arrays.sort(room, 0, m);
        next[0] = room[Math.max(0, r - halfWidth)];
        next[1] = room[Math.min(m - 1, r + halfWidth)];
        return room[r];
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
