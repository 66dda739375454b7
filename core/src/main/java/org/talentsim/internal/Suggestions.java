package org.talentsim.internal;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" suggestions by edit distance, for messages about unknown names (files, policies). */
public final class Suggestions {
    private Suggestions() {}

    /** The known name closest to {@code given} (or one it abbreviates), or null when none is close enough. */
    public static String closest(String given, Collection<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        String g = given.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = distance(g, k.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        if (best != null && bestD <= Math.max(2, given.length() / 3)) {
            return best;
        }
        for (String k : known) {
            String lk = k.toLowerCase(Locale.ROOT);
            if (g.length() >= 2 && (lk.startsWith(g) || g.startsWith(lk))) {
                return k;
            }
        }
        return null;
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
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
