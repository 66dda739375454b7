package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.Status;
import org.talentsim.model.TickUnit;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.Scenario;

/**
 * Phase 7 on its own ({@link Payroll}, run through {@link Market#payroll}): the clocks it
 * advances, when raises come and how large they are, and the exact cents of raises cut to a
 * budget. One lab, one team of skill-1 researchers (w*(1) = 300,000) plus a pool, nothing else
 * moving (the quiet market of {@link MechanismTest}).
 */
class PayrollTest {
    static final double W1 = 300_000;   // w*(s) at skill 1

    /** {@code staff} researchers of skill 1 in team T (pay level {@code payLevel}, lab productivity 2) and a pool of 3. */
    static Market market(MarketSpec spec, TickUnit unit, int staff, double payLevel) {
        Scenario s = MechanismTest.quiet("payroll").seed(4).months(2).tickUnit(unit).market(spec)
                .lab("L", l -> l.productivity(2).team("T", Focus.RESEARCH, staff,
                        t -> t.payLevel(payLevel).members(CohortSpec.DEFAULT.withSkill(Dist.constant(1)))))
                .pool(3)
                .build();
        Market m = new Market(s, PolicyRegistry.defaults());
        for (int i = 0; i < staff; i++) {
            m.pop.setSpecialty(i, Focus.RESEARCH);
        }
        return m;
    }

    static void pay(Market m, int tick) {
        m.payroll(tick, ChunkRunner.SEQUENTIAL);
    }

    /** The anniversary test without a remainder agrees with {@code n % 12 == 0} on every tenure a short holds, and beyond. */
    @Test
    void twelfthIsTheRemainderTest() {
        for (int n = 0; n <= 1 << 20; n++) {
            if (Payroll.twelfth(n) != (n % 12 == 0)) {
                throw new AssertionError("tenure " + n);
            }
        }
        for (int n : new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE - 7, 2_147_483_640, 2_147_483_636}) {
            assertEquals(n % 12 == 0, Payroll.twelfth(n), "n " + n);
        }
    }

    @Test
    void everyoneNotExitedCountsATickInStatusAndTheEmployedATickOfTenureUpToTheirCaps() {
        Market m = market(MechanismTest.QUIET, TickUnit.MONTH, 4, 1);
        Population p = m.pop;
        int seeker = 4;
        int exited = 5;
        assertEquals(Status.SEEKING, p.status(seeker));
        p.setStatus(exited, Status.EXITED);
        short[] inStatus = p.inStatusArray();
        short[] tenure = p.tenureArray();
        inStatus[0] = 7;
        tenure[0] = 30;
        inStatus[1] = Short.MAX_VALUE;
        tenure[1] = Short.MAX_VALUE;
        inStatus[seeker] = 2;
        tenure[seeker] = 9;
        inStatus[exited] = 5;
        tenure[exited] = 6;
        pay(m, 1);
        pay(m, 2);
        assertEquals(9, inStatus[0]);
        assertEquals(32, tenure[0]);
        assertEquals(Short.MAX_VALUE, inStatus[1], "saturates, never wraps");
        assertEquals(Short.MAX_VALUE, tenure[1], "saturates, never wraps");
        assertEquals(4, inStatus[seeker], "a seeker's time in the pool");
        assertEquals(9, tenure[seeker], "no tenure out of work");
        assertEquals(5, inStatus[exited], "nothing for the exited");
        assertEquals(6, tenure[exited]);
    }

    /** Monthly ticks: the raise comes in the tick that completes a year of tenure (12, 24, …), and only then. */
    @Test
    void aRaiseComesAtEachAnniversaryOnly() {
        Market m = market(MechanismTest.QUIET.withAnnualRaise(0.10), TickUnit.MONTH, 3, 1);
        Population p = m.pop;
        int[] tenureBefore = {10, 11, 22};
        for (int i = 0; i < 3; i++) {
            p.setSalary(i, 200_000);
            p.tenureArray()[i] = (short) tenureBefore[i];
        }
        pay(m, 1);
        assertEquals(200_000, p.salary(0), "tenure 11: no raise yet");
        assertEquals(220_000, p.salary(1), 1e-6, "tenure 12: 10%");
        assertEquals(200_000, p.salary(2), "tenure 23: the second year not yet complete");
        pay(m, 2);
        assertEquals(220_000, p.salary(0), 1e-6, "tenure 12");
        assertEquals(220_000, p.salary(1), 1e-6, "tenure 13: once a year");
        assertEquals(220_000, p.salary(2), 1e-6, "tenure 24");
        assertEquals((float) Math.log(220_000), p.lnSalaryArray()[1], 1e-6, "the log-salary follows the pay");
    }

    /**
     * At an anniversary an annual refresher tops the unvested equity up to a whole grant at the
     * pay before the anniversary's raise (MODEL §7.9), and the raise then comes as without a
     * package: a grant of equity · years · w₀ (years the span of its dates), a salary of 1.1 · w₀.
     */
    @Test
    void anAnnualRefresherIsGrantedOnThePayBeforeTheRaise() {
        Scenario s = MechanismTest.quiet("refresher").seed(4).months(2)
                .market(MechanismTest.QUIET.withAnnualRaise(0.10))
                .lab("L", l -> l.productivity(2)
                        .pay(org.talentsim.scenario.PolicySpec.of("equity-annual", "equity", 0.5, "years", 4,
                                "cliffMonths", 0, "vestMonths", 7))
                        .team("T", Focus.RESEARCH, 2, t -> t.members(CohortSpec.DEFAULT.withSkill(Dist.constant(1)))))
                .pool(3)
                .build();
        Market m = new Market(s, PolicyRegistry.defaults());
        Population p = m.pop;
        for (int i = 0; i < 2; i++) {
            p.setSpecialty(i, Focus.RESEARCH);
            p.setSalary(i, 200_000);
            p.unvestedArray()[i] = 1_000;   // a grant nearly vested out, with dates left (none at tenure 12)
            p.vestsLeftArray()[i] = 2;
        }
        p.tenureArray()[0] = 11;   // an anniversary this tick
        p.tenureArray()[1] = 4;    // none
        pay(m, 1);
        // four years in 7-month dates: 7 of them, 49 months, which the grant holds (the span of its dates)
        assertEquals(0.5 * 49 / 12.0 * 200_000, p.unvestedEquity(0), 0.05, "a whole grant at the pay before the raise");
        assertEquals(220_000, p.salary(0), 1e-6, "then the raise");
        assertEquals(1_000, p.unvestedEquity(1), "no anniversary, no date: the balance stays");
        assertEquals(200_000, p.salary(1));
    }

    /** Weekly ticks: the anniversary is 52 ticks of tenure, not 12. */
    @Test
    void weeklyTicksGiveTheRaiseAfterFiftyTwoWeeks() {
        Market m = market(MechanismTest.QUIET.withAnnualRaise(0.10), TickUnit.WEEK, 3, 1);
        Population p = m.pop;
        int[] tenureBefore = {11, 51, 103};
        for (int i = 0; i < 3; i++) {
            p.setSalary(i, 200_000);
            p.tenureArray()[i] = (short) tenureBefore[i];
        }
        pay(m, 1);
        assertEquals(200_000, p.salary(0), "12 weeks is no anniversary");
        assertEquals(220_000, p.salary(1), 1e-6, "52 weeks");
        assertEquals(220_000, p.salary(2), 1e-6, "104 weeks");
    }

    /**
     * With no annual raise, {@code payAdjust} alone moves pay toward the team's pay level times
     * w*(s): {@code w + adjust·(payLevel·w* − w)}; never above the lab's valuation ({@code
     * productivity · max(1, payLevel) · w*}, times offSpecialty outside the team's focus), never
     * a cut.
     */
    @Test
    void thePayAdjustmentAloneClosesItsShareOfTheGapUpToTheValuationAndNeverCuts() {
        MarketSpec spec = MechanismTest.QUIET.withPayAdjust(0.25);
        Market m = market(spec, TickUnit.MONTH, 4, 1.5);   // target 1.5·w* = 450k; valuation 2·1.5·w* = 900k
        Population p = m.pop;
        double[] before = {250_000, 440_000, 1_000_000, 250_000};
        for (int i = 0; i < 4; i++) {
            p.setSalary(i, before[i]);
            p.tenureArray()[i] = 11;
        }
        p.setSpecialty(3, Focus.PRODUCT);   // off the team's focus: valuation 900k × offSpecialty
        pay(m, 1);
        assertEquals(250_000 + 0.25 * (1.5 * W1 - 250_000), p.salary(0), 1e-6, "a quarter of the gap");
        assertEquals(440_000 + 0.25 * (1.5 * W1 - 440_000), p.salary(1), 1e-6);
        assertEquals(1_000_000, p.salary(2), "above the target and the valuation: kept, not cut");
        double off = spec.offSpecialty();
        assertEquals(Math.max(250_000, Math.min(250_000 + 0.25 * (1.5 * W1 - 250_000), 2 * 1.5 * W1 * off)), p.salary(3), 1e-6,
                "capped by the off-focus valuation");

        Market capped = market(MechanismTest.QUIET.withAnnualRaise(0.5), TickUnit.MONTH, 2, 1);   // valuation 2·w* = 600k
        capped.pop.setSalary(0, 500_000);
        capped.pop.tenureArray()[0] = 11;
        // off the focus the valuation is 600k × offSpecialty = 480k, below the 600k a 50% raise gives
        capped.pop.setSalary(1, 400_000);
        capped.pop.tenureArray()[1] = 11;
        capped.pop.setSpecialty(1, Focus.PRODUCT);
        pay(capped, 1);
        assertEquals(600_000, capped.pop.salary(0), 1e-6, "a 50% raise stops at the valuation");
        assertEquals(2 * W1 * MechanismTest.QUIET.offSpecialty(), capped.pop.salary(1), 1e-6,
                "off the focus it stops at the off-focus valuation");
    }

    /** 100 people paid 400,000.004 and due a 10% raise, in a lab whose budget is {@code budget}. */
    static Market raising(double budget) {
        Market m = market(MechanismTest.QUIET.withAnnualRaise(0.10), TickUnit.MONTH, 100, 1);
        for (int i = 0; i < 100; i++) {
            m.pop.setSalary(i, 400_000.004);
            m.pop.tenureArray()[i] = 11;
        }
        m.world.lab(0).setBudget(budget);
        return m;
    }

    /** A budget that the full raises meet exactly, to the cent, lets every raise through in full. */
    @Test
    void aBudgetMetExactlyByTheRaisesTakesThemInFull() {
        double full = Money.CENTS.units(400_000.004 * 1.1) / 100.0;
        Market m = raising(100 * full);
        pay(m, 1);
        for (int i = 0; i < 100; i++) {
            assertEquals(400_000.004 * 1.1, m.pop.salary(i), 1e-9, "#" + i);
        }
    }

    /** No room at all: a pay freeze that keeps each pay exactly as it was, fractions of a cent included. */
    @Test
    void aFreezeKeepsThePayToTheLastBit() {
        Market m = raising(100 * 400_000.0);
        pay(m, 1);
        for (int i = 0; i < 100; i++) {
            assertEquals(400_000.004, m.pop.salary(i), "#" + i);
            assertEquals((float) Math.log(400_000.004), m.pop.lnSalaryArray()[i], 1e-6);
        }
    }

    /**
     * A lab under its budget keeps its raises exact (fractions of a cent included) in a tick
     * where another lab's raises are cut to its budget.
     */
    @Test
    void onlyTheLabOverItsBudgetHasItsRaisesCut() {
        Scenario sc = MechanismTest.quiet("two").seed(4).months(2).market(MechanismTest.QUIET.withAnnualRaise(0.10))
                .lab("Tight", l -> l.productivity(2).budget(10 * 400_000.0)
                        .team("T", Focus.RESEARCH, 10, t -> t.members(CohortSpec.DEFAULT.withSkill(Dist.constant(1)))))
                .lab("Ample", l -> l.productivity(2).budget(1e9)
                        .team("T", Focus.RESEARCH, 10, t -> t.members(CohortSpec.DEFAULT.withSkill(Dist.constant(1)))))
                .build();
        Market m = new Market(sc, PolicyRegistry.defaults());
        for (int i = 0; i < 20; i++) {
            m.pop.setSpecialty(i, Focus.RESEARCH);
            m.pop.setSalary(i, 400_000.004);
            m.pop.tenureArray()[i] = 11;
        }
        pay(m, 1);
        for (int i = 0; i < 20; i++) {
            boolean tight = m.world.teamLabArray()[m.pop.team(i)] == 0;
            assertEquals(tight ? 400_000.004 : 400_000.004 * 1.1, m.pop.salary(i), tight ? 0 : 1e-9, "#" + i);
        }
    }

    /** Room for part of the raises: each becomes the same share of itself in whole cents, and the payroll lands within the budget. */
    @Test
    void partRoomCutsEveryRaiseToTheSameShareWithinTheBudget() {
        double budget = 100 * 400_000.0 + 1_234_567.89;
        Market m = raising(budget);
        pay(m, 1);
        long paid = 0;
        for (int i = 0; i < 100; i++) {
            paid += Money.CENTS.units(m.pop.salary(i));
            assertEquals(m.pop.salary(0), m.pop.salary(i), "#" + i + ": the same share for all");
        }
        assertTrue(paid <= Math.floor(budget * 100), "within the budget: " + paid);
        assertTrue(paid > Math.floor(budget * 100) - 100, "and short of it by less than a cent a person: " + paid);
    }
}
