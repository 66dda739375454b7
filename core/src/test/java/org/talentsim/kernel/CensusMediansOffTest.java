package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.model.TickUnit;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.theory.BurdettMortensen;
import org.talentsim.theory.PostelVinayRobin;
import org.talentsim.theory.TheoryMarket;
import org.talentsim.theory.TheoryMarkets;
import org.talentsim.testkit.Worlds;

/**
 * The census leaves the labs' medians out when no rule of the market reads them (the fixed
 * morale rule with no quits: the theory markets): the results must be those of a census that
 * computes them, bit for bit, and every other market must still get them.
 */
class CensusMediansOffTest {
    @Test
    void aMarketWithFixedMoraleAndNoQuitsGivesTheSameBitsWithoutTheMedians() {
        List<TheoryMarket> markets = List.of(
                TheoryMarkets.burdettMortensen(new BurdettMortensen(0.02, 0.10, 0.10, 0.5, 1.0),
                        TheoryMarkets.Options.of(3_000, 36, 5).withLabs(200)),
                TheoryMarkets.postelVinayRobin(PostelVinayRobin.uniform(0.02, 0.10, 0.04, 0.996, 1, 1.5),
                        TheoryMarkets.Options.of(3_000, 36, 6).withLabs(200)));
        for (TheoryMarket t : markets) {
            for (int threads : new int[] {1, 2}) {
                List<String> without = trace(t, threads, false);
                List<String> with = trace(t, threads, true);
                assertEquals(with, without, t.scenario().name() + ", " + threads + " threads");
            }
        }
    }

    /** One line per tick (state, accounts, moves); {@code medians} forces the census to compute them. */
    private static List<String> trace(TheoryMarket t, int threads, boolean medians) {
        List<String> lines = new ArrayList<>();
        try (Simulation sim = t.builder().threads(threads).build()) {
            Market m = Internals.market(sim);
            if (medians) {
                m.census.computeMedians(true);
            }
            for (int k = 0; k < t.scenario().ticks(); k++) {
                sim.step();
                lines.add(MarketHash.of(m));
                double median = m.census.medians()[0];
                assertEquals(medians, median == median, "tick " + (k + 1) + ": the medians computed only when asked");
            }
        }
        return lines;
    }

    @Test
    void theMediansAreComputedWheneverARuleReadsThem() {
        Scenario base = Worlds.tightBudgets(3, TickUnit.MONTH);
        // the default morale rule (peer-relative) reads them; fixed morale with a quit hazard still needs the pay gap
        for (Scenario s : List.of(base, base.toBuilder().morale(PolicySpec.of("fixed")).build())) {
            Market m = new Market(s, PolicyRegistry.defaults());
            m.census();
            for (int l = 0; l < m.world.labCount(); l++) {
                assertTrue(m.census.medians()[l] > 0, s.morale() + ", lab " + l + ": " + m.census.medians()[l]);
            }
        }
        Market none = new Market(base.toBuilder().morale(PolicySpec.of("fixed")).quits(PolicySpec.of("none")).build(),
                PolicyRegistry.defaults());
        none.census();
        assertTrue(Double.isNaN(none.census.medians()[0]), "fixed morale and no quits: not computed");
    }
}
