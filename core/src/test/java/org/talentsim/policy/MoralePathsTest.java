package org.talentsim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.Focus;
import org.talentsim.model.MovesView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.WorldView;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * The kernel runs its own chunk loop for the built-in morale rules (it recognises {@link
 * PeerRelativeMorale} and {@link FixedMorale}) and calls any other policy once per employed
 * researcher. Wrapping a built-in rule in a lambda hides it from the kernel, so the run takes
 * the per-researcher path: every researcher's morale must be the same float, bit for bit, after
 * every tick, on one thread and on two, for default and non-default parameters.
 */
class MoralePathsTest {
    /** The built-ins, each hidden behind a lambda: the kernel cannot recognise them. */
    static PolicyRegistry generic() {
        PolicyRegistry builtIn = PolicyRegistry.defaults();
        PolicyRegistry reg = PolicyRegistry.defaults();
        for (String name : builtIn.names(PolicyRegistry.MORALE)) {
            reg.register(PolicyRegistry.MORALE, name, java.util.Set.of("base", "pay", "layoffs", "gap", "disparity", "leader", "speed"), spec -> {
                MoralePolicy p = builtIn.create(PolicyRegistry.MORALE, spec);
                return new MoralePolicy() {
                    @Override
                    public double morale(Inputs in) {
                        return p.morale(in);
                    }

                    @Override
                    public double steadyState(Inputs in) {
                        return p.steadyState(in);
                    }
                };
            });
        }
        return reg;
    }

    static Scenario multiChunk(PolicySpec morale) {
        return Scenario.builder("morale-paths").seed(5).months(12).morale(morale)
                .lab("A", l -> l.prestige(0.7).budget(3e9).offer(PolicySpec.of("star")).retention(PolicySpec.of("match"))
                        .strategy(PolicySpec.of("gap-response"))
                        .team("R", Focus.RESEARCH, 6000, t -> t.target(7000).payLevel(1.3))
                        .team("P", Focus.PRODUCT, 4000, t -> t.target(4500)))
                .lab("B", l -> l.prestige(0.5).team("R", Focus.RESEARCH, 5000, t -> t.target(5500)))
                .pool(3000, CohortSpec.DEFAULT.withVisaShare(0.2))
                .build();
    }

    @Test
    void builtInsAreTheRecordsTheKernelRecognises() {
        PolicyRegistry reg = PolicyRegistry.defaults();
        assertEquals(PeerRelativeMorale.DEFAULT, reg.create(PolicyRegistry.MORALE, PolicySpec.of("peer-relative")));
        assertEquals(new PeerRelativeMorale(0.6, 0.5, 1.0, 0.3, 0.1, 0.5, 0.5),
                reg.create(PolicyRegistry.MORALE, PolicySpec.of("peer-relative", "base", 0.6, "speed", 0.5)));
        assertSame(FixedMorale.INSTANCE, reg.create(PolicyRegistry.MORALE, PolicySpec.of("fixed")));
        assertInstanceOf(MoralePolicy.class, generic().create(PolicyRegistry.MORALE, PolicySpec.of("fixed")));
    }

    @Test
    void fastLoopAndPerResearcherPathGiveTheSameBits() {
        List<Scenario> scenarios = List.of(
                multiChunk(PolicySpec.of("peer-relative")),
                multiChunk(PolicySpec.of("peer-relative", "base", 0.9, "pay", 2.0, "layoffs", 3.0, "gap", 1.0,
                        "disparity", 0.7, "leader", 0.2, "speed", 0.6)),
                multiChunk(PolicySpec.of("fixed")),
                Worlds.everything(7));
        for (Scenario s : scenarios) {
            for (int threads : new int[] {1, 2}) {
                List<int[]> fast = trace(s, threads, PolicyRegistry.defaults());
                List<int[]> slow = trace(s, threads, generic());
                assertEquals(fast.size(), slow.size());
                boolean moved = false;
                for (int t = 0; t < fast.size(); t++) {
                    int[] a = fast.get(t);
                    int[] b = slow.get(t);
                    for (int i = 0; i < a.length; i++) {
                        if (a[i] != b[i]) {
                            throw new AssertionError(s.name() + " " + s.morale() + ", " + threads + " threads, tick "
                                    + (t + 1) + ", researcher " + i + ": fast " + Float.intBitsToFloat(a[i])
                                    + ", per researcher " + Float.intBitsToFloat(b[i]));
                        }
                    }
                    moved |= t > 0 && !java.util.Arrays.equals(a, fast.get(t - 1));
                }
                assertEquals(!s.morale().name().equals("fixed"), moved, s.name() + ": morale moved");
            }
        }
    }

    /** Every researcher's morale as float bits, after each tick. */
    private static List<int[]> trace(Scenario s, int threads, PolicyRegistry reg) {
        List<int[]> ticks = new ArrayList<>();
        Simulation.Builder b = Simulation.builder(s).threads(threads).registry(reg).observer(new TickObserver() {
            @Override
            public void onTick(int tick, WorldView w, MovesView moves) {
                PopulationView p = w.population();
                int[] bits = new int[p.size()];
                for (int i = 0; i < bits.length; i++) {
                    bits[i] = Float.floatToRawIntBits((float) p.morale(i));
                }
                ticks.add(bits);
            }
        });
        try (Simulation sim = b.build()) {
            sim.run(Math.min(12, s.ticks()));
        }
        return ticks;
    }

    @Test
    void aUserPolicyGetsOneResearcherAndItsResultIsClamped() {
        Scenario s = multiChunk(PolicySpec.of("above-one"));
        PolicyRegistry reg = PolicyRegistry.defaults()
                .register(PolicyRegistry.MORALE, "above-one", spec -> in -> in.morale() + 5);
        try (Simulation sim = Simulation.builder(s).registry(reg).build()) {
            sim.run(2);
            PopulationView p = sim.world().population();
            int employed = 0;
            for (int i = 0; i < p.size(); i++) {
                if (p.status(i) == org.talentsim.model.Status.EMPLOYED) {
                    employed++;
                    assertTrue(p.morale(i) <= 1.0, "morale of #" + i + " is " + p.morale(i));
                }
            }
            assertTrue(employed > 0);
        }
    }

    @Test
    void parametersAreChecked() {
        var e = assertThrows(IllegalArgumentException.class, () -> new PeerRelativeMorale(0.75, 0.5, 1, 0.3, 0.1, 0.5, 1.5));
        assertEquals("morale policy 'peer-relative': speed must be in [0,1], was 1.5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PeerRelativeMorale(0.75, Double.NaN, 1, 0.3, 0.1, 0.5, 0.2));
    }
}
