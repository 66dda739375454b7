package org.talentsim.kernel;

import java.util.Arrays;

/**
 * The researchers one lab laid off, each with the tick of its last layoff there: the lab's side of
 * the re-hire cool-off (docs/MODEL.md 7.5). An open-addressing table of ints — no boxing and no
 * allocation per lookup — that holds only people the lab laid off, so the population carries no
 * state for it. Entries older than the cool-off are dropped when the table has to grow, so it
 * holds about the layoffs of one cool-off window.
 */
final class LaidOffSet {
    private static final int EMPTY = -1;
    private static final int[] NONE = new int[0];
    private int[] keys = NONE;
    private int[] ticks = NONE;
    private int size;

    /** Records that researcher {@code i} was laid off in {@code tick}; {@code window} is the cool-off in ticks (> 0). */
    void add(int i, int tick, int window) {
        if ((size + 1) * 2 > keys.length) {
            rebuild(tick, window);
        }
        int slot = slot(i);
        if (keys[slot] == EMPTY) {
            keys[slot] = i;
            size++;
        }
        ticks[slot] = tick;
    }

    /** Whether researcher {@code i} was laid off here fewer than {@code window} ticks before {@code tick}. */
    boolean within(int i, int tick, int window) {
        if (size == 0) {
            return false;
        }
        int slot = slot(i);
        return keys[slot] == i && tick - ticks[slot] < window;
    }

    /** Entries held (expired ones included until the next rebuild). */
    int size() {
        return size;
    }

    /** Makes this set equal to {@code o}, reusing the arrays when they have the right length. */
    void copyFrom(LaidOffSet o) {
        if (keys.length != o.keys.length) {
            keys = new int[o.keys.length];
            ticks = new int[o.ticks.length];
        }
        System.arraycopy(o.keys, 0, keys, 0, keys.length);
        System.arraycopy(o.ticks, 0, ticks, 0, ticks.length);
        size = o.size;
    }

    /** The slot holding {@code i}, or the empty slot where it would go (the table is never full). */
    private int slot(int i) {
        int mask = keys.length - 1;
        int h = i * 0x9E3779B9;
        int s = (h ^ (h >>> 16)) & mask;
        while (keys[s] != EMPTY && keys[s] != i) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** Drops the entries whose cool-off is over at {@code tick} and resizes to four times the rest (at least 16). */
    private void rebuild(int tick, int window) {
        int[] oldKeys = keys;
        int[] oldTicks = ticks;
        int live = 0;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY && tick - oldTicks[s] < window) {
                live++;
            }
        }
        int capacity = Math.max(16, Integer.highestOneBit(Math.max(1, (live + 1) * 4 - 1)) << 1);
        keys = new int[capacity];
        ticks = new int[capacity];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldKeys[s] != EMPTY && tick - oldTicks[s] < window) {
                int slot = slot(oldKeys[s]);
                keys[slot] = oldKeys[s];
                ticks[slot] = oldTicks[s];
                size++;
            }
        }
    }
}
