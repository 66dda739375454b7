package org.talentsim.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;
import org.talentsim.engine.Simulation;
import org.talentsim.kernel.Market;

/**
 * The state the tick benchmarks share: a warmed simulation and a frozen snapshot of its market,
 * restored at the start of every measured call so that each call times the same tick rather
 * than an evolving world. Subclasses call {@link #freeze} from their own {@code @Setup}.
 */
abstract class FrozenMarket {
    Simulation sim;
    Market market;
    Market.Snapshot frozen;

    /** Takes the snapshot every call will restore. */
    final void freeze(Simulation warmed) {
        sim = warmed;
        market = org.talentsim.kernel.Internals.market(warmed);
        frozen = market.snapshot();
    }

    @TearDown(Level.Trial)
    public void close() {
        sim.close();
    }

    /**
     * Restores the frozen state and returns a value that depends on it, so that a {@code
     * baseline} benchmark made of this call alone cannot be folded away.
     */
    final double restored() {
        market.restore(frozen);
        return market.world().lab(0).payroll();
    }

    /** Restores the frozen state and runs one full tick of the simulation on it. */
    final double stepped() {
        market.restore(frozen);
        sim.step();
        return market.world().lab(0).payroll();
    }
}
