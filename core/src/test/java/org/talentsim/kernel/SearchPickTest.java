package org.talentsim.kernel;

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
                assertEquals(expected, OfferTable.above(cum, size, target), "size " + size + " target " + target);
            }
        }
    }

    /** Weights from tiny to huge, so buckets hold from none to hundreds of entries. */
    @Test
    void theGuideGivesTheAnswerOfTheBinarySearch() {
        SplittableRandom r = new SplittableRandom(29);
        OfferTable table = new OfferTable();
        for (int round = 0; round < 400; round++) {
            table.clear();
            int size = round % 50 == 0 ? 1 : 1 + r.nextInt(round < 200 ? 40 : 3000);
            for (int k = 0; k < size; k++) {
                double w = switch (r.nextInt(4)) {
                    case 0 -> 1e-9 * (1 + r.nextDouble());
                    case 1 -> 1e6 * r.nextDouble() + 1e-3;
                    default -> 0.5 + r.nextInt(40);
                };
                table.add(k * 3 + 1, w);
            }
            table.seal();
            double[] cum = table.cumulative();
            double total = table.total();
            for (int trial = 0; trial < 300; trial++) {
                double target = switch (trial % 5) {
                    case 0 -> r.nextDouble() * total;
                    case 1 -> cum[r.nextInt(size)];                     // exactly on an entry
                    case 2 -> Math.nextDown(cum[r.nextInt(size)]);      // just below one
                    case 3 -> total * (1 + r.nextDouble());             // beyond the end
                    default -> -r.nextDouble();
                };
                assertEquals(OfferTable.above(cum, size, target), table.count(target),
                        "round " + round + " size " + size + " target " + target);
            }
            double u = Math.nextDown(1.0);
            int last = Math.min(OfferTable.above(cum, size, u * total), size - 1);
            assertEquals(last * 3 + 1, table.pick(u));
            assertEquals(1, table.pick(0.0));
        }
    }

    /**
     * The guide is worth having: with team weights of one order of magnitude (as the offer
     * table's are: positions times 0.5 + prestige), a pick scans on average under one entry past
     * where the guide starts it, and never more than a handful, at any table size.
     */
    @Test
    void theGuideStartsTheScanNextToTheAnswer() {
        SplittableRandom r = new SplittableRandom(5);
        OfferTable table = new OfferTable();
        for (int size : new int[] {1, 2, 3, 7, 16, 100, 1000, 3000}) {
            table.clear();
            for (int k = 0; k < size; k++) {
                table.add(k, 5 + 45 * r.nextDouble());
            }
            table.seal();
            long scanned = 0;
            int worst = 0;
            int trials = 20_000;
            for (int trial = 0; trial < trials; trial++) {
                double target = r.nextDouble() * table.total();
                int start = table.start(target);
                int count = table.count(target);
                assertEquals(true, start <= count, "the scan starts at or before the answer");
                scanned += count - start;
                worst = Math.max(worst, count - start);
            }
            double mean = (double) scanned / trials;
            assertEquals(true, mean < 1, size + " teams: " + mean + " entries scanned on average");
            assertEquals(true, worst <= 6, size + " teams: " + worst + " entries scanned at worst");
        }
    }
}
