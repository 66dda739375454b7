package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.talentsim.kernel.Population;
import org.talentsim.scenario.PolicySpec;

/** The layoff selection rules: who goes first, and which parameters they accept. */
class LayoffRulesTest {
    /**
     * Four researchers: (valuation, pay, tenure in months) = A (100, 90, 0), B (100, 40, 60),
     * C (79, 40, 120), D (100, 40, 0). A is a premium-paid new hire, D a cheap one.
     */
    static final double[] VALUE = {100, 100, 79, 100};

    static int[] order(PolicySpec spec) {
        Population p = new Population(4);
        double[] pay = {90, 40, 40, 40};
        int[] tenure = {0, 60, 120, 0};
        for (int i = 0; i < 4; i++) {
            p.setSalary(i, pay[i]);
            p.setTenure(i, tenure[i]);
        }
        int[] cand = {3, 2, 1, 0};
        LayoffPolicy policy = PolicyRegistry.defaults().create(PolicyRegistry.LAYOFF, spec);
        policy.order(cand, 4, new LayoffPolicy.Context(p, i -> VALUE[i], new SplittableRandom(1), 12));
        return cand;
    }

    @Test
    void lowestOutputCutsTheLeastProductiveWhateverTheyArePaid() {
        // keys 100, 100·1.125, 79·1.25, 100: C first; A and D alike although A costs twice as much
        assertArrayEquals(new int[] {2, 0, 3, 1}, order(PolicySpec.of("lowest-output")));
        // without the seniority weight C (79) still goes first, and B ties with A and D
        assertArrayEquals(new int[] {2, 0, 1, 3}, order(PolicySpec.of("lowest-output", "seniority", 0)));
        // a heavy weight protects the long-serving: C (79·3.5) and B (100·2.25) last
        assertArrayEquals(new int[] {0, 3, 1, 2}, order(PolicySpec.of("lowest-output", "seniority", 0.25)));
        // the cap: beyond 5 years, more service does not count (B and C weighted alike: 79 < 100)
        assertArrayEquals(new int[] {0, 3, 2, 1}, order(PolicySpec.of("lowest-output", "seniority", 0.25, "seniorityCap", 5)));
    }

    @Test
    void lowestOutputIsTheDefault() {
        assertEquals("lowest-output", org.talentsim.scenario.Scenario.builder("d")
                .lab("L", l -> l.team("T", org.talentsim.model.Focus.RESEARCH, 1, t -> { })).build()
                .labs().get(0).layoff().name());
    }

    @Test
    void lowestValueCutsTheLowestValuePerDollar() {
        // 100/90, 100/40, 79/40, 100/40: the premium-paid new hire A first
        assertArrayEquals(new int[] {0, 2, 1, 3}, order(PolicySpec.of("lowest-value")));
        // output per dollar with tenure: 100/90, 150/40, 158/40, 100/40
        assertArrayEquals(new int[] {0, 3, 1, 2}, order(PolicySpec.of("lowest-value", "seniority", 0.1)));
    }

    @Test
    void lifoCutsTheNewestAndRandomOnlyShuffles() {
        assertArrayEquals(new int[] {0, 3, 1, 2}, order(PolicySpec.of("lifo")));
        int[] r = order(PolicySpec.of("random"));
        assertArrayEquals(r, order(PolicySpec.of("random")), "the same stream, the same order");
        int[] sorted = r.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3}, sorted);
    }

    @Test
    void parametersAreChecked() {
        PolicyRegistry reg = PolicyRegistry.defaults();
        assertTrue(reg.names(PolicyRegistry.LAYOFF).containsAll(java.util.List.of("lowest-output", "lowest-value", "lifo", "random")));
        String neg = assertThrows(IllegalArgumentException.class,
                () -> reg.create(PolicyRegistry.LAYOFF, PolicySpec.of("lowest-output", "seniority", -0.1))).getMessage();
        assertEquals("layoff policy 'lowest-output': seniority must be a finite number >= 0, was -0.1", neg);
        String cap = assertThrows(IllegalArgumentException.class,
                () -> reg.create(PolicyRegistry.LAYOFF, PolicySpec.of("lowest-value", "seniorityCap", 150))).getMessage();
        assertEquals("layoff policy 'lowest-value': seniorityCap must be <= 100 (years), was 150.0", cap);
        String big = assertThrows(IllegalArgumentException.class,
                () -> reg.create(PolicyRegistry.LAYOFF, PolicySpec.of("lowest-output", "seniority", 1e6))).getMessage();
        assertTrue(big.contains("seniority must be <= 100 ("), big);
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> reg.create(PolicyRegistry.LAYOFF, PolicySpec.of("lowest-output", "senority", 0.1))).getMessage();
        assertTrue(unknown.contains("has no parameter 'senority' (did you mean 'seniority'?)"), unknown);
        assertThrows(IllegalArgumentException.class, () -> reg.create(PolicyRegistry.LAYOFF, PolicySpec.of("lifo", "seniority", 1)));
    }
}
