package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link ExperimentRunner#run} leaves in its folder and tells its listener, on a tiny
 * scenario: the files of each kind of experiment, {@code summary.csv} and {@code manifest.json}
 * as written, progress run by run, the wall time, and a folder it cannot use refused before
 * anything is written.
 */
class ExperimentRunnerTest {
    static Experiment.Builder base() {
        return ExperimentApiTest.base();
    }

    @Test
    void itListsTheFilesOfEachKindOfExperiment() {
        assertEquals(List.of("experiment.yaml", "scenario-copy.yaml", "runs.csv", "paths.csv", "summary.csv", "manifest.json"),
                ExperimentRunner.files(base().build()), "replications: paths but no comparison");
        assertEquals(ExperimentRunner.FILES.stream().filter(f -> !f.equals("cells.csv") && !f.equals("differences.csv")
                && !f.equals("ratios.csv")).toList(), ExperimentRunner.files(
                base().arm("baseline", List.of()).arm("big", List.of("pool.size=20")).build()), "a comparison: every file but a sweep's and the ratios'");
        assertEquals(ExperimentRunner.FILES.stream().filter(f -> !f.equals("cells.csv") && !f.equals("differences.csv")).toList(),
                ExperimentRunner.files(base().arm("baseline", List.of()).arm("big", List.of("pool.size=20"))
                        .ratios(List.of("market.mean_salary_end per market.moves_per_month")).build()), "with ratios: ratios.csv");
        assertEquals(List.of("experiment.yaml", "scenario-copy.yaml", "runs.csv", "cells.csv", "summary.csv", "differences.csv",
                "manifest.json"), ExperimentRunner.files(base().vary("months", List.of("1", "2")).build()),
                "cells of other lengths: no paths; a sweep: its cells' values");
        assertEquals(List.of("experiment.yaml", "scenario-copy.yaml", "runs.csv", "summary.csv", "comparison.csv", "manifest.json"),
                ExperimentRunner.files(base().arm("baseline", List.of()).arm("short", List.of("months=1")).build()),
                "a comparison of other lengths: no paths");
    }

    /** A closed executor is refused before the folder or any file is made (runs.csv, paths.csv and experiment.yaml were left behind). */
    @Test
    void aClosedExecutorIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) {
        LocalExecutor ex = new LocalExecutor(1);
        ex.close();
        Path dir = tmp.resolve("out");
        IllegalStateException x = assertThrows(IllegalStateException.class,
                () -> ExperimentRunner.run(base().build(), ex, dir, false, false, (d, n) -> {}));
        assertTrue(x.getMessage().contains("closed"), x.getMessage());
        assertFalse(Files.exists(dir), "nothing made");
    }

    @Test
    void itWritesTheSummaryAndManifestAndTellsEachRun(@TempDir Path dir) throws Exception {
        Experiment e = base().replications(3).build();
        List<String> told = new ArrayList<>();
        ExperimentRunner.Result r;
        try (LocalExecutor ex = new LocalExecutor(1)) {
            r = ExperimentRunner.run(e, ex, dir, false, false, (done, total) -> told.add(done + "/" + total));
        }
        assertEquals(List.of("0/3", "1/3", "2/3", "3/3"), told, "before the first run, then after each");
        assertEquals(3, r.ran());
        assertEquals(0, r.resumed());
        assertTrue(r.wallSeconds() >= 0 && r.wallSeconds() < 600, "the run's own wall time, not a clock reading: " + r.wallSeconds());

        String summary = Files.readString(dir.resolve("summary.csv"));
        assertEquals(ExperimentRunner.summaryCsv(e, r.summary()), summary);
        List<String> lines = summary.lines().toList();
        assertEquals("cell,metric,mean,sd,ci_low,ci_high,n,unit", lines.get(0));
        assertEquals(3, lines.size(), "one row a metric");
        assertTrue(lines.get(1).startsWith("base,L.hires,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",3,researchers"), "n = 3 runs: " + lines.get(1));
        assertTrue(lines.get(2).startsWith("base,market.unemployment_end,"), lines.get(2));

        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertTrue(manifest.startsWith("{\n  \"talentsim_version\": \""), manifest);
        assertTrue(manifest.contains("\n  \"kind\": \"experiment\",\n  \"scenario\": \"tiny\",\n"
                + "  \"scenario_file\": \"tiny.yaml\",\n  \"scenario_path\": null,\n"), manifest);
        assertTrue(manifest.contains("\n  \"seed\": 9,\n  \"replications\": 3,\n  \"cells\": 1,\n  \"runs\": 3,\n"
                + "  \"resumed_runs\": 0,\n  \"executor\": \"local\",\n  \"threads\": 1,\n"), manifest);
        assertTrue(manifest.contains("\n  \"wall_seconds\": "), manifest);
        double wall = Double.parseDouble(manifest.replaceAll("(?s).*\"wall_seconds\": ([0-9.]+)\n}\n", "$1"));
        assertTrue(wall >= 0 && wall < 600, manifest);
    }

    /**
     * Amounts with k, M or B and rates are text to R and pandas ("300M", "0.05/month": sorted 1.5B
     * before 300M; found by an R user's review): cells.csv gives them as plain numbers too, in
     * columns appended after the values as given: money in USD, rates in their unit when all are
     * written in one, per month when they mix units, whatever the order (it took the first value's:
     * two sweeps of the same values listed in another order did not stack: a data analyst's review).
     */
    @Test
    void amountsAndRatesOfASweepAreAlsoWrittenAsNumbers() {
        String[] unit = new String[1];
        assertEquals(List.of("300000000", "900000000", "1500000000", "2500"),
                List.of(ExperimentRunner.numeric(List.of("300M", "900M", "1.5B", "2.5k"), unit)));
        assertEquals("usd", unit[0]);
        String[] rates = ExperimentRunner.numeric(List.of("0.05/month", "1.2/year", "0.3/week"), unit);
        assertEquals("per_month", unit[0]);
        assertEquals(0.05, Double.parseDouble(rates[0]), 0);
        assertEquals(0.1, Double.parseDouble(rates[1]), 1e-12);
        assertEquals(0.3 * 52 / 12, Double.parseDouble(rates[2]), 1e-9);
        rates = ExperimentRunner.numeric(List.of("1.2/year", "0.3/week", "0.05/month"), unit);
        assertEquals("per_month", unit[0], "mixed units, in another order: the same column");
        assertEquals(List.of(0.1, 0.3 * 52 / 12, 0.05), List.of(Double.parseDouble(rates[0]), Math.round(Double.parseDouble(rates[1]) * 1e9) / 1e9,
                Double.parseDouble(rates[2])));
        assertEquals(List.of("0.5", "2"), List.of(ExperimentRunner.numeric(List.of("0.5/year", "2/year"), unit)));
        assertEquals("per_year", unit[0], "one unit: that unit, the values as given");
        assertEquals(List.of("0.25", "1"), List.of(ExperimentRunner.numeric(List.of("0.25/week", "1/week"), unit)));
        assertEquals("per_week", unit[0]);
        assertEquals(null, ExperimentRunner.numeric(List.of("0.3", "0.6"), unit), "plain numbers are numbers already");
        assertEquals(null, ExperimentRunner.numeric(List.of("none", "300M"), unit));
        assertEquals(null, ExperimentRunner.numeric(List.of("1/year", "300M"), unit));
        // unlimited among amounts: an empty cell, the column kept (it was dropped: a reliability review)
        assertEquals(List.of("300000000", "1500000000", "0", ""),
                List.of(ExperimentRunner.numeric(List.of("300M", "1.5B", "0", "unlimited"), unit)));
        assertEquals("usd", unit[0]);
        assertEquals(List.of("300", ""), List.of(ExperimentRunner.numeric(List.of("300", "unlimited"), unit)),
                "plain numbers beside unlimited: the column reads as numbers only so");
        assertEquals(null, ExperimentRunner.numeric(List.of("unlimited"), unit), "no amount at all");
        // an exponent, as a scenario file reads it: the column kept for every cell (2e8 dropped
        // it while the runs used $200M: an economist's review)
        assertEquals(List.of("300000000", "200000000", "150000000", "", "2000"),
                List.of(ExperimentRunner.numeric(List.of("300M", "2e8", "1.5E+2M", "unlimited", "2e3"), unit)));
        assertEquals("usd", unit[0]);
        assertEquals(null, ExperimentRunner.numeric(List.of("2e8", "3e8"), unit), "numbers with exponents are numbers already");
        assertEquals(null, ExperimentRunner.numeric(List.of("unlimited", "0.1/month"), unit));
        Experiment e = base().vary("labs[L].budget", List.of("300M", "1.5B")).vary("market.offersEmployed", List.of("1/year", "0.1/month"))
                .build();
        List<String> cells = ExperimentRunner.cellsCsv(e).lines().toList();
        assertEquals("cell,labs[L].budget,market.offersEmployed,labs[L].budget.usd,market.offersEmployed.per_month", cells.get(0));
        assertEquals("labs[L].budget=300M market.offersEmployed=1/year,300M,1/year,300000000,0.08333333333", cells.get(1));
        assertEquals("labs[L].budget=1.5B market.offersEmployed=0.1/month,1.5B,0.1/month,1500000000,0.1", cells.get(4));
    }

    /**
     * A sweep of two cells or more gives each cell against the first, paired over the same seeds:
     * differences.csv (as comparison.csv, its first column the cell) and the result's comparison,
     * the first cell's rows first; each difference is the paired one of runs.csv's values (a sweep
     * gave only each cell's own interval, and a clear difference looked like none: a strategist's review).
     */
    @Test
    void aSweepPairsEachCellWithTheFirst(@TempDir Path dir) throws Exception {
        Experiment e = base().replications(4).metrics(List.of("L.hires", "L.quits", "market.unemployment_end"))
                .vary("market.separation", List.of("0.1/year", "0.4/year", "0.8/year")).build();
        ExperimentRunner.Result r;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            r = ExperimentRunner.run(e, ex, dir, false, false, (done, total) -> {});
        }
        List<String> diff = Files.readAllLines(dir.resolve("differences.csv"));
        assertEquals("cell,metric,mean,ci_low,ci_high,difference,diff_ci_low,diff_ci_high,p,p_holm,share_higher,share_lower,n,pairs,no_spread,unit",
                diff.get(0));
        int metrics = e.metrics().size();
        assertEquals(1 + 3 * metrics, diff.size());
        assertEquals(3 * metrics, r.comparison().size());
        assertTrue(r.comparison().subList(0, metrics).stream().allMatch(a -> a.arm().equals("market.separation=0.1/year")
                && a.difference() == null), "the first cell's rows first, with no difference");
        // each difference is the paired one over runs.csv's values, seed by seed
        List<String> runs = Files.readAllLines(dir.resolve("runs.csv"));
        List<String> header = List.of(runs.get(0).split(","));
        int tested = 0;
        for (ExperimentRunner.ArmStat a : r.comparison().subList(metrics, r.comparison().size())) {
            int col = header.indexOf(a.metric());
            double[] cell = new double[4];
            double[] first = new double[4];
            for (String line : runs.subList(1, runs.size())) {
                String[] v = line.split(",", -1);
                int rep = Integer.parseInt(v[header.indexOf("replication")]);
                if (v[header.indexOf("cell")].equals(a.arm())) {
                    cell[rep] = Double.parseDouble(v[col]);
                } else if (v[header.indexOf("cell")].equals("market.separation=0.1/year")) {
                    first[rep] = Double.parseDouble(v[col]);
                }
            }
            PairedDifference expected = PairedDifference.of(cell, first);
            assertEquals(expected.difference().mean(), a.difference().difference().mean(), 1e-9, a.arm() + " " + a.metric());
            assertEquals(expected.difference().ciLow(), a.difference().difference().ciLow(), 1e-9, a.arm() + " " + a.metric());
            assertEquals(expected.p(), a.difference().p(), 1e-12, a.arm() + " " + a.metric());
            tested++;
        }
        assertEquals(2 * metrics, tested);
        // quits rise with the separation rate: the paired difference says so
        ExperimentRunner.ArmStat quits = r.comparison().stream().filter(a -> a.arm().equals("market.separation=0.8/year")
                && a.metric().endsWith(".quits") && a.difference() != null && a.difference().difference().mean() != 0).findFirst().orElseThrow();
        assertTrue(quits.difference().difference().ciLow() > 0, quits.toString());
        // the in-memory run gives the same
        try (LocalExecutor ex = new LocalExecutor(1)) {
            assertEquals(r.comparison(), ExperimentRunner.run(e, ex, (d, n) -> {}).comparison());
        }
    }

    /** A result's lists cannot be changed (they were the runner's own ArrayLists); a null listener is named. */
    /**
     * A sweep's parameters are columns: cells.csv joins each cell to its varied values, and
     * summary.csv holds them beside the cell (only the cell's label held them, "path=value
     * path=value", to be parsed: found by a reviewer). A value with a comma is quoted.
     */
    @Test
    void aSweepWritesItsVariedValuesAsColumns(@TempDir Path dir) throws Exception {
        Experiment e = base().vary("labs[L].prestige", List.of("0.3", "0.6"))
                .vary("labs[L].retention", List.of("none", "{name: match, upTo: 0.6}")).build();
        ExperimentRunner.Result r;
        try (LocalExecutor ex = new LocalExecutor(1)) {
            r = ExperimentRunner.run(e, ex, dir, false, false, (done, total) -> {});
        }
        List<String> cells = Files.readAllLines(dir.resolve("cells.csv"));
        assertEquals(List.of("cell,labs[L].prestige,labs[L].retention",
                "labs[L].prestige=0.3 labs[L].retention=none,0.3,none",
                "labs[L].prestige=0.3 labs[L].retention={name: match; upTo: 0.6},0.3,\"{name: match, upTo: 0.6}\"",
                "labs[L].prestige=0.6 labs[L].retention=none,0.6,none",
                "labs[L].prestige=0.6 labs[L].retention={name: match; upTo: 0.6},0.6,\"{name: match, upTo: 0.6}\""), cells);
        List<String> summary = Files.readAllLines(dir.resolve("summary.csv"));
        assertEquals("cell,labs[L].prestige,labs[L].retention,metric,mean,sd,ci_low,ci_high,n,unit", summary.get(0));
        assertEquals(1 + 4 * 2, summary.size(), "a row per cell and metric");
        for (String line : summary.subList(1, summary.size())) {
            String cell = line.substring(0, line.indexOf(','));
            String row = cells.stream().filter(c -> c.startsWith(cell + ",")).findFirst().orElseThrow();
            assertTrue(line.startsWith(row + ","), "the cell's values beside it: " + line);
        }
        assertEquals(List.of("experiment.yaml", "scenario-copy.yaml", "runs.csv", "paths.csv", "cells.csv", "summary.csv", "differences.csv",
                "manifest.json"), ExperimentRunner.files(e));
        assertEquals(List.of("experiment.yaml", "scenario-copy.yaml", "runs.csv", "paths.csv", "cells.csv", "summary.csv", "manifest.json"),
                ExperimentRunner.files(base().vary("labs[L].prestige", List.of("0.3")).build()), "a sweep of one cell: nothing to pair");
        assertEquals(4, r.summary().stream().map(ExperimentRunner.CellStat::cell).distinct().count());
        // a value in YAML quotes is the value: the same column whichever way it was written
        assertEquals("lognormal(1.5, 0.5)", ExperimentRunner.unquoted("\"lognormal(1.5, 0.5)\""));
        assertEquals("it's", ExperimentRunner.unquoted("'it''s'"));
        assertEquals("a \"b\"", ExperimentRunner.unquoted("\"a \\\"b\\\"\""));
        assertEquals("\"", ExperimentRunner.unquoted("\""));
        assertEquals("0.5", ExperimentRunner.unquoted("0.5"));
        // no sweep, no cells.csv and no varied columns
        Path plain = dir.resolve("plain");
        try (LocalExecutor ex = new LocalExecutor(1)) {
            ExperimentRunner.run(base().build(), ex, plain, false, false, (done, total) -> {});
        }
        assertFalse(Files.exists(plain.resolve("cells.csv")));
        assertTrue(Files.readString(plain.resolve("summary.csv")).startsWith("cell,metric,mean,"));
    }

    @Test
    void theResultCannotBeChangedAndANullListenerIsNamed(@TempDir Path dir) throws Exception {
        Experiment e = base().replications(2).arm("baseline", List.of()).arm("big", List.of("pool.size=20")).build();
        ExperimentRunner.Result r;
        try (LocalExecutor ex = new LocalExecutor(1)) {
            r = ExperimentRunner.run(e, ex, dir, false, false, (done, total) -> {});
            NullPointerException npe = assertThrows(NullPointerException.class,
                    () -> ExperimentRunner.run(e, ex, dir.resolve("other"), false, false, null));
            assertTrue(npe.getMessage().startsWith("listener"), npe.getMessage());
        }
        assertFalse(r.summary().isEmpty());
        assertFalse(r.comparison().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> r.summary().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.comparison().clear());
        List<ExperimentRunner.CellStat> mine = new ArrayList<>(r.summary());
        ExperimentRunner.Result copy = new ExperimentRunner.Result(e, dir, mine, List.of(), List.of(), 0, 0, 0);
        mine.clear();
        assertEquals(r.summary(), copy.summary(), "the list given is copied");
    }

    @Test
    void theManifestEscapesWhatTheUserNamed() {
        Experiment e = Experiment.builder().scenarioText(ExperimentApiTest.TEXT.replace("name: tiny", "name: 'back\\slash'"),
                "my dir\\a\"b\tc.yaml").replications(1).seed(1).build();
        String manifest = ExperimentRunner.manifest(e, "local", 2, 1.5, 4);
        assertTrue(manifest.contains("\"scenario\": \"back\\\\slash\",\n"), manifest);
        assertTrue(manifest.contains("\"scenario_file\": \"my dir\\\\a\\\"b\\u0009c.yaml\",\n"), "a space kept, a tab escaped: " + manifest);
        assertTrue(manifest.endsWith("\"wall_seconds\": 1.500\n}\n"), manifest);
        // what an audit needs besides the numbers (found by a reproducibility review): the build,
        // the runs an interrupted start left in the journal, the platform
        com.fasterxml.jackson.databind.JsonNode m;
        try {
            m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest);
        } catch (java.io.IOException x) {
            throw new AssertionError(manifest, x);
        }
        assertEquals(org.talentsim.io.RunInfo.build(), m.get("build").asText());
        assertEquals(4, m.get("resumed_runs").asInt());
        assertEquals("local", m.get("executor").asText());
        assertEquals(2, m.get("threads").asInt());
        assertEquals(System.getProperty("java.runtime.version"), m.get("java_version").asText());
        assertEquals(System.getProperty("java.vendor"), m.get("java_vendor").asText());
        assertTrue(m.get("os").asText().startsWith(System.getProperty("os.name")), manifest);
    }

    @Test
    void aFolderItCannotUseIsRefusedAsAnExperimentError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path target = Files.createDirectory(dir.resolve("target"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        try (LocalExecutor ex = new LocalExecutor(1)) {
            ExperimentException under = assertThrows(ExperimentException.class,
                    () -> ExperimentRunner.run(base().build(), ex, file.resolve("out"), false, false, (d, t) -> {}));
            assertEquals(file.resolve("out") + ": " + file + " is not a folder", under.getMessage());
            ExperimentException linked = assertThrows(ExperimentException.class,
                    () -> ExperimentRunner.run(base().build(), ex, link, false, false, (d, t) -> {}));
            assertTrue(linked.getMessage().startsWith(link + " is a symbolic link"), linked.getMessage());
        }
        assertEquals("mine", Files.readString(file));
        try (var in = Files.list(target)) {
            assertEquals(0, in.count(), "nothing written through the link");
        }
    }

    /**
     * An experiment whose thread is interrupted (a service cancelling it) stops with the
     * executor's "interrupted" and keeps its finished runs: the journal's file channel closed
     * itself when the interrupted thread forced it, so the message was "cannot close the journal
     * ...: null", the unforced lines were lost (a resume ran them all again), and the journals
     * stayed open for the JVM's life (found by a review for long-lived services).
     */
    @Test
    void anInterruptedExperimentKeepsItsFinishedRuns(@TempDir Path dir) {
        Experiment e = base().replications(12).build();
        try (LocalExecutor ex = new LocalExecutor(1)) {
            IllegalStateException x = assertThrows(IllegalStateException.class, () -> ExperimentRunner.run(e, ex, dir, false,
                    false, (done, total) -> {
                        if (done == 5) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertTrue(Thread.interrupted(), "the interrupt status is kept (and cleared here)");
            assertEquals("interrupted while waiting for runs", x.getMessage());
            ExperimentRunner.Result r = ExperimentRunner.run(e, ex, dir, true, false, (done, total) -> {});
            assertTrue(r.resumed() >= 5, "the five finished runs are kept: resumed " + r.resumed());
            assertEquals(12, r.resumed() + r.ran());
        }
    }

    /**
     * The same experiment again without --resume, over a start that was stopped with finished
     * runs: refused, saying how many and that --resume continues them (it started over and
     * dropped them without a word: found by a reviewer); --force starts over, a finished folder
     * is run again as before, and so is a stopped one whose journal holds no finished run.
     */
    @Test
    void aStoppedExperimentIsNotStartedOverUnasked(@TempDir Path dir) throws Exception {
        Experiment e = base().replications(12).build();
        try (LocalExecutor ex = new LocalExecutor(1)) {
            assertThrows(IllegalStateException.class, () -> ExperimentRunner.run(e, ex, dir, false, false, (done, total) -> {
                if (done == 5) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(Thread.interrupted());
            List<String> journal = Files.readAllLines(dir.resolve("runs.csv"));
            int finished = journal.size() - 1;
            assertTrue(finished >= 5, journal.toString());
            ExperimentException refused = assertThrows(ExperimentException.class,
                    () -> ExperimentRunner.run(e, ex, dir, false, false, (done, total) -> {}));
            assertEquals(dir + " holds " + finished + " runs of this experiment that finished before it was stopped (runs.csv):"
                    + " resume = true continues them, force = true starts over without them", refused.getMessage());
            assertEquals(journal, Files.readAllLines(dir.resolve("runs.csv")), "the journal is left as it was");
            // --force starts over; the finished folder is then run again without a word, as before
            ExperimentRunner.Result forced = ExperimentRunner.run(e, ex, dir, false, true, (done, total) -> {});
            assertEquals(0, forced.resumed());
            assertEquals(12, forced.ran());
            assertEquals(12, ExperimentRunner.run(e, ex, dir, false, false, (done, total) -> {}).ran());
            // stopped before any run finished: nothing to lose, started over
            Files.delete(dir.resolve("manifest.json"));
            Files.writeString(dir.resolve("runs.csv"), journal.get(0) + "\n");
            assertEquals(12, ExperimentRunner.run(e, ex, dir, false, false, (done, total) -> {}).ran());
        }
    }

    /**
     * A start that replaces finished results (another experiment, force) keeps them aside until it
     * finishes: stopped, the folder holds the new start (resume continues it) and {@code
     * .replaced-results} the finished set as it was; a second stopped start keeps that set, not the
     * first start's runs; the finished start leaves nothing aside. An interrupted --force lost a
     * finished experiment (an adversarial review).
     */
    @Test
    void finishedResultsAForcedStartReplacesAreKeptAsideUntilItFinishes(@TempDir Path dir) throws Exception {
        Experiment old = base().replications(4).build();
        Experiment other = base().replications(12).seed(10).build();
        try (LocalExecutor ex = new LocalExecutor(1)) {
            ExperimentRunner.run(old, ex, dir, false, false, (done, total) -> {});
            java.util.Map<String, String> finished = new java.util.TreeMap<>();
            for (String f : List.of("experiment.yaml", "runs.csv", "summary.csv", "manifest.json", "scenario-copy.yaml")) {
                finished.put(f, Files.readString(dir.resolve(f)));
            }
            Path aside = dir.resolve(org.talentsim.io.ResultWriter.REPLACED);
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThrows(IllegalStateException.class, () -> ExperimentRunner.run(other, ex, dir, false, true, (done, total) -> {
                    if (done == 5) {
                        Thread.currentThread().interrupt();
                    }
                }));
                assertTrue(Thread.interrupted());
                assertFalse(Files.exists(dir.resolve("manifest.json")), "the folder holds the stopped start");
                for (var f : finished.entrySet()) {
                    assertEquals(f.getValue(), Files.readString(aside.resolve(f.getKey())), "attempt " + attempt + ": " + f.getKey());
                }
            }
            ExperimentRunner.Result resumed = ExperimentRunner.run(other, ex, dir, true, false, (done, total) -> {});
            assertTrue(resumed.resumed() >= 5, "the stopped start's runs are continued: " + resumed.resumed());
            assertFalse(Files.exists(aside), "nothing left aside once the start finishes");
            assertTrue(Files.exists(dir.resolve("manifest.json")));
            // and a start that finishes at once leaves nothing aside either
            ExperimentRunner.run(old, ex, dir, false, true, (done, total) -> {});
            assertFalse(Files.exists(aside));
            assertEquals(finished.get("summary.csv"), Files.readString(dir.resolve("summary.csv")), "the same experiment, the same results");
        }
    }

    /**
     * Interrupted after its last run (in the listener), an experiment stops before writing its
     * results, saying so (the writes' channels closed on the interrupt and failed with an I/O
     * error), and --resume writes them from the journal without running anything again.
     */
    @Test
    void anExperimentInterruptedAfterItsLastRunSaysSoAndResumesFromItsJournal(@TempDir Path dir) throws Exception {
        Experiment e = base().replications(4).build();
        try (LocalExecutor ex = new LocalExecutor(1)) {
            IllegalStateException x = assertThrows(IllegalStateException.class, () -> ExperimentRunner.run(e, ex, dir, false,
                    false, (done, total) -> {
                        if (done == total) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertTrue(Thread.interrupted());
            assertTrue(x.getMessage().startsWith("interrupted before the results were written"), x.getMessage());
            assertFalse(Files.exists(dir.resolve("summary.csv")));
            ExperimentRunner.Result r = ExperimentRunner.run(e, ex, dir, true, false, (done, total) -> {});
            assertEquals(4, r.resumed());
            assertEquals(0, r.ran());
            assertTrue(Files.exists(dir.resolve("summary.csv")));
        }
    }
}
