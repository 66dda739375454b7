package org.talentsim.engine;

import java.util.random.RandomGenerator;
import org.talentsim.model.WorldView;
import org.talentsim.rng.Streams;

/**
 * What a user phase sees: the tick being run, the state (read-only), the few changes a phase
 * may make ({@link #edit()}), and reproducible random streams. Valid only during the phase's
 * call: its editor refuses changes once the phase has returned (a phase that keeps the context
 * sees the next tick's values through it, not this one's).
 */
public final class TickContext {
    private static final long USER_KEY = 0x7573657250686173L;
    private final WorldView world;
    private final Editor editor;
    private final Streams streams;
    private int tick;

    TickContext(WorldView world, Editor editor, Streams streams) {
        this.world = world;
        this.editor = editor;
        this.streams = streams;
    }

    void setTick(int tick) {
        this.tick = tick;
    }

    /** The tick being run (1 is the first). */
    public int tick() {
        return tick;
    }

    /** The calendar label of the tick. */
    public String date() {
        return world.date(tick);
    }

    /** The state, read-only and live. */
    public WorldView world() {
        return world;
    }

    /** The changes a phase may make to labs, teams and researchers (each checked). */
    public Editor edit() {
        return editor;
    }

    /** A stream derived from (seed, tick, keys): the same on every run and thread count. */
    public RandomGenerator random(long... keys) {
        java.util.Objects.requireNonNull(keys, "keys");
        long[] k = new long[keys.length + 2];
        k[0] = tick;
        k[1] = USER_KEY;
        System.arraycopy(keys, 0, k, 2, keys.length);
        return streams.stream(k);
    }
}
