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
                throw new IllegalArgumentException(kind + " policy '" + spec.name() + "' has no parameter '"
                        + k + "'" + suggest(k, ok) + "; its parameters: " + new TreeSet<>(ok));
            }
        }
    }

    double get(String key, double fallback) {
        return spec.param(key, fallback);
    }

    double nonNegative(String key, double fallback) {
        double v = get(key, fallback);
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(kind + " policy '" + spec.name() + "': " + key + " must be >= 0, was " + v);
        }
        return v;
    }

    double unit(String key, double fallback) {
        double v = get(key, fallback);
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(kind + " policy '" + spec.name() + "': " + key + " must be in [0,1], was " + v);
        }
        return v;
    }

    static String suggest(String k, Set<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String c : known) {
            int d = distance(k.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best != null && bestD <= Math.max(2, k.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
