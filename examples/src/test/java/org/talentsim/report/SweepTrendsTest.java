package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's trend along its first path and its highest cell ({@link SweepTrends}), on folders
 * whose values are known: the slope of each seed, their mean and interval, Holm's family, the
 * metrics with no trend, the categories that have none, and a grid's levels.
 */
class SweepTrendsTest {
    /** A sweep folder of {@code cells} (path → values) and runs.csv's rows; the metrics a, b, c. */
    private static Path folder(Path dir, String vary, List<String> cells, double[][][] values) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("experiment.yaml"), "version: 1\nscenario: x.yaml\nvary:\n" + vary
                + "replications: " + values[0].length + "\nseed: 1\nmetrics: [a, b, c]\n");
        StringBuilder runs = new StringBuilder("run,cell,replication,seed,a,b,c\n");
        StringBuilder summary = new StringBuilder("cell,metric,mean,ci_low,ci_high,sd,n\n");
        int run = 0;
        for (int c = 0; c < cells.size(); c++) {
            for (int r = 0; r < values[c].length; r++) {
                runs.append(run++).append(',').append(cells.get(c)).append(',').append(r).append(',').append(100 + r);
                for (double v : values[c][r]) {
                    runs.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
                }
                runs.append('\n');
            }
            for (String m : List.of("a", "b", "c")) {
                summary.append(cells.get(c)).append(',').append(m).append(",0,0,0,0,").append(values[c].length).append('\n');
            }
        }
        Files.writeString(dir.resolve("runs.csv"), runs);
        Files.writeString(dir.resolve("summary.csv"), summary);
        return dir;
    }

    /** a = 3·x + the seed's noise, b the same in every cell (the seed's value), c falling with log10 x. */
    private static double[][][] values(double[] x, int seeds) {
        double[][][] v = new double[x.length][seeds][];
        for (int c = 0; c < x.length; c++) {
            for (int r = 0; r < seeds; r++) {
                double noise = ((r * 7 + c * 3) % 5) - 2;
                v[c][r] = new double[] {3 * x[c] + noise, 200 + r, -10 * Math.log10(x[c]) + 0.5 * noise};
            }
        }
        return v;
    }

    @Test
    void eachSeedsSlopeIsAveragedAndTested(@TempDir Path tmp) throws Exception {
        double[] x = {1, 2, 3, 4};
        List<String> cells = List.of("labs[A].budget=1M", "labs[A].budget=2M", "labs[A].budget=3M", "labs[A].budget=4M");
        double[][][] v = values(x, 8);
        SweepTrends t = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("s"),
                "  'labs[A].budget': ['1M', '2M', '3M', '4M']\n", cells, v)));
        assertEquals("per 1M", t.per);
        assertFalse(t.log);
        // the slope of each seed over x in millions, then their mean: computed here apart
        double[] slopes = new double[8];
        for (int r = 0; r < 8; r++) {
            double sxy = 0;
            double sxx = 0;
            for (int c = 0; c < 4; c++) {
                sxy += (x[c] - 2.5) * v[c][r][0];
                sxx += (x[c] - 2.5) * (x[c] - 2.5);
            }
            slopes[r] = sxy / sxx;
        }
        SweepTrends.Trend a = t.trends.get("a").get(0);
        assertEquals(java.util.Arrays.stream(slopes).average().orElseThrow(), a.slope().mean(), 1e-15);
        assertEquals(8, a.slope().n());
        assertTrue(a.pHolm() < 0.001 && a.pHolm() >= a.p(), a.toString());
        // b is the seed's value in every cell: a slope of exactly 0 in every seed, not tested
        SweepTrends.Trend b = t.trends.get("b").get(0);
        assertEquals(0.0, b.slope().mean());
        assertEquals(0.0, b.slope().sd());
        assertEquals("flat", b.why());
        assertTrue(Double.isNaN(b.pHolm()));
        assertTrue(t.flat("b"));
        // Holm's family: the two trends tested, a and c
        assertEquals(2, t.tests);
        // highest and lowest of a: the last and first cell, the last told apart
        SweepTrends.Extremes e = t.extremes.get("a");
        assertEquals("labs[A].budget=4M", e.highest());
        assertEquals("labs[A].budget=3M", e.next());
        assertEquals("labs[A].budget=1M", e.lowest());
        assertTrue(t.lead(e).startsWith("ahead of 3M by +3"), t.lead(e));
        String headline = t.headline(List.of("a", "b", "c"));
        assertTrue(headline.matches("Along labs\\[A\\]\\.budget \\(per 1M, the slope of a straight line: the charts show the shape;"
                + " the trend table below\\): rising beyond chance:"
                + " a \\+3\\.\\d+; falling: c -\\d[.\\d]*; no other metric drawn here changes\\."), headline);
        assertFalse(headline.contains(" b "), headline);
    }

    /**
     * Amounts written with different suffixes are in dollars: the trend was per 1 USD, -2.408e-09
     * (a strategist's review); it is per a round amount of the range's size, here per 1B.
     */
    @Test
    void amountsInDollarsTrendPerARoundAmount(@TempDir Path tmp) throws Exception {
        double[] billions = {0.3, 0.9, 3};
        List<String> cells = List.of("labs[A].budget=300M", "labs[A].budget=900M", "labs[A].budget=3B");
        double[][][] v = values(billions, 6);   // a = 3 per billion + noise
        SweepTrends t = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("s"),
                "  'labs[A].budget': ['300M', '900M', '3B']\n", cells, v)));
        assertFalse(t.log, "a factor of 10: a straight axis");
        assertEquals("per 1B USD", t.per);
        assertEquals(3, t.trends.get("a").get(0).slope().mean(), 0.5, "3 per billion dollars");
        assertTrue(t.header().contains("trend per 1B USD [95% CI]"), t.header().toString());
        // written in plain dollars, on a path of an amount: per 100M USD, not per dollar (a re-check)
        List<String> plain = List.of("labs[A].budget=100000000", "labs[A].budget=200000000", "labs[A].budget=300000000");
        SweepTrends p = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("p"),
                "  'labs[A].budget': ['100000000', '200000000', '300000000']\n", plain, values(new double[] {1, 2, 3}, 6))));
        assertEquals("per 100M USD", p.per);
        assertEquals(3, p.trends.get("a").get(0).slope().mean(), 0.5, "3 per 100M");
        assertTrue(SweepTrends.moneyPath("labs[Meta].offer.cap") && !SweepTrends.moneyPath("market.separation")
                && !SweepTrends.moneyPath("labs[A].teams[T].headcount"));
        assertEquals("1k", SweepTrends.amount(1e3));
        assertEquals("100M", SweepTrends.amount(1e8));
        assertEquals("10B", SweepTrends.amount(1e10));
    }

    @Test
    void valuesOverMoreThanAFactorOf20AreTakenOnALogScale(@TempDir Path tmp) throws Exception {
        double[] x = {10, 100, 1000};
        List<String> cells = List.of("n=10", "n=100", "n=1000");
        double[][][] v = values(x, 6);
        SweepTrends t = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("s"), "  'n': ['10', '100', '1000']\n", cells, v)));
        assertTrue(t.log);
        assertEquals("per tenfold", t.per);
        // c = -10 log10 x + noise: -10 per tenfold, give or take the noise's slope
        assertEquals(-10, t.trends.get("c").get(0).slope().mean(), 1.0);
        assertEquals(List.of("metric", "trend per tenfold [95% CI]", "p (Holm)", "seeds", "highest (mean)",
                "against the next highest [95% CI]", "lowest (mean)"), t.header());
    }

    @Test
    void categoriesHaveNoTrendButAHighestCell(@TempDir Path tmp) throws Exception {
        List<String> cells = List.of("p=lenient", "p=strict", "p=none");
        double[][][] v = values(new double[] {1, 5, 2}, 4);
        SweepTrends t = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("s"), "  'p': ['lenient', 'strict', 'none']\n",
                cells, v)));
        assertNull(t.per);
        assertTrue(t.trends.isEmpty());
        assertNull(t.headline(List.of("a")));
        assertEquals(List.of("metric", "highest (mean)", "against the next highest [95% CI]", "lowest (mean)"), t.header());
        assertEquals("strict", t.rows(List.of("a")).get(0).get(1).replaceAll(" .*", ""));
    }

    @Test
    void aGridHasATrendAtEachLevelOfTheOtherPaths(@TempDir Path tmp) throws Exception {
        List<String> cells = new ArrayList<>();
        double[][][] v = new double[6][5][];
        int c = 0;
        for (String lo : List.of("1", "2", "3")) {
            for (String level : List.of("0.5/year", "2/year")) {
                cells.add("labs[K].retention.upTo=" + lo + " market.offersEmployed=" + level);
                for (int r = 0; r < 5; r++) {
                    // rising by 1 a unit at one level, by 4 at the other
                    double y = (level.equals("2/year") ? 4 : 1) * Double.parseDouble(lo) + (r % 3);
                    v[c][r] = new double[] {y, 7, Double.NaN};
                }
                c++;
            }
        }
        SweepTrends t = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("g"),
                "  'labs[K].retention.upTo': ['1', '2', '3']\n  'market.offersEmployed': ['0.5/year', '2/year']\n", cells, v)));
        List<SweepTrends.Trend> a = t.trends.get("a");
        assertEquals(2, a.size());
        assertEquals("offersEmployed=0.5/year", a.get(0).level());
        assertEquals(1.0, a.get(0).slope().mean(), 1e-12);
        assertEquals(4.0, a.get(1).slope().mean(), 1e-12);
        // the same slope in each of 5 seeds whose values vary: maybe chance, not tested ('-')
        assertEquals("few", a.get(0).why());
        assertEquals("-", SweepTrends.p(a.get(0)));
        assertEquals(0, t.tests);
        // c has no value in any run: no trend, no extremes
        assertTrue(t.trends.get("c").isEmpty());
        assertNull(t.extremes.get("c"));
        assertEquals("upTo=3 offersEmployed=2/year", t.shortCell(t.extremes.get("a").highest()));
        List<List<String>> rows = t.rows(List.of("a"));
        assertEquals(2, rows.size());
        assertEquals("", rows.get(1).get(0));
        assertEquals("offersEmployed=2/year", rows.get(1).get(1));
    }

    /** One seed: its slope, said as such and not tested; not counted as "no trend" (it read "–", every slope 0: a re-check). */
    @Test
    void oneSeedsSlopeIsShownUntested(@TempDir Path tmp) throws Exception {
        double[] x = {1, 2, 3, 4};
        List<String> cells = List.of("labs[A].budget=1M", "labs[A].budget=2M", "labs[A].budget=3M", "labs[A].budget=4M");
        SweepTrends t = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("s"),
                "  'labs[A].budget': ['1M', '2M', '3M', '4M']\n", cells, values(x, 1))));
        SweepTrends.Trend a = t.trends.get("a").get(0);
        assertEquals("one", a.why());
        assertEquals("-", SweepTrends.p(a));
        assertTrue(SweepTrends.slope(a).endsWith(" (1 seed)"), SweepTrends.slope(a));
        assertEquals(0, t.tests);
        String headline = t.headline(List.of("a", "b", "c"));
        assertTrue(headline.contains("2 metrics with too few seeds to test") && !headline.contains("no trend beyond chance"), headline);
        assertTrue(t.lead(t.extremes.get("a")).endsWith("(1 pair: no interval, not tested)"), t.lead(t.extremes.get("a")));
    }

    /**
     * A metric whose highest cell lies inside the range, told apart from the next, peaks there: said
     * so, not "rising" (a step that then fell a little read as a straight rise: a re-check); and a
     * highest mean shared by several cells says how many.
     */
    @Test
    void aPeakInsideTheRangeIsSaidAndTiesAreCounted(@TempDir Path tmp) throws Exception {
        List<String> cells = List.of("n=1", "n=2", "n=3", "n=4");
        double[] shape = {0, 10, 5, 5};
        double[][][] v = new double[4][8][];
        for (int c = 0; c < 4; c++) {
            for (int r = 0; r < 8; r++) {
                double noise = 0.1 * (((r * 7 + c * 3) % 5) - 2);
                v[c][r] = new double[] {shape[c] + noise, c >= 2 ? 9 + r : r, Double.NaN};
            }
        }
        SweepTrends t = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("p"), "  'n': ['1', '2', '3', '4']\n", cells, v)));
        String headline = t.headline(List.of("a", "b"));
        assertTrue(headline.contains("a trend beyond chance that turns inside the range: a +") && headline.contains(", peaks at 2"), headline);
        assertFalse(headline.contains("rising beyond chance: a "), headline);
        // b: n=3 and n=4 the same in every seed, the highest
        List<String> row = t.rows(List.of("b")).get(0);
        assertTrue(row.get(4).startsWith("3 (") && row.get(4).endsWith(", and 1 more cell)"), row.toString());
        assertEquals("the same in every seed as 4", row.get(5));
    }

    /**
     * A rise that levels off and then falls beyond chance: the highest cell (inside the range) is
     * not told apart from the next, but the top of the range is below it: said as a turn with the
     * fall, not "rising" (0 → 0.15 → 0.3 → 0.6 gave 174, 308, 310, 302 poached, with 0.6 below 0.3
     * beyond chance, and the headline said "rising": a strategist's review); the mirror for a fall.
     */
    @Test
    void aRiseThatFallsBackAtTheEndIsSaidToTurn(@TempDir Path tmp) throws Exception {
        List<String> cells = List.of("n=0", "n=0.15", "n=0.3", "n=0.6");
        double[] up = {174, 309.5, 310, 302};
        double[][][] v = new double[4][8][];
        for (int c = 0; c < 4; c++) {
            for (int r = 0; r < 8; r++) {
                double noise = 1.5 * (((r * 7 + c * 3) % 5) - 2);
                v[c][r] = new double[] {up[c] + noise, -up[c] + noise, Double.NaN};
            }
        }
        SweepTrends t = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("t"), "  'n': ['0', '0.15', '0.3', '0.6']\n",
                cells, v)));
        String headline = t.headline(List.of("a", "b"));
        assertFalse(headline.contains("rising beyond chance") || headline.contains("falling:"), headline);
        assertTrue(headline.contains("turns inside the range: "), headline);
        assertTrue(headline.contains(", highest at 0.3, lower again at 0.6 (-7.25)"), headline);
        assertTrue(headline.contains(", lowest at 0.3, higher again at 0.6 (+8.75)"), headline);
        // a rise that only levels off (the end not told apart from the highest) is still rising
        double[] flatTop = {174, 308, 310, 309.5};
        for (int c = 0; c < 4; c++) {
            for (int r = 0; r < 8; r++) {
                v[c][r] = new double[] {flatTop[c] + 1.5 * (((r * 7 + c * 3) % 5) - 2), 0, Double.NaN};
            }
        }
        SweepTrends f = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("f"), "  'n': ['0', '0.15', '0.3', '0.6']\n",
                cells, v)));
        String h = f.headline(List.of("a"));
        assertTrue(h.contains("rising beyond chance: a +") && !h.contains("turns"), h);
        // a rise to an interior peak, then a longer fall: falling overall, said to turn (it read as
        // "falling": a re-check); the mirror for a dip
        double[] hump = {100, 120, 80, 40};
        for (int c = 0; c < 4; c++) {
            for (int r = 0; r < 8; r++) {
                double noise = 1.5 * (((r * 7 + c * 3) % 5) - 2);
                v[c][r] = new double[] {hump[c] + noise, -hump[c] + noise, Double.NaN};
            }
        }
        SweepTrends g = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("g"), "  'n': ['0', '0.15', '0.3', '0.6']\n",
                cells, v)));
        String hh = g.headline(List.of("a", "b"));
        assertFalse(hh.contains("falling: a") || hh.contains("rising beyond chance: b"), hh);
        assertTrue(hh.contains("a -") && hh.contains(", rising to its highest at 0.15 (+19.81 from 0), then falling"), hh);
        assertTrue(hh.contains("b +") && hh.contains(", falling to its lowest at 0.15 (-20.19 from 0), then rising"), hh);
    }

    /** Why there is no trend, where the values could suggest one: "unlimited" among amounts, a numeric path listed second. */
    @Test
    void noTrendSaysWhy(@TempDir Path tmp) throws Exception {
        double[][][] v = values(new double[] {1, 2, 3}, 3);
        SweepTrends u = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("u"), "  'labs[A].budget': ['10M', '100M', 'unlimited']\n",
                List.of("labs[A].budget=10M", "labs[A].budget=100M", "labs[A].budget=unlimited"), v)));
        assertEquals("No trend along labs[A].budget: 'unlimited' is not a number (a sweep of its finite values alone gives one).", u.noTrend());
        List<String> cells = new ArrayList<>();
        double[][][] g = new double[6][3][];
        int c = 0;
        for (String p : List.of("none", "match")) {
            for (String b : List.of("1M", "2M", "3M")) {
                cells.add("labs[A].retention=" + p + " labs[A].budget=" + b);
                for (int r = 0; r < 3; r++) {
                    g[c][r] = new double[] {c + r, 1, 2};
                }
                c++;
            }
        }
        SweepTrends second = SweepTrends.of(ExperimentData.readWritten(folder(tmp.resolve("g"),
                "  'labs[A].retention': ['none', 'match']\n  'labs[A].budget': ['1M', '2M', '3M']\n", cells, g)));
        assertTrue(second.noTrend().contains("list labs[A].budget first"), second.noTrend());
    }
}
