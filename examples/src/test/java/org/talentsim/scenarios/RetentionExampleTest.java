package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.experiment.Outcome;
import org.talentsim.experiment.Outcomes;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Scenario;

/** The "What to look for" of examples/scenarios/retention.yaml, on its own seed and seeds 1-5 (issue 18). */
class RetentionExampleTest {
    @Test
    void keeperKeepsItsPeopleByPayingThemMore() {
        Scenario file = ScenarioFiles.read(Runs.DIR.resolve("retention.yaml"));
        for (long seed : new long[] {file.seed(), 1, 2, 4, 5}) {
            Outcome o = Outcomes.run(file.withSeed(seed), PolicyRegistry.defaults(), List.of());
            String at = "seed " + seed;
            double keeperOut = o.value("Keeper.poached_out");
            double leakerOut = o.value("Leaker.poached_out");
            assertTrue(leakerOut > 2.8 * keeperOut && leakerOut >= 270 && leakerOut <= 340 && keeperOut >= 70
                    && keeperOut <= 105, at + ": poached_out Leaker " + leakerOut + ", Keeper " + keeperOut);
            assertTrue(o.value("Keeper.countered") >= 200, at + ": Keeper countered " + o.value("Keeper.countered"));
            assertEquals(0, o.value("Leaker.countered"), at);
            double keeperEnd = o.value("Keeper.headcount_end");
            double leakerEnd = o.value("Leaker.headcount_end");
            assertTrue(keeperEnd >= 450 && keeperEnd <= 495 && leakerEnd >= 250 && leakerEnd <= 290,
                    at + ": headcount_end Keeper " + keeperEnd + ", Leaker " + leakerEnd);
            double ratio = o.value("Keeper.payroll_end") / o.value("Leaker.payroll_end");
            assertTrue(ratio > 2.0 && ratio < 2.4, at + ": payroll_end Keeper / Leaker " + ratio);
            double pay = (o.value("Keeper.payroll_end") / keeperEnd) / (o.value("Leaker.payroll_end") / leakerEnd);
            assertTrue(pay > 1.05, at + ": Keeper pays each more: " + pay);
        }
    }
}
