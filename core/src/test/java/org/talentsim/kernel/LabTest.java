package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lab's accounts (MODEL §7.9, METRICS: spend is cash, severance, vested equity, sign-ons and
 * acquisitions, less claw-backs), its teams, titles and layoff record, and a detached copy.
 */
class LabTest {
    static Lab lab() {
        return new Lab(2, "L", 0.5, 1e9, 3, 1.5, 2e5, 0.1, 3, 0);
    }

    @Test
    void eachChargeAddsToSpendAndToItsOwnSumForTheTick() {
        Lab l = lab();
        l.addSpent(1000);
        l.addSeverance(200);
        l.addVested(30);
        l.addSignOn(4);
        l.addClawback(50);
        l.addAcquisition(600);
        assertEquals(1000 + 200 + 30 + 4 - 50 + 600, l.spent());
        assertEquals(200, l.severance());
        assertEquals(30, l.equityVested());
        assertEquals(4, l.signOns());
        assertEquals(50, l.clawedBack());
        assertEquals(600, l.acquisitions());
        l.clearTick();
        assertEquals(1784, l.spent(), "spend accumulates");
        assertEquals(0, l.severance() + l.equityVested() + l.signOns() + l.clawedBack() + l.acquisitions());
        assertEquals(2e5, l.postedWage());
    }

    @Test
    void teamsAreAddedAndRemovedInOrder() {
        Lab l = lab();
        for (int t = 10; t < 20; t++) {
            l.addTeam(t);
        }
        l.removeTeam(13);
        l.removeTeam(10);
        l.removeTeam(19);
        l.removeTeam(42);
        assertEquals(List.of(11, 12, 14, 15, 16, 17, 18), l.teams());
        assertEquals(7, l.teamCount());
        assertEquals(14, l.team(2));
    }

    @Test
    void aCopyCarriesEveryAccountAndIsDetached() {
        Lab l = lab();
        l.addTeam(4);
        l.addTeam(7);
        l.setPrestige(0.7);
        l.setBudget(5e8);
        l.setCapability(9);
        l.setKnowledge(2);
        l.setProductivity(2.5);
        l.setPostedWage(3e5);
        l.setOfferPremium(0.2);
        l.setLeaderFit(0.8);
        l.setPayroll(4e6);
        l.addSpent(7);
        l.addSeverance(1);
        l.addVested(2);
        l.addSignOn(3);
        l.addClawback(1);
        l.addAcquisition(5);
        l.addPackages(1234, 56);
        l.setTitle(9, "Chief Scientist");
        l.setRecentLayoffs(0.3);
        l.recordLayoff(9, 4, 6);
        l.pushResearch(10, 0.5);
        Lab c = l.copy();
        assertEquals(l.prestige(), c.prestige());
        assertEquals(l.budget(), c.budget());
        assertEquals(l.capability(), c.capability());
        assertEquals(l.knowledge(), c.knowledge());
        assertEquals(l.productivity(), c.productivity());
        assertEquals(l.postedWage(), c.postedWage());
        assertEquals(l.offerPremium(), c.offerPremium());
        assertEquals(l.leaderFit(), c.leaderFit());
        assertEquals(l.teams(), c.teams());
        assertEquals(l.payroll(), c.payroll());
        assertEquals(l.spent(), c.spent());
        assertEquals(l.severance(), c.severance());
        assertEquals(l.equityVested(), c.equityVested());
        assertEquals(l.signOns(), c.signOns());
        assertEquals(l.clawedBack(), c.clawedBack());
        assertEquals(l.acquisitions(), c.acquisitions());
        assertEquals(l.unvested(), c.unvested());
        assertEquals(l.equityRateUnits(), c.equityRateUnits());
        assertEquals("Chief Scientist", c.title(9));
        assertEquals(0.3, c.recentLayoffs());
        assertTrue(c.laidOffWithin(9, 5, 6));
        assertEquals(l.pushResearch(0, 0.5), c.pushResearch(0, 0.5), "the same pipeline");
        l.addTeam(8);
        l.setTitle(9, "Intern");
        assertEquals(List.of(4, 7), c.teams());
        assertEquals("Chief Scientist", c.title(9));
        assertThrows(IllegalArgumentException.class, () -> c.copyStateFrom(new Lab(3, "M", 0.5, 1, 1, 1, 1, 0, 3, 0)));
        assertThrows(IllegalArgumentException.class, () -> c.copyStateFrom(new Lab(2, "L", 0.5, 1, 1, 1, 1, 0, 4, 0)));
        // a lab with more teams copied into one with fewer
        Lab big = lab();
        for (int t = 0; t < 9; t++) {
            big.addTeam(t);
        }
        Lab small = lab();
        small.copyStateFrom(big);
        assertEquals(big.teams(), small.teams());
    }

    @Test
    void aLayoffIsRememberedForTheCoolOff() {
        Lab l = lab();
        assertNull(l.title(1));
        l.recordLayoff(1, 10, 6);
        assertTrue(l.laidOffWithin(1, 10, 6));
        assertTrue(l.laidOffWithin(1, 15, 6));
        assertFalse(l.laidOffWithin(1, 16, 6));
        assertFalse(l.laidOffWithin(2, 11, 6));
        assertFalse(l.laidOffWithin(1, 11, 0), "no cool-off");
    }
}
