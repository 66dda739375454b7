package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The census's median algorithm as the benchmarks' baselines reach it ({@link
 * Internals.LabMedianFinder}): tick after tick of labs whose pays change, every answer is the
 * exact lower median, and most answers come from the window kept from the tick before (the work
 * the census saves, which the baselines must save too for the comparison to be of engines).
 */
class LabMedianFinderTest {
    @Test
    void everyTicksMediansAreExactAndMostComeFromTheWindow() {
        SplittableRandom r = new SplittableRandom(5);
        // labs of every path: empty, tiny (≤ 24: last tick's median checked), sorted copies
        // (< 256), selection (≥ 256), one that empties and fills again, one of ties
        int[] sizes = {0, 1, 2, 7, 24, 25, 60, 255, 256, 1_000, 5_000, 3, 400};
        int labs = sizes.length;
        float[][] pay = new float[labs][];
        int[] n = sizes.clone();
        for (int l = 0; l < labs; l++) {
            pay[l] = new float[2 * sizes[l] + 64];
            for (int i = 0; i < n[l]; i++) {
                pay[l][i] = l == labs - 1 ? r.nextInt(4) : (float) (300_000 * Math.exp(0.5 * r.nextGaussian()));
            }
        }
        Internals.LabMedianFinder finder = new Internals.LabMedianFinder(labs);
        int ticks = 200;
        int tiny = 0;
        for (int tick = 0; tick < ticks; tick++) {
            for (int l = 0; l < labs; l++) {
                float[] a = pay[l];
                // a tick's churn: raises, a leaver, a joiner; now and then a shake-up
                int changes = tick % 50 == 49 ? n[l] / 2 : r.nextInt(2 + n[l] / 50);
                for (int c = 0; c < changes && n[l] > 0; c++) {
                    int i = r.nextInt(n[l]);
                    switch (r.nextInt(3)) {
                        case 0 -> a[i] = l == labs - 1 ? r.nextInt(4) : a[i] * (1.02f + 0.1f * (float) r.nextDouble());
                        case 1 -> a[i] = a[--n[l]];
                        default -> {
                            if (n[l] < a.length) {
                                a[n[l]++] = (float) (300_000 * Math.exp(0.5 * r.nextGaussian()));
                            }
                        }
                    }
                }
                if (l == 2 && tick % 20 == 10) {
                    n[l] = 0;   // everyone leaves, and a few come back next tick
                } else if (l == 2 && n[l] == 0) {
                    n[l] = 2;
                }
                float[] sorted = Arrays.copyOf(a, n[l]);
                Arrays.sort(sorted);
                double expected = n[l] == 0 ? 0 : sorted[(n[l] - 1) / 2];
                tiny += n[l] > 0 && n[l] <= 24 ? 1 : 0;
                double got = finder.median(l, a, 0, n[l]);
                assertEquals(expected, got, "lab " + l + " of " + n[l] + ", tick " + tick);
                float[] after = Arrays.copyOf(a, n[l]);
                Arrays.sort(after);
                assertEquals(Arrays.toString(sorted), Arrays.toString(after), "the same values");
            }
        }
        // the seven labs of more than 24 would answer 7 × 200 times at most
        assertTrue(finder.windowed() > 0.6 * 7 * ticks, "medians found in the window: " + finder.windowed());
        // and the small labs' (1 to 24 researchers, counted as they answer: 773 answers)
        // mostly keep last tick's median, found by one pass instead of a selection
        assertTrue(finder.kept() > 0.5 * tiny, "small labs' medians kept: " + finder.kept() + " of " + tiny);
    }

    @Test
    void aFinderForgetsNothingBetweenLabs() {
        // two labs with the same pays found in turn, and a lab whose pays change completely:
        // the window of one is never used for another, and a stale window only costs a selection
        Internals.LabMedianFinder finder = new Internals.LabMedianFinder(2);
        float[] low = new float[100];
        float[] high = new float[100];
        for (int i = 0; i < 100; i++) {
            low[i] = i;
            high[i] = 1_000 + i;
        }
        for (int tick = 0; tick < 5; tick++) {
            assertEquals(49.0, finder.median(0, low.clone(), 0, 100));
            assertEquals(1_049.0, finder.median(1, high.clone(), 0, 100));
        }
        assertEquals(1_049.0, finder.median(0, high.clone(), 0, 100), "lab 0's pays replaced");
        assertEquals(49.0, finder.median(1, low.clone(), 0, 100), "lab 1's pays replaced");
    }

    /**
     * A finder's state copied and set back (a benchmark's snapshot and restore): the ticks after
     * the restore find the same medians in the same windows as the ticks after the copy did, and a
     * finder for another number of labs is refused.
     */
    @Test
    void aCopySetBackGivesTheSameTicksAgain() {
        SplittableRandom r = new SplittableRandom(9);
        float[][] pays = new float[3][];
        for (int l = 0; l < 3; l++) {
            pays[l] = new float[400];
            for (int i = 0; i < 400; i++) {
                pays[l][i] = (float) (1e5 * Math.exp(r.nextGaussian()));
            }
        }
        Internals.LabMedianFinder finder = new Internals.LabMedianFinder(3);
        for (int l = 0; l < 3; l++) {
            finder.median(l, pays[l].clone(), 0, 400);
        }
        Internals.LabMedianFinder saved = finder.copy();
        float[][] next = new float[3][];
        for (int l = 0; l < 3; l++) {
            next[l] = pays[l].clone();
            next[l][l] *= 3;   // a raise
        }
        double[] first = new double[3];
        int before = finder.windowed();
        for (int l = 0; l < 3; l++) {
            first[l] = finder.median(l, next[l].clone(), 0, 400);
        }
        int hits = finder.windowed() - before;
        // a full selection of a lab moves its window: set back, the windows are the saved ones
        finder.median(0, new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
            26}, 0, 26);
        finder.set(saved);
        before = finder.windowed();
        for (int l = 0; l < 3; l++) {
            assertEquals(first[l], finder.median(l, next[l].clone(), 0, 400), "lab " + l);
        }
        assertEquals(hits, finder.windowed() - before, "the same windows");
        assertEquals(3, hits, "each found in the window saved");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> finder.set(new Internals.LabMedianFinder(4)));
    }
}
