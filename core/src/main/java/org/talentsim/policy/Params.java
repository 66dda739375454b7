package org.talentsim.policy;

import java.util.Set;
import java.util.TreeSet;
import org.talentsim.scenario.PolicySpec;

/** Reads a policy's parameters, rejecting unknown names and out-of-range values with clear messages. */
final class Params {
    private final PolicySpec spec;
    private final String kind;

    Params(String kind, PolicySpec spec, String... allowed) {
        this.spec = spec;
        this.kind = kind;
        Set<String> ok = Set.of(allowed);
        for (String k : spec.params().keySet()) {
            if (!ok.contains(k)) {
                // (a policy without parameters said "its parameters: []")
                throw new IllegalArgumentException(ok.isEmpty()
                        ? kind + " policy '" + spec.name() + "' takes no parameters, was given '" + k + "'"
                        : kind + " policy '" + spec.name() + "' has no parameter '" + k + "'" + suggest(k, ok) + "; its parameters: "
                                + new TreeSet<>(ok));
            }
        }
    }

    /** The policy's name. */
    String name() {
        return spec.name();
    }

    /** Whether the parameter is given. */
    boolean has(String key) {
        return spec.params().containsKey(key);
    }

    double get(String key, double fallback) {
        return spec.param(key, fallback);
    }

    double nonNegative(String key, double fallback) {
        double v = get(key, fallback);
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(kind + " policy '" + spec.name() + "': " + key + " must be a finite number >= 0, was " + shown(v));
        }
        return v;
    }

    /** A finite value of at least {@code min}. */
    double atLeast(String key, double fallback, double min) {
        double v = get(key, fallback);
        if (!(v >= min) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(kind + " policy '" + spec.name() + "': " + key + " must be >= "
                    + java.math.BigDecimal.valueOf(min).stripTrailingZeros().toPlainString() + " and finite, was " + shown(v));
        }
        return v;
    }

    double unit(String key, double fallback) {
        double v = get(key, fallback);
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(kind + " policy '" + spec.name() + "': " + key + " must be in [0,1], was " + shown(v));
        }
        return v;
    }

    /** {@code v} (a parameter's value) if it is at most {@code max}; {@code unit} names what it counts. */
    double atMost(String key, double v, double max, String unit) {
        if (v > max) {
            String bound = max == Math.rint(max) && Math.abs(max) < 1e15 ? Long.toString((long) max)
                    : new java.math.BigDecimal(max).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
            throw new IllegalArgumentException(kind + " policy '" + spec.name() + "': " + key + " must be <= " + bound
                    + " (" + unit + "), was " + shown(v));
        }
        return v;
    }

    /**
     * {@code v} as an error message shows a value given: as Java writes a double ("-1.0", "0.5"),
     * but with all its digits where Java would switch to an exponent (a cap of 2000M read "was
     * 2.0E9"; now "was 2000000000").
     */
    static String shown(double v) {
        String s = Double.toString(v);
        return s.indexOf('E') < 0 || !Double.isFinite(v) ? s : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String suggest(String k, Set<String> known) {
        String best = org.talentsim.internal.Suggestions.closest(k, known);
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }
}
