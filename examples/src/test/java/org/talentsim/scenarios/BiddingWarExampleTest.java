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
import org.talentsim.scenario.Scenario;

/** The "What to look for" of examples/scenarios/bidding-war.yaml, on its own seed and seeds 1-4 (issue 18). */
class BiddingWarExampleTest {
    @Test
    void countersOutnumberPoachesAndTheHigherValuerWinsTheContests() {
        Scenario file = ScenarioFiles.read(Runs.DIR.resolve("bidding-war.yaml"));
        for (long seed : new long[] {file.seed(), 1, 2, 3, 4}) {
            String at = "seed " + seed + ": ";
            History h = Runs.run(file.withSeed(seed), 2);
            List<MoveRow> countered = h.moves().stream().filter(m -> m.reason() == MoveReason.COUNTERED).toList();
            List<MoveRow> poached = h.moves().stream().filter(m -> m.reason() == MoveReason.POACHED).toList();
            assertTrue(countered.size() > 5 * poached.size() && poached.size() >= 40, at + countered.size() + " vs " + poached.size());
            assertTrue(countered.stream().allMatch(m -> m.newSalary() > m.oldSalary()), at);
            assertTrue(poached.stream().allMatch(m -> m.fromLab().equals("Frontier") && m.toLab().equals("Challenger")), at);
            List<LabRow> f = Runs.lab(h, "Frontier");
            List<LabRow> c = Runs.lab(h, "Challenger");
            for (int t = 2; t < f.size(); t++) {
                assertTrue(f.get(t).capability() > c.get(t).capability(), at + "month " + (t + 1));
            }
            boolean capped = false;
            assertEquals(7e8, c.get(1).budget(), 1, at + "the budget until the jump");
            for (int t = 2; t < c.size(); t++) {   // from 2025-03, the month of the jump (the header)
                double b = c.get(t).budget();
                double before = c.get(t - 1).budget();
                assertTrue(b <= 1.4e9 + 1, at + "budget above its cap: " + b);
                if (before < 1.4e9 - 1) {
                    assertTrue(b > before, at + "budget not growing in month " + (t + 1));
                } else {
                    capped = true;
                    assertEquals(1.4e9, b, 1, at);
                }
            }
            assertTrue(capped, at + "the budget reaches its cap");
        }
    }
}
