package org.talentsim.policy;

import java.util.Arrays;
import java.util.Comparator;
import org.talentsim.scenario.PolicySpec;

/** Built-in layoff selection rules. Ties always go by researcher index, so the order is deterministic. */
final class Layoffs {
    private Layoffs() {}

    /** {@code lowest-value}: lowest valuation per dollar of pay first. */
    static LayoffPolicy lowestValue(PolicySpec spec) {
        new Params("layoff", spec);
        return (cand, n, c) -> sortBy(cand, n, i -> {
            double pay = c.people().salary(i);
            return pay > 0 ? c.valuation().applyAsDouble(i) / pay : Double.MAX_VALUE;
        });
    }

    /** {@code lifo}: last in, first out (shortest tenure first). */
    static LayoffPolicy lifo(PolicySpec spec) {
        new Params("layoff", spec);
        return (cand, n, c) -> sortBy(cand, n, i -> c.people().tenure(i));
    }

    /** {@code random}: a uniformly random order from the lab's layoff stream. */
    static LayoffPolicy random(PolicySpec spec) {
        new Params("layoff", spec);
        return (cand, n, c) -> {
            Arrays.sort(cand, 0, n);
            for (int k = n - 1; k > 0; k--) {
                int j = c.random().nextInt(k + 1);
                int t = cand[k];
                cand[k] = cand[j];
                cand[j] = t;
            }
        };
    }

    private static void sortBy(int[] cand, int n, java.util.function.IntToDoubleFunction key) {
        Integer[] boxed = new Integer[n];
        for (int k = 0; k < n; k++) {
            boxed[k] = cand[k];
        }
        Arrays.sort(boxed, Comparator.<Integer>comparingDouble(key::applyAsDouble).thenComparingInt(i -> i));
        for (int k = 0; k < n; k++) {
            cand[k] = boxed[k];
        }
    }
}
