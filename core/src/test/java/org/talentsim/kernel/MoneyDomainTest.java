package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.model.Focus;
import org.talentsim.model.Limits;
import org.talentsim.model.Status;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.StarSpec;

/**
 * Money and skill stay in their domains (model.Limits), so the census's fixed-point sums cannot
 * wrap: payroll is the exact sum of salaries even with every salary at the bound, and skill
 * drawn from wild distributions is clamped rather than overflowing the skill sums.
 */
class MoneyDomainTest {
    /** The census payroll of every lab, compared with the exact sum of its members' pay. */
    static void assertPayrollIsTheSum(Market m) {
        World w = m.world();
        Population p = w.population();
        for (int lab = 0; lab < w.labCount(); lab++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < p.size(); i++) {
                Status st = p.status(i);
                if ((st == Status.EMPLOYED || st == Status.NOTICE) && w.labOf(i) == lab) {
                    sum = sum.add(BigDecimal.valueOf(p.salary(i)));
                }
            }
            double payroll = w.lab(lab).payroll();
            assertTrue(payroll >= 0, "payroll " + payroll);
            assertEquals(sum.doubleValue(), payroll, Math.max(1, 1e-9 * sum.doubleValue()),
                    "lab " + w.lab(lab).name());
        }
    }

    @Test
    void starsAtTheSalaryBoundGiveTheExactPayroll() {
        Scenario s = Scenario.builder("rich").months(3)
                .lab("Meta", l -> l.productivity(Limits.MAX_MULTIPLIER).team("FAIR", Focus.RESEARCH, 8, t -> t
                        .star(new StarSpec("A", 900, Limits.MAX_SALARY, 0.9, false))
                        .star(new StarSpec("B", 900, Limits.MAX_SALARY, 0.9, false))
                        .payLevel(Limits.MAX_MULTIPLIER)))
                .pool(20)
                .build();
        try (Simulation sim = Simulation.of(s)) {
            Market m = Internals.market(sim);
            assertPayrollIsTheSum(m);
            assertTrue(m.world().lab(0).payroll() >= 2 * Limits.MAX_SALARY);
            sim.run();
            assertPayrollIsTheSum(m);
            Population p = m.world().population();
            for (int i = 0; i < p.size(); i++) {
                assertTrue(p.salary(i) >= 0 && p.salary(i) <= Limits.MAX_SALARY, "salary " + p.salary(i));
            }
        }
    }

    @Test
    void wildSkillDistributionsAreClampedNotOverflowed() {
        for (Dist wild : new Dist[] {Dist.pareto(0.01, 0.11), Dist.lognormal(1, 1e6)}) {
            Scenario s = Scenario.builder("wild").months(2).seed(3)
                    .lab("Meta", l -> l.team("FAIR", Focus.RESEARCH, 500, t -> t.members(CohortSpec.DEFAULT.withSkill(wild))))
                    .pool(50)
                    .build();
            try (Simulation sim = Simulation.of(s)) {
                sim.run();
                Market m = Internals.market(sim);
                Population p = m.world().population();
                for (int i = 0; i < p.size(); i++) {
                    assertTrue(p.skill(i) >= (float) Limits.MIN_SKILL && p.skill(i) <= Limits.MAX_SKILL, "skill " + p.skill(i)); // stored as float
                }
                double sumSkill = m.world().team(0).sumSkill();
                assertTrue(sumSkill >= 0 && sumSkill <= 500 * Limits.MAX_SKILL, "team skill sum " + sumSkill);
                assertPayrollIsTheSum(m);
            }
        }
    }

    @Test
    void theLimitsKeepTheCensusSumsInsideALong() {
        // the arithmetic the census relies on (model.Limits' class comment)
        double cents = Limits.MAX_POPULATION * Limits.MAX_SALARY * 100;
        assertTrue(cents < Long.MAX_VALUE, "pay in cents: " + cents);
        double skillUnits = Limits.MAX_POPULATION * Limits.MAX_SKILL * (1 << 24);
        assertTrue(skillUnits < Long.MAX_VALUE, "skill in units of 2^-24: " + skillUnits);
        assertEquals(Limits.MAX_SALARY, Limits.salary(1e300));
        assertEquals(0, Limits.salary(Double.NaN));
        assertEquals(Limits.MIN_SKILL, Limits.skill(Double.NaN));
    }

    /** The reproducers of the overflow report that are refused at check, each at its field. */
    @Test
    void outOfDomainMoneyIsRefusedWhereItIsWritten() {
        String head = "version: 1\nname: money\n";
        String team = "labs:\n  - name: Meta\n    teams:\n      - name: FAIR\n        focus: research\n        headcount: 10\n";
        String[][] cases = {
            {head + "market:\n  payScale: {base: 300k, elasticity: 1e308}\n" + team, "market.payScale.elasticity: must be at most 10"},
            {head + team + "        stars:\n          - {name: A, skill: 5, salary: 50000000B}\n"
                    + "          - {name: B, skill: 5, salary: 50000000B}\n", "stars[0].salary: must be at most 1000000000"},
            {head + team + "        stars:\n          - {name: A, skill: 5, salary: 1e308}\n", "stars[0].salary: must be at most"},
            {head + "labs:\n  - name: Meta\n    budget: 1e16\n", "labs[0].budget: must be at most"},
        };
        for (String[] c : cases) {
            org.talentsim.io.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.talentsim.io.ScenarioException.class, () -> org.talentsim.io.ScenarioFiles.parse(c[0], "money.yaml"));
            assertTrue(e.getMessage().contains(c[1]) && e.line() > 0, e.getMessage());
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new org.talentsim.model.PayScale(1e5, 1e308));
    }
}
