package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.model.LabView;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.Scenario;

/**
 * The flagship's capability claims (STORY S8, S9) over seeds 1-10, with each lab's efficiency its
 * own (docs/MODEL.md §7.2, "Each lab's efficiency"): falling behind is what makes Meta spend.
 * Meta starts 10% behind the leaders and stays there while nothing happens; DeepSeek's R1
 * (January) catches up with the leaders without putting Meta more than 15% behind; Llama 4
 * (April) does, and Meta's gap-response strategy raises its offer premium from that month and
 * grows its budget until June's injection passes the cap. Without Llama 4 (with R1 or without)
 * the gap stays under 15% for the two years, no premium, and the budget moves only with the
 * injection; Llama 4 alone gives the same response as both. (Before, with one efficiency for all
 * labs, Google DeepMind's size made it drift up and the strategy fired from the first month with
 * the events or without; then, with R1 putting DeepSeek 14% above the field, R1 alone started it:
 * two labour economist's reviews, 2026-12-05.) DeepSeek's capability follows its researchers.
 */
class Meta2025CapabilityTest {
    static final int SEEDS = 10;

    /** Per tick (0 = before the first): Meta's gap to the leader, its budget and offer premium; DeepSeek's capability. */
    record Trace(double[] gap, double[] budget, double[] premium, double[] metaCapability, double[] deepSeek) { }

    static Trace run(Scenario s) {
        int ticks = s.ticks();
        Trace p = new Trace(new double[ticks + 1], new double[ticks + 1], new double[ticks + 1], new double[ticks + 1],
                new double[ticks + 1]);
        try (Simulation sim = Simulation.builder(s).threads(2).observer((t, w, moves) -> {
            double best = 0;
            for (LabView l : w.labs()) {
                best = Math.max(best, l.capability());
            }
            LabView meta = w.lab(w.labIndex("Meta"));
            p.gap[t] = (best - meta.capability()) / best;
            p.budget[t] = meta.budget();
            p.premium[t] = meta.offerPremium();
            p.metaCapability[t] = meta.capability();
            p.deepSeek[t] = w.lab(w.labIndex("DeepSeek")).capability();
        }).build()) {
            sim.run();
        }
        return p;
    }

    @Test
    void fallingBehindIsWhatMakesMetaSpend() {
        Scenario base = ScenarioFiles.read(Runs.DIR.resolve("meta-2025.yaml"));
        assertTrue(base.market().capability().efficiencyPerLab(), "the flagship gives each lab its own efficiency");
        int april = 4;
        int june = 6;
        Set<Double> deepSeekAtEnd = new HashSet<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            Scenario s = base.toBuilder().seed(seed).build();
            int ticks = s.ticks();
            double start = s.labs().get(0).budget();
            Trace with = run(s);
            Trace noLlama = run(s.toBuilder().removeEvents(e -> e instanceof EventSpec.CapabilityJump j && j.lab().equals("Meta")).build());
            Trace none = run(s.toBuilder().removeEvents(e -> e instanceof EventSpec.CapabilityJump).build());
            Trace noR1 = run(s.toBuilder().removeEvents(e -> e instanceof EventSpec.CapabilityJump j && j.lab().equals("DeepSeek")).build());

            for (int t = 1; t <= ticks; t++) {
                String at = "seed " + seed + " tick " + t;
                assertTrue(t < april ? with.gap[t] < 0.15 : with.gap[t] > 0.15, at + ": Llama 4 puts Meta more than 15% behind: "
                        + with.gap[t]);
                assertEquals(t >= april, with.premium[t] > 0, at + ": the premium rises from April: " + with.premium[t]);
                for (Trace quiet : new Trace[] {noLlama, none}) {
                    assertTrue(quiet.gap[t] < 0.15, at + ": without Llama 4 Meta stays within 15% in the two years: " + quiet.gap[t]);
                    assertEquals(0, quiet.premium[t], at + ": no panic without falling behind");
                    assertEquals(t >= june ? start + 2.5e9 : start, quiet.budget[t], 1e-3,
                            at + ": without Llama 4 only June's injection moves the budget");
                }
                // Llama 4 alone: the same response (R1 catches DeepSeek up; it does not start the panic)
                assertEquals(with.premium[t], noR1.premium[t], 1e-12, at);
                assertEquals(with.budget[t], noR1.budget[t], 1e-3, at);
            }
            for (int t = april + 1; t <= ticks; t++) {
                assertTrue(with.premium[t] >= with.premium[t - 1], "seed " + seed + " tick " + t + ": rises while Meta is behind");
            }
            for (int t = april; t < june; t++) {
                assertTrue(with.budget[t] > with.budget[t - 1], "seed " + seed + " tick " + t + ": panic spending grows the budget");
            }
            // June's injection lifts the budget above twice the starting one: the strategy adds no more
            assertTrue(with.budget[june] > 2 * start, "seed " + seed + ": " + with.budget[june]);
            for (int t = june; t <= ticks; t++) {
                assertEquals(with.budget[june], with.budget[t], 1e-3, "seed " + seed + " tick " + t + ": budget growth is capped");
            }
            // Meta is at its steady state until Llama 4 (its people barely change before it), and
            // Llama 4 takes a tenth off
            for (int t = 1; t < april; t++) {
                assertEquals(90, with.metaCapability[t], 0.5, "seed " + seed + " tick " + t);
            }
            assertTrue(with.metaCapability[april] < 0.92 * 90, "seed " + seed + ": " + with.metaCapability[april]);
            // R1 catches DeepSeek up with the leaders (100); its lead fades at the rate of
            // depreciation, toward what DeepSeek's people produce (85)
            assertEquals(100, with.deepSeek[1], 1, "seed " + seed);
            assertTrue(with.deepSeek[ticks] < with.deepSeek[1] && with.deepSeek[ticks] > 85, "seed " + seed + ": "
                    + with.deepSeek[1] + " -> " + with.deepSeek[ticks]);
            deepSeekAtEnd.add(with.deepSeek[ticks]);
        }
        assertTrue(deepSeekAtEnd.size() == SEEDS, "DeepSeek's capability depends on its researchers in each seed: " + deepSeekAtEnd);
    }
}
