package org.talentsim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.engine.Simulation;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.LocalExecutor;
import org.talentsim.experiment.Metric;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.Metrics;
import org.talentsim.metrics.TeamRow;
import org.talentsim.model.TeamView;
import org.talentsim.scenario.Scenario;

/**
 * docs/EXPERIMENTS.md's recipe for a team's metric at a date (the standard ones are at the end):
 * the elite team's headcount and mean pay in December 2025, as user metrics of an experiment,
 * beside its standard headcount at the end (a strategist could not judge a raise of TBD Lab's pay
 * level from Meta's totals). Each run's values are the team's rows in teams.csv for that run's seed.
 */
class TeamMetricRecipeTest {
    @Test
    void aTeamsMetricIsAUserMetricOfTheExperiment(@TempDir Path dir) throws Exception {
        Path flagship = Path.of("scenarios/meta-2025.yaml");
        // as docs/EXPERIMENTS.md, "In code", prints it
        Metric tbdHeadcount = Metric.at("tbd_headcount_2025_12", "2025-12",
                w -> w.team(w.teamIndex(w.labIndex("Meta"), "TBD Lab")).headcount());
        Metric tbdPay = Metric.at("tbd_mean_salary_2025_12", "2025-12", w -> {
            TeamView t = w.team(w.teamIndex(w.labIndex("Meta"), "TBD Lab"));
            return t.headcount() == 0 ? Double.NaN : t.sumSalary() / t.headcount();
        });
        Experiment e = Experiment.builder().scenario(flagship)
                .arm("baseline", List.of())
                .arm("pay 6", List.of("events[tbd-spree].payLevel=6"))
                .metric(tbdHeadcount).metric(tbdPay)
                .replications(3).metrics(List.of("tbd_headcount_2025_12", "tbd_mean_salary_2025_12",
                        "Meta/TBD Lab.headcount_end", "Meta.spend")).build();
        ExperimentRunner.Result r;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            r = ExperimentRunner.run(e, ex, dir.resolve("q"), false, false, (done, total) -> {});
        }
        assertEquals(8, r.comparison().size(), "4 metrics, 2 arms");
        // each run's value is the team's at the end of that run
        List<String> runs = Files.readAllLines(dir.resolve("q/runs.csv"));
        List<String> header = List.of(runs.get(0).split(",", -1));
        Scenario base = ScenarioFiles.read(flagship);
        for (String line : runs.subList(1, 3)) {   // two baseline runs
            String[] v = line.split(",", -1);
            History h = new History();
            try (Simulation sim = Simulation.builder(base.withSeed(Long.parseLong(v[header.indexOf("seed")])))
                    .observer(new Metrics(h)).build()) {
                sim.run();
            }
            List<TeamRow> tbd = h.teams().stream().filter(t -> t.lab().equals("Meta") && t.team().equals("TBD Lab")).toList();
            TeamRow dec = tbd.stream().filter(t -> t.date().equals("2025-12")).findFirst().orElseThrow();
            assertEquals(dec.headcount(), Double.parseDouble(v[header.indexOf("tbd_headcount_2025_12")]), 0, line);
            assertEquals(dec.meanSalary(), Double.parseDouble(v[header.indexOf("tbd_mean_salary_2025_12")]),
                    1e-6 * dec.meanSalary(), line);
            assertTrue(dec.headcount() > 0);
            TeamRow last = tbd.get(tbd.size() - 1);
            assertEquals(last.headcount(), Double.parseDouble(v[header.indexOf("Meta/TBD Lab.headcount_end")]), 0, line);
        }
    }
}
