package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.TeamRow;
import org.talentsim.scenario.Scenario;

/**
 * The "What to look for" of examples/scenarios/pay-disparity.yaml on its own seed and seeds 1-4
 * (issue 18): no gap before the elite team arrives in March, a morale gap in every month after
 * it, output behind the other lab's (against where it stood before March) in most months on every
 * seed, and more quits over the seeds.
 */
class PayDisparityExampleTest {
    @Test
    void theEliteTeamsArrivalLowersTheOthersMorale() {
        Scenario file = ScenarioFiles.read(Runs.DIR.resolve("pay-disparity.yaml"));
        int lowerOutput = 0;
        int months = 0;
        double quitsAlpha = 0;
        double quitsBeta = 0;
        for (long seed : new long[] {file.seed(), 1, 2, 3, 4}) {
            History h = Runs.run(file.withSeed(seed), 2);
            List<TeamRow> a = core(h, "Alpha");
            List<TeamRow> b = core(h, "Beta");
            double gap = 0;
            // output relative to each team's own start: the levels differ with the skill each Core
            // team drew (on the file's seed Alpha's is 5% more skilled and out-produces Beta's all
            // along, so "lower in most months" read as levels was false there; found by a reviewer)
            double before = (a.get(0).output() / b.get(0).output() + a.get(1).output() / b.get(1).output()) / 2;
            int lowerHere = 0;
            for (int t = 0; t < a.size(); t++) {
                double d = a.get(t).meanMorale() - b.get(t).meanMorale();
                if (t < 2) {
                    assertTrue(Math.abs(d) < 0.03, "seed " + seed + " month " + (t + 1) + ": gap before March " + d);
                } else if (t >= 3) {
                    assertTrue(d < 0, "seed " + seed + " month " + (t + 1) + ": Alpha/Core morale not below Beta's: " + d);
                    gap += d;
                    lowerHere += a.get(t).output() / b.get(t).output() < before ? 1 : 0;
                    months++;
                }
            }
            gap /= a.size() - 3;
            assertTrue(lowerHere >= 9, "seed " + seed + ": Alpha/Core's output fell behind Beta/Core's (against January and"
                    + " February) in only " + lowerHere + " of " + (a.size() - 3) + " months");
            lowerOutput += lowerHere;
            assertTrue(gap < -0.04 && gap > -0.09, "seed " + seed + ": mean gap from April " + gap);
            quitsAlpha += quitsFromApril(h, "Alpha");
            quitsBeta += quitsFromApril(h, "Beta");
        }
        assertTrue(lowerOutput > 0.6 * months, "Alpha/Core's output lower in " + lowerOutput + " of " + months + " months");
        assertTrue(quitsAlpha > 1.05 * quitsBeta, "quits from April: Alpha " + quitsAlpha + ", Beta " + quitsBeta);
    }

    static List<TeamRow> core(History h, String lab) {
        return h.teams().stream().filter(t -> t.lab().equals(lab) && t.team().equals("Core")).toList();
    }

    static double quitsFromApril(History h, String lab) {
        return h.labs().stream().filter(l -> l.lab().equals(lab) && l.tick() >= 4).mapToInt(LabRow::quits).sum();
    }
}
