package org.talentsim.engine;

/**
 * A tick stopped part way: a policy, a user phase or an observer threw (the cause), or the engine
 * found a value it cannot go on with; or, with {@link #tick()} 0, setting up the simulation did (a
 * user's policy called for the starting state, or an initializer, threw). The message names the scenario, the tick and the phase, then
 * the cause's message. The simulation's state is then part of one tick and part of the next: it
 * refuses further {@link Simulation#step() steps} and {@link Simulation#finish() finish}, so that
 * no result is computed from it; build a new simulation to run again.
 */
public final class TickFailedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** The tick that failed (1 for the first; 0 for the set-up). */
    private final int tick;
    /** Where in the tick it failed, in words. */
    private final String phase;

    TickFailedException(String scenario, int tick, int ticks, String phase, Throwable cause) {
        super("scenario '" + scenario + "' failed " + (tick == 0 ? "before its first tick" : "at tick " + tick + " of " + ticks)
                + ", in " + phase + ": " + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getName()), cause);
        this.tick = tick;
        this.phase = phase;
    }

    /** The tick that failed (1 for the first; 0 when setting up the simulation, or an observer's start, failed). */
    public int tick() {
        return tick;
    }

    /**
     * Where in the tick: a built-in phase ({@code "phase OFFERS"}), a user phase ({@code "a user
     * phase after OFFERS"}), the observers ({@code "an observer"}) or, at tick 0, the set-up
     * ({@code "the set-up of the market"}, {@code "an initializer"}) or the observers' start
     * ({@code "an observer's start"}).
     */
    public String phase() {
        return phase;
    }
}
