package org.talentsim.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.talentsim.model.Focus;
import org.talentsim.model.Status;
import org.talentsim.model.TickUnit;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.Scenario;

/**
 * The fused payroll and census ({@link Market#payrollAndCensus}) when raises take a lab over its
 * budget: the census takes the cuts as differences instead of counting everyone again, and must
 * give exactly what the payroll's own pass followed by a full census gives — every salary, the
 * team and lab sums, the counts and each lab's median — on one stripe and on two (where each
 * stripe's salaries go straight into their lab's region of the medians' scratch array).
 */
class CensusCutsTest {
    private static final int STAFF = 3_000;   // per lab: two labs make more than one chunk, so two stripes

    /** Two labs of {@code STAFF} each, everyone at a work anniversary with varied pay; lab Tight's budget leaves room for part of the raises. */
    private static Market market() {
        Scenario s = MechanismTest.quiet("cuts").seed(4).months(2).market(MechanismTest.QUIET.withAnnualRaise(0.10))
                .lab("Tight", l -> l.productivity(2).team("R", Focus.RESEARCH, STAFF / 2,
                        t -> t.members(CohortSpec.DEFAULT.withSkill(Dist.constant(1))))
                        .team("P", Focus.RESEARCH, STAFF / 2, t -> t.members(CohortSpec.DEFAULT.withSkill(Dist.constant(1)))))
                .lab("Ample", l -> l.productivity(2).team("R", Focus.RESEARCH, STAFF,
                        t -> t.members(CohortSpec.DEFAULT.withSkill(Dist.constant(1)))))
                .pool(3)
                .build();
        Market m = new Market(s, PolicyRegistry.defaults());
        long oldCents = 0;
        long raiseCents = 0;
        for (int i = 0; i < m.pop.size(); i++) {
            m.pop.setSpecialty(i, Focus.RESEARCH);
            if (m.pop.status(i) != Status.EMPLOYED) {
                continue;
            }
            double pay = 350_000.004 + 37.13 * (i % 1_001);   // a spread of pays, so the medians are not all one value
            m.pop.setSalary(i, pay);
            m.pop.tenureArray()[i] = 11;
            if (m.world.teamLabArray()[m.pop.team(i)] == 0) {
                oldCents += Money.CENTS.units(pay);
                raiseCents += Money.CENTS.units(pay * 1.1) - Money.CENTS.units(pay);
            }
        }
        m.world.lab(0).setBudget((oldCents + 0.4 * raiseCents) / 100.0);
        return m;
    }

    private static ChunkRunner sequential(int workers) {
        return new ChunkRunner() {
            @Override
            public void run(int chunks, IntConsumer task) {
                ChunkRunner.SEQUENTIAL.run(chunks, task);
            }

            @Override
            public int workers() {
                return workers;
            }
        };
    }

    @Test
    void cutRaisesGiveTheCensusOfAFullRecount() {
        for (int workers : new int[] {1, 2}) {
            ChunkRunner runner = sequential(workers);
            Market fused = market();
            Market apart = market();
            fused.payrollAndCensus(1, runner);
            apart.payroll(1, runner);
            apart.census.run(runner);

            int cut = 0;
            for (int i = 0; i < fused.pop.size(); i++) {
                assertEquals(apart.pop.salary(i), fused.pop.salary(i), "#" + i + ", " + workers + " workers");
                assertEquals(apart.pop.lnSalaryArray()[i], fused.pop.lnSalaryArray()[i], "#" + i);
                boolean tight = fused.pop.status(i) == Status.EMPLOYED && fused.world.teamLabArray()[fused.pop.team(i)] == 0;
                if (tight && fused.pop.salary(i) < (350_000.004 + 37.13 * (i % 1_001)) * 1.1 - 0.01) {
                    cut++;
                }
            }
            assertTrue(cut > STAFF / 2, "the tight lab's raises were cut: " + cut);
            assertEquals(1, fused.census.patched, "the cuts were put in place in the laid-out salaries (not laid out again)");
            int labs = fused.world.labCount();
            assertArrayEquals(Arrays.copyOf(apart.census.medians(), labs), Arrays.copyOf(fused.census.medians(), labs));
            assertArrayEquals(Arrays.copyOf(apart.census.lnMedians(), labs), Arrays.copyOf(fused.census.lnMedians(), labs));
            assertArrayEquals(Arrays.copyOf(apart.census.payrollUnits(), labs), Arrays.copyOf(fused.census.payrollUnits(), labs));
            for (int l = 0; l < labs; l++) {
                assertEquals(apart.world.lab(l).payroll(), fused.world.lab(l).payroll(), "lab " + l);
                float[] a = apart.census.salariesOf(l);
                float[] f = fused.census.salariesOf(l);
                Arrays.sort(a);
                Arrays.sort(f);
                assertArrayEquals(a, f, "the salaries behind lab " + l + "'s median");
            }
            assertTrue(fused.world.lab(0).payroll() <= fused.world.lab(0).budget(), "within the budget");
            for (int t = 0; t < fused.world.teamCount(); t++) {
                Team a = apart.world.team(t);
                Team f = fused.world.team(t);
                assertEquals(apart.census.counts()[t], fused.census.counts()[t], "team " + t);
                assertEquals(a.sumSalary(), f.sumSalary(), "team " + t);
                assertEquals(a.sumMorale(), f.sumMorale(), "team " + t);
                assertEquals(a.sumSkill(), f.sumSkill(), "team " + t);
                assertEquals(a.sumSkillMorale(), f.sumSkillMorale(), "team " + t);
            }
        }
    }

    /**
     * Whole runs: putting the cut raises in place in the laid-out salaries gives, tick by tick,
     * the state and the medians of laying every salary out again, on 1 and 2 threads, in markets
     * whose budgets bind.
     */
    @Test
    void patchedLayoutsGiveTheBitsOfFreshOnesRunAfterRun() {
        java.util.List<Scenario> scenarios = new java.util.ArrayList<>(java.util.List.of(
                org.talentsim.testkit.Worlds.tightBudgets(5, TickUnit.MONTH), org.talentsim.testkit.Worlds.tightBudgets(6, TickUnit.WEEK),
                org.talentsim.testkit.Worlds.everything(3)));
        for (long seed = 1; seed <= 4; seed++) {
            scenarios.add(org.talentsim.testkit.Worlds.random(seed));
        }
        int patched = 0;
        for (Scenario s : scenarios) {
            for (int threads : new int[] {1, 2}) {
                java.util.List<String> fresh = new java.util.ArrayList<>();
                java.util.List<String> kept = new java.util.ArrayList<>();
                patched += trace(s, threads, false, fresh);
                trace(s, threads, true, kept);
                assertEquals(fresh.size(), kept.size());
                for (int k = 0; k < fresh.size(); k++) {
                    assertEquals(fresh.get(k), kept.get(k), s.name() + ", " + threads + " threads, tick " + (k + 1));
                }
            }
        }
        assertTrue(patched > 20, "runs of the census whose cuts were put in place: " + patched);
    }

    /** Each tick's state and medians into {@code lines}; the number of patched censuses. */
    private static int trace(Scenario s, int threads, boolean layOutAgain, java.util.List<String> lines) {
        try (org.talentsim.engine.Simulation sim = org.talentsim.engine.Simulation.builder(s).threads(threads).build()) {
            Market m = Internals.market(sim);
            m.census.patchLayout = !layOutAgain;
            for (int k = 0; k < s.ticks(); k++) {
                sim.step();
                StringBuilder b = new StringBuilder(MarketHash.of(m));
                for (int l = 0; l < m.world.labCount(); l++) {
                    b.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(m.census.medians()[l])));
                }
                lines.add(b.toString());
            }
            return m.census.patched;
        }
    }
}
