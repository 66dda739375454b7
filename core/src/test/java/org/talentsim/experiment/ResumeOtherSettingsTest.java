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
        for (String f : FILES) {
            assertEquals(Files.readString(fresh.resolve(f)), Files.readString(folder.resolve(f)), f);
        }
        // and a second top-up from a folder stopped part way: the same
        ExperimentRunner.Result again = run(arms(7).build(), folder, true);
        assertEquals(15, again.resumed());
        run(arms(7).build(), fresh, true);
        for (String f : FILES) {
            assertEquals(Files.readString(fresh.resolve(f)), Files.readString(folder.resolve(f)), f);
        }
    }

    @Test
    void otherMetricsAreReportedFromTheRunsWithoutRunningAny(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(3).build(), folder, false);
        ExperimentRunner.Result other = run(arms(3).metrics(List.of("Keeper.quits", "market.unemployment_end")).build(), folder, true);
        assertEquals(0, other.ran());
        Path fresh = dir.resolve("fresh");
        run(arms(3).metrics(List.of("Keeper.quits", "market.unemployment_end")).build(), fresh, false);
        for (String f : FILES) {
            assertEquals(Files.readString(fresh.resolve(f)), Files.readString(folder.resolve(f)), f);
        }
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
                + " or more (-r), --force starts over with 2, or choose another --out", fewer.getMessage());
        ExperimentException fewerUnasked = assertThrows(ExperimentException.class, () -> run(arms(2).build(), folder, false));
        assertTrue(fewerUnasked.getMessage().contains(": with 2 the rest would be left out; run it with --resume with 4 or more (-r)"),
                fewerUnasked.getMessage());
        ExperimentException unasked = assertThrows(ExperimentException.class, () -> run(arms(6).build(), folder, false));
        assertEquals(folder + " holds this experiment's runs with other settings (replications 4 there, 6 here); --resume reuses"
                + " them (and runs only those it lacks), --force replaces them, or choose another --out", unasked.getMessage());
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
     * The rows of a journal numbered for 3 replications get the index of their cell and
     * replication in 4; rows not where 3 put them (changed by hand), of no cell, and other files
     * are left alone.
     */
    @Test
    void renumberGivesEachRowItsRunIndex(@TempDir Path dir) throws IOException {
        Experiment e = arms(4).build();
        Path journal = dir.resolve("runs.csv");
        String header = "run,cell,replication,seed,x\n";
        Files.writeString(journal, header + "0,baseline,0,11,1\n3,none,0,11,2\n8,rich,2,13,3\n3,other,0,11,4\n4,none,1,12,5\n"
                + "99,none,2,13,6\n7,no");
        ExperimentRunner.renumber(journal, e, 3);
        assertEquals(header + "0,baseline,0,11,1\n4,none,0,11,2\n10,rich,2,13,3\n3,other,0,11,4\n5,none,1,12,5\n99,none,2,13,6\n",
                Files.readString(journal), "c·R + r; a torn last line dropped as the journal drops it");
        Path other = Files.writeString(dir.resolve("other.csv"), "a,b\n3,none,0,11,2\n");
        ExperimentRunner.renumber(other, e, 3);
        assertEquals("a,b\n3,none,0,11,2\n", Files.readString(other));
        Path same = Files.writeString(dir.resolve("same.csv"), header + "4,none,0,11,2\n9,r");
        ExperimentRunner.renumber(same, e, 4);
        assertEquals(header + "4,none,0,11,2\n9,r", Files.readString(same), "nothing to change: not rewritten");
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
        for (String f : FILES) {
            assertEquals(Files.readString(fresh.resolve(f)), Files.readString(folder.resolve(f)), f);
        }
    }

    /** A stop between renumbering the journals and writing the new spec: the next resume renumbers only what is left. */
    @Test
    void aStopBetweenRenumberingAndTheSpecResumes(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(3).build(), folder, false);
        ExperimentRunner.renumber(folder.resolve("runs.csv"), arms(6).build(), 3);   // runs.csv done, paths.csv not, spec old
        ExperimentRunner.Result r = run(arms(6).build(), folder, true);
        assertEquals(9, r.resumed());
        Path fresh = dir.resolve("fresh");
        run(arms(6).build(), fresh, false);
        for (String f : FILES) {
            assertEquals(Files.readString(fresh.resolve(f)), Files.readString(folder.resolve(f)), f);
        }
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
        for (String f : FILES) {
            assertEquals(Files.readString(fresh.resolve(f)), Files.readString(folder.resolve(f)), f);
        }
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
}
