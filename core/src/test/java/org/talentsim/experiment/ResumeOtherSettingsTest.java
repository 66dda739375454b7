package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finished experiment resumed with more replications or other metrics (a strategist's review:
 * "run -r 10 first, then top up to 50" re-ran everything): only the runs it lacks are run, and
 * the files are those of an experiment run that way from the start; fewer replications, or other
 * settings without --resume, are refused and nothing is changed.
 */
class ResumeOtherSettingsTest {
    private static Experiment.Builder arms(int replications) {
        return Experiment.builder().scenario(ExperimentTest.RETENTION).override("months=4")
                .arm("baseline", List.of())
                .arm("none", List.of("labs[Keeper].retention=none"))
                .arm("rich", List.of("labs[Raider].budget=2B"))
                .replications(replications)
                .metrics(List.of("Keeper.poached_out", "Raider.hires"));
    }

    private static ExperimentRunner.Result run(Experiment e, Path dir, boolean resume) {
        try (LocalExecutor ex = new LocalExecutor(2)) {
            return ExperimentRunner.run(e, ex, dir, resume, false, (d, n) -> {});
        }
    }

    private static final List<String> FILES = List.of("runs.csv", "paths.csv", "summary.csv", "comparison.csv", "experiment.yaml");

    @Test
    void moreReplicationsRunOnlyTheNewOnesAndGiveTheFilesOfAFreshRun(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("topped");
        run(arms(3).build(), folder, false);
        ExperimentRunner.Result more = run(arms(5).build(), folder, true);
        assertEquals(9, more.resumed(), "3 replications of 3 arms kept");
        // the manifest names the scenario as given and absolute (an economist could not find it from the folder)
        assertTrue(Files.readString(folder.resolve("manifest.json")).contains("\n  \"scenario_path\": \""
                + ExperimentTest.RETENTION.toAbsolutePath().normalize() + "\",\n"));
        assertEquals(6, more.ran(), "replications 3 and 4 of each arm");
        Path fresh = dir.resolve("fresh");
        run(arms(5).build(), fresh, false);
        assertSameFiles(fresh, folder);
        // and a second top-up from a folder stopped part way: the same
        ExperimentRunner.Result again = run(arms(7).build(), folder, true);
        assertEquals(15, again.resumed());
        run(arms(7).build(), fresh, true);
        assertSameFiles(fresh, folder);
    }

    @Test
    void otherMetricsAreReportedFromTheRunsWithoutRunningAny(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(3).build(), folder, false);
        ExperimentRunner.Result other = run(arms(3).metrics(List.of("Keeper.quits", "market.unemployment_end")).build(), folder, true);
        assertEquals(0, other.ran());
        Path fresh = dir.resolve("fresh");
        run(arms(3).metrics(List.of("Keeper.quits", "market.unemployment_end")).build(), fresh, false);
        assertSameFiles(fresh, folder);
        assertTrue(Files.readString(folder.resolve("summary.csv")).contains("baseline,Keeper.quits,"));
    }

    @Test
    void fewerReplicationsOrOtherSettingsWithoutResumeAreRefusedAndChangeNothing(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(4).build(), folder, false);
        String runs = Files.readString(folder.resolve("runs.csv"));
        String spec = Files.readString(folder.resolve("experiment.yaml"));
        ExperimentException fewer = assertThrows(ExperimentException.class, () -> run(arms(2).build(), folder, true));
        assertEquals(folder + " holds 4 replications of this experiment: with 2 the rest would be left out; resume with 4"
                + " or more (replications), force = true starts over with 2, or choose another folder", fewer.getMessage());
        ExperimentException fewerUnasked = assertThrows(ExperimentException.class, () -> run(arms(2).build(), folder, false));
        assertTrue(fewerUnasked.getMessage().contains(": with 2 the rest would be left out; run it with resume = true with 4 or more (replications)"),
                fewerUnasked.getMessage());
        ExperimentException unasked = assertThrows(ExperimentException.class, () -> run(arms(6).build(), folder, false));
        assertEquals(folder + " holds this experiment's runs with other settings (replications 4 there, 6 here); resume = true reuses"
                + " them (and runs only those it lacks), force = true (replaceOtherKinds for a ResultWriter) replaces them, or choose another folder", unasked.getMessage());
        ExperimentException baseline = assertThrows(ExperimentException.class, () -> run(arms(4).baseline("none")
                .metrics(List.of("Keeper.quits")).build(), folder, false));
        assertTrue(baseline.getMessage().contains("(baseline (not given) there, 'none' here; other metrics)"), baseline.getMessage());
        ExperimentException another = assertThrows(ExperimentException.class,
                () -> run(arms(4).override("labs[Keeper].prestige=0.9").build(), folder, true));
        assertTrue(another.getMessage().contains("holds the results of another experiment"), another.getMessage());
        assertEquals(runs, Files.readString(folder.resolve("runs.csv")), "the runs kept");
        assertEquals(spec, Files.readString(folder.resolve("experiment.yaml")), "the spec kept");
    }

    /**
     * {@link ExperimentRunner#checkFolder} refuses what {@code run} refuses, in the same words, and
     * changes nothing, and lets through what it runs: a front end's check before it starts a Spark
     * cluster (which said so after 6 to 127 seconds: a review of Spark's side).
     */
    @Test
    void checkFolderRefusesWhatRunRefusesAndChangesNothing(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(4).build(), folder, false);
        String runs = Files.readString(folder.resolve("runs.csv"));
        String spec = Files.readString(folder.resolve("experiment.yaml"));
        for (boolean resume : new boolean[] {false, true}) {
            for (Experiment e : List.of(arms(2).build(), arms(6).build(), arms(4).override("labs[Keeper].prestige=0.9").build())) {
                if (resume && e.replications() == 6) {
                    continue;   // a top-up, which runs
                }
                ExperimentException checked = assertThrows(ExperimentException.class, () -> ExperimentRunner.checkFolder(e, folder, resume, false));
                ExperimentException ran = assertThrows(ExperimentException.class, () -> run(e, folder, resume));
                assertEquals(ran.getMessage(), checked.getMessage());
            }
        }
        assertEquals(runs, Files.readString(folder.resolve("runs.csv")));
        assertEquals(spec, Files.readString(folder.resolve("experiment.yaml")));
        // what run accepts: the same experiment resumed, a top-up, another one forced, a new folder (not made)
        ExperimentRunner.checkFolder(arms(4).build(), folder, true, false);
        ExperimentRunner.checkFolder(arms(6).build(), folder, true, false);
        ExperimentRunner.checkFolder(arms(4).override("labs[Keeper].prestige=0.9").build(), folder, false, true);
        ExperimentRunner.checkFolder(arms(4).build(), dir.resolve("new"), false, false);
        assertTrue(Files.notExists(dir.resolve("new")), "nothing made");
        assertEquals(spec, Files.readString(folder.resolve("experiment.yaml")));
        // a file where the folder should be
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        ExperimentException notAFolder = assertThrows(ExperimentException.class, () -> ExperimentRunner.checkFolder(arms(4).build(), file, false, false));
        assertEquals(assertThrows(ExperimentException.class, () -> run(arms(4).build(), file, false)).getMessage(), notAFolder.getMessage());
    }

    private static String header(Experiment e) {
        return "run,cell,replication,seed," + String.join(",", e.allMetrics());
    }

    /**
     * The count a journal's rows were numbered for is read off the rows (each has its cell and
     * replication), not the spec: a journal renumbered before a stop, or a spec whose
     * replications were raised by hand, resumes (both were refused as "changed by hand?" for
     * ever: a review).
     */
    @Test
    void theNumberingIsReadOffTheRows(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(3).build(), folder, false);
        Path runs = folder.resolve("runs.csv");
        assertEquals(null, ExperimentRunner.renumbered(runs, header(arms(3).build()), arms(3).build()), "nothing moves");
        String five = ExperimentRunner.renumbered(runs, header(arms(5).build()), arms(5).build());
        for (String row : five.lines().skip(1).toList()) {
            String[] c = row.split(",", 4);
            int cell = List.of("baseline", "none", "rich").indexOf(c[1]);
            assertEquals(cell * 5 + Integer.parseInt(c[2]), Integer.parseInt(c[0]), row);
        }
        // numbered for 5 while the spec says 3 (a stop between the two), resumed with 7
        Files.writeString(runs, five);
        run(arms(7).build(), folder, true);
        Path fresh = dir.resolve("fresh");
        run(arms(7).build(), fresh, false);
        assertSameFiles(fresh, folder);
        // the spec's replications raised by hand, resumed through it
        Path edited = dir.resolve("edited");
        run(arms(3).build(), edited, false);
        Files.writeString(edited.resolve("experiment.yaml"), Files.readString(edited.resolve("experiment.yaml"))
                .replace("\nreplications: 3\n", "\nreplications: 7\n"));
        run(Experiment.read(edited.resolve("experiment.yaml")), edited, true);
        for (String f : List.of("runs.csv", "paths.csv", "summary.csv", "comparison.csv")) {
            assertEquals(Files.readString(fresh.resolve(f)), Files.readString(edited.resolve(f)), f);
        }
    }

    /**
     * A whole line that is not a row (an empty line, a column more, a run number that is none)
     * is refused naming it, the folder as it was: it was dropped with every row after it, their
     * runs run again, and a refused top-up had already removed the folder's tables (a review).
     */
    @Test
    void aLineThatIsNotARowIsRefusedAndNothingIsChanged(@TempDir Path dir) throws IOException {
        Path done = dir.resolve("done");
        run(arms(3).build(), done, false);
        List<String> rows = Files.readAllLines(done.resolve("runs.csv"));
        String[][] cases = {
            {"", "line 3: an empty line"},
            {rows.get(2) + ",1", "line 3: " + (rows.get(2).split(",", -1).length + 1) + " columns, the header has "
                + rows.get(0).split(",", -1).length},
            {"x" + rows.get(2), "line 3: 'x1' is not a run number"},
        };
        for (String[] c : cases) {
            for (int more : new int[] {3, 5}) {
                Path folder = dir.resolve("case" + c[1].hashCode() + "-" + more);
                copy(done, folder);
                List<String> changed = new java.util.ArrayList<>(rows);
                changed.add(2, c[0]);
                if (!c[0].isEmpty()) {
                    changed.remove(3);
                }
                Files.write(folder.resolve("runs.csv"), changed);
                String spec = Files.readString(folder.resolve("experiment.yaml"));
                ExperimentException x = assertThrows(ExperimentException.class, () -> run(arms(more).build(), folder, true));
                assertTrue(x.getMessage().startsWith(folder.resolve("runs.csv") + " " + c[1]), x.getMessage());
                assertEquals(changed, Files.readAllLines(folder.resolve("runs.csv")), "the journal as it was");
                assertEquals(spec, Files.readString(folder.resolve("experiment.yaml")), "the spec as it was");
                assertTrue(Files.exists(folder.resolve("manifest.json")) && Files.exists(folder.resolve("summary.csv")),
                        "the tables kept");
            }
        }
    }

    /** A temporary file a stop left beside the results goes with the resume that finishes them. */
    @Test
    void aStopsTemporaryFileGoes(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(3).build(), folder, false);
        Path part = Files.writeString(folder.resolve(".runs.csv.0123456789abcdef.part"), "half");
        run(arms(4).build(), folder, true);
        assertTrue(!Files.exists(part));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (java.util.stream.Stream<Path> in = Files.list(from)) {
            for (Path p : (Iterable<Path>) in::iterator) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }

    /**
     * A top-up stopped part way leaves no finished-looking folder (the old manifest and tables went
     * with the new spec: the same command without --resume then dropped its runs, and report drew
     * old tables under the new spec); resumed, it gives the files of a fresh run.
     */
    @Test
    void aTopUpStoppedPartWayLooksUnfinishedAndResumes(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(3).build(), folder, false);
        Files.writeString(folder.resolve("runs.parquet"), "PAR1 of 3 replications");
        // stopped after its first new run: an executor that runs one and is then stopped
        Experiment more = arms(6).build();
        try (LocalExecutor ex = new LocalExecutor(1)) {
            int[] seen = {0};
            assertThrows(RuntimeException.class, () -> ExperimentRunner.run(more, ex, folder, true, false, (d, n) -> {
                if (d > 9 && ++seen[0] == 1) {
                    throw new IllegalStateException("stopped");
                }
            }));
        }
        for (String gone : List.of("manifest.json", "summary.csv", "comparison.csv", "runs.parquet")) {
            assertTrue(!Files.exists(folder.resolve(gone)), gone + " went with the old results");
        }
        assertTrue(Files.readString(folder.resolve("experiment.yaml")).contains("\nreplications: 6\n"));
        ExperimentException unasked = assertThrows(ExperimentException.class, () -> run(more, folder, false));
        assertTrue(unasked.getMessage().contains("that finished before it was stopped"), unasked.getMessage());
        run(more, folder, true);
        Path fresh = dir.resolve("fresh");
        run(more, fresh, false);
        assertSameFiles(fresh, folder);
    }

    /** A stop between renumbering the journals and writing the new spec: the next resume renumbers only what is left. */
    @Test
    void aStopBetweenRenumberingAndTheSpecResumes(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(3).build(), folder, false);
        Files.writeString(folder.resolve("runs.csv"), ExperimentRunner.renumbered(folder.resolve("runs.csv"), header(arms(6).build()),
                arms(6).build()));   // runs.csv done, paths.csv not, spec old
        ExperimentRunner.Result r = run(arms(6).build(), folder, true);
        assertEquals(9, r.resumed());
        Path fresh = dir.resolve("fresh");
        run(arms(6).build(), fresh, false);
        assertSameFiles(fresh, folder);
    }

    /** --resume --force with fewer replications starts over (it half-renumbered the journal and left it unresumable). */
    @Test
    void fewerWithResumeAndForceStartsOver(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(3).build(), folder, false);
        ExperimentRunner.Result r;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            r = ExperimentRunner.run(arms(2).build(), ex, folder, true, true, (d, n) -> {});
        }
        assertEquals(0, r.resumed());
        assertEquals(6, r.ran());
        Path fresh = dir.resolve("fresh");
        run(arms(2).build(), fresh, false);
        assertSameFiles(fresh, folder);
    }

    /** A row's run number changed by hand onto another row's: refused naming both lines (the later replaced the earlier). */
    @Test
    void twoRowsOfOneRunAreRefused(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        Experiment e = arms(3).build();
        try (LocalExecutor ex = new LocalExecutor(1)) {
            assertThrows(RuntimeException.class, () -> ExperimentRunner.run(e, ex, folder, false, false, (d, n) -> {
                if (d == 5) {
                    throw new IllegalStateException("stopped");
                }
            }));
        }
        List<String> rows = new java.util.ArrayList<>(Files.readAllLines(folder.resolve("runs.csv")));
        String second = rows.get(2);
        rows.set(2, rows.get(1).substring(0, rows.get(1).indexOf(',')) + second.substring(second.indexOf(',')));
        Files.write(folder.resolve("runs.csv"), rows);
        ExperimentException x = assertThrows(ExperimentException.class, () -> run(e, folder, true));
        assertTrue(x.getMessage().startsWith(folder.resolve("runs.csv") + " line 3: run 0 again (line 2 is run 0 too)"), x.getMessage());
        assertEquals(rows, Files.readAllLines(folder.resolve("runs.csv")), "left as it was");
    }

    /** The files a fresh run and a resumed one must have alike (not the manifest: wall time, resumed runs). */
    /** {@link #arms} with its arms in another order. */
    private static Experiment.Builder reordered(int replications) {
        return Experiment.builder().scenario(ExperimentTest.RETENTION).override("months=4")
                .arm("rich", List.of("labs[Raider].budget=2B"))
                .arm("baseline", List.of())
                .arm("none", List.of("labs[Keeper].retention=none"))
                .replications(replications)
                .metrics(List.of("Keeper.poached_out", "Raider.hires"));
    }

    /**
     * The arms in another order run the same runs (replication r of an arm on the same seed): a
     * resume renumbers them rather than running them again (it did: the arms' order was part of
     * what identified the runs), alone or with more replications, and gives the files of an
     * experiment run in that order from the start; without --resume it is refused naming it.
     */
    @Test
    void armsInAnotherOrderReuseTheRuns(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(3).build(), folder, false);
        ExperimentException refused = assertThrows(ExperimentException.class, () -> run(reordered(3).build(), folder, false));
        assertTrue(refused.getMessage().contains("holds this experiment's runs with other settings (the arms in another order)"),
                refused.getMessage());
        ExperimentRunner.Result r = run(reordered(3).build(), folder, true);
        assertEquals(9, r.resumed());
        assertEquals(0, r.ran());
        Path fresh = dir.resolve("fresh");
        run(reordered(3).build(), fresh, false);
        assertSameFiles(fresh, folder);
        // and back, with more replications
        ExperimentRunner.Result more = run(arms(5).build(), folder, true);
        assertEquals(9, more.resumed());
        assertEquals(6, more.ran());
        Path fresh5 = dir.resolve("fresh5");
        run(arms(5).build(), fresh5, false);
        for (String f : FILES) {
            assertEquals(Files.readString(fresh5.resolve(f)).replace("fresh5", "f"), Files.readString(folder.resolve(f)), f);
        }
    }

    private static void assertSameFiles(Path fresh, Path folder) throws IOException {
        for (String f : FILES) {
            assertEquals(Files.readString(fresh.resolve(f)), Files.readString(folder.resolve(f)), f);
        }
    }
}
