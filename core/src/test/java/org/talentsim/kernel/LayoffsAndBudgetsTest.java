package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Editor;
import org.talentsim.engine.Simulation;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.model.Focus;
import org.talentsim.model.LabView;
import org.talentsim.model.MoveReason;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.TickUnit;
import org.talentsim.model.WorldView;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Recorder;
import org.talentsim.testkit.Worlds;

/** Issue 11, items 2 and 5: the re-hire cool-off, cut positions that stay cut, raises within the budget. */
class LayoffsAndBudgetsTest {
    /** Seekers hear from a lab every month; nothing else moves. */
    static final MarketSpec SEEKERS = MechanismTest.QUIET.withOffersSeeking(Rate.perMonth(1));

    /** One lab of 100 that lays off 40 straight to the pool in tick 2 and opens 45 positions in tick 3 (week 9); 5 other seekers. */
    static Scenario rehiring(MarketSpec market, TickUnit unit) {
        int t3 = unit == TickUnit.MONTH ? 3 : 9;
        return MechanismTest.quiet("rehire").seed(8).months(30).tickUnit(unit).market(market)
                .lab("L", l -> l.team("T", Focus.PRODUCT, 100, t -> { }))
                .pool(5, CohortSpec.DEFAULT)
                .event(new EventSpec.Layoff(2, "L", List.of("T"), 40, Double.NaN, 0, 16, 2))
                .event(new EventSpec.HiringSpree(t3, "L", "T", 105, Double.NaN))
                .build();
    }

    /** Ticks at which a researcher laid off in tick 2 was hired again by the lab. */
    static List<Integer> rehires(Scenario s) {
        Recorder rec = MechanismTest.run(s, new Recorder(), null);
        Set<Integer> laid = new HashSet<>();
        rec.of(MoveReason.LAID_OFF).forEach(m -> laid.add(m.researcher()));
        assertEquals(40, laid.size());
        assertTrue(rec.of(MoveReason.HIRED).stream().filter(m -> !laid.contains(m.researcher())).count() == 5,
                "the other seekers are hired");
        return rec.of(MoveReason.HIRED).stream().filter(m -> laid.contains(m.researcher())).map(Recorder.Move::tick).toList();
    }

    @Test
    void aLabDoesNotRehireThoseItLaidOffWithinTheCoolOff() {
        List<Integer> none = rehires(rehiring(SEEKERS.withRehireCoolOffMonths(0), TickUnit.MONTH));
        assertTrue(none.size() >= 30 && none.stream().allMatch(t -> t <= 10), "without a cool-off they are back at once: " + none);

        List<Integer> year = rehires(rehiring(SEEKERS, TickUnit.MONTH));
        assertEquals(12, SEEKERS.rehireCoolOffMonths(), "the default");
        assertTrue(year.size() >= 30, "re-hired once the cool-off is over: " + year);
        assertEquals(14, year.stream().mapToInt(Integer::intValue).min().orElseThrow(),
                "laid off in tick 2, not hired back before tick 2 + 12");

        List<Integer> weekly = rehires(rehiring(SEEKERS.withOffersSeeking(Rate.perWeek(1)), TickUnit.WEEK));
        assertEquals(2 + 52, weekly.stream().mapToInt(Integer::intValue).min().orElseThrow(), "12 months are 52 weeks");
    }

    @Test
    void theCoolOffTableForgetsOnlyWhatExpired() {
        LaidOffSet set = new LaidOffSet();
        assertFalse(set.within(7, 1, 12));
        for (int i = 0; i < 1000; i++) {
            set.add(i * 3, 5, 12);
        }
        assertTrue(set.within(0, 5, 12) && set.within(2997, 16, 12), "within 12 ticks");
        assertFalse(set.within(2997, 17, 12), "over after 12 ticks");
        assertFalse(set.within(1, 6, 12), "never laid off");
        set.add(3, 20, 12);
        assertTrue(set.within(3, 31, 12), "a second layoff restarts the cool-off");
        for (int i = 0; i < 1200; i++) {
            set.add(100_000 + i, 30, 12);   // growing drops the expired entries of tick 5
        }
        assertEquals(1 + 1200, set.size(), "only the live entries are kept");
        assertTrue(set.within(3, 31, 12) && set.within(101_199, 41, 12));
        LaidOffSet copy = new LaidOffSet();
        copy.copyFrom(set);
        assertTrue(copy.within(100_000, 35, 12) && !copy.within(0, 35, 12));
    }

    @Test
    void positionsCutByALayoffStayCut() {
        Scenario s = MechanismTest.quiet("cut").seed(9).months(18)
                .market(SEEKERS.withSeparation(Rate.perYear(1.2)))
                .lab("L", l -> l.team("T", Focus.PRODUCT, 300, t -> t.target(330)))
                .pool(400, CohortSpec.DEFAULT)
                .event(new EventSpec.Layoff(4, "L", List.of("T"), 60, Double.NaN, 1, 16, 2))
                .build();
        int[] target = new int[19];
        int[] head = new int[19];
        Recorder rec = MechanismTest.run(s, new Recorder((t, w) -> {
            target[t] = w.team(0).target();
            head[t] = w.team(0).headcount();
        }), null);
        // (the stationary start adds the tick-0 leavers' positions to the 330, MODEL §5)
        assertTrue(target[3] >= 330 && head[3] < target[3], "vacancies open before the cut: " + head[3] + " of " + target[3]);
        assertEquals(head[4], target[4], "the cut is taken from the headcount: open vacancies close too");
        assertEquals(60, rec.of(MoveReason.LAID_OFF).size());
        for (int t = 5; t <= 18; t++) {
            assertEquals(target[4], target[t], "the target stays cut in tick " + t);
            assertTrue(head[t] <= target[4], "tick " + t + ": " + head[t] + " > " + target[4]);
        }
        assertTrue(rec.of(MoveReason.QUIT).stream().filter(m -> m.tick() > 4).count() > 100, "heavy attrition after the cut");
        assertTrue(rec.of(MoveReason.HIRED).stream().filter(m -> m.tick() > 4).count() > 100, "whose positions are refilled");
    }

    /** 100 people of skill 1 paid 400k, all due a 10% raise in tick 1; the lab's budget is set by {@code budget}. */
    static Simulation raising(double budget, boolean split) {
        Scenario s = MechanismTest.quiet("raise").seed(10).months(2)
                .market(MechanismTest.QUIET.withAnnualRaise(0.10))
                .lab("L", l -> l.productivity(2).team("T", Focus.RESEARCH, 100,
                        t -> t.members(CohortSpec.DEFAULT.withSkill(Dist.constant(1)))))
                .build();
        Consumer<Editor> init = e -> {
            for (int i = 0; i < 100; i++) {
                e.salary(i, 400_000).tenure(i, 11);
            }
            e.budget(0, budget);
        };
        Simulation.Builder b = Simulation.builder(s).initializer(init).observer(new InvariantChecker());
        if (split) {
            b.after(org.talentsim.engine.PhaseId.PAYROLL, ctx -> { });   // payroll and census run apart
        }
        Simulation sim = b.build();
        sim.step();
        return sim;
    }

    @Test
    void raisesShareTheRoomLeftInTheBudget() {
        for (boolean split : new boolean[] {false, true}) {
            try (Simulation full = raising(50e6, split); Simulation half = raising(42e6, split);
                    Simulation none = raising(40e6, split)) {
                for (int i = 0; i < 100; i++) {
                    assertEquals(440_000, full.world().population().salary(i), 1e-6, "room for every raise");
                    assertEquals(420_000, half.world().population().salary(i), 0.015, "room for half of each raise, to the cent");
                    assertEquals(400_000, none.world().population().salary(i), "no room: a pay freeze");
                }
                assertTrue(half.world().lab(0).payroll() <= 42e6, "on the budget: " + half.world().lab(0).payroll());
                assertEquals(44e6, full.world().lab(0).payroll(), 1e-3);
            }
        }
    }

    /** Whether a lab's payroll exceeds its budget by more than the census's rounding (half a cent per person paid). */
    static boolean overBudget(WorldView w, LabView lab) {
        PopulationView p = w.population();
        int paid = 0;
        for (int i = 0; i < p.size(); i++) {
            Status st = p.status(i);
            if ((st == Status.EMPLOYED || st == Status.NOTICE) && w.labOf(i) == lab.id()) {
                paid++;
            }
        }
        return lab.payroll() > lab.budget() + 0.005 * paid;
    }

    @Test
    void payrollNeverExceedsTheBudgetWhenRaisesPress() {
        int binding = 0;
        for (long n = 1; n <= 10; n++) {
            long seed = n;
            for (TickUnit unit : seed <= 2 ? List.of(TickUnit.MONTH, TickUnit.WEEK) : List.of(TickUnit.MONTH)) {
                Scenario s = Worlds.tightBudgets(seed, unit);
                int[] full = new int[1];
                Recorder rec = MechanismTest.run(s, new Recorder((t, w) -> {
                    for (int l = 0; l < w.labCount(); l++) {
                        LabView lab = w.lab(l);
                        if (Double.isFinite(lab.budget()) && lab.payroll() > 0.999 * lab.budget()) {
                            full[0]++;
                            assertFalse(overBudget(w, lab), unit + " seed " + seed + " tick " + t + ": " + lab.name()
                                    + " pays " + lab.payroll() + " on a budget of " + lab.budget());
                        }
                    }
                }), null);
                assertEquals(List.of(), rec.of(MoveReason.LAID_OFF), "no budget layoffs: the raises fit");
                binding += full[0] > 0 ? 1 : 0;
            }
        }
        assertEquals(12, binding, "the budgets bind in every run");
    }
}
