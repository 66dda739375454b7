package org.talentsim.theory;

import org.talentsim.model.WorldView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.MovesView;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.Focus;
import org.talentsim.kernel.MoveLog;
import org.talentsim.model.MoveReason;
import org.talentsim.model.PayScale;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.World;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;

/** THEORY §6 V7 (a scripted worker, exact) and V8 (PVR invariants), through the engine. */
class PvrEngineTest {
    static final PostelVinayRobin PVR1 = PostelVinayRobin.uniform(0.02, 0.10, 0.04, 0.996, 1, 1.5);

    /** Runs the scripted worker: returns, after each tick, {wage, q, lab productivity, lab index}. */
    static List<double[]> scripted(double q0, double p0, String... offers) {
        MarketSpec quiet = MarketSpec.DEFAULT.withPayScale(new PayScale(1, 1)).withSeparation(Rate.ZERO)
                .withOffersEmployed(Rate.ZERO).withOffersSeeking(Rate.ZERO).withRetirement(Rate.ZERO)
                .withPoolExit(Rate.ZERO).withVisibilityGain(0).withUnemploymentValue(1).withAnnualRaise(0)
                .withPayAdjust(0).withOffSpecialty(1);
        ScenarioBuilder b = Scenario.builder("v7").months(offers.length).market(quiet)
                .morale(PolicySpec.of("fixed")).quits(PolicySpec.of("none"))
                .pool(1, new CohortSpec(Dist.constant(1), Dist.constant(0), 0, 0, Dist.constant(0), Dist.constant(0.5)));
        String[] names = {"P1.1", "P1.2", "P1.4", "P1.45", "P1.5", "Q1.4"};
        double[] ps = {1.1, 1.2, 1.4, 1.45, 1.5, 1.4};
        for (int k = 0; k < names.length; k++) {
            double p = ps[k];
            b.lab(names[k], l -> l.productivity(p).offer(PolicySpec.of("pvr")).retention(PolicySpec.of("match"))
                    .team("T", Focus.RESEARCH, 0, t -> t.unlimited()));
        }
        // The worker is wherever the last move took it: raid every other lab; only the holder has
        // an employee to pick, so exactly one offer is made each tick.
        for (int t = 0; t < offers.length; t++) {
            for (String from : names) {
                if (!from.equals(offers[t])) {
                    b.event(new EventSpec.Raid(t + 1, offers[t], "T", from, null, 1, false));
                }
            }
        }
        Scenario sc = b.build();
        String home = "P" + p0;
        PolicyRegistry reg = PolicyRegistry.defaults()
                .register(PolicyRegistry.OFFER, "pvr", spec -> PolicyRegistry.bertrand(PVR1::wage));
        List<double[]> out = new ArrayList<>();
        try (Simulation sim = Simulation.builder(sc).registry(reg).initializer(e -> {
            int lab = e.world().labIndex(home);
            e.employ(0, e.world().lab(lab).team(0), PVR1.wage(q0, p0), q0);
        }).build()) {
            WorldView w = sim.world();
            out.add(new double[] {w.population().salary(0), w.population().reference(0), labP(w), w.labOf(0)});
            for (int t = 0; t < offers.length; t++) {
                sim.step();
                out.add(new double[] {w.population().salary(0), w.population().reference(0), labP(w), w.labOf(0)});
            }
        }
        return out;
    }

    private static double labP(WorldView w) {
        return w.lab(w.labOf(0)).productivity();
    }

    static void assertState(double[] s, double wage, double q, double p) {
        assertEquals(wage, s[0], 1e-6, "wage");
        assertEquals(q, s[1], 1e-7, "q (the reference is stored as a float)");
        assertEquals(p, s[2], 1e-12, "p");
    }

    @Test
    void v7ScriptedWorker() {
        List<double[]> a = scripted(1.0, 1.4, "P1.2", "P1.1", "P1.45");
        assertState(a.get(0), 0.600268, 1.0, 1.4);
        assertState(a.get(1), 1.066756, 1.2, 1.4);
        assertState(a.get(2), 1.066756, 1.2, 1.4);
        assertState(a.get(3), 1.387508, 1.4, 1.45);
        assertTrue(a.get(3)[3] != a.get(2)[3] && a.get(2)[3] == a.get(0)[3], "moved to P1.45 only at the third offer");
        List<double[]> b = scripted(1.39, 1.4, "P1.5");
        assertState(b.get(0), 1.386502, 1.39, 1.4);
        assertState(b.get(1), 1.383344, 1.4, 1.5);
        assertTrue(b.get(1)[0] < b.get(0)[0], "a wage cut");
        // a tie (p' = p = 1.4) goes to the incumbent: the worker stays at P1.4 with the counter. The
        // state alone (wage, q, p) is the same had he moved to Q1.4, so where he is is checked too
        // (a theory review: the check could not fail)
        List<double[]> c = scripted(1.2, 1.4, "Q1.4");
        assertState(c.get(1), PVR1.wage(1.4, 1.4), 1.4, 1.4);
        assertEquals(c.get(0)[3], c.get(1)[3], "stays with the incumbent, P1.4");
    }

    /** V8: within a spell the wage never falls; w ≤ p; the winner has the higher p, ties to the incumbent. */
    @Test
    void v8Invariants() {
        TheoryMarket tm = TheoryMarkets.postelVinayRobin(PVR1, TheoryMarkets.Options.of(10_000, 240, 8).withLabs(50));
        List<String> bad = new ArrayList<>();
        int[] moves = new int[2];
        try (Simulation sim = tm.builder().observer(new TickObserver() {
            double[] last;

            @Override
            public void onStart(WorldView w) {
                last = new double[w.population().size()];
                for (int i = 0; i < last.length; i++) {
                    last[i] = w.population().salary(i);
                }
            }

            @Override
            public void onTick(int tick, WorldView w, MovesView log) {
                PopulationView p = w.population();
                boolean[] moved = new boolean[p.size()];
                for (int r = 0; r < log.size(); r++) {
                    int i = log.researcher(r);
                    MoveReason why = log.reason(r);
                    if (why == MoveReason.POACHED) {
                        moves[0]++;
                        double from = w.lab(log.fromLab(r)).productivity();
                        double to = w.lab(log.toLab(r)).productivity();
                        if (!(to > from)) {
                            bad.add("tick " + tick + " #" + i + " moved from p=" + from + " to p=" + to);
                        }
                    }
                    if (why == MoveReason.COUNTERED) {
                        moves[1]++;
                        if (!(log.newSalary(r) > log.oldSalary(r))) {
                            bad.add("tick " + tick + " #" + i + " countered without a raise");
                        }
                    }
                    if (why != MoveReason.COUNTERED) {
                        moved[i] = true;
                    }
                }
                for (int i = 0; i < p.size(); i++) {
                    if (p.status(i) != Status.EMPLOYED) {
                        continue;
                    }
                    double pay = p.salary(i);
                    double prod = w.lab(w.labOf(i)).productivity();
                    if (pay > prod + 1e-12) {
                        bad.add("tick " + tick + " #" + i + " paid " + pay + " > p " + prod);
                    }
                    if (!moved[i] && pay < last[i] - 1e-12) {
                        bad.add("tick " + tick + " #" + i + " wage fell within a spell " + last[i] + " -> " + pay);
                    }
                    last[i] = pay;
                }
                if (bad.size() > 20) {
                    throw new AssertionError(bad);
                }
            }
        }).build()) {
            sim.run();
        }
        assertEquals(List.of(), bad);
        assertTrue(moves[0] > 1000 && moves[1] > 1000, "enough moves and counters to mean something: " + moves[0] + ", " + moves[1]);
    }
}
