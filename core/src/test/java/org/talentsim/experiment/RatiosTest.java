package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.io.ExperimentFiles;
import org.talentsim.io.ScenarioException;

/**
 * Ratios of two metrics beside them (a strategist's review: "what does each researcher kept cost?"
 * had to be worked out by hand from runs.csv, without an interval): ratios.csv against Fieller's
 * interval computed here from runs.csv's rows, the order of its rows, a resume with other ratios
 * that runs nothing, and the slips refused.
 */
class RatiosTest {
    private static final String KEPT = "Keeper.spend per Keeper.headcount_end";
    private static final String LOST = "Keeper.spend per Keeper.poached_out";

    private static Experiment.Builder arms(List<String> ratios) {
        return Experiment.builder().scenario(ExperimentTest.RETENTION).override("months=6")
                .arm("baseline", List.of())
                .arm("none", List.of("labs[Keeper].retention=none"))
                .arm("half", List.of("labs[Keeper].retention.upTo=0.5"))
                .replications(6)
                .metrics(List.of("Keeper.spend"))
                .ratios(ratios);
    }

    private static ExperimentRunner.Result run(Experiment e, Path dir, boolean resume) {
        try (LocalExecutor ex = new LocalExecutor(2)) {
            return ExperimentRunner.run(e, ex, dir, resume, false, (d, n) -> {});
        }
    }

    /** A metric's values in runs.csv for one cell, by replication. */
    private static double[] column(List<String> runs, String cell, String metric) {
        List<String> head = List.of(runs.get(0).split(",", -1));
        int col = head.indexOf(metric);
        List<Double> v = new ArrayList<>();
        for (String line : runs.subList(1, runs.size())) {
            String[] f = line.split(",", -1);
            if (f[1].equals(cell)) {
                v.add(Double.parseDouble(f[col]));
            }
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Fieller's 95% interval of mean(x) / mean(y), the textbook way (no scaling): {ratio, low, high}. */
    private static double[] fieller(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx) / (n - 1) / n;
            syy += (y[i] - my) * (y[i] - my) / (n - 1) / n;
            sxy += (x[i] - mx) * (y[i] - my) / (n - 1) / n;
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        double a = my * my - t * t * syy;
        double b = -2 * (mx * my - t * t * sxy);
        double c = mx * mx - t * t * sxx;
        if (a <= 0) {
            return new double[] {mx / my, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        double r = Math.sqrt(b * b - 4 * a * c);
        return new double[] {mx / my, (-b - r) / (2 * a), (-b + r) / (2 * a)};
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /**
     * ratios.csv's dominance: an arm that spends less and loses fewer has no price to read (a
     * strategist's review asked for it as a column, not only in the Read lines).
     */
    @Test
    void dominanceTellsATradeOffFromAnArmBetterOrWorseOnBoth() {
        assertEquals("trade_off", StandardMetrics.dominance("Meta.spend", "Meta.poached_out", -1.9e8, 392));
        assertEquals("better_on_both", StandardMetrics.dominance("Meta.spend", "Meta.poached_out", -8e6, -7));
        assertEquals("worse_on_both", StandardMetrics.dominance("Meta.spend", "Meta.headcount_end", 5e6, -3));
        assertEquals("trade_off", StandardMetrics.dominance("Meta/FAIR.spend", "Meta/FAIR.headcount_end", 5e6, 3));
        assertEquals("better_on_both", StandardMetrics.dominance("market.unemployment_end", "Meta.retention", -0.01, 0.02));
        assertEquals("", StandardMetrics.dominance("Meta.hires", "Meta.poached_out", 10, 3), "hires: no better way");
        assertEquals("", StandardMetrics.dominance("Meta.spend", "Meta.poached_out", 0, 3), "no difference");
        assertEquals("", StandardMetrics.dominance("Meta.spend", "Meta.poached_out", Double.NaN, 3));
        assertEquals("", StandardMetrics.dominance("my_metric", "Meta.poached_out", 1, 3), "a metric of one's own");
        assertEquals(1, StandardMetrics.better("Google DeepMind.capability_end"));
        assertEquals(-1, StandardMetrics.better("Meta/TBD Lab.quits"));
        assertEquals(0, StandardMetrics.better("market.flow.OpenAI>Meta"));
        // pay of every kind and people of every way in or out alike (a reviewer found equity_vested and
        // acquired_in without a direction beside sign_ons and poached_in)
        assertEquals(StandardMetrics.better("Meta.sign_ons"), StandardMetrics.better("Meta.equity_vested"));
        assertEquals(StandardMetrics.better("Meta.poached_in"), StandardMetrics.better("Meta.acquired_in"));
        assertEquals(StandardMetrics.better("Meta.quits"), StandardMetrics.better("Meta.exits"));
        assertEquals(1, StandardMetrics.better("Meta.output_end"));
        assertEquals("trade_off", StandardMetrics.dominance("Meta.equity_vested", "Meta.poached_out", -5e6, 40));
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static void close(double expected, String written, String what) {
        double v = written.equals("Inf") ? Double.POSITIVE_INFINITY : written.equals("-Inf") ? Double.NEGATIVE_INFINITY
                : Double.parseDouble(written);
        if (Double.isInfinite(expected)) {
            assertEquals(expected, v, what);
        } else {
            assertEquals(expected, v, Math.abs(expected) * 1e-8, what);
        }
    }

    @Test
    void ratiosCsvHoldsEachArmsRatioAndTheIncrementalOneWithFiellersInterval(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        ExperimentRunner.Result r = run(arms(List.of(KEPT, LOST)).build(), folder, false);
        List<String> runs = Files.readAllLines(folder.resolve("runs.csv"));
        List<String> csv = Files.readAllLines(folder.resolve(ExperimentRunner.RATIOS));
        assertEquals("cell,ratio,numerator,denominator,numerator_mean,denominator_mean,ratio_of_means,ci_low,ci_high,n,vs,"
                + "numerator_difference,denominator_difference,incremental,incremental_ci_low,incremental_ci_high,pairs,dominance", csv.get(0));
        assertEquals(7, csv.size(), "3 arms × 2 ratios");
        String[][] order = {{"baseline", KEPT}, {"baseline", LOST}, {"none", KEPT}, {"none", LOST}, {"half", KEPT}, {"half", LOST}};
        int incrementals = 0;
        for (int i = 0; i < order.length; i++) {
            String[] f = csv.get(i + 1).split(",", -1);
            String cell = order[i][0];
            String[] ab = order[i][1].split(" per ");
            assertEquals(cell, f[0]);
            assertEquals(order[i][1], f[1]);
            assertEquals(List.of(ab[0], ab[1]), List.of(f[2], f[3]), "the two metrics apart");
            double[] own = fieller(column(runs, cell, ab[0]), column(runs, cell, ab[1]));
            close(own[0], f[6], cell + " " + f[1]);
            close(own[1], f[7], cell + " low");
            close(own[2], f[8], cell + " high");
            assertEquals("6", f[9]);
            if (cell.equals("baseline")) {
                assertEquals(List.of("", "", "", "", "", "", "", ""), List.of(f).subList(10, 18));
                continue;
            }
            double[] dn = minus(column(runs, cell, ab[0]), column(runs, "baseline", ab[0]));
            double[] dd = minus(column(runs, cell, ab[1]), column(runs, "baseline", ab[1]));
            double[] inc = fieller(dn, dd);
            assertEquals("baseline", f[10]);
            close(inc[0], f[13], cell + " incremental " + f[1]);
            close(inc[1], f[14], cell + " incremental low");
            close(inc[2], f[15], cell + " incremental high");
            assertEquals("6", f[16]);
            assertEquals(StandardMetrics.dominance(ab[0], ab[1], mean(dn), mean(dd)), f[17], cell + " " + f[1]);
            incrementals++;
        }
        assertEquals(4, incrementals);
        // without counter-offers Keeper loses more to Raider and spends less: each researcher kept cost money
        ExperimentRunner.RatioStat none = r.ratios().stream().filter(s -> s.cell().equals("none") && s.ratio().toString()
                .equals(KEPT)).findFirst().orElseThrow();
        assertTrue(none.incremental().denominator() < 0 && none.incremental().numerator() < 0, none.toString());
        assertTrue(none.incremental().bounded() && none.incremental().ciLow() > 0, none.toString());
        // the same figures without files
        try (LocalExecutor ex = new LocalExecutor(2)) {
            assertEquals(r.ratios(), ExperimentRunner.run(arms(List.of(KEPT, LOST)).build(), ex, (d, n) -> {}).ratios());
        }
        assertTrue(Files.readString(folder.resolve("experiment.yaml")).contains("ratios:\n  - '" + KEPT + "'\n  - '" + LOST + "'\n"));
        assertEquals(List.of(KEPT, LOST), Experiment.read(folder.resolve("experiment.yaml")).ratios().stream()
                .map(Experiment.Ratio::toString).toList());
    }

    @Test
    void aSweepComparesWithItsFirstCellAndReplicationsOnlyGiveTheirOwn(@TempDir Path dir) throws IOException {
        Experiment sweep = Experiment.builder().scenario(ExperimentTest.RETENTION).override("months=4").vary(
                "labs[Keeper].retention.upTo", List.of("0.5", "0.9")).replications(4).ratios(List.of(KEPT)).build();
        ExperimentRunner.Result s = run(sweep, dir.resolve("s"), false);
        assertEquals(2, s.ratios().size());
        assertNull(s.ratios().get(0).incremental());
        assertEquals(4, s.ratios().get(1).incremental().n());
        assertTrue(Files.readAllLines(dir.resolve("s").resolve("ratios.csv")).get(2).contains(",labs[Keeper].retention.upTo=0.5,"));
        Experiment rep = Experiment.builder().scenario(ExperimentTest.RETENTION).override("months=4").replications(3)
                .ratios(List.of(KEPT)).build();
        ExperimentRunner.Result one = run(rep, dir.resolve("r"), false);
        assertEquals(1, one.ratios().size());
        assertNull(one.ratios().get(0).incremental());
        assertTrue(Files.readAllLines(dir.resolve("r").resolve("ratios.csv")).get(1).endsWith(",3,,,,,,,,"));
        // without ratios, no file
        ExperimentRunner.Result none = run(rep.toBuilder().ratios(List.of()).build(), dir.resolve("n"), false);
        assertTrue(none.ratios().isEmpty());
        assertFalse(Files.exists(dir.resolve("n").resolve("ratios.csv")));
        assertFalse(ExperimentRunner.files(rep.toBuilder().ratios(List.of()).build()).contains("ratios.csv"));
    }

    @Test
    void otherRatiosAreMadeOfTheRunsWithoutRunningAny(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("f");
        run(arms(List.of(KEPT)).build(), folder, false);
        // refused without --resume, naming what differs
        ExperimentException refused = assertThrows(ExperimentException.class, () -> run(arms(List.of(LOST)).build(), folder, false));
        assertTrue(refused.getMessage().contains("(other ratios)"), refused.getMessage());
        ExperimentRunner.Result other = run(arms(List.of(LOST)).build(), folder, true);
        assertEquals(0, other.ran());
        Path fresh = dir.resolve("fresh");
        run(arms(List.of(LOST)).build(), fresh, false);
        for (String f : List.of("runs.csv", "summary.csv", "comparison.csv", "ratios.csv", "experiment.yaml")) {
            assertEquals(Files.readString(fresh.resolve(f)).replace(fresh.toString(), ""),
                    Files.readString(folder.resolve(f)).replace(folder.toString(), ""), f);
        }
        // and none: the file goes
        assertEquals(0, run(arms(List.of()).build(), folder, true).ran());
        assertFalse(Files.exists(folder.resolve("ratios.csv")));
    }

    @Test
    void slipsAreRefusedNamingTheRatio() {
        Map<String, String> slips = Map.of(
                "Keeper.spend / Keeper.headcount_end", "ratio 'Keeper.spend / Keeper.headcount_end': write it NUMERATOR per"
                        + " DENOMINATOR, two metrics' names, e.g. 'Meta.spend per Meta.headcount_end'",
                "Keeper.spnd per Keeper.hires", "ratio 'Keeper.spnd per Keeper.hires': unknown metric 'Keeper.spnd' (did you"
                        + " mean 'Keeper.spend'?; docs/METRICS.md)",
                "Keeper.spend per Keeper.hirs", "ratio 'Keeper.spend per Keeper.hirs': unknown metric 'Keeper.hirs' (did you"
                        + " mean 'Keeper.hires'?; docs/METRICS.md)",
                "Keeper.spend per *.hires", "ratio 'Keeper.spend per *.hires': a ratio names two metrics, not patterns ('*.hires')",
                "Keeper.spend per Keeper.spend", "ratio 'Keeper.spend per Keeper.spend' divides a metric by itself: 1 wherever it is defined");
        slips.forEach((text, message) -> {
            ExperimentException e = assertThrows(ExperimentException.class, () -> arms(List.of(text)).build(), text);
            assertEquals(message, e.getMessage());
            assertEquals(text, e.subject());
        });
        ExperimentException twice = assertThrows(ExperimentException.class, () -> arms(List.of(KEPT, "Keeper.spend  per  Keeper.headcount_end")).build());
        assertEquals("ratio 'Keeper.spend  per  Keeper.headcount_end' is listed twice", twice.getMessage());
    }

    /** A lab's name may hold ' per ': the split whose sides are both metrics; two such are refused. */
    @Test
    void aNameHoldingPerIsSplitWhereBothSidesAreMetrics() throws IOException {
        String yaml = Files.readString(ExperimentTest.RETENTION).replace("name: Keeper", "name: A").replace("name: Leaker",
                "name: A.hires per A");
        Experiment.Builder b = Experiment.builder().scenarioText(yaml, "per.yaml").replications(2);
        assertEquals(new Experiment.Ratio("A.hires per A.quits", "Raider.hires"),
                b.ratios(List.of("A.hires per A.quits per Raider.hires")).build().ratios().get(0));
        ExperimentException two = assertThrows(ExperimentException.class,
                () -> b.ratios(List.of("A.hires per A.hires per A.quits")).build());
        assertTrue(two.getMessage().startsWith("ratio 'A.hires per A.hires per A.quits' reads two ways (A.hires | A.hires per"
                + " A.quits, and A.hires per A.hires | A.quits)"), two.getMessage());
    }

    @Test
    void anExperimentFileNamesTheLineOfABadRatio(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("e.yaml");
        String head = "version: 1\nscenario: " + ExperimentTest.RETENTION.toAbsolutePath() + "\nreplications: 2\n";
        Files.writeString(f, head + "ratios:\n  - Keeper.spend per Keeper.headcount_end\n  - Keeper.spend per Keeper.hirs\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Experiment.read(f));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("ratios[1]: ratio 'Keeper.spend per Keeper.hirs': unknown metric 'Keeper.hirs'"),
                e.getMessage());
        Files.writeString(f, head + "ratios: []\n");
        ScenarioException empty = assertThrows(ScenarioException.class, () -> ExperimentFiles.read(f));
        assertTrue(empty.getMessage().contains("expected at least one ratio"), empty.getMessage());
        Files.writeString(f, head + "ratios:\n");
        ScenarioException none = assertThrows(ScenarioException.class, () -> ExperimentFiles.read(f));
        assertTrue(none.getMessage().contains("has no value: give the ratios to report"), none.getMessage());
        Files.writeString(f, head + "ratios: [Keeper.spend per Keeper.headcount_end]\n");
        assertEquals(1, Experiment.read(f).ratios().size());
    }
}
