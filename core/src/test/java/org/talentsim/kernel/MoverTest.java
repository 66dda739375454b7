package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.model.MoveReason;
import org.talentsim.model.Status;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.PolicySpec;

/**
 * The moves themselves (MODEL §7.5–7.7): what each does to the labs' payrolls and headcounts
 * (which later offers of the tick read for budget room) and to the researcher's team, status,
 * clocks, tenure and stake. On the desk of {@link OfferDeskTest}: Home pays 10·w* in all, the
 * researcher 2·w*, with a stake, a clock of 7 and a tenure of 9 ticks.
 */
class MoverTest {
    static final double W = OfferDeskTest.W;

    static OfferDeskTest.Desk desk(boolean twoTeams) {
        OfferDeskTest.Desk d = new OfferDeskTest.Desk(OfferDeskTest.PREMIUM, OfferDeskTest.NONE, OfferDeskTest.HIGHER,
                PolicySpec.of("premium"), PolicySpec.of("cash"), twoTeams, PolicyRegistry.defaults());
        d.homeLab.setPayroll(10 * W);
        d.poachLab.setPayroll(4 * W);
        return d;
    }

    static int prepared(OfferDeskTest.Desk d) {
        int i = d.employed();
        d.pop.setClock(i, 7);
        d.pop.setTenure(i, 9);
        d.pop.grantStake(i, W, 13);
        return i;
    }

    static MoveReason lastMove(OfferDeskTest.Desk d) {
        return d.w.moves().reason(d.w.moves().size() - 1);
    }

    @Test
    void aMoveToAnotherLabMovesThePayAndStartsAfresh() {
        OfferDeskTest.Desk d = desk(false);
        int i = prepared(d);
        d.m.mover.join(i, d.poach.id(), 3 * W, MoveReason.POACHED);
        assertEquals(8 * W, d.homeLab.payroll());
        assertEquals(7 * W, d.poachLab.payroll());
        assertEquals(3, d.home.headcount());
        assertEquals(5, d.poach.headcount());
        assertEquals(d.poach.id(), d.pop.team(i));
        assertEquals(3 * W, d.pop.salary(i));
        assertEquals(0, d.pop.clockArray()[i]);
        assertEquals(0, d.pop.tenureArray()[i]);
        assertEquals(0, d.pop.stake(i, 1), "the stake stays with Home");
        assertEquals(0, d.w.moves().fromLab(d.w.moves().size() - 1));
    }

    @Test
    void aMoveWithinTheLabKeepsTenureAndStake() {
        OfferDeskTest.Desk d = desk(true);
        int i = prepared(d);
        int h2 = d.w.teamIndex(0, "H2");
        d.m.mover.join(i, h2, 3 * W, MoveReason.TRANSFERRED);
        assertEquals(11 * W, d.homeLab.payroll());
        assertEquals(3, d.home.headcount());
        assertEquals(4, d.w.team(h2).headcount());
        assertEquals(9, d.pop.tenureArray()[i]);
        assertEquals(W, d.pop.stake(i, 1));
        assertEquals(0, d.pop.clockArray()[i]);
    }

    @Test
    void aHireFromNoticeEndsTheOldLabsPay() {
        OfferDeskTest.Desk d = desk(false);
        int i = prepared(d);
        d.m.mover.layOff(i, 2, 1);
        assertEquals(Status.NOTICE, d.pop.status(i));
        assertEquals(2, d.pop.clockArray()[i]);
        assertEquals(10 * W, d.homeLab.payroll(), "paid while on notice");
        assertEquals(3, d.home.headcount());
        assertEquals(0, d.pop.stake(i, 1), "a stake is lost with the job");
        assertTrue(d.homeLab.laidOffWithin(i, 2, d.m.coolOffTicks));
        d.m.mover.join(i, d.poach.id(), 3 * W, MoveReason.HIRED);
        assertEquals(8 * W, d.homeLab.payroll());
        assertEquals(7 * W, d.poachLab.payroll());
        assertEquals(3, d.home.headcount(), "counted out at the layoff");
        assertEquals(-1, d.w.moves().fromLab(d.w.moves().size() - 1), "hired from notice, not from a lab");
        assertEquals(Status.EMPLOYED, d.pop.status(i));
    }

    @Test
    void aHireFromThePoolTouchesNoOtherLab() {
        OfferDeskTest.Desk d = desk(false);
        int i = d.seeker();
        d.pop.setClock(i, 5);
        d.m.mover.join(i, d.poach.id(), 3 * W, MoveReason.HIRED);
        assertEquals(10 * W, d.homeLab.payroll());
        assertEquals(7 * W, d.poachLab.payroll());
        assertEquals(0, d.pop.clockArray()[i]);
    }

    @Test
    void aLayoffWithoutNoticeSendsHimToThePoolAtOnce() {
        for (boolean visa : new boolean[] {false, true}) {
            OfferDeskTest.Desk d = desk(false);
            int i = prepared(d);
            d.pop.setVisa(i, visa);
            d.m.mover.layOff(i, 0, 1);
            assertEquals(Status.SEEKING, d.pop.status(i));
            assertEquals(-1, d.pop.team(i));
            assertEquals(8 * W, d.homeLab.payroll());
            assertEquals(visa ? d.m.mover.graceTicks() : 0, d.pop.clockArray()[i], "visa " + visa);
            assertEquals(MoveReason.LAID_OFF, lastMove(d));
        }
        // a notice of one tick, then its end
        for (boolean visa : new boolean[] {false, true}) {
            OfferDeskTest.Desk d = desk(false);
            int i = prepared(d);
            d.pop.setVisa(i, visa);
            d.m.mover.layOff(i, 1, 1);
            assertEquals(Status.NOTICE, d.pop.status(i));
            assertEquals(1, d.pop.clockArray()[i]);
            d.m.mover.endNotice(i);
            assertEquals(Status.SEEKING, d.pop.status(i));
            assertEquals(-1, d.pop.team(i));
            assertEquals(8 * W, d.homeLab.payroll());
            assertEquals(visa ? d.m.mover.graceTicks() : 0, d.pop.clockArray()[i], "visa " + visa);
        }
        assertTrue(desk(false).m.mover.graceTicks() > 0);
    }

    @Test
    void quitsAndRetirementsLeaveThePayroll() {
        for (boolean visa : new boolean[] {false, true}) {
            OfferDeskTest.Desk d = desk(false);
            int i = prepared(d);
            d.pop.setVisa(i, visa);
            d.m.mover.quit(i);
            assertEquals(Status.SEEKING, d.pop.status(i));
            assertEquals(-1, d.pop.team(i));
            assertEquals(8 * W, d.homeLab.payroll());
            assertEquals(3, d.home.headcount());
            assertEquals(0, d.pop.stake(i, 1));
            assertEquals(visa ? d.m.mover.graceTicks() : 0, d.pop.clockArray()[i], "visa " + visa);
            assertEquals(MoveReason.QUIT, lastMove(d));
        }
        OfferDeskTest.Desk d = desk(false);
        int i = prepared(d);
        d.m.mover.retire(i);
        assertEquals(Status.EXITED, d.pop.status(i));
        assertEquals(8 * W, d.homeLab.payroll());
        assertEquals(0, d.pop.clockArray()[i]);
        assertEquals(0, d.pop.stake(i, 1));
        assertEquals(MoveReason.EXITED, lastMove(d));
    }

    @Test
    void aSeekerLeavingTheMarketHasNoTeamOrClock() {
        OfferDeskTest.Desk d = desk(false);
        int i = d.seeker();
        d.pop.setClock(i, 4);
        d.m.mover.exitPool(i, MoveReason.VISA_EXIT);
        assertEquals(Status.EXITED, d.pop.status(i));
        assertEquals(-1, d.pop.team(i));
        assertEquals(0, d.pop.clockArray()[i]);
        assertEquals(MoveReason.VISA_EXIT, lastMove(d));
    }

    @Test
    void aCounterRaisesThePayroll() {
        OfferDeskTest.Desk d = desk(false);
        int i = d.employed();
        d.m.mover.counter(i, 3 * W);
        assertEquals(11 * W, d.homeLab.payroll());
        assertEquals(3 * W, d.pop.salary(i));
        assertEquals(MoveReason.COUNTERED, lastMove(d));
        assertFalse(d.homeLab.laidOffWithin(i, 2, d.m.coolOffTicks));
    }
}
