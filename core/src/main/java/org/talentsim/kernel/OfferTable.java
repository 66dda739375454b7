package org.talentsim.kernel;

/**
 * The tick's offer-sampling table: teams that can hire, with cumulative weights, and a guide
 * table that turns "which team does this uniform fall in" into one array read and, on average,
 * less than one comparison, instead of a binary search of about log₂(teams) dependent steps.
 *
 * <p>The answer is exactly that of the binary search ({@link #above}), so results do not depend
 * on which is used. The guide maps a target t to the bucket {@code b(t) = ⌊t · G / total⌋}
 * (clamped to [0, G]); because b is non-decreasing, every entry whose bucket is below b(t) is
 * below t, and every entry whose bucket is above b(t) is above t. {@code guide[j]} counts the
 * entries whose bucket is below j, so the scan starts at or before the answer and stops within
 * bucket b(t). With G ≥ 2 × teams the expected scan is under one entry.
 */
final class OfferTable {
    private double[] cum = new double[16];
    private int[] team = new int[16];
    private int[] guide = new int[33];
    private int size;
    private double total;
    private int buckets;
    private double scale;

    /** Empties the table. */
    void clear() {
        size = 0;
        total = 0;
    }

    /** Appends a team with a positive {@code weight}. */
    void add(int teamId, double weight) {
        if (size == cum.length) {
            cum = java.util.Arrays.copyOf(cum, size * 2);
            team = java.util.Arrays.copyOf(team, size * 2);
        }
        total += weight;
        cum[size] = total;
        team[size] = teamId;
        size++;
    }

    /** Builds the guide; call after the last {@link #add}. */
    void seal() {
        int g = Integer.highestOneBit(Math.max(1, size)) << 2;
        if (guide.length < g + 1) {
            guide = new int[g + 1];
        }
        buckets = g;
        scale = size == 0 ? 0 : g / total;
        int k = 0;
        for (int j = 0; j <= g; j++) {
            while (k < size && bucket(cum[k]) < j) {
                k++;
            }
            guide[j] = k;
        }
    }

    /** Number of teams in the table. */
    int size() {
        return size;
    }

    /** Sum of the weights. */
    double total() {
        return total;
    }

    private int bucket(double t) {
        int b = (int) (t * scale);
        return b < 0 ? 0 : Math.min(b, buckets);
    }

    /** How many cumulative weights are at most {@code target}: {@link #above} through the guide. */
    int count(double target) {
        int k = start(target);
        while (k < size && cum[k] <= target) {
            k++;
        }
        return k;
    }

    /** Where {@link #count} starts its scan for {@code target}: the entries below the target's bucket. */
    int start(double target) {
        return guide[bucket(target)];
    }

    /** The team a uniform {@code u} in [0, 1) picks, in proportion to the weights; the table must not be empty. */
    int pick(double u) {
        return team[Math.min(count(u * total), size - 1)];
    }

    /**
     * How many of the increasing {@code cum[0..size)} are at most {@code target} (the index of
     * the first one above it). A binary search whose steps depend only on {@code size}, each a
     * conditional move rather than a branch that mispredicts half the time. The reference the
     * guided {@link #count} must agree with.
     */
    static int above(double[] cum, int size, double target) {
        if (size == 0) {
            return 0;
        }
        int base = 0;
        int n = size;
        while (n > 1) {
            int half = n >>> 1;
            base = cum[base + half - 1] <= target ? base + half : base;
            n -= half;
        }
        return base + (cum[base] <= target ? 1 : 0);
    }

    /** The cumulative weights (for tests). */
    double[] cumulative() {
        return cum;
    }
}
