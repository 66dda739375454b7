package org.talentsim.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The branch-free search of the offer table agrees with {@link Arrays#binarySearch}. */
class SearchPickTest {
    @Test
    void countsTheEntriesAtMostTheTarget() {
        SplittableRandom r = new SplittableRandom(11);
        for (int size = 0; size <= 70; size++) {
            double[] cum = new double[size + 5];
            double total = 0;
            for (int k = 0; k < size; k++) {
                total += 0.5 + r.nextInt(4);
                cum[k] = total;
            }
            for (int trial = 0; trial < 200; trial++) {
                double target = switch (trial % 3) {
                    case 0 -> r.nextDouble() * (total + 1);
                    case 1 -> size == 0 ? 0 : cum[r.nextInt(size)];   // exactly on an entry
                    default -> trial % 2 == 0 ? -1 : total + 1;
                };
                int k = Arrays.binarySearch(cum, 0, size, target);
                int expected = k >= 0 ? k + 1 : -k - 1;
                assertEquals(expected, Search.above(cum, size, target), "size " + size + " target " + target);
            }
        }
    }
}
