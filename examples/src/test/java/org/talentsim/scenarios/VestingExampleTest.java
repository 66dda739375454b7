package org.talentsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.LocalExecutor;
import org.talentsim.experiment.Outcome;
import org.talentsim.experiment.Outcomes;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MoveRow;
import org.talentsim.model.MoveReason;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Scenario;

/**
 * The "What to look for" of examples/scenarios/vesting.yaml and of
 * examples/experiments/vesting-refreshers.yaml hold, over seeds (issue 16, "done when").
 */
class VestingExampleTest {
    static final Scenario VESTING = ScenarioFiles.read(Runs.DIR.resolve("vesting.yaml"));

    /** labs.csv and moves.csv as the header says, on the file's own seed (7) and seeds 1-4. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 1, 2, 3, 4})
    void grantsVestMonthByMonthAndHiresGetTheLabsGrant(long seed) {
        History h = Runs.run(VESTING.withSeed(seed), 2);
        List<LabRow> rows = h.labs().stream().filter(l -> l.lab().equals("Grantco")).toList();
        LabRow first = rows.get(0);
        LabRow last = rows.get(rows.size() - 1);
        double fell = last.unvested() / first.unvested();
        // 0.69-0.84 over seeds 1-30 (mean 0.76, sd 0.036)
        assertTrue(fell > 0.68 && fell < 0.86, first.unvested() + " -> " + last.unvested());
        assertTrue(Math.abs(last.headcount() - first.headcount()) < 0.03 * first.headcount(), "headcount holds");
        assertTrue(rows.stream().filter(l -> l.equityVested() > 0).count() >= rows.size() - 1,
                "grants vest every month: staff joined over five years");
        int checked = 0;
        for (MoveRow m : h.moves()) {
            if (m.toLab().equals("Grantco") && (m.reason() == MoveReason.HIRED || m.reason() == MoveReason.POACHED)) {
                assertEquals(0.6 * m.newSalary(), m.annualEquity(), 1e-6 * m.newSalary(), m.toString());
                checked++;
            }
        }
        assertTrue(checked > 50, "hires into Grantco: " + checked);
        assertTrue(h.moves().stream().anyMatch(m -> m.toLab().equals("Grantco") && m.reason() == MoveReason.POACHED),
                "Grantco poaches from Rival");
    }

    /**
     * "about 1.7 times the monthly rate in the three months after their grant vested out" (the
     * ratio of the means), "higher after vesting out on every seed": higher on every one of 10
     * seeds.
     */
    @Test
    void staffLeaveFasterRightAfterTheirGrantVestedOut() {
        double sum = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Outcome o = Outcomes.run(VESTING.withSeed(seed), PolicyRegistry.defaults(), List.of());
            double ratio = o.value("Grantco.leaving_vested_out") / o.value("Grantco.leaving_unvested");
            // over 60 seeds the ratio averages 1.95 with a spread of 0.31 (lowest 1.17): above 1 on
            // every seed (three spreads below the mean); the mean of ten within 1.6–2.4 (±3.5 se)
            assertTrue(ratio > 1, "seed " + seed + ": " + ratio);
            sum += ratio;
            // the header: Grantco takes far more from Rival than it loses to it
            assertTrue(o.value("market.flow.Rival>Grantco") > 5 * o.value("market.flow.Grantco>Rival"), "seed " + seed);
        }
        assertTrue(sum / 10 > 1.6 && sum / 10 < 2.4, "mean ratio " + sum / 10);
    }

    /**
     * The experiment's header: annual refreshers leave no grant to vest out and keep staff (at a
     * cost); at-risk refreshers keep more than the baseline for about its spend; a rival that buys
     * out the forfeited equity poaches several times as many. With 10 replications.
     */
    @Test
    void theRefresherExperimentTellsItsStory(@TempDir Path dir) {
        Experiment e = Experiment.read(Path.of("experiments/vesting-refreshers.yaml")).toBuilder().replications(10).build();
        ExperimentRunner.Result r;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            r = ExperimentRunner.run(e, ex, dir, false, false, (d, n) -> {});
        }
        Map<String, Double> mean = new HashMap<>();
        Map<String, Double> diff = new HashMap<>();
        for (ExperimentRunner.CellStat c : r.summary()) {
            mean.put(c.cell() + "/" + c.metric(), c.estimate() == null ? Double.NaN : c.estimate().mean());
        }
        for (ExperimentRunner.ArmStat a : r.comparison()) {
            if (a.difference() != null && a.difference().difference() != null) {
                diff.put(a.arm() + "/" + a.metric(), a.difference().difference().mean());
            }
        }
        assertTrue(mean.get("baseline/Grantco.leaving_vested_out") > 1.5 * mean.get("baseline/Grantco.leaving_unvested"), mean.toString());
        assertTrue(Double.isNaN(mean.get("annual/Grantco.leaving_vested_out")), "no grant vests out under annual refreshers");
        assertTrue(diff.get("annual/Grantco.quits") < 0 && diff.get("annual/Grantco.poached_out") < 0, diff.toString());
        assertTrue(diff.get("annual/Grantco.spend") > 0 && diff.get("annual/Grantco.payroll_end") > 0, diff.toString());
        assertTrue(diff.get("at-risk/Grantco.poached_out") < 0 && diff.get("at-risk/Grantco.quits") < 0, diff.toString());
        assertTrue(Math.abs(diff.get("at-risk/Grantco.spend")) < 0.02 * mean.get("baseline/Grantco.spend"), diff.toString());
        assertTrue(mean.get("rival-buys-out/Grantco.poached_out") > 3 * mean.get("baseline/Grantco.poached_out"), mean.toString());
        assertTrue(diff.get("cliff-12/Grantco.quits") > 0, "the handcuff of the common schedule is weaker: " + diff);
    }
}
