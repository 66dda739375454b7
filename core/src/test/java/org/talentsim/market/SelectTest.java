package org.talentsim.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Radix selection agrees with sorting, for every rank, on awkward data. */
class SelectTest {
    @Test
    void agreesWithSorting() {
        SplittableRandom r = new SplittableRandom(3);
        int[] hist = new int[256];
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + r.nextInt(trial < 100 ? 80 : 700);
            float[] a = new float[n + 4];
            for (int i = 0; i < a.length; i++) {
                a[i] = switch (trial % 4) {
                    case 0 -> (float) (300_000 * Math.exp(r.nextGaussian()));
                    case 1 -> r.nextInt(5);                       // many ties, zeros
                    case 2 -> (float) r.nextDouble();              // values below 1
                    default -> (float) (1e9 * r.nextDouble());
                };
            }
            float[] sorted = Arrays.copyOfRange(a, 2, 2 + n);
            Arrays.sort(sorted);
            for (int k = 0; k < n; k += Math.max(1, n / 7)) {
                assertEquals(sorted[k], Select.select(a, 2, 2 + n, k, hist), "trial " + trial + " rank " + k);
            }
            assertEquals(sorted[(n - 1) / 2], Select.lowerMedian(a, 2, 2 + n, hist));
        }
    }
}
