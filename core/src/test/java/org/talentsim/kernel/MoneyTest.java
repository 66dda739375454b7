package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.Limits;
import org.talentsim.model.PayScale;
import org.talentsim.model.Status;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.InvalidFieldException;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.ScenarioBuilder;
import org.talentsim.scenario.Scenario;

/**
 * The unit of a world's money sums: cents for pay in dollars, finer for a small pay scale (the
 * theory presets' scale of 1), so that payrolls, mean salaries and budget cuts keep the
 * differences between wages; every unit keeps the sums inside a long.
 */
class MoneyTest {
    @Test
    void theUnitFollowsThePayScale() {
        assertEquals(100, Money.of(300_000, 0).perDollar);
        assertEquals(Limits.MAX_SALARY, Money.of(300_000, 0).cap);
        assertEquals(100, Money.of(3_000, 0).perDollar);
        assertEquals(100, Money.of(2_999, 0).perDollar);         // log10(3000/2999) < 1
        assertEquals(1_000, Money.of(299, 0).perDollar);         // pay in thousands of dollars
        assertEquals(1_000, Money.of(150, 0).perDollar);
        assertEquals(100_000, Money.of(1, 0).perDollar);         // bm1 / pvr1: a wage of 1 in units of 10^-5
        assertEquals(1e6, Money.of(1, 0).cap);
        assertEquals(100_000_000_000_000L / 100, Money.of(1e-20, 0).perDollar);   // at most 10 places beyond cents
    }

    @Test
    void theCapHoldsTheScenariosHighestPay() {
        // a star at 5 million times a base of 1: the unit is made coarser until the cap holds him
        Money m = Money.of(1, 5e6);
        assertEquals(10_000, m.perDollar);
        assertEquals(1e7, m.cap);
        assertEquals(Money.CENTS.perDollar, Money.of(1, Limits.MAX_SALARY).perDollar);
        assertEquals(Money.CENTS.perDollar, Money.of(1, Double.NaN).perDollar, "an unknown top: cents, whose cap is the files' limit");
    }

    @Test
    void everyUnitKeepsTheLargestPayrollInsideALong() {
        for (double base = 1e-20; base <= Limits.MAX_SALARY; base *= 7) {
            Money m = Money.of(base, 0);
            assertEquals(1e11, m.cap * m.perDollar, 1e-3, "one salary in units, base " + base);
            assertTrue(Limits.MAX_POPULATION * m.cap * m.perDollar < Long.MAX_VALUE, "base " + base);
            assertTrue(m.cap >= 3e5 * Math.min(base, 3_000.0), "the cap is far above the scale, base " + base);
            assertEquals(Long.MAX_VALUE, m.budget(Limits.MAX_BUDGET * 1e3), "a budget no payroll reaches never binds");
            assertEquals(Long.MAX_VALUE, m.budget(Double.POSITIVE_INFINITY));
            assertEquals(m.cap, m.salary(1e300));
            assertEquals(0, m.salary(Double.NaN));
        }
    }

    @Test
    void unitsAreMathRoundAtEveryScale() {
        SplittableRandom r = new SplittableRandom(5);
        for (int j = 0; j <= org.talentsim.model.PayScale.MAX_MONEY_DIGITS; j++) {
            Money m = Money.of(3_000.0 / Math.pow(10, j) / 1.5, 0);
            assertEquals(j, m.extraDigits);
            for (int k = 0; k < 100_000; k++) {
                double usd = m.cap * (k % 3 == 0 ? r.nextDouble() : r.nextDouble() * 1e-4);
                assertEquals(Math.round(usd * m.perDollar), m.units(usd), "usd " + usd + ", unit " + m);
            }
            assertEquals(0.5, m.amount(m.units(0.5)));
        }
    }

    /** Two labs paying 0.9666 and 0.9708 on a pay scale of 1: their payrolls keep the difference (were both 0.97 a head). */
    @Test
    void aSmallPayScaleKeepsWageDifferencesInThePayrolls() {
        Scenario s = scale1("fine", 0);
        Market m = new Market(s, PolicyRegistry.defaults());
        assertEquals(100_000, m.world.money().perDollar);
        double[] wage = {0.9666, 0.9708};
        for (int i = 0; i < m.pop.size(); i++) {
            if (m.pop.status(i) == Status.EMPLOYED) {
                m.pop.setSalary(i, wage[m.world.teamLabArray()[m.pop.team(i)]]);
            }
        }
        m.census.run(ChunkRunner.SEQUENTIAL);
        for (int l = 0; l < 2; l++) {
            Lab lab = m.world.lab(l);
            assertEquals(wage[l] * 500, lab.payroll(), 1e-9, lab.name());
            assertEquals(wage[l], m.world.team(l).sumSalary() / 500, 1e-12, lab.name());
        }
    }

    /**
     * A raise of 0.3% on a pay of about 1, cut to 40% by the budget: each raise becomes 40% of
     * itself (to 10⁻⁵), not nothing (in cents a raise of 0.003 was 0.3 cents, and the cut whole cents of it).
     */
    @Test
    void budgetCutsOnASmallPayScaleKeepTheirShare() {
        Scenario s = scale1("cut", 0.003);
        Market m = new Market(s, PolicyRegistry.defaults());
        double old = 0;
        double raises = 0;
        for (int i = 0; i < m.pop.size(); i++) {
            m.pop.setSpecialty(i, Focus.RESEARCH);
            if (m.pop.status(i) == Status.EMPLOYED) {
                double pay = 0.9 + 0.0002 * (i % 500);
                m.pop.setSalary(i, pay);
                m.pop.tenureArray()[i] = 11;   // an anniversary next tick
                if (m.world.teamLabArray()[m.pop.team(i)] == 0) {
                    old += pay;
                    raises += pay * 0.003;
                }
            }
        }
        double budget = old + 0.4 * raises;
        m.world.lab(0).setBudget(budget);
        double[] before = m.pop.salaryArray().clone();
        m.payrollAndCensus(1, ChunkRunner.SEQUENTIAL);
        int cut = 0;
        for (int i = 0; i < m.pop.size(); i++) {
            if (m.pop.status(i) != Status.EMPLOYED) {
                continue;
            }
            double raise = m.pop.salary(i) - before[i];
            if (m.world.teamLabArray()[m.pop.team(i)] == 0) {
                assertEquals(0.4 * before[i] * 0.003, raise, 2e-5, "#" + i + "'s raise: 40% of 0.3%");
                cut++;
            } else {
                assertEquals(before[i] * 0.003, raise, 1e-12, "#" + i + " in the lab without a budget: the whole raise");
            }
        }
        assertEquals(500, cut);
        assertTrue(m.world.lab(0).payroll() <= budget, "within the budget: " + m.world.lab(0).payroll() + " > " + budget);
        assertTrue(m.world.lab(0).payroll() > budget - 500 * 1e-5, "the budget used to the unit: " + m.world.lab(0).payroll());
    }

    /** A star paid 5 million times the scale's base of 1 keeps his pay: the world counts in coarser units whose cap holds it. */
    @Test
    void aNamedPayAboveTheFineCapMakesTheUnitCoarser() {
        Scenario s = MechanismTest.quiet("star").seed(3).months(2)
                .market(MechanismTest.QUIET.withPayScale(new PayScale(1, 1)))
                .lab("A", l -> l.team("R", Focus.RESEARCH, 5, t -> t.star(new org.talentsim.scenario.StarSpec(
                        "Big", 3, 5e6, 0.5, false))))
                .pool(3)
                .build();
        Market m = new Market(s, PolicyRegistry.defaults());
        assertEquals(10_000, m.world.money().perDollar);
        int big = m.pop.indexOf("Big");
        assertEquals(5e6, m.pop.salary(big));
        m.census.run(ChunkRunner.SEQUENTIAL);
        double others = m.world.lab(0).payroll() - 5e6;
        assertTrue(others > 0 && others < 20, "the payroll holds the star's pay and the others' (about 1 each): " + others);
    }

    /**
     * A pay scale's base so small that no unit counts it (10⁻¹³ with wages of about 1 named: the
     * finest unit, 10⁻¹², would hold 0.1 of it), or so small beside a named pay that the unit
     * holding that pay is too coarse for it, is refused naming the base: its salaries rounded to
     * 0 in every payroll and mean salary, without a word (found 2026-12-03).
     */
    @Test
    void aBaseTooSmallToCountIsRefused() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> MechanismTest.quiet("tiny").months(2)
                .market(MechanismTest.QUIET.withPayScale(new PayScale(1e-13, 1)))
                .lab("A", l -> l.postedWage(0.05).team("R", Focus.RESEARCH, 5, t -> {}))
                .build());
        assertEquals("market.payScale.base", e.field());
        assertTrue(e.problem().contains("finest unit money is counted in is 1E-12")
                && e.problem().contains("at least 1E-8"), e.problem());
        // a posted wage of 1 beside it: the unit that holds it is 10⁻¹¹
        e = assertThrows(InvalidFieldException.class, () -> MechanismTest.quiet("tiny").months(2)
                .market(MechanismTest.QUIET.withPayScale(new PayScale(1e-13, 1)))
                .lab("A", l -> l.postedWage(1).team("R", Focus.RESEARCH, 5, t -> {}))
                .build());
        assertTrue(e.problem().contains("units of 1E-11, the finest whose pay cap (1) holds the highest pay the scenario"
                + " names (1, labs[0].postedWage)") && e.problem().contains("at least 1E-7 (or that pay lower)"), e.problem());
        // a base of 1 beside a star paid 2·10⁷: the unit holding him is 10⁻³, a base of 1 is 1,000 units
        e = assertThrows(InvalidFieldException.class, () -> star(2e7));
        assertTrue(e.problem().contains("units of 0.001") && e.problem().contains("(20000000, labs[0].teams[0].stars[0].salary)")
                && e.problem().contains("at least 10 (or that pay lower)"), e.problem());
        // at 5·10⁶ the unit is 10⁻⁴: 10,000 units at the base, the least accepted
        assertEquals(10_000, new Market(star(5e6), PolicyRegistry.defaults()).world.money().perDollar);
        // the finest unit counts a base of 10⁻⁸ in 10,000 units
        Scenario ok = MechanismTest.quiet("small").months(2).market(MechanismTest.QUIET.withPayScale(new PayScale(1e-8, 1)))
                .lab("A", l -> l.team("R", Focus.RESEARCH, 5, t -> {})).build();
        assertEquals(1e12, new Market(ok, PolicyRegistry.defaults()).world.money().perDollar);
    }

    /**
     * A founded lab whose founder keeps his pay (no founderSalary: NaN) names no pay: the unit of
     * a pay scale of 1 stays 10⁻⁵ (the NaN made the highest pay unknown, and the unit cents).
     */
    @Test
    void aFounderWhoKeepsHisPayLeavesTheUnitFine() {
        Scenario s = scale1Builder("found", 0)
                .event(new EventSpec.Found(1, ResearcherRef.mostVisible("A", "R"),
                        new ScenarioBuilder.LabBuilder("New").team("Core", Focus.RESEARCH, 0, t -> {}).build(), Double.NaN))
                .build();
        assertTrue(Double.isFinite(s.highestNamedPay()), "" + s.highestNamedPay());
        assertEquals(100_000, new Market(s, PolicyRegistry.defaults()).world.money().perDollar);
    }

    /**
     * Drawn starting salaries far above the base (elasticity 10, skills up to ~50) stop at the
     * cap of the unit the named pays set, as pay the run computes does; they do not make the unit
     * coarser (then a `check`, which draws nothing, could not know the unit the run would use).
     */
    @Test
    void drawnSalariesStopAtTheCapOfTheNamedPaysUnit() {
        Scenario s = MechanismTest.quiet("steep").seed(3).months(2)
                .market(MechanismTest.QUIET.withPayScale(new PayScale(1, 10)))
                .lab("A", l -> l.team("R", Focus.RESEARCH, 2_000,
                        t -> t.members(CohortSpec.DEFAULT.withSkill(Dist.lognormal(2.7, 1)))))
                .build();
        Market m = new Market(s, PolicyRegistry.defaults());
        assertEquals(100_000, m.world.money().perDollar);
        double top = 0;
        for (int i = 0; i < m.pop.size(); i++) {
            top = Math.max(top, m.pop.salary(i));
        }
        assertEquals(m.world.money().cap, top, "some drawn pay reaches the cap, 10^6, and stops there");
    }

    /** A cohort's constant salary is a pay the file names: the unit holds it (a base of 1 and 5·10⁶ for everyone: units of 10⁻⁴), not the cap cutting it. */
    @Test
    void aCohortsConstantSalaryIsANamedPay() {
        Scenario s = MechanismTest.quiet("paid").seed(3).months(2)
                .market(MechanismTest.QUIET.withPayScale(new PayScale(1, 1)))
                .lab("A", l -> l.team("R", Focus.RESEARCH, 5, t -> t.members(CohortSpec.DEFAULT.withSalary(Dist.constant(5e6)))))
                .build();
        assertEquals(5e6, s.highestNamedPay());
        Market m = new Market(s, PolicyRegistry.defaults());
        assertEquals(10_000, m.world.money().perDollar);
        assertEquals(5e6, m.pop.salary(0));
    }

    /**
     * A cohort's salary distribution counts by the top it reaches (here mean + 6 sd): salaries
     * drawn from normal(20M, 1M) on a pay scale of 1 were cut to the cap of 10⁶ without a word
     * (check said OK), like the constant 20M that is refused; now refused alike. One the fine unit
     * holds keeps its draws whole.
     */
    @Test
    void aCohortsSalaryDistributionCountsByItsReach() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> MechanismTest.quiet("far").months(2)
                .market(MechanismTest.QUIET.withPayScale(new PayScale(1, 1)).withUnemploymentValue(0.5))
                .lab("A", l -> l.team("R", Focus.RESEARCH, 50,
                        t -> t.members(CohortSpec.DEFAULT.withSalary(Dist.normal(20e6, 1e6)))))
                .build());
        assertEquals("market.payScale.base", e.field());
        assertTrue(e.problem().contains("(26000000, labs[0].teams[0].members.salary, the top its distribution reaches)"),
                e.problem());
        Scenario near = MechanismTest.quiet("near").seed(3).months(2)
                .market(MechanismTest.QUIET.withPayScale(new PayScale(1, 1)).withUnemploymentValue(0.5))
                .lab("A", l -> l.team("R", Focus.RESEARCH, 2_000,
                        t -> t.members(CohortSpec.DEFAULT.withSalary(Dist.lognormal(3e5, 0.5)))))
                .build();
        Market m = new Market(near, PolicyRegistry.defaults());
        assertEquals(10_000, m.world.money().perDollar, "the unit holds 3·10^5 e^3 = 6·10^6");
        double top = 0;
        for (int i = 0; i < m.pop.size(); i++) {
            top = Math.max(top, m.pop.salary(i));
        }
        assertTrue(top > 1e6 && top < m.world.money().cap, "draws above the fine unit's cap of 10^6 kept whole: " + top);
    }

    private static Scenario star(double pay) {
        return MechanismTest.quiet("star").seed(3).months(2)
                .market(MechanismTest.QUIET.withPayScale(new PayScale(1, 1)))
                .lab("A", l -> l.team("R", Focus.RESEARCH, 5, t -> t.star(new org.talentsim.scenario.StarSpec(
                        "Big", 3, pay, 0.5, false))))
                .pool(3)
                .build();
    }

    /** Two labs of 500 on a pay scale of 1 (wages about 1), with annual raises of {@code annualRaise}. */
    private static Scenario scale1(String name, double annualRaise) {
        return scale1Builder(name, annualRaise).build();
    }

    private static org.talentsim.scenario.ScenarioBuilder scale1Builder(String name, double annualRaise) {
        return MechanismTest.quiet(name).seed(3).months(2)
                .market(MechanismTest.QUIET.withPayScale(new PayScale(1, 1)).withAnnualRaise(annualRaise))
                .lab("A", l -> l.productivity(2).team("R", Focus.RESEARCH, 500,
                        t -> t.members(CohortSpec.DEFAULT.withSkill(Dist.constant(1)))))
                .lab("B", l -> l.productivity(2).team("R", Focus.RESEARCH, 500,
                        t -> t.members(CohortSpec.DEFAULT.withSkill(Dist.constant(1)))))
                .pool(3);
    }
}
