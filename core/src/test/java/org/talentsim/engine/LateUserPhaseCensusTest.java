package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.model.MovesView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.WorldView;
import org.talentsim.scenario.Scenario;
import org.talentsim.testkit.Worlds;

/**
 * A user phase after METRICS runs before the observers, which are promised the end-of-tick state
 * with a fresh census: a payroll changed there must show in the labs' payrolls they read (it did
 * not: they read the census taken before the phase).
 */
class LateUserPhaseCensusTest {
    @Test
    void observersSeeTheCensusOfWhatAPhaseAfterMetricsChanged() {
        Scenario s = Worlds.twoLabWar(5).withMonths(4);
        List<double[]> seen = new ArrayList<>();
        TickObserver check = new TickObserver() {
            @Override
            public void onTick(int tick, WorldView w, MovesView moves) {
                for (int lab = 0; lab < w.labCount(); lab++) {
                    seen.add(new double[] {tick, w.lab(lab).payroll(), payroll(w, lab)});
                }
            }
        };
        Simulation.Builder b = Simulation.builder(s).after(PhaseId.METRICS, ctx -> {
            if (ctx.tick() == 3) {
                PopulationView p = ctx.world().population();
                for (int i = 0; i < p.size(); i++) {
                    if (p.status(i) == Status.EMPLOYED && ctx.world().labOf(i) == 0) {
                        ctx.edit().salary(i, 2 * p.salary(i));
                    }
                }
            }
        }).observer(check);
        try (Simulation sim = b.build()) {
            sim.run();
        }
        assertEquals(4 * 2, seen.size());
        for (double[] r : seen) {
            assertEquals(r[2], r[1], 1e-6 * r[2], "tick " + (int) r[0] + ": the payroll observers read is the salaries'");
        }
    }

    /** Lab {@code lab}'s payroll from its people: the salaries of its employed and those on notice. */
    private static double payroll(WorldView w, int lab) {
        PopulationView p = w.population();
        double sum = 0;
        for (int i = 0; i < p.size(); i++) {
            Status st = p.status(i);
            if ((st == Status.EMPLOYED || st == Status.NOTICE) && w.labOf(i) == lab) {
                sum += p.salary(i);
            }
        }
        return sum;
    }
}
