package org.talentsim.kernel;

import org.talentsim.kernel.Internals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.World;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * The census's medians (the peer pay of the morale rule) are the lower medians of each lab's
 * employed salaries, however many stripes the census runs in, and also when the team headcounts
 * it lays the scratch array out by are wrong (it must notice and lay it out again from the counts).
 */
class CensusMediansTest {
    @Test
    void lowerMedianOfEachLabForAnyStripesAndEvenWithWrongHeadcounts() {
        for (long seed : new long[] {3, 8}) {
            try (Simulation sim = Simulation.builder(seed == 3 ? Worlds.everything(seed) : threeLabs(seed)).build()) {
                sim.run(6);
                Market m = Internals.market(sim);
                World w = m.world();
                for (int workers = 1; workers <= 3; workers++) {
                    m.useRunner(stripes(workers));
                    perturbPay(w.population(), seed * 10 + workers);
                    m.census();
                    assertMedians(m, "seed " + seed + ", " + workers + " stripes");
                    w.team(0).addHeadcount(3);
                    w.team(w.teamCount() - 1).addHeadcount(-2);
                    perturbPay(w.population(), seed * 10 + workers + 5);
                    m.census();
                    assertMedians(m, "seed " + seed + ", " + workers + " stripes, headcounts off");
                    w.team(0).addHeadcount(-3);
                    w.team(w.teamCount() - 1).addHeadcount(2);
                }
            }
        }
    }

    /** Several chunks, so the census really runs in 2 or 3 stripes. */
    private static Scenario threeLabs(long seed) {
        return Scenario.builder("three-labs").seed(seed).months(12)
                .lab("A", l -> l.prestige(0.7).offer(PolicySpec.of("star")).retention(PolicySpec.of("match"))
                        .team("R", Focus.RESEARCH, 6000, t -> t.target(7000))
                        .team("P", Focus.PRODUCT, 4000, t -> t.target(4500)))
                .lab("B", l -> l.prestige(0.5).team("R", Focus.RESEARCH, 5000, t -> t.target(5500)))
                .lab("C", l -> l.prestige(0.3).team("I", Focus.INFRA, 1001, t -> t.target(1100)))
                .pool(3000, CohortSpec.DEFAULT.withVisaShare(0.2))
                .build();
    }

    /** New salaries for everyone, so nothing left in the census's scratch from a previous run is still right. */
    private static void perturbPay(Population p, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < p.size(); i++) {
            p.setSalary(i, p.salary(i) * (0.9 + 0.2 * r.nextDouble()));
        }
    }

    /** A runner that reports {@code k} workers and runs the stripes one after the other. */
    private static ChunkRunner stripes(int k) {
        return new ChunkRunner() {
            @Override
            public void run(int chunks, java.util.function.IntConsumer task) {
                for (int c = chunks - 1; c >= 0; c--) {
                    task.accept(c);
                }
            }

            @Override
            public int workers() {
                return k;
            }
        };
    }

    private static void assertMedians(Market m, String what) {
        World w = m.world();
        Population p = w.population();
        List<List<Float>> pay = new ArrayList<>();
        for (int l = 0; l < w.labCount(); l++) {
            pay.add(new ArrayList<>());
        }
        for (int i = 0; i < p.size(); i++) {
            if (p.status(i) == Status.EMPLOYED) {
                pay.get(w.teamLabArray()[p.team(i)]).add((float) p.salary(i));
            }
        }
        int nonEmpty = 0;
        for (int l = 0; l < w.labCount(); l++) {
            List<Float> v = pay.get(l);
            v.sort(null);
            double expected = v.isEmpty() ? 0 : v.get((v.size() - 1) / 2);
            nonEmpty += v.isEmpty() ? 0 : 1;
            assertEquals(expected, m.census.medians()[l], what + ", lab " + l);
            float[] laidOut = m.census.salariesOf(l);
            java.util.Arrays.sort(laidOut);
            float[] counted = new float[v.size()];
            for (int k = 0; k < counted.length; k++) {
                counted[k] = v.get(k);
            }
            org.junit.jupiter.api.Assertions.assertArrayEquals(counted, laidOut, what + ", salaries of lab " + l);
        }
        assertEquals(true, nonEmpty >= 2, "labs with employees");
    }
}
