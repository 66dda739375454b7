package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.model.Status;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;
import org.talentsim.scenario.Stake;
import org.talentsim.scenario.StarSpec;
import org.talentsim.scenario.TeamSpec;
import org.talentsim.testkit.Recorder;

/**
 * Issue 11 item 7: events act on the right subject. A founder (or a star under contract) holds
 * an unvested stake in his lab, which he forfeits by leaving, so he is rarely poached out of it
 * (docs/MODEL.md §7.5); a dismissal names the lab that lets the person go, and does nothing if he
 * no longer works there (§7.6).
 */
class StakesAndDismissalsTest {
    /**
     * Poaching is brisk (offers 3 a year at visibility 0.5), quits follow morale, and nobody
     * separates or retires for other reasons: Rich, prestigious and hiring, poaches stars paid
     * below their worth.
     */
    static final MarketSpec BRISK = MarketSpec.DEFAULT.withOffersEmployed(Rate.perYear(3))
            .withSeparation(Rate.ZERO).withRetirement(Rate.ZERO);

    static ScenarioBuilder world(long seed, Stake chief) {
        return Scenario.builder("stakes").seed(seed).months(24).market(BRISK)
                .lab("Home", l -> l.prestige(0.5).team("Science", Focus.RESEARCH, 200, t -> t
                        .star(new StarSpec("Chief", 6, 1e6, 0.9, false, chief))))
                .lab("Rich", l -> l.prestige(0.9).productivity(3).offer(PolicySpec.of("premium", "premium", 0.5))
                        .team("R", Focus.RESEARCH, 100, t -> t.target(400)))
                .pool(200);
    }

    /** Chief founds Start in tick 2 at $1M, holding {@code stake}. */
    static Scenario founding(long seed, Stake stake) {
        LabSpec start = new LabSpec("Start", 0.5, Double.POSITIVE_INFINITY, 10, 1.5, Double.NaN, null, null, null, null, null,
                List.of(new TeamSpec("Core", Focus.RESEARCH, 0, 20, 1, 0.9, 1, false, null, null)));
        return world(seed, Stake.NONE)
                .event(new EventSpec.Found(2, ResearcherRef.named("Chief"), start, 1e6, stake, null)).build();
    }

    /** Where researcher {@code name} works at the end: his lab's name, or his status. */
    static String endsAt(Scenario s) {
        try (Simulation sim = Simulation.builder(s).observer(new InvariantChecker()).build()) {
            sim.run();
            World w = Internals.market(sim).world();
            Population p = w.population();
            int i = p.indexOf("Chief");
            return p.status(i) == Status.EMPLOYED ? w.lab(w.team(p.team(i)).lab()).name() : p.status(i).toString();
        }
    }

    static int seedsAt(String lab, java.util.function.LongFunction<Scenario> scenario) {
        int n = 0;
        for (long seed = 1; seed <= 10; seed++) {
            n += endsAt(scenario.apply(seed)).equals(lab) ? 1 : 0;
        }
        return n;
    }

    @Test
    void aFounderWithTheDefaultStakeStaysAtHisStartUp() {
        int withStake = seedsAt("Start", seed -> founding(seed, Stake.FOUNDER));
        int without = seedsAt("Start", seed -> founding(seed, Stake.NONE));
        assertTrue(withStake >= 9, "founder still at his lab after 22 months in " + withStake + " of 10 seeds");
        assertTrue(without <= 5, "without a stake he is poached out in most seeds: stays in " + without + " of 10");
    }

    @Test
    void aVestedStakeNoLongerHolds() {
        int vested = seedsAt("Start", seed -> founding(seed, new Stake(1, 3)));
        assertTrue(vested <= 5, "a stake vested after 3 months keeps him in " + vested + " of 10 seeds");
    }

    @Test
    void aStarUnderContractStaysWhereAnUncontractedOneIsPoached() {
        int contract = seedsAt("Home", seed -> world(seed, new Stake(1, 48)).build());
        int none = seedsAt("Home", seed -> world(seed, Stake.NONE).build());
        assertTrue(contract >= 9, "star under contract at Home in " + contract + " of 10 seeds");
        assertTrue(none <= 5, "without one in " + none + " of 10 seeds");
    }

    @Test
    void theFoundersStakeIsHisSurplusAndIsForfeitedWhenHeLeaves() {
        LabSpec start = new LabSpec("Start", 0.5, Double.POSITIVE_INFINITY, 10, 1.5, Double.NaN, null, null, null, null, null,
                List.of(new TeamSpec("Core", Focus.RESEARCH, 0, 20, 1, 0.9, 1, false, null, null)));
        Scenario s = world(1, Stake.NONE).market(MechanismTest.QUIET).quits(PolicySpec.of("none"))
                .event(new EventSpec.Found(2, ResearcherRef.named("Chief"), start, 1e6, new Stake(0.5, 12), null))
                .event(new EventSpec.Dismissal(6, "Start", List.of("Chief"), 0, 0, 0))
                .build();
        double[] stake = new double[25];
        Recorder rec = new Recorder((t, w) -> stake[t] = w.population().stake(w.population().indexOf("Chief"), t));
        try (Simulation sim = Simulation.builder(s).observer(rec).observer(new InvariantChecker()).build()) {
            sim.run(3);
            Market m = Internals.market(sim);
            int i = m.world().population().indexOf("Chief");
            Lab lab = m.world().lab(m.world().labIndex("Start"));
            double surplus = m.valuation(lab, m.world().team(m.world().population().team(i)), i) - 1e6;
            assertEquals(0.5 * surplus, stake[2], 1e-6 * surplus, "half the surplus of his match at Start");
            assertEquals(stake[2], stake[3]);
            sim.run();
        }
        assertEquals(0, stake[1], "no stake before the founding");
        assertEquals(1, rec.of(MoveReason.LAID_OFF).stream().filter(mv -> mv.tick() == 6).count(), "dismissed by Start");
        assertTrue(stake[5] > 0, "held until then");
        assertEquals(0, stake[6], "forfeited when he is let go");
        assertEquals(0, stake[13], "and never comes back");
    }

    /**
     * A founder holding his stake is paid his founding salary with the annual raise only: no
     * anniversary adjustment toward his team's pay level (the flagship's founder went from $2M to
     * $14.5M at his first anniversary: a student's review); without a stake, or once it has vested,
     * the adjustment applies as to everyone. Over 5 seeds, in the runs where he stays.
     */
    @Test
    void aFounderHoldingHisStakeGetsTheRaiseButNoAdjustment() {
        LabSpec start = new LabSpec("Start", 0.5, Double.POSITIVE_INFINITY, 10, 1.5, Double.NaN, null, null, null, null, null,
                List.of(new TeamSpec("Core", Focus.RESEARCH, 0, 20, 1, 0.9, 1, false, null, null)));
        int checked = 0;
        for (long seed = 1; seed <= 5; seed++) {
            for (Stake stake : new Stake[] {Stake.FOUNDER, new Stake(1, 6), Stake.NONE}) {
                // nobody is poached, quits or separates (he stays at Start); raises as by default
                MarketSpec still = MarketSpec.DEFAULT.withSeparation(Rate.ZERO).withOffersEmployed(Rate.ZERO)
                        .withRetirement(Rate.ZERO);
                Scenario s = world(seed, Stake.NONE).months(27).market(still).quits(PolicySpec.of("none"))
                        .event(new EventSpec.Found(2, ResearcherRef.named("Chief"), start, 1e6, stake, null)).build();
                double[] pay = new double[28];
                int[] chief = new int[1];
                Recorder rec = new Recorder((t, w) -> {
                    chief[0] = w.population().indexOf("Chief");
                    pay[t] = w.population().salary(chief[0]);
                });
                try (Simulation sim = Simulation.builder(s).observer(rec).observer(new InvariantChecker()).build()) {
                    sim.run();
                }
                if (rec.moves.stream().anyMatch(m -> m.tick() > 2 && m.researcher() == chief[0])) {
                    continue;   // he left Start: another employer's pay
                }
                checked++;
                String at = "seed " + seed + ", " + stake;
                assertEquals(1e6, pay[12], at + ": his founding pay until his first anniversary (tick 13: founded in tick 2)");
                double raise = MarketSpec.DEFAULT.annualRaise();
                if (stake.equals(Stake.FOUNDER)) {
                    assertEquals(1e6 * (1 + raise), pay[13], 1e-6, at + ": the annual raise only");
                    assertEquals(1e6 * (1 + raise) * (1 + raise), pay[25], 1e-6, at + ": and again a year on");
                } else {
                    assertTrue(pay[13] > 1e6 * (1 + raise) * 1.5, at + ": adjusted toward the pay level: " + pay[13]);
                }
            }
        }
        assertEquals(15, checked, "he stays at Start: nobody is poached or quits");
    }

    @Test
    void aStakeRunsOutWhenItHasVested() {
        Population p = new Population(3);
        p.grantStake(2, 5e6, 10);
        p.grantStake(0, 1e6, 4);
        assertEquals(1e6, p.stake(0, 3));
        assertEquals(0, p.stake(0, 4), "vested by tick 4");
        assertEquals(5e6, p.stake(2, 9));
        assertEquals(0, p.stake(1, 1), "none held");
        Population copy = p.copy();
        p.forfeitStake(2);
        assertEquals(0, p.stake(2, 5));
        assertEquals(5e6, copy.stake(2, 5), "a copy keeps its own stakes");
    }

    /**
     * The director leaves his lab during the run (a raid takes him, the most skilled) before its
     * dismissal: nothing happens (no row, no severance, no layoff shock, no target cut). After a
     * team move that the scenario itself makes, the same dismissal by his new lab lets him go (by
     * the old lab it is refused before the run: the scenario has him elsewhere).
     */
    @Test
    void aDismissalOfSomeoneWhoHasLeftTheLabIsANoOp() {
        for (String by : List.of("Old", "New")) {
            Scenario s = Scenario.builder("dismissal").seed(3).months(6).market(MechanismTest.QUIET)
                    .quits(PolicySpec.of("none"))
                    .lab("Old", l -> l.team("Science", Focus.RESEARCH, 50, t -> t
                            .star(new StarSpec("Director", 9, 1.5e6, 0.4, false))).team("Apps", Focus.PRODUCT, 50, t -> { }))
                    .lab("New", l -> l.team("Core", Focus.RESEARCH, 30, t -> { }))
                    .event(by.equals("Old") ? new EventSpec.Raid(2, "New", "Core", "Old", "Science", 1, false)
                            : new EventSpec.TeamMove(2, "Old", "Science", "New"))
                    .event(new EventSpec.Dismissal(4, by, List.of("Director"), 2, 16, 2))
                    .build();
            double[] spent = new double[7];
            double[] shock = new double[7];
            int[] target = new int[7];
            Recorder rec = new Recorder((t, w) -> {
                spent[t] = w.lab(w.labIndex(by)).spent();
                shock[t] = w.lab(w.labIndex(by)).recentLayoffs();
                target[t] = w.team(0).target();
            });
            try (Simulation sim = Simulation.builder(s).observer(rec).observer(new InvariantChecker()).build()) {
                sim.run();
            }
            List<Recorder.Move> laid = rec.of(MoveReason.LAID_OFF);
            double payTick = spent[3] - spent[2];
            if (by.equals("Old")) {
                assertEquals(1, rec.of(MoveReason.POACHED).stream().filter(m -> m.tick() == 2).count(), "the raid took one");
                assertEquals(List.of(), laid, "Old no longer employs him: nothing happens");
                assertEquals(payTick, spent[4] - spent[3], 1e-3, "no severance");
                assertEquals(0, shock[4]);
                assertEquals(target[3], target[4], "no position cut");
            } else {
                assertEquals(1, laid.size(), "his lab now lets him go");
                assertEquals(1, laid.get(0).fromLab(), "from New");
                assertTrue(spent[4] - spent[3] > payTick + 1.5e6 * 16 / 52 - 1, "with severance");
                assertTrue(shock[4] > 0);
                assertEquals(target[3] - 1, target[4], "his position is cut");
            }
        }
    }
}
