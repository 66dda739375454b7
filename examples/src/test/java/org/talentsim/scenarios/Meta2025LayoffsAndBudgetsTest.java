package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.model.LabView;
import org.talentsim.model.MoveReason;
import org.talentsim.model.MovesView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.TeamView;
import org.talentsim.model.WorldView;
import org.talentsim.scenario.Scenario;

/**
 * Issue 11, items 2 and 5, over seeds 1–10 of meta-2025: who the October layoff takes, that Meta
 * does not hire them back within the re-hire cool-off, that the cut positions stay cut, and that
 * no lab's payroll ends a month above its budget.
 */
class Meta2025LayoffsAndBudgetsTest {
    static final int OCTOBER = 10;
    static final List<String> CUT = List.of("FAIR", "Products", "Infra");
    static final List<Seed> SEEDS = new ArrayList<>();

    /** What one seed's run showed. */
    static final class Seed implements TickObserver {
        final long seed;
        final Set<Integer> joinedMeta2025 = new HashSet<>();
        final Set<Integer> laidOff = new HashSet<>();
        final List<String> rehiredWithinAYear = new ArrayList<>();
        final List<String> overBudget = new ArrayList<>();
        final List<String> targets = new ArrayList<>();
        final List<String> otherLayoffs = new ArrayList<>();
        int[] cutTarget;
        int meta = -1;
        int dismissed = -1;

        Seed(long seed) {
            this.seed = seed;
        }

        @Override
        public void onTick(int tick, WorldView w, MovesView moves) {
            if (meta < 0) {
                meta = w.labIndex("Meta");
                PopulationView p = w.population();
                for (int i = 0; i < p.size(); i++) {
                    if ("Yuandong Tian".equals(p.name(i))) {
                        dismissed = i;
                    }
                }
            }
            for (int r = 0; r < moves.size(); r++) {
                int i = moves.researcher(r);
                MoveReason why = moves.reason(r);
                boolean intoMeta = moves.toLab(r) == meta && moves.fromLab(r) != meta;
                if (intoMeta && tick <= OCTOBER) {
                    joinedMeta2025.add(i);
                }
                if (why == MoveReason.LAID_OFF) {
                    if (tick == OCTOBER && moves.fromLab(r) == meta && i != dismissed) {
                        laidOff.add(i);
                    } else if (i != dismissed) {
                        otherLayoffs.add("tick " + tick + " #" + i + " from lab " + moves.fromLab(r));
                    }
                }
                if (intoMeta && tick > OCTOBER && tick - OCTOBER < 12 && laidOff.contains(i)) {
                    rehiredWithinAYear.add("tick " + tick + " #" + i + " " + why);
                }
            }
            for (int l = 0; l < w.labCount(); l++) {
                if (overBudget(w, w.lab(l))) {
                    overBudget.add("tick " + tick + " " + w.lab(l).name() + " pays " + w.lab(l).payroll());
                }
            }
            if (tick >= OCTOBER) {
                if (tick == OCTOBER) {
                    cutTarget = new int[CUT.size()];
                }
                for (int k = 0; k < CUT.size(); k++) {
                    TeamView t = w.team(w.teamIndex(meta, CUT.get(k)));
                    if (tick == OCTOBER) {
                        cutTarget[k] = t.target();
                        if (t.target() != t.headcount()) {
                            targets.add(t.name() + " in October: target " + t.target() + ", headcount " + t.headcount());
                        }
                    } else if (t.target() != cutTarget[k] || t.headcount() > cutTarget[k]) {
                        targets.add(t.name() + " in tick " + tick + ": target " + t.target() + ", headcount "
                                + t.headcount() + ", cut to " + cutTarget[k]);
                    }
                }
            }
        }
    }

    /** Above the budget by more than the census's rounding of each salary to the cent. */
    static boolean overBudget(WorldView w, LabView lab) {
        if (lab.payroll() <= lab.budget()) {
            return false;
        }
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

    @BeforeAll
    static void runTenSeeds() {
        Scenario base = ScenarioFiles.read(Runs.DIR.resolve("meta-2025.yaml"));
        for (long seed = 1; seed <= 10; seed++) {
            Seed s = new Seed(seed);
            InvariantChecker inv = new InvariantChecker();
            try (Simulation sim = Simulation.builder(base.toBuilder().seed(seed).build()).threads(2).observer(inv)
                    .observer(s).build()) {
                sim.run();
            }
            SEEDS.add(s);
        }
    }

    @Test
    void theOctoberLayoffFallsMostlyOnPeopleHiredBefore2025() {
        double before = 0;
        double all = 0;
        for (Seed s : SEEDS) {
            long old = s.laidOff.stream().filter(i -> !s.joinedMeta2025.contains(i)).count();
            assertTrue(s.laidOff.size() >= 590, "seed " + s.seed + ": " + s.laidOff.size());
            assertTrue(old > 0.55 * s.laidOff.size(), "seed " + s.seed + ": " + old + " of " + s.laidOff.size()
                    + " laid off had joined before 2025");
            before += old;
            all += s.laidOff.size();
        }
        assertTrue(before / all > 0.6, "over ten seeds: " + before / all);
    }

    @Test
    void metaHiresNoneOfThemBackWithinTwelveMonths() {
        for (Seed s : SEEDS) {
            assertEquals(List.of(), s.rehiredWithinAYear, "seed " + s.seed);
        }
    }

    @Test
    void theCutPositionsStayCut() {
        for (Seed s : SEEDS) {
            assertEquals(List.of(), s.targets, "seed " + s.seed);
        }
    }

    @Test
    void noPayrollEndsAMonthAboveItsBudgetAndNoBudgetLayoffIsNeeded() {
        for (Seed s : SEEDS) {
            assertEquals(List.of(), s.overBudget, "seed " + s.seed);
            assertEquals(List.of(), s.otherLayoffs, "seed " + s.seed + ": only the October layoff and the dismissal");
        }
    }
}
