package org.talentsim.kernel;

import java.util.Arrays;

/**
 * Each lab's lower median pay, tick after tick, found with the least work the tick before
 * allows: the census's algorithm ({@link Census}), and the benchmarks' baselines' through {@link
 * Internals.LabMedianFinder}, so both compute medians the same way.
 *
 * <ul>
 *   <li>A lab of more than {@link Select#TINY}: from a window of values kept around last tick's
 *       median ({@link Select#inWindow}), which mostly holds this tick's (a tick's raises and
 *       moves shift a median by a few ranks); else by a full selection ({@link
 *       Select#lowerMedian}, or a sort of a copy when the lab is small enough), which also keeps
 *       the window for the next tick.
 *   <li>A smaller lab: last tick's median when one branch-free pass shows it still is the
 *       median; else by selection.
 * </ul>
 *
 * Every path gives the exact lower median of the values: what the tick before left changes only
 * how much work finding it takes.
 */
final class LabMedians {
    /** One thread's scratch. */
    static final class Scratch {
        final int[] hist = new int[Select.HIST];
        /** The values inside a window ({@link Select#inWindow}). */
        final float[] room = new float[Select.WINDOW_ROOM];
        /** The next window ({@link Select#inWindow}). */
        final float[] window = new float[2];
    }

    /**
     * Per lab: a window of pay around its last median, {@code [winFrom, winTo]}, some ranks either
     * side ({@link Select#halfWidth}); NaN when there is none.
     */
    private float[] winFrom = new float[0];
    private float[] winTo = new float[0];
    /** Medians found in the window kept from the tick before (for tests; stripes add to it unsynchronised). */
    int windowed;
    /** Small labs' medians found still in place from the tick before (for tests; as {@link #windowed}). */
    int kept;

    /** Forgets every window and makes room for {@code labs} labs. */
    void reset(int labs) {
        // NaN: no window yet (any window gives the exact median or none, so a stale one only costs a full selection)
        winFrom = new float[labs];
        winTo = new float[labs];
        Arrays.fill(winFrom, Float.NaN);
    }

    /** Takes {@code o}'s windows (as many labs as {@link #reset} gave both): a benchmark's snapshot put back. */
    void copyFrom(LabMedians o) {
        if (winFrom.length != o.winFrom.length) {
            reset(o.winFrom.length);
        }
        System.arraycopy(o.winFrom, 0, winFrom, 0, winFrom.length);
        System.arraycopy(o.winTo, 0, winTo, 0, winTo.length);
    }

    /**
     * The lower median (rank ⌊(n − 1)/2⌋) of lab {@code l}'s non-negative values {@code
     * a[lo..hi)}, 0 when there are none. {@code before} is the lab's median of the tick before
     * (NaN when there is none); when it is still the median, the result is {@code before} itself
     * (its bits). {@code reuse} false finds it without the tick before's median or window (the
     * same value; for tests). The segment may be reordered; it keeps the same values.
     */
    double median(int l, float[] a, int lo, int hi, double before, boolean reuse, Scratch s) {
        int n = hi - lo;
        if (n > Select.TINY) {
            return windowMedian(l, a, lo, hi, reuse, s);
        }
        if (reuse && n > 0 && before == before) {
            // a small lab's median mostly stays put from one tick to the next: last tick's
            // median p is still the lower median (rank k) exactly when fewer than k + 1 values
            // lie below it and more than k lie at or below it; one branch-free pass tells,
            // where the selection compares each value with about half the others
            float p = (float) before;
            int below = 0;
            int atOrBelow = 0;
            for (int i = lo; i < hi; i++) {
                float x = a[i];
                below += x < p ? 1 : 0;
                atOrBelow += x <= p ? 1 : 0;
            }
            int k = (n - 1) / 2;
            if (below <= k && k < atOrBelow) {
                kept++;
                return before;
            }
        }
        return n == 0 ? 0 : Select.lowerMedian(a, lo, hi, s.hist);
    }

    /**
     * The median of lab {@code l}'s {@code a[lo..hi)} (more than {@link Select#TINY} values): from
     * the window kept around last tick's median when it holds this tick's ({@link
     * Select#inWindow}), else by a full selection, and the window for the next tick either way.
     */
    private double windowMedian(int l, float[] a, int lo, int hi, boolean reuse, Scratch s) {
        int n = hi - lo;
        int k = (n - 1) / 2;
        int w = Select.halfWidth(n);
        if (reuse) {
            float from = winFrom[l];
            if (from == from) {
                float[] next = s.window;
                float v = Select.inWindow(a, lo, hi, from, winTo[l], s.room, w, next);
                if (v == v) {
                    winFrom[l] = next[0];
                    winTo[l] = next[1];
                    windowed++;
                    return v;
                }
            }
        }
        float v;
        if (n < Select.WINDOW_ROOM) {
            // few enough to sort a copy: the median and the next window at once
            float[] room = s.room;
            System.arraycopy(a, lo, room, 0, n);
            Arrays.sort(room, 0, n);
            v = room[k];
            winFrom[l] = room[Math.max(0, k - w)];
            winTo[l] = room[Math.min(n - 1, k + w)];
        } else {
            v = Select.lowerMedian(a, lo, hi, s.hist);
            winFrom[l] = Select.select(a, lo, hi, Math.max(0, k - w), s.hist);
            winTo[l] = Select.select(a, lo, hi, Math.min(n - 1, k + w), s.hist);
        }
        return v;
    }
}
