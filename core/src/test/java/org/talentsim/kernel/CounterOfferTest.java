package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.policy.AcceptancePolicy;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Recorder;

/**
 * Counter-offers in the researcher's own terms (MODEL §7.5, issue 11 item 1): an incumbent less
 * prestigious than the poacher can keep people by paying more than the offer, up to its cap.
 */
class CounterOfferTest {
    /** What the incumbent saw for one offer. */
    record Seen(int researcher, double offer, double toKeep, double cap) {}

    /** A less prestigious but richer incumbent against a prestigious poacher, utility acceptance. */
    static Scenario duel(long seed, double upTo) {
        return MechanismTest.quiet("duel").seed(seed).months(24)
                .market(MechanismTest.QUIET.withOffersEmployed(Rate.perYear(3)))
                .acceptance(PolicySpec.of("utility", "prestige", 0.8, "morale", 0.3, "switchingCost", 0.05))
                .lab("Famous", l -> l.prestige(0.95).productivity(1.5).offer(PolicySpec.of("premium", "premium", 0.3))
                        .team("R", Focus.RESEARCH, 50, t -> t.target(400)))
                .lab("Rich", l -> l.prestige(0.5).productivity(3.0).retention(PolicySpec.of("recording", "upTo", upTo))
                        .team("R", Focus.RESEARCH, 300, t -> t.target(300)))
                .build();
    }

    static List<Seen> seen = new ArrayList<>();

    static PolicyRegistry recording() {
        return PolicyRegistry.defaults().register(PolicyRegistry.RETENTION, "recording", java.util.Set.of("upTo"), spec -> {
            double upTo = spec.param("upTo", 1.0);
            return q -> {
                seen.add(new Seen(q.researcher(), q.offer(), q.toKeep(), upTo * q.valuation()));
                return upTo * q.valuation();
            };
        });
    }

    @Test
    void theIncumbentPaysWhatKeepsTheResearcherWhenItsCapReachesIt() {
        int countered = 0;
        int poached = 0;
        int above = 0;
        for (long seed = 1; seed <= 10; seed++) {
            seen.clear();
            Map<Integer, Seen> last = new HashMap<>();
            List<String> wrong = new ArrayList<>();
            int[] counts = new int[3];
            Recorder rec = new Recorder((tick, w) -> {
                for (Seen s : seen) {
                    last.put(s.researcher(), s);
                }
                seen.clear();
                for (int r = 0; r < w.moves().size(); r++) {
                    Seen s = last.get(w.moves().researcher(r));
                    MoveReason why = w.moves().reason(r);
                    if (why == MoveReason.COUNTERED) {
                        counts[0]++;
                        // the counter is the pay that keeps the researcher, above the offer here
                        if (w.moves().newSalary(r) != s.toKeep()) {
                            wrong.add("counter " + w.moves().newSalary(r) + " is not the pay that keeps " + s);
                        }
                        if (s.toKeep() > s.offer()) {
                            counts[2]++;
                        }
                    } else if (why == MoveReason.POACHED && w.moves().fromLab(r) == 1) {
                        counts[1]++;
                        if (s.toKeep() <= s.cap()) {
                            wrong.add("lost though the cap " + s.cap() + " reached the pay that keeps: " + s);
                        }
                    }
                }
            });
            try (Simulation sim = Simulation.builder(duel(seed, 1.0)).registry(recording()).observer(rec)
                    .observer(new InvariantChecker()).build()) {
                sim.run();
            }
            assertEquals(List.of(), wrong, "seed " + seed);
            countered += counts[0];
            poached += counts[1];
            above += counts[2];
        }
        assertTrue(countered > 100, "counter-offers over ten seeds: " + countered);
        assertTrue(above == countered, "against a more prestigious poacher every counter beats the offer: " + above + " of " + countered);
        assertTrue(countered > 5 * poached, "the rich incumbent keeps most: " + countered + " countered, " + poached + " poached");
    }

    @Test
    void aStingyIncumbentDoesNotCounterAnOfferItCannotBeat() {
        int poached = 0;
        int countered = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Recorder rec = new Recorder();
            try (Simulation sim = Simulation.builder(duel(seed, 0.3)).registry(recording()).observer(rec).build()) {
                sim.run();
            }
            poached += rec.of(MoveReason.POACHED).stream().filter(m -> m.fromLab() == 1).count();
            countered += rec.of(MoveReason.COUNTERED).size();
        }
        // upTo 0.3 of a valuation of 3·w* is 0.9·w*: below any offer of the Famous lab's premium
        assertEquals(0, countered);
        assertTrue(poached > 50, "poached: " + poached);
    }

    @Test
    void utilityRetainingPayIsTheIndifferencePoint() {
        AcceptancePolicy u = PolicyRegistry.defaults().create(PolicyRegistry.ACCEPTANCE,
                PolicySpec.of("utility", "prestige", 0.8, "morale", 0.3, "switchingCost", 0.05));
        Population pop = new Population(1);
        for (double morale : new double[] {0, 0.3, 0.5, 0.9, 1}) {
            pop.setMorale(0, morale);
            for (double[] prestige : new double[][] {{0.95, 0.5}, {0.5, 0.95}, {0.6, 0.6}}) {
                AcceptChoice c = new AcceptChoice();
                double keep = u.retainingPay(c.set(0, pop, 1e6, 9e5, prestige[0], prestige[1], true));
                double expected = 1e6 * Math.exp(0.8 * (prestige[0] - prestige[1]) - 0.05 - 0.3 * (morale - 0.5));
                assertEquals(expected, keep, expected * 1e-8);
                assertFalse(u.accept(c.set(0, pop, 1e6, keep, prestige[0], prestige[1], true)), "stays at " + keep);
                assertTrue(u.accept(c.set(0, pop, 1e6, keep * (1 - 1e-6), prestige[0], prestige[1], true)), "leaves just below");
            }
        }
        AcceptancePolicy hw = PolicyRegistry.defaults().create(PolicyRegistry.ACCEPTANCE, PolicySpec.of("higher-wage"));
        AcceptChoice c = new AcceptChoice();
        assertEquals(1e6, hw.retainingPay(c.set(0, pop, 1e6, 9e5, 0.9, 0.1, true)));
        assertFalse(hw.accept(c.set(0, pop, 1e6, 1e6, 0.9, 0.1, true)), "a match keeps a pay-only researcher");
    }
}
