package org.talentsim.engine;

/**
 * A step inside a tick. Insert your own with {@link Simulation.Builder#before(PhaseId, Phase)}
 * or {@link Simulation.Builder#after(PhaseId, Phase)}. A phase may change the world; it must
 * draw randomness only from {@link TickContext#random(long...)} to keep runs reproducible.
 */
@FunctionalInterface
public interface Phase {
    /** Runs the phase for the current tick. */
    void run(TickContext ctx);
}
