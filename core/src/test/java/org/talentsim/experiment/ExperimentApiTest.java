package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.io.RunInfo;
import org.talentsim.policy.PolicyRegistry;

/**
 * An experiment's description in code: what it reports about its scenario, arms and grid, what
 * {@code toBuilder} keeps, which baseline it compares to, when its runs can travel, and the spec
 * it writes and reads back.
 */
class ExperimentApiTest {
    static final String TEXT = "version: 1\nname: tiny\nstart: 2025-01\nmonths: 2\nseed: 4\n"
            + "labs:\n  - name: L\n    teams:\n      - {name: T, focus: research, headcount: 30, target: 30}\n"
            + "pool: {size: 10}\n";

    static Experiment.Builder base() {
        return Experiment.builder().scenarioText(TEXT, "tiny.yaml").replications(2).seed(9)
                .metrics(List.of("L.hires", "market.unemployment_end"));
    }

    /** An arm's name is a cell of runs.csv and comparison.csv: one a spreadsheet would run as a formula is refused. */
    @Test
    void anArmNamedLikeAFormulaIsRefused() {
        ExperimentException e = org.junit.jupiter.api.Assertions.assertThrows(ExperimentException.class,
                () -> base().arm("=HYPERLINK(A1)", List.of("labs[L].prestige=0.3")));
        assertEquals("an arm's name begins with '=', which a spreadsheet (Excel, LibreOffice) reads as the start of a formula when"
                + " it opens the result files: '=HYPERLINK(A1)'", e.getMessage());
        assertEquals(List.of("a-b"), List.copyOf(base().arm("a-b", List.of("labs[L].prestige=0.3")).build().arms().keySet()));
    }

    /**
     * Nor one that pandas or R reads as missing, a number or a logical: an arm NA became NaN in
     * comparison.csv and its runs dropped out of a groupby on runs.csv (a reliability review).
     */
    @Test
    void anArmNamedLikeAMissingValueANumberOrALogicalIsRefused() {
        for (String name : List.of("NA", "null", "NaN", "None", "#N/A", "1", "2.5", "TRUE", "n/a", "T", "F")) {
            ExperimentException e = org.junit.jupiter.api.Assertions.assertThrows(ExperimentException.class,
                    () -> base().arm(name, List.of("labs[L].prestige=0.3")), name);
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("an arm's name is what pandas or R reads as a ")
                    || e.getMessage().startsWith("an arm's name is what R reads as a logical value"), e.getMessage());
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().endsWith(": '" + name + "'"), e.getMessage());
        }
        // names that merely look close stay allowed
        // "none" (the README's arm without retention) is text to pandas and R, unlike "None"
        for (String name : List.of("none", "NA-off", "arm1", "v2.5", "Tr", "true-cost")) {
            assertEquals(name, base().arm(name, List.of("labs[L].prestige=0.3")).build().arms().keySet().stream()
                    .filter(name::equals).findFirst().orElse(null));
        }
    }

    /** A varied value is a cell of cells.csv and summary.csv: text a spreadsheet would run is refused, a signed number not. */
    @Test
    void aVariedValueLikeAFormulaIsRefused() {
        ExperimentException e = org.junit.jupiter.api.Assertions.assertThrows(ExperimentException.class,
                () -> base().vary("description", List.of("a", "\"=HYPERLINK(A1)\"")));
        assertEquals("vary description: the value '=HYPERLINK(A1)' begins with '=', which a spreadsheet (Excel, LibreOffice)"
                + " reads as the start of a formula when it opens the result files; write a number as a plain number and text"
                + " without that sign in front", e.getMessage());
        assertEquals(3, base().vary("labs[L].prestige", List.of("-0", "+0.3", "0.5")).build().cells().size());
        // a value out of its field's range is told so first, not told to be written as a plain
        // number (-5M as a budget was called a formula: a strategist's review)
        RuntimeException neg = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> base().vary("labs[L].budget", List.of("-5M", "900M")).build());
        assertTrue(neg.getMessage().contains("must be >= 0"), neg.getMessage());
        assertFalse(neg.getMessage().contains("formula"), neg.getMessage());
        // a signed amount in range is still refused as a cell a spreadsheet would run
        ExperimentException signed = org.junit.jupiter.api.Assertions.assertThrows(ExperimentException.class,
                () -> base().vary("market.separation", List.of("0.04/year", "+0.05/year")).build());
        assertTrue(signed.getMessage().startsWith("vary market.separation: the value '+0.05/year' begins with '+'"), signed.getMessage());
    }

    /**
     * A scenario built in code is a base scenario as it is: its runs are those of its text (what
     * travels with each run), and of the scenario itself with each run's seed (a code-built
     * scenario had to be written to YAML by hand first: found by a reviewer).
     */
    @Test
    void aScenarioBuiltInCodeIsABase() {
        org.talentsim.scenario.Scenario s = org.talentsim.scenario.Scenario.builder("coded").seed(5).months(3)
                .lab("L", l -> l.team("T", org.talentsim.model.Focus.RESEARCH, 40, t -> { }))
                .lab("M", l -> l.team("T", org.talentsim.model.Focus.PRODUCT, 20, t -> { }))
                .pool(15, org.talentsim.scenario.CohortSpec.DEFAULT).build();
        Experiment coded = Experiment.builder().scenario(s).replications(3).seed(9).arm("a", List.of())
                .arm("b", List.of("labs[M].prestige=0.9")).build();
        Experiment text = Experiment.builder().scenarioText(org.talentsim.io.ScenarioFiles.write(s), "coded.yaml")
                .replications(3).seed(9).arm("a", List.of()).arm("b", List.of("labs[M].prestige=0.9")).build();
        assertEquals("coded", coded.scenarioName());
        assertEquals(text.scenarioSha256(), coded.scenarioSha256());
        assertEquals(6, coded.runs().size());
        for (int k = 0; k < coded.runs().size(); k++) {
            Experiment.Run r = coded.runs().get(k);
            Outcome o = Experiment.run(r);
            assertEquals(Experiment.run(text.runs().get(k)), o, r.toString());
            if (r.cellIndex() == 0) {   // the arm without overrides: the scenario itself, at the run's seed
                assertEquals(org.talentsim.experiment.Outcomes.run(s.withSeed(r.seed()), PolicyRegistry.defaults(), List.of()), o,
                        r.toString());
            }
        }
        org.junit.jupiter.api.Assertions.assertNotEquals(Experiment.run(coded.runs().get(0)), Experiment.run(coded.runs().get(3)),
                "the arms differ");
    }

    @Test
    void itReportsItsScenarioArmsAndGrid() {
        Experiment e = base().override("months=1").build();
        assertEquals("tiny", e.scenarioName());
        assertEquals(RunInfo.sha256(TEXT.getBytes(StandardCharsets.UTF_8)), e.scenarioSha256());
        assertEquals(List.of("months=1"), e.overrides());
        assertFalse(e.isComparison(), "no arms");
        assertEquals(0, e.baselineIndex());

        Experiment one = base().arm("only", List.of("labs[L].prestige=0.3")).build();
        assertFalse(one.isComparison(), "one arm compares nothing");
        Experiment two = base().arm("first", List.of("labs[L].prestige=0.3")).arm("baseline", List.of()).build();
        assertTrue(two.isComparison());
        assertEquals(1, two.baselineIndex(), "the arm named baseline");
        assertEquals(List.of("first", "baseline"), List.copyOf(two.arms().keySet()));
        Experiment named = base().arm("a", List.of("labs[L].prestige=0.3")).arm("b", List.of("labs[L].prestige=0.5")).build();
        assertEquals(0, named.baselineIndex(), "else the first");

        Experiment grid = base().vary("months", List.of("1", "2")).build();
        assertEquals(Map.of("months", List.of("1", "2")), grid.vary());
        assertEquals(2, grid.cells().size());
    }

    @Test
    void toBuilderKeepsEverything() {
        Experiment e = base().override("months=1").arm("x", List.of("labs[L].prestige=0.3")).arm("y", List.of("labs[L].prestige=0.5")).build();
        Experiment again = e.toBuilder().build();
        assertEquals(e.arms(), again.arms());
        assertEquals(e.overrides(), again.overrides());
        assertEquals(e.replications(), again.replications());
        assertEquals(e.seed(), again.seed());
        assertEquals(e.runs(), again.runs());
        Experiment grid = base().vary("months", List.of("1", "2")).build();
        assertEquals(grid.vary(), grid.toBuilder().build().vary());
        assertEquals(3, e.toBuilder().replications(3).build().replications());
    }

    @Test
    void runsTravelOnlyWithoutARegistryOrMetricsGivenInCode() {
        Experiment plain = base().build();
        assertTrue(plain.portable());
        Experiment.Run r = plain.runs().get(0);
        assertEquals(Experiment.run(r), plain.runFunction().apply(r), "the static run function");
        Experiment withRegistry = base().registry(PolicyRegistry.defaults()).build();
        assertFalse(withRegistry.portable());
        assertEquals(Experiment.run(r), withRegistry.runFunction().apply(r), "the same outcome through this JVM's registry");
        Experiment withMetric = base().metric(Metric.of("twice_hires", o -> 2 * o.value("L.hires"))).build();
        assertFalse(withMetric.portable());
        Outcome o = withMetric.runFunction().apply(r);
        assertEquals(2 * o.value("L.hires"), o.value("twice_hires"));
    }

    /** The spec written into a folder reads back as the same experiment, arms and grid included. */
    @Test
    void theWrittenSpecReadsBackAsTheSameExperiment(@TempDir Path tmp) throws Exception {
        Path scenario = Files.writeString(tmp.resolve("tiny.yaml"), TEXT);
        Path out = Files.createDirectories(tmp.resolve("out"));
        Experiment e = Experiment.builder().scenario(scenario).override("months=1").arm("x", List.of("labs[L].prestige=0.3"))
                .arm("baseline", List.of()).replications(2).seed(9).metrics(List.of("L.hires")).build();
        String yaml = e.toYaml(out);
        assertTrue(yaml.contains("scenario: ../tiny.yaml") || yaml.contains("scenario: '../tiny.yaml'"), yaml);
        assertTrue(yaml.contains("arms:\n"), yaml);
        Path spec = Files.writeString(out.resolve("experiment.yaml"), yaml);
        Experiment back = Experiment.read(spec);
        assertEquals(e.runs(), back.runs());
        assertEquals(e.arms(), back.arms());
        assertEquals(e.overrides(), back.overrides());
        assertNotNull(back.scenarioPath());

        Experiment grid = Experiment.builder().scenario(scenario).vary("months", List.of("1", "2")).replications(1).seed(2)
                .metrics(List.of("L.hires")).build();
        Path gridSpec = Files.writeString(out.resolve("grid.yaml"), grid.toYaml(out));
        Experiment gridBack = Experiment.read(gridSpec);
        assertEquals(grid.vary(), gridBack.vary());
        assertEquals(grid.runs(), gridBack.runs());
    }

    /** A scenario with a policy of one's own, its registry forgotten: the message says to give it (it named only the known ones). */
    @Test
    void aForgottenRegistryIsNamed() throws java.io.IOException {
        PolicyRegistry r = PolicyRegistry.defaults().register(PolicyRegistry.RETENTION, "mine", spec -> q -> 0);
        org.talentsim.scenario.Scenario s = org.talentsim.testkit.Worlds.twoLabWar(3).toBuilder()
                .editLab("Alpha", l -> l.retention(org.talentsim.scenario.PolicySpec.of("mine"))).build();
        org.talentsim.io.ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(org.talentsim.io.ScenarioException.class,
                () -> Experiment.builder().scenario(s).replications(2).build());
        assertTrue(e.getMessage().contains("unknown retention policy 'mine'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; a policy registered in code needs the experiment's registry:"
                + " Experiment.builder().registry(r)"), e.getMessage());
        assertEquals(2, Experiment.builder().scenario(s).registry(r).replications(2).build().replications());
        // a file (the command line's), which cannot give a registry: no such hint (a review)
        java.nio.file.Path file = java.nio.file.Files.writeString(java.nio.file.Files.createTempDirectory("reg").resolve("s.yaml"),
                org.talentsim.io.ScenarioFiles.write(s));
        org.talentsim.io.ScenarioException f = org.junit.jupiter.api.Assertions.assertThrows(org.talentsim.io.ScenarioException.class,
                () -> Experiment.builder().scenario(file).replications(2).build());
        assertFalse(f.getMessage().contains("registry"), f.getMessage());
    }

    /** EXPERIMENTS.md's rows in memory: ex.map over the runs gives runs.csv's rows, in its order (an economist's review). */
    @Test
    void eachRunsRowInMemoryIsRunsCsvs(@TempDir Path dir) throws Exception {
        Experiment e = base().arm("baseline", List.of()).arm("none", List.of("labs[L].retention=match")).replications(3).build();
        List<Outcome> rows;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            rows = ex.map(e.runs(), e.runFunction(), (i, o) -> {});
            ExperimentRunner.run(e, ex, dir.resolve("x"), false, false, (d, n) -> {});
        }
        List<String> csv = Files.readAllLines(dir.resolve("x/runs.csv"));
        assertEquals(e.size() + 1, csv.size());
        for (int i = 0; i < rows.size(); i++) {
            Outcome o = rows.get(i);
            assertEquals(e.runs().get(i).seed(), o.seed(), "run " + i);
            String[] cells = csv.get(i + 1).split(",", -1);
            assertEquals(String.valueOf(e.runs().get(i).seed()), cells[3], "run " + i + ": runs.csv's seed");
            // the metrics' values as runs.csv writes them (csvRow: scenario, seed, then the values)
            String[] values = o.csvRow().split(",", -1);
            assertEquals(List.of(values).subList(2, values.length), List.of(cells).subList(4, cells.length), "run " + i);
        }
    }

    /**
     * A listener told of each run's outcome gets runs.csv's rows as the runs finish, once each, with
     * the statistics in the same pass (an economist ran every experiment twice for them); resumed
     * runs are not told.
     */
    @Test
    void aListenerIsToldEachRunsOutcome(@TempDir Path dir) throws Exception {
        Experiment e = base().arm("baseline", List.of()).arm("none", List.of("labs[L].retention=match")).replications(3).build();
        java.util.Map<Integer, Outcome> told = new java.util.TreeMap<>();
        List<String> order = new java.util.ArrayList<>();
        ExperimentRunner.Listener listener = new ExperimentRunner.Listener() {
            @Override
            public void done(int finished, int total) {
                order.add("done " + finished);
            }

            @Override
            public void finished(Experiment.Run run, Outcome outcome) {
                assertEquals(null, told.put(run.index(), outcome), "once");
                order.add("run");
            }
        };
        ExperimentRunner.Result memory;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            memory = ExperimentRunner.run(e, ex, listener);
            ExperimentRunner.run(e, ex, dir.resolve("x"), false, false, (d, n) -> {});
        }
        assertEquals(e.size(), told.size());
        assertEquals("done 0", order.get(0));
        assertEquals(List.of("run", "done 1"), order.subList(1, 3), "told before the done that counts it");
        List<String> csv = Files.readAllLines(dir.resolve("x/runs.csv"));
        for (int i = 0; i < e.size(); i++) {
            String[] values = told.get(i).csvRow().split(",", -1);
            String[] cells = csv.get(i + 1).split(",", -1);
            assertEquals(List.of(cells).subList(4, cells.length), List.of(values).subList(2, values.length), "run " + i);
        }
        assertEquals(e.size(), memory.ran());
        // resumed: the journal's runs are not told again
        told.clear();
        try (LocalExecutor ex = new LocalExecutor(2)) {
            ExperimentRunner.run(e, ex, dir.resolve("x"), true, false, listener);
        }
        assertTrue(told.isEmpty(), told.keySet().toString());
    }
}
