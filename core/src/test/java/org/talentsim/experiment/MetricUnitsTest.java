package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.scenario.Scenario;

/**
 * Each standard metric's unit, as docs/METRICS.md gives it, in {@code summary.csv} and {@code
 * comparison.csv}: a mean of 5.9e9 in {@code spend} (USD over the run) and of 3.4e9 in {@code
 * payroll_end} (USD a year) read alike without it (an economist's review).
 */
class MetricUnitsTest {
    @Test
    void everyStandardMetricHasItsUnit() throws Exception {
        Scenario s = org.talentsim.io.ScenarioFiles.read(Path.of("../examples/scenarios/meta-2025.yaml"));
        List<String> names = StandardMetrics.names(s);
        for (String n : names) {
            assertFalse(StandardMetrics.unit(n).isEmpty(), n);
        }
        assertEquals("USD", StandardMetrics.unit("Meta.spend"));
        assertEquals("USD", StandardMetrics.unit("Meta.committed"));
        assertEquals("USD/year", StandardMetrics.unit("Meta.payroll_end"));
        assertEquals("USD/year", StandardMetrics.unit("Meta/TBD Lab.mean_salary_end"));
        assertEquals("researchers", StandardMetrics.unit("Meta/TBD Lab.hires"));
        assertEquals("researchers", StandardMetrics.unit("Google DeepMind.poached_out"));
        assertEquals("counter-offers", StandardMetrics.unit("Meta.countered"));
        assertEquals("share", StandardMetrics.unit("Meta.retention"));
        assertEquals("0 to 1", StandardMetrics.unit("Meta.mean_morale_end"));
        assertEquals("index", StandardMetrics.unit("Meta.capability_end"));
        assertEquals("output", StandardMetrics.unit("Meta/FAIR.output_end"));
        assertEquals("per month", StandardMetrics.unit("Meta.leaving_joined"));
        assertEquals("researchers/month", StandardMetrics.unit("market.poached_per_month"));
        assertEquals("share", StandardMetrics.unit("market.unemployment_end"));
        assertEquals("researchers", StandardMetrics.unit("market.flow.Meta>OpenAI"));
        assertEquals("count", StandardMetrics.unit(StandardMetrics.EVENTS_SKIPPED));
        // a lab whose name holds a dot, and what is no standard metric
        assertEquals("USD", StandardMetrics.unit("x.ai Inc.spend"));
        assertEquals("", StandardMetrics.unit("Meta.my_metric"));
        assertEquals("", StandardMetrics.unit("Meta/FAIR.countered"), "a team has no counter-offers of its own");
        assertEquals("", StandardMetrics.unit("market.other"));
    }

    @Test
    void theTablesCarryTheUnit(@TempDir Path dir) throws Exception {
        String yaml = """
                version: 1
                name: two
                start: 2025-01
                months: 3
                seed: 5
                labs:
                  - name: A
                    teams: [{name: T, focus: research, headcount: 30}]
                  - name: B
                    teams: [{name: T, focus: research, headcount: 30}]
                pool: {size: 10}
                """;
        Experiment e = Experiment.builder().scenarioText(yaml, "two.yaml").replications(2).seed(3)
                .arm("baseline", List.of()).arm("cheap", List.of("labs[A].prestige=0.1")).build();
        try (LocalExecutor ex = new LocalExecutor(1)) {
            ExperimentRunner.run(e, ex, dir.resolve("out"), false, false, (d, n) -> { });
        }
        for (String file : List.of("summary.csv", "comparison.csv")) {
            List<String> lines = Files.readAllLines(dir.resolve("out").resolve(file));
            assertEquals("unit", lines.get(0).substring(lines.get(0).lastIndexOf(',') + 1), file);
            for (String line : lines.subList(1, lines.size())) {
                String metric = line.split(",")[1];
                assertEquals(StandardMetrics.unit(metric), line.substring(line.lastIndexOf(',') + 1), file + ": " + line);
            }
            assertEquals(true, lines.stream().anyMatch(l -> l.contains(",A.spend,") && l.endsWith(",USD")), file);
        }
    }
}
