package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MoveRow;
import org.talentsim.model.MoveReason;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.Scenario;

/**
 * The "What to look for" of examples/scenarios/pvr1.yaml on seeds 1-10 (issue 18): the stationary
 * values of the discrete 50-lab auction market with an offer from one's own lab dropped (mean
 * wage 1.0234, poaching = counter-offer rate 0.01256, from the Markov chain over (lab, reference
 * lab) solved for this file's productivities).
 */
class Pvr1ExampleTest {
    static final int SEEDS = 10;

    @Test
    void theDiscreteAuctionMarketIsReproduced() {
        Scenario file = ScenarioFiles.read(Runs.DIR.resolve("pvr1.yaml"));
        double wages = 0;
        double unemployment = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            String at = "seed " + seed + ": ";
            History h = Runs.run(file.withSeed(seed), 2);
            // over seeds 1-30 one run's unemployment spreads with sd 0.002 (0.163-0.171; 0.175 on
            // one seed of the streams before): each within 0.01, the mean of ten within 0.0025
            assertEquals(0.1667, h.summary().market().unemployment(), 0.01, at + "unemployment");
            unemployment += h.summary().market().unemployment();
            int last = h.labs().get(h.labs().size() - 1).tick();
            List<LabRow> window = h.labs().stream().filter(l -> l.tick() > last - 60).toList();
            double employed = window.stream().mapToInt(LabRow::headcount).sum();
            List<MoveRow> poached = h.moves().stream().filter(m -> m.reason() == MoveReason.POACHED && m.tick() > last - 60).toList();
            long countered = h.moves().stream().filter(m -> m.reason() == MoveReason.COUNTERED && m.tick() > last - 60).count();
            assertEquals(0.01256, poached.size() / employed, 0.0006, at + "POACHED per employed per month");
            assertEquals(0.01256, countered / employed, 0.0006, at + "COUNTERED per employed per month");
            double cuts = poached.stream().filter(m -> m.newSalary() < m.oldSalary()).count() / (double) poached.size();
            assertTrue(cuts > 0.2 && cuts < 0.3, at + "share of poaches with a wage cut: " + cuts);
            List<LabRow> end = h.labs().stream().filter(l -> l.tick() == last).toList();
            double wage = end.stream().filter(l -> l.headcount() > 0).mapToDouble(l -> l.headcount() * l.meanSalary()).sum()
                    / end.stream().mapToInt(LabRow::headcount).sum();
            // one run's mean wage spreads with sd 0.0023 over seeds 1-30 (mean 1.0234; seed 1 the
            // lowest, 1.0164): each within 0.01, the mean of ten within 0.003 (four of its se)
            assertEquals(1.0234, wage, 0.01, at + "mean wage");
            wages += wage;
            for (LabRow l : end) {
                LabSpec spec = file.labs().stream().filter(x -> x.name().equals(l.lab())).findFirst().orElseThrow();
                assertTrue(l.headcount() == 0 || l.meanSalary() <= spec.productivity() + 1e-9, at + l.lab());
            }
        }
        assertEquals(1.0234, wages / SEEDS, 0.003, "mean wage over the seeds");
        assertEquals(0.1667, unemployment / SEEDS, 0.0025, "mean unemployment over the seeds");
    }

    /**
     * V7's hire from unemployment, in the engine: each HIRED row pays φ(b, p) = b − c·∫_b^p F̄(x) dx
     * of its lab's p, here with b = 1 and F uniform on [1, 1.5], φ(1, p) = 1 − c·(0.25 − (1.5 − p)²)
     * (c = βλ1/(1 − β(1 − δ)) = 1.665552, the file's optionValue), computed here from the closed
     * form, not by the engine's code. V7's scripted worker starts employed, at a wage the test
     * sets: the engine's own hiring wage was checked by no test (an economist's review).
     */
    @Test
    void aHireFromUnemploymentPaysTheAuctionWageOfItsLab() {
        Scenario file = ScenarioFiles.read(Runs.DIR.resolve("pvr1.yaml"));
        History h = Runs.run(file.withSeed(1).withMonths(24), 2);
        java.util.Map<String, Double> p = new java.util.HashMap<>();
        for (LabSpec l : file.labs()) {
            p.put(l.name(), l.productivity());
        }
        long hires = 0;
        for (MoveRow m : h.moves()) {
            if (m.reason() == MoveReason.HIRED) {
                double q = p.get(m.toLab());
                double phi = 1 - 1.665552 * (0.25 - (1.5 - q) * (1.5 - q));
                assertEquals(phi, m.newSalary(), 1e-6, "a hire by " + m.toLab() + " at tick " + m.tick());
                hires++;
            }
        }
        assertTrue(hires > 1000, "hires checked: " + hires);
    }
}
