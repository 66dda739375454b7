package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.experiment.Estimate;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.LocalExecutor;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.EventSpec;

/**
 * STORY S5 and S10 in meta-2025: June's budget injection is what lets Meta pay for its summer
 * (the star packages, the counters). With it Meta's budget never binds (its payroll stays under
 * it, Meta2025LayoffsAndBudgetsTest: "spend without limit", S8); without it the budget the
 * strategy grows binds from July to October (payroll $2.27B of $2.27B in July, $2.36B of $2.36B in
 * September, $2.39B of $2.41B in October, on the file's seed), and Meta ends the run paying less,
 * at a lower mean salary and with less capability. A model review found the budget slack and asked whether the injection did
 * anything: over 8 seeds, removing it takes ~$430M (13%) off Meta's end payroll.
 */
class Meta2025BudgetInjectionTest {
    @Test
    void withoutJunesInjectionMetaPaysLessAndFallsFurtherBehind(@TempDir Path dir) {
        Experiment e = Experiment.builder().scenario(Path.of("scenarios/meta-2025.yaml"))
                .arm("baseline", List.of()).arm("no-injection", List.of("events[injection].delta=0"))
                .replications(8)
                .metrics(List.of("Meta.payroll_end", "Meta.mean_salary_end", "Meta.capability_end"))
                .build();
        assertTrue(ScenarioFiles.read(Path.of("scenarios/meta-2025.yaml")).events().get(4)
                instanceof EventSpec.BudgetChange b && "injection".equals(b.id()) && b.lab().equals("Meta") && b.delta() == 2.5e9,
                "events[4], id injection, is June's injection");
        ExperimentRunner.Result r;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            r = ExperimentRunner.run(e, ex, dir, false, false, (d, n) -> {});
        }
        Map<String, Estimate> diff = new HashMap<>();
        for (ExperimentRunner.ArmStat a : r.comparison()) {
            if (a.difference() != null && a.difference().difference() != null) {
                diff.put(a.metric(), a.difference().difference());
            }
        }
        for (String m : List.of("Meta.payroll_end", "Meta.mean_salary_end", "Meta.capability_end")) {
            Estimate d = diff.get(m);
            assertNotNull(d, m + " in " + diff.keySet());
            // the whole 95% interval below 0 (over 8 seeds: payroll -$429M [-481M, -378M], measured 2026-12-05)
            assertTrue(d.ciHigh() < 0, m + ": " + d);
        }
        assertTrue(diff.get("Meta.payroll_end").mean() < -2e8, "hundreds of millions a year: " + diff.get("Meta.payroll_end"));
    }
}
