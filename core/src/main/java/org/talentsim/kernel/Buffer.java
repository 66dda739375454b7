package org.talentsim.kernel;

import java.util.Arrays;

/**
 * Search results of one chunk in one tick, in researcher-index order: who drew an event, which
 * kind, the drawn team (offers) and a uniform: for an offer, one reserved for pricing; for a
 * quit, where the draw fell in the voluntary part of the separation probability (a uniform in
 * [0,1), or -1 for an exogenous separation), so that a stake can thin voluntary quits. Reused
 * across ticks.
 */
final class Buffer {
    static final byte QUIT = 1, RETIRE = 2, POOL_EXIT = 3, OFFER = 4;

    // keeps the size, written at every draw kept, off the cache line of a neighbouring chunk's
    // buffer (another thread's); HotSpot lays out long fields before int and reference ones
    long p0, p1, p2, p3, p4, p5, p6, p7;
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
            reserve(size * 2);
        }
        who[size] = i;
        kind[size] = k;
        team[size] = t;
        uniform[size] = u;
        size++;
    }

    /**
     * Makes room for {@code n} entries in all, keeping those held. The search fills its buffer
     * through its arrays (see {@code Search.chunk}): it reserves room first, so its loop holds no
     * call to grow them.
     */
    void reserve(int n) {
        if (who.length < n) {
            who = Arrays.copyOf(who, n);
            kind = Arrays.copyOf(kind, n);
            team = Arrays.copyOf(team, n);
            uniform = Arrays.copyOf(uniform, n);
        }
    }
}
