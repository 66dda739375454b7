package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Selection by bits agrees with sorting, for every rank and for the median, on awkward data. */
class SelectTest {
    @Test
    void agreesWithSorting() {
        SplittableRandom r = new SplittableRandom(3);
        int[] hist = new int[Select.HIST];
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + r.nextInt(trial < 100 ? 80 : trial < 300 ? 700 : 9000);
            float[] a = new float[n + 4];
            for (int i = 0; i < a.length; i++) {
                a[i] = switch (trial % 6) {
                    case 0 -> (float) (300_000 * Math.exp(r.nextGaussian()));
                    case 1 -> r.nextInt(5);                       // many ties, zeros
                    case 2 -> (float) r.nextDouble();              // values below 1
                    case 3 -> r.nextInt(50) == 0 ? 2e8f : 450_000f; // one posted wage and a few stars
                    case 4 -> (float) (r.nextInt(100) == 0 ? 1e8 : 300_000 * Math.exp(0.3 * r.nextGaussian()));
                    default -> (float) (1e9 * r.nextDouble());
                };
            }
            float[] sorted = Arrays.copyOfRange(a, 2, 2 + n);
            Arrays.sort(sorted);
            for (int k = 0; k < n; k += Math.max(1, n / 7)) {
                assertEquals(sorted[k], Select.select(a, 2, 2 + n, k, hist), "trial " + trial + " rank " + k);
            }
            float before0 = a[0];
            float after = a[n + 2];
            assertEquals(sorted[(n - 1) / 2], Select.lowerMedian(a, 2, 2 + n, hist));
            float[] kept = Arrays.copyOfRange(a, 2, 2 + n);
            Arrays.sort(kept);
            assertArrayEquals(sorted, kept, "the segment keeps its values, trial " + trial);
            assertEquals(before0, a[0]);
            assertEquals(after, a[n + 2]);
        }
    }

    @Test
    void shortSegmentsGiveEveryRank() {
        SplittableRandom r = new SplittableRandom(5);
        for (int n = 1; n <= 70; n++) {
            for (int trial = 0; trial < 20; trial++) {
                float[] a = new float[n + 3];
                for (int i = 0; i < a.length; i++) {
                    a[i] = trial % 2 == 0 ? r.nextInt(4) : (float) r.nextDouble();
                }
                float[] sorted = Arrays.copyOfRange(a, 1, 1 + n);
                Arrays.sort(sorted);
                for (int k = 0; k < n; k++) {
                    float[] copy = a.clone();
                    assertEquals(sorted[k], Select.small(copy, 1, 1 + n, k), "n " + n + " rank " + k);
                }
            }
        }
    }

    /**
     * The windowed median, tick after tick of a segment whose values change (a few raises, people
     * leaving and joining, ties, windows that miss): whenever it answers, it is the lower median;
     * the next window it gives holds the median; and it answers most of the time when the changes
     * are small.
     */
    @Test
    void windowsGiveTheExactMedianOrNone() {
        SplittableRandom r = new SplittableRandom(17);
        float[] room = new float[Select.WINDOW_ROOM];
        float[] next = new float[2];
        int answered = 0;
        int asked = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = Select.TINY + 1 + r.nextInt(trial < 200 ? 300 : 3000);
            float[] a = new float[n + 3000];
            for (int i = 0; i < n; i++) {
                a[i] = trial % 4 == 1 ? r.nextInt(6) : (float) (300_000 * Math.exp(0.4 * r.nextGaussian()));
            }
            float from = Float.NaN;
            float to = Float.NaN;
            for (int tick = 0; tick < 30; tick++) {
                // churn: raises, a leaver replaced by the last, a joiner; on some ticks a big shake-up
                int changes = tick % 10 == 9 ? n / 2 : 1 + r.nextInt(1 + n / 20);
                for (int c = 0; c < changes; c++) {
                    int i = r.nextInt(n);
                    switch (r.nextInt(3)) {
                        case 0 -> a[i] *= 1.03f + 0.1f * (float) r.nextDouble();
                        case 1 -> { if (n > Select.TINY + 1) { a[i] = a[--n]; } }
                        default -> a[n++] = (float) (300_000 * Math.exp(0.4 * r.nextGaussian()));
                    }
                }
                float[] sorted = Arrays.copyOf(a, n);
                Arrays.sort(sorted);
                float median = sorted[(n - 1) / 2];
                float[] before = Arrays.copyOf(a, n);
                if (from == from) {
                    asked++;
                    float v = Select.inWindow(a, 0, n, from, to, room, Select.halfWidth(n), next);
                    assertArrayEquals(before, Arrays.copyOf(a, n), "the segment is not changed");
                    if (v == v) {
                        answered++;
                        assertEquals(median, v, "trial " + trial + " tick " + tick + " n " + n);
                        assertEquals(true, next[0] <= v && v <= next[1], "the next window holds the median");
                        from = next[0];
                        to = next[1];
                        continue;
                    }
                }
                int k = (n - 1) / 2;
                int w = Select.halfWidth(n);
                from = sorted[Math.max(0, k - w)];
                to = sorted[Math.min(n - 1, k + w)];
            }
        }
        assertEquals(true, answered > 0.7 * asked, "windows answered " + answered + " of " + asked);
        // an inverted window, or one with a NaN end, holds nothing: no median (and no write past the room)
        float[] few = {5, 1, 4, 2, 3, 9, 8, 7, 6, 0};
        assertEquals(true, Float.isNaN(Select.inWindow(few, 0, few.length, 6, 3, room, 4, next)), "inverted");
        assertEquals(true, Float.isNaN(Select.inWindow(few, 0, few.length, Float.NaN, 6, room, 4, next)), "NaN from");
        assertEquals(true, Float.isNaN(Select.inWindow(few, 0, few.length, 3, Float.NaN, room, 4, next)), "NaN to");
        assertEquals(4f, Select.inWindow(few, 0, few.length, 3, 6, room, 4, next), "inside");
        assertEquals(true, answered < asked, "and missed some: " + answered + " of " + asked);
    }
}
