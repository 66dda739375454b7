package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's x axis as its values are spaced (a sweep analyst's review): values over more than a
 * factor of 20 on a log axis (budgets of 10M to 3B had the change in the first 3% of the plot),
 * evenly spread ones on a linear axis, and amounts with "unlimited" among them in the order of
 * their value, "unlimited" last (listed as given, they drew a zig-zag).
 */
class SweepAxesTest {
    /** The sweep's chart of Raider.headcount_end. */
    static ReportTest.Fig sweep(Path dir, String vary) throws Exception {
        Cli r = Cli.run("sweep", "scenarios/retention.yaml", "--months", "3", "-r", "2", "--vary", vary, "--metrics",
                "Raider.headcount_end", "--out", dir.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        Map<String, ReportTest.Fig> figs = ReportTest.figures(Files.readString(dir.resolve("report.html")));
        return figs.entrySet().stream().filter(e -> e.getKey().startsWith("sweep-raider-headcount-end")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(figs.keySet().toString()));
    }

    @Test
    void aWideGridIsDrawnOnALogAxis(@TempDir Path dir) throws Exception {
        ReportTest.Fig log = sweep(dir.resolve("log"), "labs[Raider].budget=10M,100M,1B");
        assertTrue(log.texts().contains("labs[Raider].budget (USD) (log scale)"), log.texts().toString());
        ReportTest.Fig linear = sweep(dir.resolve("lin"), "labs[Raider].budget=100M,200M,300M");
        assertTrue(linear.texts().contains("labs[Raider].budget (M)"), linear.texts().toString());
    }

    @Test
    void amountsWithUnlimitedAreInTheOrderOfTheirValue(@TempDir Path dir) throws Exception {
        ReportTest.Fig f = sweep(dir.resolve("u"), "labs[Raider].budget=100M,unlimited,50M,1B");
        List<String> ticks = f.texts().stream().filter(t -> List.of("50M", "100M", "1B", "unlimited").contains(t)).toList();
        assertEquals(List.of("50M", "100M", "1B", "unlimited"), ticks);
        assertFalse(f.texts().stream().anyMatch(t -> t.contains("log scale")));
        // categories: points with bars, said so (the caption spoke of a trend and a band)
        assertTrue(f.caption().contains("(values as categories, not a scale), each with the 95% CI of its mean over the replications"
                + " as a bar"), f.caption());
    }

    /** A sweep of months has no headcount paths, and says why (the section was missing without a word). */
    @Test
    void aSweepOfPeriodsSaysWhyItHasNoPaths(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("sweep", "scenarios/retention.yaml", "-r", "2", "--vary", "months=3,6", "--metrics", "Keeper.quits", "--out",
                dir.resolve("m").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(dir.resolve("m/paths.csv")));
        assertTrue(Files.readString(dir.resolve("m/report.html")).contains("No charts of headcount over time: paths.csv, which they"
                + " are drawn from, is not written when the cells run for different periods"));
    }

    /**
     * A grid of two paths shows the first path's effect within each level of the second, paired
     * over the seeds: every cell against the one corner mixed both effects (a sweep analyst's review).
     * Its effect is the axis's last value against its first, whatever order the values were listed
     * in: listed as the docs advise, the reference first (1, 0.6, 0.8), the last listed against the
     * first gave 0.8 against 1, the smallest step (a strategist's review).
     */
    @Test
    void aGridShowsTheFirstPathsEffectWithinEachLevel(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("g");
        Cli r = Cli.run("sweep", "scenarios/retention.yaml", "--months", "4", "-r", "3", "--vary", "labs[Keeper].retention.upTo=1,0.6,0.8",
                "--vary", "market.offersEmployed=0.5/year,2/year", "--metrics", "Keeper.poached_out", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<List<String>> rows = ReportTest.table(Files.readString(out.resolve("report.html")), "within");
        assertEquals(List.of("metric", "at", "labs[Keeper].retention.upTo=1 against 0.6 [95% CI]", "pairs"), rows.get(0));
        assertEquals(3, rows.size(), rows.toString());
        // each row: the runs of upTo=1 less those of upTo=0.6 on the same seed, at that level
        List<String[]> runs = ReportTest.csv(out.resolve("runs.csv"));
        int col = List.of(runs.get(0)).indexOf("Keeper.poached_out");
        for (String level : List.of("0.5/year", "2/year")) {
            java.util.Map<String, Double> lo = new java.util.HashMap<>();
            java.util.Map<String, Double> hi = new java.util.HashMap<>();
            for (String[] v : runs.subList(1, runs.size())) {
                if (v[1].equals("labs[Keeper].retention.upTo=0.6 market.offersEmployed=" + level)) {
                    lo.put(v[2], Double.parseDouble(v[col]));
                } else if (v[1].equals("labs[Keeper].retention.upTo=1 market.offersEmployed=" + level)) {
                    hi.put(v[2], Double.parseDouble(v[col]));
                }
            }
            double mean = hi.keySet().stream().mapToDouble(k -> hi.get(k) - lo.get(k)).average().orElseThrow();
            List<String> row = rows.stream().filter(x -> x.get(1).equals("market.offersEmployed=" + level)).findFirst().orElseThrow();
            double said = Double.parseDouble(row.get(2).replaceAll(" .*", "").replace("+", ""));
            assertEquals(mean, said, Math.max(1e-9, Math.abs(mean) * 1e-3), row.toString());
            assertEquals("3", row.get(3));
        }
    }

    /**
     * A sweep of a budget tells whether a metric rises along it and which cell is highest (a sweep
     * analyst's review: each cell against the first was all it said): the raider's headcount rises
     * with its budget over 6 seeds, each seed's slope of its own, and the page and the terminal
     * give the same table.
     */
    @Test
    void aNumericSweepHasATrendAndAHighestCell(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("t");
        Cli r = Cli.run("sweep", "scenarios/retention.yaml", "--months", "4", "-r", "6", "--vary", "labs[Raider].budget=10M,50M,300M",
                "--metrics", "Raider.headcount_end,Raider.headcount_start,Raider.layoffs", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        List<List<String>> rows = ReportTest.table(html, "trend");
        assertEquals(List.of("metric", "trend per tenfold [95% CI]", "p (Holm)", "seeds", "highest (mean)",
                "against the next highest [95% CI]", "lowest (mean)"), rows.get(0));
        List<String> head = rows.stream().filter(x -> x.get(0).equals("Raider.headcount_end")).findFirst().orElseThrow();
        // each seed's least-squares slope against log10 of the budget, then their mean: from runs.csv here
        List<String[]> runs = ReportTest.csv(out.resolve("runs.csv"));
        int col = List.of(runs.get(0)).indexOf("Raider.headcount_end");
        double[] x = {Math.log10(10e6), Math.log10(50e6), Math.log10(300e6)};
        double mx = (x[0] + x[1] + x[2]) / 3;
        java.util.Map<String, double[]> bySeed = new java.util.TreeMap<>();
        for (String[] v : runs.subList(1, runs.size())) {
            int k = List.of("labs[Raider].budget=10M", "labs[Raider].budget=50M", "labs[Raider].budget=300M").indexOf(v[1]);
            bySeed.computeIfAbsent(v[2], s -> new double[3])[k] = Double.parseDouble(v[col]);
        }
        double sum = 0;
        for (double[] y : bySeed.values()) {
            double sxy = 0;
            double sxx = 0;
            for (int k = 0; k < 3; k++) {
                sxy += (x[k] - mx) * y[k];
                sxx += (x[k] - mx) * (x[k] - mx);
            }
            double slope = sxy / sxx;
            assertTrue(slope > 0, "the raider's headcount rises with its budget in every seed: " + slope);
            sum += slope;
        }
        double said = Double.parseDouble(head.get(1).replaceAll(" .*", "").replace("+", ""));
        assertEquals(sum / bySeed.size(), said, Math.abs(said) * 1e-3, head.toString());
        assertEquals("<0.001", head.get(2));
        assertEquals("6", head.get(3));
        assertTrue(head.get(4).startsWith("300M ("), head.toString());
        assertTrue(head.get(6).startsWith("10M ("), head.toString());
        // the headline says it, and the metric the same in every run is in neither
        assertTrue(html.contains("Along labs[Raider].budget (per tenfold, the slope of a straight line: the charts show the shape; the trend"
                + " table below): rising beyond chance: Raider.headcount_end"),
                html);
        assertFalse(rows.stream().anyMatch(x2 -> x2.get(0).equals("Raider.headcount_start")), rows.toString());
        // the terminal: the same row, aligned
        assertTrue(r.out().contains("The trend along labs[Raider].budget, and the highest cell:"), r.out());
        String line = r.out().lines().filter(l -> l.startsWith("Raider.headcount_end ")).findFirst().orElseThrow();
        assertTrue(line.contains(head.get(1)) && line.contains(head.get(5)), line + " | " + head);
        assertFalse(r.out().lines().anyMatch(l -> l.startsWith("Raider.headcount_start ")), r.out());
    }
}
