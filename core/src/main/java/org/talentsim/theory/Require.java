package org.talentsim.theory;

/**
 * Argument checks whose messages name the field and the value, written so that NaN fails:
 * {@code "d must be in (0,1], was -0.1"}.
 */
final class Require {
    private Require() {
    }

    /** {@code v} in {@code [0,1]}. */
    static void probability(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0,1], was " + v);
        }
    }

    /** {@code v} in {@code (0,1]}. */
    static void positiveProbability(String name, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0,1], was " + v);
        }
    }

    /** {@code v} in {@code (0,1)}. */
    static void openUnit(String name, double v) {
        if (!(v > 0 && v < 1)) {
            throw new IllegalArgumentException(name + " must be in (0,1), was " + v);
        }
    }

    /** {@code v > 0} and finite. */
    static void positive(String name, double v) {
        if (!(v > 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be > 0 and finite, was " + v);
        }
    }

    /** {@code v >= 0} and finite. */
    static void nonNegative(String name, double v) {
        if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must be >= 0 and finite, was " + v);
        }
    }

    /** {@code v} is a number (not NaN; infinities allowed, as a wage beyond either end of a support). */
    static void number(String name, double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException(name + " must be a number, was NaN");
        }
    }

    /** {@code v} is neither NaN nor infinite. */
    static void finite(String name, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " must be finite, was " + v);
        }
    }

    /** The per-period probabilities of one period add to at most one: {@code d + l1 <= 1}. */
    static void sumAtMostOne(String name, double sum) {
        if (!(sum <= 1)) {
            throw new IllegalArgumentException("(" + name + ") must be <= 1, was " + sum);
        }
    }

    /** {@code lo < hi}, both named. */
    static void below(String loName, double lo, String hiName, double hi) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException(
                    loName + " must be < " + hiName + " (" + hi + "), was " + lo);
        }
    }

    /** An object argument is present. */
    static <T> T present(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must be given, was null");
        }
        return value;
    }
}
