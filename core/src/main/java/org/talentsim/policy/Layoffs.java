package org.talentsim.policy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntToDoubleFunction;
import org.talentsim.scenario.PolicySpec;

/**
 * Built-in layoff selection rules (docs/MODEL.md 7.6). Ties always go by researcher index, so the
 * order is deterministic.
 *
 * <p>The seniority weight of {@code lowest-output} and {@code lowest-value} multiplies what a
 * researcher is worth to the lab by {@code 1 + seniority · min(tenure in years, seniorityCap)}:
 * the firm-specific capital built up with tenure (Becker 1962; Topel 1991 estimates that ten
 * years of seniority raise pay by about a quarter, some 2.5% a year).
 */
final class Layoffs {
    /** Default seniority weight of {@code lowest-output}: 2.5% more value per year with the lab (Topel 1991). */
    static final double SENIORITY = 0.025;
    /** Default cap of the seniority weight, years (Topel's profile flattens after about ten years). */
    static final double SENIORITY_CAP = 10;
    /** The largest seniority weight, per year (keeps every weighted value finite). */
    static final double MAX_SENIORITY = 100;
    /** The largest seniority cap, years (a working life). */
    static final double MAX_SENIORITY_CAP = 100;

    private Layoffs() {}

    /**
     * {@code lowest-output} (default): the least productive first — the lab's valuation of the
     * researcher (skill, specialty, the team's pay level), weighted up by seniority; pay does not
     * enter, so what a lab paid to hire someone does not mark them for the next cut.
     */
    static LayoffPolicy lowestOutput(PolicySpec spec) {
        Params p = new Params("layoff", spec, "seniority", "seniorityCap");
        double seniority = seniority(p, SENIORITY);
        double cap = cap(p);
        return (cand, n, c) -> sortBy(cand, n, i -> c.valuation().applyAsDouble(i) * weight(c, i, seniority, cap));
    }

    /**
     * {@code lowest-value}: lowest valuation per dollar of pay first (a researcher with pay ≤ 0
     * last), the valuation weighted by seniority as above (no weight by default).
     */
    static LayoffPolicy lowestValue(PolicySpec spec) {
        Params p = new Params("layoff", spec, "seniority", "seniorityCap");
        double seniority = seniority(p, 0);
        double cap = cap(p);
        return (cand, n, c) -> sortBy(cand, n, i -> {
            double pay = c.people().salary(i);
            return pay > 0 ? c.valuation().applyAsDouble(i) * weight(c, i, seniority, cap) / pay : Double.MAX_VALUE;
        });
    }

    /** {@code lifo}: last in, first out (shortest tenure first), the seniority rule of union contracts. */
    static LayoffPolicy lifo(PolicySpec spec) {
        new Params("layoff", spec);
        return (cand, n, c) -> sortBy(cand, n, i -> c.people().tenure(i));
    }

    /** {@code random}: a uniformly random order from the lab's layoff stream (no selection). */
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

    private static double seniority(Params p, double fallback) {
        return p.atMost("seniority", p.nonNegative("seniority", fallback), MAX_SENIORITY, "share of value per year");
    }

    private static double cap(Params p) {
        return p.atMost("seniorityCap", p.nonNegative("seniorityCap", SENIORITY_CAP), MAX_SENIORITY_CAP, "years");
    }

    private static double weight(LayoffPolicy.Context c, int i, double seniority, double cap) {
        return seniority == 0 ? 1 : 1 + seniority * Math.min(c.tenureYears(i), cap);
    }

    private static void sortBy(int[] cand, int n, IntToDoubleFunction key) {
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
