package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * The census checks a small lab's median against the tick before's (one counting pass) and keeps
 * it, and its ln(median pay), while it stays the same, and finds a larger lab's in a window of pay
 * kept around the tick before's; the production
 * phase keeps a team's pay premium while its census (headcount, sums of salary and skill) stays
 * the same. Both must give the bits of computing them afresh every tick: the state, the labs'
 * ln(median) and the teams' disparities, tick by tick, over many seeds and kinds of market.
 */
class ReusedSignalsTest {
    @Test
    void reusedLogsAndPremiumsGiveTheBitsOfFreshOnes() {
        List<Scenario> scenarios = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            scenarios.add(Worlds.random(seed));
        }
        scenarios.add(Worlds.everything(3));
        scenarios.add(Worlds.acquiHire(4));
        scenarios.add(Worlds.tightBudgets(5, TickUnit.MONTH));
        scenarios.add(Worlds.twoLabWar(6));
        // many small labs over more than two chunks, so that on 2 threads both stripes of the
        // census check small labs' medians (the stripes take alternate labs)
        for (long seed = 7; seed <= 8; seed++) {
            Scenario small = smallLabs(seed);
            assertTrue(small.population() > 2 * Market.CHUNK_SIZE, "population " + small.population());
            scenarios.add(small);
        }
        int reused = 0;
        int windowed = 0;
        for (Scenario s : scenarios) {
            for (int threads : new int[] {1, 2}) {
                Trace fresh = trace(s, threads, false);
                Trace kept = trace(s, threads, true);
                assertEquals(fresh.lines.size(), kept.lines.size());
                for (int k = 0; k < fresh.lines.size(); k++) {
                    assertEquals(fresh.lines.get(k), kept.lines.get(k), s.name() + ", " + threads + " threads, tick " + (k + 1));
                }
                reused += kept.unchangedMedians;
                windowed += kept.windowed();
            }
        }
        // the reuse is exercised: many labs keep their median from one tick to the next
        assertTrue(reused > 100, "medians kept from the tick before: " + reused);
        // and the windows kept around larger labs' medians answer
        assertTrue(windowed > 100, "medians found in last tick's window: " + windowed);
    }

    /** 600 labs of one team of 6 to 20, a pool of 3,000: ~10,000 researchers, medians read by the default morale rule. */
    private static Scenario smallLabs(long seed) {
        org.talentsim.scenario.ScenarioBuilder b = Scenario.builder("small-labs-" + seed).seed(seed).months(12)
                .pool(3_000, org.talentsim.scenario.CohortSpec.DEFAULT);
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int l = 0; l < 600; l++) {
            int head = 6 + r.nextInt(15);
            b.lab("L" + l, lab -> lab.team("T", org.talentsim.model.Focus.RESEARCH, head, t -> t.target(head + 2)));
        }
        return b.build();
    }

    private record Trace(List<String> lines, int unchangedMedians, int windowed) {}

    private static Trace trace(Scenario s, int threads, boolean reuse) {
        List<String> lines = new ArrayList<>();
        int unchanged = 0;
        int windowed;
        try (Simulation sim = Simulation.builder(s).threads(threads).build()) {
            Market m = Internals.market(sim);
            m.census.reuseLogs = reuse;
            m.productionPhase.reusePremiums = reuse;
            double[] before = new double[0];
            for (int k = 0; k < s.ticks(); k++) {
                sim.step();
                double[] med = m.census.medians();
                double[] ln = m.census.lnMedians();
                StringBuilder b = new StringBuilder(MarketHash.of(m));
                for (int l = 0; l < m.world.labCount(); l++) {
                    // the log always matches the median it stands for
                    double expected = med[l] > 0 ? (double) Population.lnPay(med[l]) : med[l] == 0 ? Census.NO_PEER_LN : Double.NaN;
                    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(ln[l]),
                            s.name() + " tick " + (k + 1) + " lab " + l);
                    b.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(ln[l])));
                    if (l < before.length && med[l] == before[l]) {
                        unchanged++;
                    }
                }
                before = java.util.Arrays.copyOf(med, m.world.labCount());
                MoraleContext c = m.productionPhase.moraleContext();
                if (c != null) {
                    for (int t = 0; t < m.world.teamCount(); t++) {
                        b.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(c.disparity()[t])));
                    }
                }
                lines.add(b.toString());
            }
            windowed = m.census.windowed();
        }
        return new Trace(lines, unchanged, windowed);
    }
}
