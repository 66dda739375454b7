package org.talentsim.market;

import java.util.Arrays;

/**
 * Search results of one chunk in one tick, in researcher-index order: who drew an event, which
 * kind, the drawn team (offers) and a uniform reserved for pricing. Reused across ticks.
 */
final class Buffer {
    static final byte QUIT = 1, RETIRE = 2, POOL_EXIT = 3, OFFER = 4;

    int size;
    int[] who = new int[16];
    byte[] kind = new byte[16];
    int[] team = new int[16];
    double[] uniform = new double[16];

    void clear() {
        size = 0;
    }

    void add(int i, byte k, int t, double u) {
        if (size == who.length) {
            int n = size * 2;
            who = Arrays.copyOf(who, n);
            kind = Arrays.copyOf(kind, n);
            team = Arrays.copyOf(team, n);
            uniform = Arrays.copyOf(uniform, n);
        }
        who[size] = i;
        kind[size] = k;
        team[size] = t;
        uniform[size] = u;
        size++;
    }
}
