package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Editor;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.model.Status;
import org.talentsim.model.TickUnit;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;
import org.talentsim.scenario.StarSpec;
import org.talentsim.testkit.Recorder;

/**
 * The layoffs phase (MODEL §7.6) on hand-set states: who goes under each selection rule, the
 * severance charged to the cent of its formula, targets cut, and the layoff shock that reaches
 * morale and decays by 0.8 a month.
 */
class LayoffDeskTest {
    /** What a run left: the moves, and per tick (index = tick) each lab's severance and layoff shock. */
    record Run(List<Recorder.Move> moves, Map<Integer, double[]> severance, Map<Integer, double[]> shock,
            Map<Integer, float[]> morale, Market market) {
        List<Integer> laidOff(int tick, int lab) {
            return moves.stream().filter(m -> m.tick() == tick && m.reason() == MoveReason.LAID_OFF && m.fromLab() == lab)
                    .map(Recorder.Move::researcher).sorted().toList();
        }
    }

    static Run run(Scenario s, Consumer<Editor> init) {
        Map<Integer, double[]> sev = new HashMap<>();
        Map<Integer, double[]> shock = new HashMap<>();
        Map<Integer, float[]> morale = new HashMap<>();
        Recorder rec = new Recorder((tick, w) -> {
            double[] sv = new double[w.labCount()];
            double[] sh = new double[w.labCount()];
            for (int l = 0; l < w.labCount(); l++) {
                sv[l] = w.lab(l).severance();
                sh[l] = w.lab(l).recentLayoffs();
            }
            sev.put(tick, sv);
            shock.put(tick, sh);
            morale.put(tick, w.population().moraleArray().clone());
        });
        Simulation.Builder b = Simulation.builder(s).observer(rec);
        if (init != null) {
            b.initializer(init);
        }
        try (Simulation sim = b.build()) {
            sim.run();
            return new Run(rec.moves, sev, shock, morale, Internals.market(sim));
        }
    }

    static Population pop(Editor e) {
        return Internals.world(e.world()).population();
    }

    /** Researchers of team {@code team} in index order. */
    static List<Integer> members(Editor e, int team) {
        List<Integer> out = new ArrayList<>();
        Population p = pop(e);
        for (int i = 0; i < p.size(); i++) {
            if (p.team(i) == team && p.status(i) == Status.EMPLOYED) {
                out.add(i);
            }
        }
        return out;
    }

    static ScenarioBuilder oneTeam(String layoff, int months) {
        return MechanismTest.quiet("layoffs").seed(5).months(months)
                .lab("L", l -> l.layoff(PolicySpec.of(layoff)).team("T", Focus.RESEARCH, 100, t -> t.target(120)));
    }

    /** Each member k (in index order) gets salary 100k + 1k·k, tenure {@code tenure[k]}, skill {@code skill[k]}, the team's specialty. */
    static Consumer<Editor> setUp(int[] tenure, double[] skill, double[] salary) {
        return e -> {
            List<Integer> m = members(e, 0);
            for (int k = 0; k < m.size(); k++) {
                int i = m.get(k);
                e.salary(i, salary == null ? 100_000 + 1_000 * k : salary[k]);
                e.tenure(i, tenure[k]);
                pop(e).setSkill(i, skill[k]);
                pop(e).setSpecialty(i, Focus.RESEARCH);
            }
        };
    }

    static int[] ints(int n, java.util.function.IntUnaryOperator f) {
        int[] a = new int[n];
        for (int k = 0; k < n; k++) {
            a[k] = f.applyAsInt(k);
        }
        return a;
    }

    static double[] doubles(int n, java.util.function.IntToDoubleFunction f) {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = f.applyAsDouble(k);
        }
        return a;
    }

    @Test
    void lifoLaysOffTheShortestTenureAndChargesTheSeveranceOfItsTerms() {
        // tenure 2k+1 months for member k, shuffled so that index order is not tenure order
        int[] tenure = ints(100, k -> 1 + 2 * ((k * 37) % 100));
        Scenario s = oneTeam("lifo", 3)
                .event(new EventSpec.Layoff(1, "L", List.of("T"), 30, Double.NaN, 1, 10, 3)).build();
        Run r = run(s, setUp(tenure, doubles(100, k -> 1), null));
        List<Integer> laid = r.laidOff(1, 0);
        List<Integer> expected = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            if (tenure[k] < 60) {   // the 30 shortest: 1, 3, ..., 59
                expected.add(k);
            }
        }
        assertEquals(expected, laid);
        double sev = 0;
        for (int k : laid) {
            sev += (100_000 + 1_000 * k) * (10 + 3 * tenure[k] / 12.0) / 52.0;
        }
        assertEquals(sev, r.severance().get(1)[0], 1e-6, "salary × (weeks + weeksPerYear × years) / 52");
        assertEquals(0, r.severance().get(2)[0], "severance is charged once");
        assertEquals(70, r.market().world().team(0).target(), "target min(120, 100) − 30");
        // one month's notice, then in the pool
        assertTrue(laid.stream().allMatch(i -> r.market().pop.status(i) == Status.SEEKING));
    }

    @Test
    void lowestOutputLaysOffTheLeastSkilledAndLowestValueTheDearestPerSkill() {
        double[] skill = doubles(100, k -> 1 + ((k * 41) % 100) / 50.0);
        int[] tenure = ints(100, k -> 0);
        Run r = run(oneTeam("lowest-output", 2).event(new EventSpec.Layoff(1, "L", List.of(), 10, Double.NaN, 0, 0, 0)).build(),
                setUp(tenure, skill, doubles(100, k -> 200_000)));
        List<Integer> expected = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            if (skill[k] < 1 + 10 / 50.0 - 1e-9) {
                expected.add(k);
            }
        }
        assertEquals(10, expected.size());
        assertEquals(expected, r.laidOff(1, 0));
        assertEquals(0, r.severance().get(1)[0], "no severance on these terms");

        // lowest-value: the same skill for all, pay 100k + 1k·k: the 10 best paid go
        Run v = run(oneTeam("lowest-value", 2).event(new EventSpec.Layoff(1, "L", List.of(), 10, Double.NaN, 0, 0, 0)).build(),
                setUp(tenure, doubles(100, k -> 1.5), null));
        List<Integer> dearest = new ArrayList<>();
        for (int k = 90; k < 100; k++) {
            dearest.add(k);
        }
        assertEquals(dearest, v.laidOff(1, 0));
    }

    @Test
    void aShareLayoffRoundsAndTheRandomRuleDrawsFromTheLabsStream() {
        Scenario s = oneTeam("random", 2).event(new EventSpec.Layoff(1, "L", List.of(), -1, 0.255, 0, 0, 0)).build();
        Consumer<Editor> init = setUp(ints(100, k -> 0), doubles(100, k -> 1), null);
        Run a = run(s, init);
        Run b = run(s, init);
        assertEquals(26, a.laidOff(1, 0).size(), "round(0.255 × 100)");
        assertEquals(a.laidOff(1, 0), b.laidOff(1, 0));
        assertTrue(a.laidOff(1, 0).get(25) > 30, "not the first in index order: " + a.laidOff(1, 0));
        assertEquals(0.26, a.shock().get(1)[0], 1e-12);
    }

    @Test
    void theShockReachesMoraleAndDecays() {
        // everyone paid the same in a lab of one team: only the layoff shock moves morale
        Consumer<Editor> init = setUp(ints(100, k -> k), doubles(100, k -> 1), doubles(100, k -> 200_000));
        Scenario quiet = oneTeam("lifo", 5).build();
        Scenario cut = oneTeam("lifo", 5).event(new EventSpec.Layoff(2, "L", List.of(), 40, Double.NaN, 0, 0, 0)).build();
        Run c = run(quiet, init);
        Run l = run(cut, init);
        assertEquals(0, l.shock().get(1)[0]);
        assertEquals(0.4, l.shock().get(2)[0], 1e-12, "40 of 100");
        assertEquals(0.32, l.shock().get(3)[0], 1e-12, "× 0.8 a month");
        assertEquals(0.256, l.shock().get(4)[0], 1e-12);
        int survivor = 99;   // the longest-serving
        double k = 1 - Math.pow(1 - 0.25, 1);   // the default speed
        double d3 = -k * 1.0 * 0.4;   // morale in tick 3 reads tick 2's shock (weight 1.0)
        double d4 = (1 - k) * d3 - k * 0.32;
        assertEquals(0, l.morale().get(2)[survivor] - c.morale().get(2)[survivor], 1e-6);
        assertEquals(d3, l.morale().get(3)[survivor] - c.morale().get(3)[survivor], 1e-5);
        assertEquals(d4, l.morale().get(4)[survivor] - c.morale().get(4)[survivor], 1e-5);

        // weekly ticks: the shock decays by 0.8^(12/52) a week
        Scenario weekly = oneTeam("lifo", 2).tickUnit(TickUnit.WEEK)
                .event(new EventSpec.Layoff(2, "L", List.of(), 40, Double.NaN, 0, 0, 0)).build();
        Run w = run(weekly, init);
        assertEquals(0.4, w.shock().get(2)[0], 1e-12);
        assertEquals(0.4 * Math.pow(0.8, 12.0 / 52), w.shock().get(3)[0], 1e-12);
        assertEquals(0.4 * Math.pow(0.8, 24.0 / 52), w.shock().get(4)[0], 1e-12);
    }

    @Test
    void theShockAddsUpToAtMostOne() {
        Consumer<Editor> init = setUp(ints(100, k -> k), doubles(100, k -> 1), null);
        Scenario twice = oneTeam("lifo", 2)
                .event(new EventSpec.Layoff(1, "L", List.of(), 20, Double.NaN, 0, 0, 0))
                .event(new EventSpec.Layoff(1, "L", List.of(), 20, Double.NaN, 0, 0, 0)).build();
        // the first takes 20 of 100, the second 20 of the 80 left
        Run r = run(twice, init);
        assertEquals(40, r.laidOff(1, 0).size());
        assertEquals(0.2 + 0.25, r.shock().get(1)[0], 1e-12);
        Scenario all = oneTeam("lifo", 2)
                .event(new EventSpec.Layoff(1, "L", List.of(), 80, Double.NaN, 0, 0, 0))
                .event(new EventSpec.Layoff(1, "L", List.of(), 80, Double.NaN, 0, 0, 0)).build();
        Run a = run(all, init);
        assertEquals(100, a.laidOff(1, 0).size());
        assertEquals(1.0, a.shock().get(1)[0], 1e-12, "capped at 1");
    }

    @Test
    void aBudgetOverrunLaysOffInPolicyOrderUntilThePayrollFits() {
        // 110 paid 200k each: payroll 22M; the budget 19.9M needs 11 to go, lifo: the 11 newest of T
        int[] tenure = ints(100, k -> 1 + ((k * 37) % 100));
        Scenario s = MechanismTest.quiet("budget").seed(5).months(2)
                .lab("L", l -> l.layoff(PolicySpec.of("lifo")).budget(19.9e6)
                        .team("T", Focus.RESEARCH, 100, t -> t.target(100))
                        .team("Safe", Focus.RESEARCH, 10, t -> t.protect()))
                .build();
        Run r = run(s, setUp(tenure, doubles(100, k -> 1), doubles(100, k -> 200_000))
                .andThen(e -> members(e, 1).forEach(i -> e.salary(i, 200_000).tenure(i, 0))));
        List<Integer> expected = new ArrayList<>();
        double sev = 0;
        for (int k = 0; k < 100; k++) {
            if (tenure[k] <= 11) {
                expected.add(k);
                sev += 200_000 * (16 + 2 * tenure[k] / 12.0) / 52.0;   // the default terms
            }
        }
        assertEquals(expected, r.laidOff(1, 0), "nobody of the protected team");
        assertEquals(sev, r.severance().get(1)[0], 1e-6);
        assertEquals(11.0 / 110, r.shock().get(1)[0], 1e-12, "11 of the lab's 110");
        assertEquals(89, r.market().world().team(0).target());
        assertEquals(List.of(), r.laidOff(2, 0), "on notice, they no longer count against the budget");
    }

    @Test
    void aDismissalChargesItsTermsAndCutsThePosition() {
        Scenario s = MechanismTest.quiet("dismiss").seed(5).months(2)
                .lab("L", l -> l.team("T", Focus.RESEARCH, 9, t -> t.target(10)
                        .star(new StarSpec("D", 3, 1_000_000, 0.5, false))))
                .lab("M", l -> l.team("U", Focus.RESEARCH, 5, t -> t.star(new StarSpec("E", 3, 1_000_000, 0.5, false))))
                .event(new EventSpec.Dismissal(1, "L", List.of("D"), 0, 4, 1.5))
                .build();
        Run r = run(s, e -> e.tenure(pop(e).indexOf("D"), 30));
        int d = r.market().pop.indexOf("D");
        assertEquals(List.of(d), r.laidOff(1, 0));
        assertEquals(List.of(), r.laidOff(1, 1), "M lets no one go");
        // E works for M: a dismissal of him by L is the file's slip, refused before the run
        var x = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> MechanismTest.quiet("dismiss")
                .lab("L", l -> l.team("T", Focus.RESEARCH, 9, t -> t.star(new StarSpec("D", 3, 1_000_000, 0.5, false))))
                .lab("M", l -> l.team("U", Focus.RESEARCH, 5, t -> t.star(new StarSpec("E", 3, 1_000_000, 0.5, false))))
                .event(new EventSpec.Dismissal(1, "L", List.of("D", "E"), 0, 4, 1.5)).build());
        assertTrue(x.getMessage().contains("researcher 'E' is not in 'L' at this tick (the scenario has them in team 'U' of 'M')"),
                x.getMessage());
        assertEquals(1_000_000 * (4 + 1.5 * 30 / 12.0) / 52.0, r.severance().get(1)[0], 1e-6);
        assertEquals(0.1, r.shock().get(1)[0], 1e-12, "one of 10");
        assertEquals(9, r.market().world().team(0).target());
        assertEquals(Status.SEEKING, r.market().pop.status(d), "no notice: in the pool at once");
    }

    @Test
    void aLayoffSplitsOverTeamsInProportionAndSparesProtectedOnes() {
        Scenario s = MechanismTest.quiet("split").seed(5).months(2)
                .lab("L", l -> l.layoff(PolicySpec.of("lifo"))
                        .team("A", Focus.RESEARCH, 60, t -> { })
                        .team("B", Focus.PRODUCT, 30, t -> { })
                        .team("P", Focus.INFRA, 10, t -> t.protect()))
                .event(new EventSpec.Layoff(1, "L", List.of(), 18, Double.NaN, 0, 0, 0))
                .build();
        Run r = run(s, null);
        int[] byTeam = new int[3];
        r.moves().stream().filter(m -> m.reason() == MoveReason.LAID_OFF).forEach(m -> byTeam[m.fromTeam()]++);
        assertArrayEquals(new int[] {12, 6, 0}, byTeam);
    }

    /**
     * A dismissal's paid notice counts as notice pay, not working pay, when the budget is checked
     * the same tick (MODEL.md §7.6): a lab over its budget by less than the dismissed director's
     * pay lays nobody else off for it. (Counted as working pay, the lab laid people off for a
     * budget it was within: found by mutation.)
     */
    @Test
    void aDismissalsNoticePayIsNotWorkingPayForTheBudget() {
        double director = 1.5e6;
        java.util.function.DoubleFunction<Scenario> world = budget -> MechanismTest.quiet("dismiss").seed(4).months(2)
                .lab("Home", l -> l.budget(budget).team("Science", Focus.RESEARCH, 100, t -> t
                        .star(new StarSpec("Director", 4, director, 0.5, false))))
                .pool(0)
                .event(new EventSpec.Dismissal(1, "Home", List.of("Director"), 2, 0, 0)).build();
        org.talentsim.RunResult free = org.talentsim.Talentsim.defaults().run(world.apply(Double.POSITIVE_INFINITY));
        double payroll = free.labRows("Home").get(0).payroll();   // after the month's raises: above the layoffs' check
        org.talentsim.RunResult tight = org.talentsim.Talentsim.defaults().run(world.apply(payroll - director / 2));
        long laid = tight.moves().stream().filter(m -> m.tick() == 1 && m.reason() == MoveReason.LAID_OFF).count();
        assertEquals(1, laid, "only the director: his notice pay leaves the working payroll under the budget");
    }

    /** A warning's amounts: suffixed from 10,000 up, plain below without trailing zeros (a budget of 0 read "$0.000"). */
    @Test
    void amountsInWarningsAreWrittenShort() {
        assertEquals(List.of("0", "5", "123.4", "9999", "450k", "234.8M", "2.15B", "-50k"),
                List.of(LayoffDesk.amount(0), LayoffDesk.amount(5), LayoffDesk.amount(123.4), LayoffDesk.amount(9999),
                        LayoffDesk.amount(450_000), LayoffDesk.amount(234.8e6), LayoffDesk.amount(2.15e9),
                        LayoffDesk.amount(-50_000)));
    }
}
