package org.talentsim.engine;

import org.talentsim.model.MoveLog;
import org.talentsim.model.World;

/**
 * Receives each finished tick. The world is in its end-of-tick state with a fresh census (team
 * sums, lab payrolls); {@code moves} holds the tick's rows and is cleared after all observers
 * have run, so copy what you need. Observers run on the simulation's thread, in the order added.
 */
public interface TickObserver {
    /** Called once before the first tick, with the starting state. */
    default void onStart(World world) {}

    /** Called after each tick. */
    void onTick(int tick, World world, MoveLog moves);

    /** Called once when {@link Simulation#run()} finishes (or {@link Simulation#finish()} is called). */
    default void onEnd(World world) {}
}
