package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions in the form THEORY §4 asks for: |estimate − expected| ≤ 5·SE, with a message showing all three. */
final class Check {
    private Check() {}

    static void within5se(String what, double expected, double simulated, double se) {
        double z = Math.abs(simulated - expected) / se;
        assertTrue(z <= 5, String.format("%s: expected %.6f, simulated %.6f, SE %.6f, |z| = %.2f > 5",
                what, expected, simulated, se, z));
    }

    /** A rate estimated from a Poisson count over an exposure. */
    static void rate(String what, double expected, long count, double exposure) {
        within5se(what, expected, count / exposure, Math.sqrt(Math.max(count, 1)) / exposure);
    }

    /** A share s over n trials. */
    static void share(String what, double expected, long hits, long n) {
        within5se(what, expected, (double) hits / n, Math.sqrt(expected * (1 - expected) / n));
    }
}
