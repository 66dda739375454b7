package org.talentsim.engine;

import org.talentsim.model.MovesView;
import org.talentsim.model.WorldView;

/**
 * Receives each finished tick. The world is in its end-of-tick state with a fresh census (team
 * sums, lab payrolls); {@code moves} holds the tick's rows and is cleared after all observers
 * have run, so copy what you need. Observers run on the simulation's thread, in the order added,
 * and see the state through read-only views.
 */
public interface TickObserver {
    /** Called once before the first tick, with the starting state. */
    default void onStart(WorldView world) {}

    /** Called after each tick. */
    void onTick(int tick, WorldView world, MovesView moves);

    /** Called once when {@link Simulation#run()} finishes (or {@link Simulation#finish()} is called). */
    default void onEnd(WorldView world) {}
}
