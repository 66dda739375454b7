package org.talentsim.engine;

import org.talentsim.model.MovesView;
import org.talentsim.model.OffersView;
import org.talentsim.model.WorldView;

/**
 * Receives each finished tick. The world is in its end-of-tick state with a fresh census (team
 * sums, lab payrolls); {@code moves} holds the tick's rows (and {@link #onOffers} the tick's
 * offers, for an observer that wants them) and is cleared after all observers have run, so copy
 * what you need. Observers run on the simulation's thread, in the order added,
 * and see the state through read-only views.
 */
public interface TickObserver {
    /**
     * Called once before the first tick, with the starting state (or, when {@link Simulation#finish()}
     * is called before any tick, just before {@link #onEnd}: a run of no ticks).
     */
    default void onStart(WorldView world) {}

    /** Called after each tick. */
    void onTick(int tick, WorldView world, MovesView moves);

    /**
     * Whether this observer reads the offers of each tick ({@link #onOffers}). Asked once, when
     * the simulation is built; the offers phase records offers only if some observer says yes,
     * so a run without such an observer spends nothing on them. Results do not depend on it.
     */
    default boolean wantsOffers() {
        return false;
    }

    /**
     * Called after each tick, just before {@link #onTick}, with the offers made in the tick's
     * offers phase, if {@link #wantsOffers()}. Cleared with the moves after all observers have run.
     */
    default void onOffers(int tick, WorldView world, OffersView offers) {}

    /** Called once when {@link Simulation#run()} finishes (or {@link Simulation#finish()} is called). */
    default void onEnd(WorldView world) {}
}
