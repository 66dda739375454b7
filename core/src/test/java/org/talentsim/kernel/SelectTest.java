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
}
