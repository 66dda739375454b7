package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.Status;

/**
 * The population's state (MODEL §5): its starting values, a deep copy of every field (what-if
 * runs and snapshots restore from it), the stakes of several holders kept apart, names, grants
 * and the stored ln(pay).
 */
class PopulationTest {
    @Test
    void aNewPopulationIsInThePoolAtSkillOneAndMiddlingMorale() {
        Population p = new Population(3);
        for (int i = 0; i < 3; i++) {
            assertEquals(1, p.skill(i));
            assertEquals(0.5, p.morale(i));
            assertEquals(-1, p.team(i));
            assertEquals(Status.SEEKING, p.status(i));
            assertEquals(Population.NO_PAY_LN, p.lnSalary(i));
        }
        assertEquals(0, new Population(0).size());
        assertThrows(IllegalArgumentException.class, () -> new Population(-1));
        assertEquals(50, Population.bytesPerResearcher());
    }

    /** Every field of researcher i set from i. */
    static Population filled(int n) {
        Population p = new Population(n);
        for (int i = 0; i < n; i++) {
            p.setSkill(i, 1 + i);
            p.setSpecialty(i, Focus.values()[i % 3]);
            p.setSalary(i, 1000 * (i + 1));
            p.setMorale(i, i / 10.0);
            p.setVisibility(i, i / 20.0);
            p.setTeam(i, i % 2);
            p.setStatus(i, Status.values()[i % 4]);
            p.setClock(i, i + 3);
            p.inStatusArray()[i] = (short) (i + 5);
            p.setTenure(i, i + 7);
            p.setVisa(i, i % 2 == 0);
            p.setReference(i, 500 * i);
            p.setGrant(i, 100 * i, i + 1);
            p.setOwed(i, 10 * i);
        }
        p.setName(3, "Ada");
        p.grantStake(1, 111, 9);
        p.grantStake(4, 444, 12);
        return p;
    }

    static void same(Population a, Population b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            String at = "#" + i;
            assertEquals(a.skill(i), b.skill(i), at);
            assertEquals(a.specialty(i), b.specialty(i), at);
            assertEquals(a.salary(i), b.salary(i), at);
            assertEquals(a.lnSalary(i), b.lnSalary(i), at);
            assertEquals(a.morale(i), b.morale(i), at);
            assertEquals(a.visibility(i), b.visibility(i), at);
            assertEquals(a.team(i), b.team(i), at);
            assertEquals(a.status(i), b.status(i), at);
            assertEquals(a.clock(i), b.clock(i), at);
            assertEquals(a.ticksInStatus(i), b.ticksInStatus(i), at);
            assertEquals(a.tenure(i), b.tenure(i), at);
            assertEquals(a.visa(i), b.visa(i), at);
            assertEquals(a.reference(i), b.reference(i), at);
            assertEquals(a.unvestedEquity(i), b.unvestedEquity(i), at);
            assertEquals(a.vestsLeftArray()[i], b.vestsLeftArray()[i], at);
            assertEquals(a.signOnOwed(i), b.signOnOwed(i), at);
            assertEquals(a.name(i), b.name(i), at);
            assertEquals(a.stake(i, 2), b.stake(i, 2), at);
        }
    }

    @Test
    void aCopyHasEveryFieldAndIsIndependent() {
        Population p = filled(6);
        Population c = p.copy();
        same(p, c);
        assertEquals(111, c.stake(1, 2));
        assertEquals(444, c.stake(4, 11));
        assertEquals(5, c.ticksInStatus(0));
        assertEquals("Ada", c.name(3));
        p.setSalary(0, 1);
        p.forfeitStake(1);
        assertEquals(1000, c.salary(0));
        assertEquals(111, c.stake(1, 2));
        // restoring over a population with other names and fewer stakes
        Population d = new Population(6);
        d.setName(0, "Bob");
        d.copyFrom(filled(6));
        same(filled(6), d);
        assertEquals(Map.of(3, "Ada"), d.names());
        assertThrows(IllegalArgumentException.class, () -> d.copyFrom(new Population(5)));
    }

    @Test
    void stakesOfSeveralHoldersAreKeptApart() {
        Population p = new Population(10);
        int[] order = {5, 2, 8, 0, 9};
        for (int i : order) {
            p.grantStake(i, 100 * (i + 1), 10 + i);
        }
        p.grantStake(2, 250, 30);   // replaces his stake
        for (int i = 0; i < 10; i++) {
            double want = i == 2 ? 250 : contains(order, i) ? 100 * (i + 1) : 0;
            assertEquals(want, p.stake(i, 1), "#" + i);
        }
        p.forfeitStake(5);
        p.forfeitStake(7);   // holds none
        assertEquals(0, p.stake(5, 1));
        assertEquals(250, p.stake(2, 1));
        assertEquals(900, p.stake(8, 1));
        assertEquals(100, p.stake(0, 1));
        assertEquals(1000, p.stake(9, 1));
        p.forfeitStake(0);
        assertEquals(250, p.stake(2, 1));
        assertEquals(900, p.stake(8, 1));
        assertEquals(1000, p.stake(9, 1));
        // vesting: the stake holds until its tick; the balance is the value times the years left
        assertEquals(900, p.stake(8, 17));
        assertEquals(0, p.stake(8, 18));
        assertEquals(900.0 * 6 / 12, p.unvested(8, 12, 12), 1e-9);
        assertEquals(0, p.unvested(8, 18, 12));
        assertEquals(0, p.unvested(5, 1, 12));
        p.grantStake(3, 0, 5);
        assertEquals(0, p.stake(3, 1));
        assertThrows(IllegalArgumentException.class, () -> p.grantStake(3, -1, 5));
        assertThrows(IllegalArgumentException.class, () -> p.grantStake(3, Double.POSITIVE_INFINITY, 5));
    }

    static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    @Test
    void namesAreUniqueAndListedInIndexOrder() {
        Population p = new Population(10);
        assertNull(p.name(0));
        p.setName(7, "a");
        p.setName(2, "b");
        p.setName(5, "c");
        p.setName(5, "c");   // again, the same researcher
        assertArrayEquals(new int[] {2, 5, 7}, p.namedIndices());
        assertEquals(2, p.indexOf("b"));
        assertEquals(-1, p.indexOf("z"));
        assertThrows(IllegalArgumentException.class, () -> p.setName(0, "a"));
        p.setName(0, "d");
        assertArrayEquals(new int[] {0, 2, 5, 7}, p.namedIndices());
    }

    @Test
    void grantsAndPay() {
        Population p = new Population(2);
        p.setGrant(0, 500, 0);
        assertEquals(0, p.unvestedEquity(0), "no dates: nothing unvested");
        assertEquals(0, p.vestsLeftArray()[0]);
        p.setGrant(0, 0, 4);
        assertEquals(0, p.vestsLeftArray()[0], "nothing granted: no dates");
        p.setGrant(0, 500, 127);
        assertEquals(127, p.vestsLeftArray()[0]);
        assertEquals(500, p.unvestedEquity(0));
        assertThrows(IllegalArgumentException.class, () -> p.setGrant(1, 500, 128));
        assertThrows(IllegalArgumentException.class, () -> p.setGrant(1, 500, -1));
        assertThrows(IllegalArgumentException.class, () -> p.setGrant(1, -1, 4));
        assertThrows(IllegalArgumentException.class, () -> p.setGrant(1, Double.POSITIVE_INFINITY, 4));
        p.setOwed(1, 75);
        assertEquals(75, p.signOnOwed(1));
        assertEquals(Population.NO_PAY_LN, Population.lnPay(0));
        assertEquals(0, Population.lnPay(1));
        p.setSalary(1, Math.E);
        assertEquals(1, p.lnSalary(1), 1e-6);
    }
}
