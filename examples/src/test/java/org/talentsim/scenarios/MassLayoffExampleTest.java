package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MoveRow;
import org.talentsim.model.MoveReason;
import org.talentsim.scenario.Scenario;

/** The "What to look for" of examples/scenarios/mass-layoff.yaml, on its own seed and seeds 1-4 (issue 18). */
class MassLayoffExampleTest {
    @Test
    void theLayoffIsAbsorbedByTheRivals() {
        Scenario file = ScenarioFiles.read(Runs.DIR.resolve("mass-layoff.yaml"));
        for (long seed : new long[] {file.seed(), 1, 2, 3, 4}) {
            String at = "seed " + seed + ": ";
            History h = Runs.run(file.withSeed(seed), 2);
            List<MoveRow> laid = h.moves().stream()
                    .filter(m -> m.reason() == MoveReason.LAID_OFF && m.fromLab().equals("BigCo")).toList();
            assertEquals(600, laid.size(), at);
            assertTrue(laid.stream().allMatch(m -> m.date().equals("2025-04")), at);
            Set<Integer> ids = laid.stream().map(MoveRow::researcher).collect(Collectors.toSet());
            List<MoveRow> hired = h.moves().stream()
                    .filter(m -> m.reason() == MoveReason.HIRED && ids.contains(m.researcher()) && m.tick() > 4).toList();
            long byRivals = hired.stream().filter(m -> m.toLab().startsWith("Rival")).count();
            assertTrue(byRivals >= 300 && byRivals <= 450, at + "re-hired by the rivals: " + byRivals);
            assertTrue(hired.stream().noneMatch(m -> m.toLab().equals("BigCo") && m.date().compareTo("2026-04") < 0),
                    at + "BigCo hires one back within its cool-off");
            long back = hired.stream().filter(m -> m.toLab().equals("BigCo")).count();
            assertTrue(back >= 10 && back <= 60, at + "hired back by BigCo after a year: " + back);
            long visa = h.moves().stream().filter(m -> m.reason() == MoveReason.VISA_EXIT && ids.contains(m.researcher())
                    && m.date().equals("2025-08")).count();
            assertTrue(visa >= 80 && visa <= 120, at + "visa exits in 2025-08: " + visa);

            List<LabRow> big = Runs.lab(h, "BigCo");
            int fall = big.get(2).headcount() - big.get(3).headcount();
            // (no hire into the cut teams, no counter to their members, in the month of the layoff)
            assertTrue(fall >= 660 && fall <= 710, at + "headcount fall in 2025-04: " + fall);
            // the 600 on notice are paid: April's payroll falls by the month's other leavers only (~3%), not by 30%
            assertTrue(Math.abs(big.get(3).payroll() / big.get(2).payroll() - 1) < 0.05, at + "payroll in April");
            assertTrue(big.get(5).payroll() < 0.92 * big.get(4).payroll(), at + "payroll falls in June");
            double severance = big.stream().mapToDouble(LabRow::severance).sum();
            assertTrue(severance > 25e6 && severance < 45e6 && severance == big.get(3).severance(), at + "severance " + severance);

            List<LabRow> a = Runs.lab(h, "Rival A");
            List<LabRow> b = Runs.lab(h, "Rival B");
            int endA = a.get(a.size() - 1).headcount();
            int endB = b.get(b.size() - 1).headcount();
            assertTrue(endA >= 1150 && endA < 1300, at + "Rival A ends with " + endA);
            assertTrue(endB >= 460 && endB < 560, at + "Rival B ends with " + endB);
            double maxPayA = a.stream().mapToDouble(LabRow::payroll).max().orElseThrow();
            assertTrue(maxPayA > 0.85 * 600e6 && maxPayA <= 600e6 + 1, at + "Rival A's payroll peaks at " + maxPayA);
            // capability moves with the people (each lab's efficiency its own): BigCo's falls after the
            // layoff, the rivals' rise (BigCo's rose by 11% and Rival B's fell by 19% as every lab drifted
            // to one market efficiency: a student's review)
            assertTrue(big.get(big.size() - 1).capability() < 0.97 * big.get(2).capability(), at + "BigCo's capability falls");
            assertTrue(a.get(a.size() - 1).capability() > 1.01 * a.get(0).capability(), at + "Rival A's rises");
            assertTrue(b.get(b.size() - 1).capability() > 1.01 * b.get(0).capability(), at + "Rival B's rises");
        }
    }
}
