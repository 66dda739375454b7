package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.io.ScenarioException;

/**
 * A baseline of one's choosing (policy B against policy A, neither the scenario as it is): {@link
 * Experiment.Builder#baseline}, an experiment file's {@code baseline:}, the comparison against
 * it, and a finished folder compared again under another baseline without running anything.
 */
class ChosenBaselineTest {
    private static final Path RETENTION = ExperimentTest.RETENTION;

    /** Two retention policies at Keeper, neither of them the scenario's: matching up to 50% and to 90% more. */
    private static Experiment.Builder policies(int replications) {
        return Experiment.builder().scenario(RETENTION).override("months=6")
                .arm("half", List.of("labs[Keeper].retention.upTo=0.5"))
                .arm("most", List.of("labs[Keeper].retention.upTo=0.9"))
                .arm("none", List.of("labs[Keeper].retention=none"))
                .replications(replications)
                .metrics(List.of("Keeper.poached_out", "Keeper.retention", "Keeper.spend", "Raider.hires"));
    }

    @Test
    void theBaselineGivenIsTheOneComparedWithAndIsKeptByToBuilder() {
        Experiment e = policies(2).baseline("most").build();
        assertEquals(1, e.baselineIndex());
        assertEquals(1, e.toBuilder().build().baselineIndex(), "toBuilder keeps it");
        assertEquals(0, policies(2).build().baselineIndex(), "without it: no arm named baseline, so the first");
        Experiment withBaselineArm = policies(2).arm("baseline", List.of()).baseline("none").build();
        assertEquals(2, withBaselineArm.baselineIndex(), "the one given, over the arm named baseline");
    }

    @Test
    void aBaselineThatIsNoArmIsRefusedNamingTheArms() {
        ExperimentException x = assertThrows(ExperimentException.class, () -> policies(2).baseline("Most").build());
        assertEquals("baseline 'Most' is no arm's name; the arms: half, most, none", x.getMessage());
        ExperimentException grid = assertThrows(ExperimentException.class, () -> Experiment.builder().scenario(RETENTION)
                .vary("labs[Keeper].retention.upTo", List.of("0.5", "0.9")).baseline("0.5").build());
        assertTrue(grid.getMessage().startsWith("baseline '0.5': only arms have a baseline"), grid.getMessage());
    }

    /**
     * Each arm against the baseline given, replication by replication: A against B is B against A
     * with its sign turned, the same p, the shares of higher and lower swapped, and the difference
     * is the mean of the paired differences of runs.csv's values.
     */
    @Test
    void aAgainstBIsBAgainstATurnedAndThePairedDifferenceOfTheRuns(@TempDir Path dir) throws IOException {
        ExperimentRunner.Result byHalf;
        ExperimentRunner.Result byMost;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            byHalf = ExperimentRunner.run(policies(12).baseline("half").build(), ex, dir.resolve("half"), false, false, (d, n) -> {});
            byMost = ExperimentRunner.run(policies(12).baseline("most").build(), ex, dir.resolve("most"), false, false, (d, n) -> {});
        }
        Map<String, ExperimentRunner.ArmStat> mostVsHalf = rows(byHalf, "most");
        Map<String, ExperimentRunner.ArmStat> halfVsMost = rows(byMost, "half");
        assertEquals("most", byMost.comparison().get(0).arm(), "the baseline's rows first");
        boolean anyDiffers = false;
        for (String m : policies(1).build().metrics()) {
            PairedDifference ab = mostVsHalf.get(m).difference();
            PairedDifference ba = halfVsMost.get(m).difference();
            assertEquals(-ab.difference().mean(), ba.difference().mean(), 1e-9 * (1 + Math.abs(ab.difference().mean())), m);
            assertEquals(-ab.difference().ciHigh(), ba.difference().ciLow(), 1e-9 * (1 + Math.abs(ab.difference().ciHigh())), m);
            assertEquals(ab.p(), ba.p(), 1e-12, m);
            assertEquals(ab.shareHigher(), ba.shareLower(), 0, m);
            assertEquals(ab.shareLower(), ba.shareHigher(), 0, m);
            // from the runs themselves: most − half, replication by replication
            double[] half = values(dir.resolve("half/runs.csv"), "half", m);
            double[] most = values(dir.resolve("half/runs.csv"), "most", m);
            double sum = 0;
            for (int r = 0; r < half.length; r++) {
                sum += most[r] - half[r];
            }
            assertEquals(sum / half.length, ab.difference().mean(), 1e-9 * (1 + Math.abs(sum)), m);
            anyDiffers |= ab.difference().mean() != 0;
        }
        assertTrue(anyDiffers, "the two policies differ in something");
        // Keeper keeps more of those asked for when it counters more
        assertTrue(mostVsHalf.get("Keeper.retention").difference().difference().mean() > 0,
                "retention up to 90% keeps more than up to 50%");
        String spec = Files.readString(dir.resolve("most/experiment.yaml"));
        assertTrue(spec.contains("\nbaseline: 'most'\n"), spec);
        assertEquals(1, Experiment.read(dir.resolve("most/experiment.yaml")).baselineIndex(), "read back: the same baseline");
    }

    /**
     * The runs do not depend on the baseline: a finished folder resumed under another runs nothing
     * and writes the same files as a fresh experiment with that baseline.
     */
    @Test
    void aFinishedFolderIsComparedAgainUnderAnotherBaselineWithoutRunningAnything(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("folder");
        Path fresh = dir.resolve("fresh");
        ExperimentRunner.Result again;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            ExperimentRunner.run(policies(4).build(), ex, folder, false, false, (d, n) -> {});
            again = ExperimentRunner.run(policies(4).baseline("none").build(), ex, folder, true, false, (d, n) -> {});
            ExperimentRunner.run(policies(4).baseline("none").build(), ex, fresh, false, false, (d, n) -> {});
        }
        assertEquals(12, again.resumed(), "every run from the journal");
        assertEquals(0, again.ran());
        for (String f : List.of("runs.csv", "paths.csv", "summary.csv", "comparison.csv", "experiment.yaml")) {
            assertEquals(Files.readString(fresh.resolve(f)), Files.readString(folder.resolve(f)), f);
        }
        assertTrue(Files.readString(folder.resolve("comparison.csv")).lines().skip(1).findFirst().orElseThrow().startsWith("none,"),
                "the new baseline's rows first");
    }

    @Test
    void anExperimentFileNamesItsBaselineAndAMistakeIsSaidAtItsLine(@TempDir Path dir) throws IOException {
        String head = "version: 1\nscenario: " + RETENTION + "\narms:\n  a: ['labs[Keeper].retention=none']\n  b: []\n";
        Path ok = Files.writeString(dir.resolve("ok.yaml"), head + "baseline: b\nreplications: 2\n");
        assertEquals(1, Experiment.read(ok).baselineIndex());

        Path unknown = Files.writeString(dir.resolve("unknown.yaml"), head + "baseline: c\nreplications: 2\n");
        ScenarioException u = assertThrows(ScenarioException.class, () -> Experiment.read(unknown));
        assertEquals(6, u.line(), u.getMessage());
        assertTrue(u.getMessage().endsWith("baseline: 'c' is no arm's name; the arms: a, b"), u.getMessage());

        Path grid = Files.writeString(dir.resolve("grid.yaml"), "version: 1\nscenario: " + RETENTION
                + "\nvary:\n  labs[Keeper].prestige: [0.5, 0.7]\nbaseline: '0.5'\n");
        ScenarioException g = assertThrows(ScenarioException.class, () -> Experiment.read(grid));
        assertEquals(5, g.line(), g.getMessage());
        assertTrue(g.getMessage().contains("names the arm the others are compared with, and this experiment has no arms (a grid's"
                + " cells are compared with its first cell)"), g.getMessage());

        Path list = Files.writeString(dir.resolve("list.yaml"), head + "baseline: [a, b]\n");
        ScenarioException l = assertThrows(ScenarioException.class, () -> Experiment.read(list));
        assertEquals(6, l.line(), l.getMessage());
        assertTrue(l.getMessage().contains("expected text"), l.getMessage());
    }

    private static Map<String, ExperimentRunner.ArmStat> rows(ExperimentRunner.Result r, String arm) {
        Map<String, ExperimentRunner.ArmStat> out = new HashMap<>();
        r.comparison().stream().filter(a -> a.arm().equals(arm)).forEach(a -> out.put(a.metric(), a));
        return out;
    }

    /** A metric's values of one cell in runs.csv, by replication. */
    private static double[] values(Path runs, String cell, String metric) throws IOException {
        List<String[]> rows = Files.readAllLines(runs).stream().map(l -> l.split(",", -1)).toList();
        int col = List.of(rows.get(0)).indexOf(metric);
        return rows.stream().skip(1).filter(r -> r[1].equals(cell))
                .sorted(java.util.Comparator.comparingInt(r -> Integer.parseInt(r[2])))
                .mapToDouble(r -> Double.parseDouble(r[col])).toArray();
    }
}
