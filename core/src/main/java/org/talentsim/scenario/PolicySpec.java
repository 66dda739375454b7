package org.talentsim.scenario;

import java.util.Map;
import java.util.TreeMap;

/**
 * A policy named with its numeric parameters, as data; the policy registry turns it into an
 * implementation and reports unknown names and parameters.
 *
 * @param name registered name, e.g. {@code premium}
 * @param params parameters by name (sorted, unmodifiable)
 */
public record PolicySpec(String name, Map<String, Double> params) {
    /**
     * Checks that the name is a name (non-empty, no commas, quotes or control characters) and that every
     * parameter has a name and a number (not NaN) as value; throws IllegalArgumentException otherwise.
     * The parameters are copied, sorted by name.
     */
    public PolicySpec {
        Check.name("policy name", name);
        if (params != null) {
            for (String key : params.keySet()) {
                if (key == null) {
                    throw new IllegalArgumentException("policy '" + name + "': a parameter has no name (null)");
                }
            }
        }
        params = params == null || params.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(params));
        for (Map.Entry<String, Double> e : params.entrySet()) {
            if (e.getValue() == null || e.getValue().isNaN()) {
                throw new IllegalArgumentException("policy '" + name + "': parameter " + e.getKey() + " must be a number, was " + e.getValue());
            }
        }
    }

    /** A policy with no parameters (all defaults). */
    public static PolicySpec of(String name) {
        return new PolicySpec(name, Map.of());
    }

    /** A policy with parameters given as alternating name, value pairs. */
    public static PolicySpec of(String name, Object... kv) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException("policy '" + name + "': parameters come in name, value pairs");
        }
        Map<String, Double> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (!(kv[i] instanceof String key)) {
                throw new IllegalArgumentException("policy '" + name + "': argument " + (i + 1)
                        + " must be a parameter name (a String), was " + kv[i]);
            }
            if (!(kv[i + 1] instanceof Number value)) {
                throw new IllegalArgumentException("policy '" + name + "': parameter " + key
                        + " must be a number, was " + kv[i + 1]);
            }
            if (m.put(key, value.doubleValue()) != null) {
                throw new IllegalArgumentException("policy '" + name + "': parameter " + key + " is given twice");
            }
        }
        return new PolicySpec(name, m);
    }

    /** The parameter, or {@code fallback} when absent. */
    public double param(String key, double fallback) {
        Double v = params.get(key);
        return v == null ? fallback : v;
    }

    // written out as the record's own (RecordsTest): the generated ones build method handles on
    // first use, a cost each fresh JVM pays in reading a scenario (docs/REPORT.md, "Speed")
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PolicySpec o
                && java.util.Objects.equals(name, o.name)
                && java.util.Objects.equals(params, o.params);
    }

    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(name);
        h = 31 * h + java.util.Objects.hashCode(params);
        return h;
    }
}
