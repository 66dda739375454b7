package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.report.Fmt;

/**
 * What a strategist's review read wrongly from a comparison, said in words: an incremental ratio
 * of two falls (less spend, fewer poached away) is a saving, not a price; arms (cells) whose runs
 * came out the same in every metric made no difference, which the table only showed as "same".
 */
class ReadingsTest {
    @Test
    void eachIncrementalRatioIsReadWithTheWayEachMetricMoved(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c");
        String ratio = "Keeper.spend per Keeper.poached_out";
        Cli r = Cli.run("compare", ExperimentCliTest.RETENTION, "--arm", "none:labs[Keeper].retention=none", "-r", "4", "--months",
                "4", "--metrics", "Keeper.spend,Keeper.poached_out", "--ratio", ratio, "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String[] none = Files.readAllLines(out.resolve("ratios.csv")).get(2).split(",", -1);
        double dA = Double.parseDouble(none[11]);
        double dB = Double.parseDouble(none[12]);
        double inc = Double.parseDouble(none[13]);
        assertTrue(dA < 0 && dB > 0, "the case: without counters Keeper spends less and loses more: " + String.join(",", none));
        String read = "none: " + Fmt.num(-dA) + " less Keeper.spend and " + Fmt.num(dB) + " more Keeper.poached_out, "
                + Fmt.num(-inc) + " less Keeper.spend for each one more Keeper.poached_out";
        assertTrue(r.out().contains("Read: " + read + ".\n"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Read: " + read + "."), "the report says it too");
    }

    @Test
    void twoFallsReadAsASavingAndNothingIsReadWithoutADifference() {
        // less spent and fewer lost: better on both, no price (it read "4.037M less Meta.spend for each one less
        // Meta.poached_out"; then a strategist took a win-win's number for a price)
        assertEquals("equity: 162.8M less Meta.spend and 40.33 less Meta.poached_out, better on both: no trade-off, so no price to read",
                Fmt.ratioReading("equity", "Meta.spend", "Meta.poached_out", -162.8e6, -40.33, 4.037e6));
        assertEquals("worse: 5M more Meta.spend and 10 less Meta.headcount_end, worse on both: no trade-off, so no price to read",
                Fmt.ratioReading("worse", "Meta.spend", "Meta.headcount_end", 5e6, -10, -5e5));
        // a trade-off (more spent, fewer lost) keeps its price; a metric that is good either way (hires) keeps it too
        assertEquals("t: 5M more Meta.spend and 10 less Meta.poached_out, 500k more Meta.spend for each one less Meta.poached_out",
                Fmt.ratioReading("t", "Meta.spend", "Meta.poached_out", 5e6, -10, -5e5));
        assertEquals("h: 5M less Meta.spend and 10 less Meta.hires, 500k less Meta.spend for each one less Meta.hires",
                Fmt.ratioReading("h", "Meta.spend", "Meta.hires", -5e6, -10, 5e5));
        assertEquals("a: 2 more X and 1 more Y, 2 more X for each one more Y", Fmt.ratioReading("a", "X", "Y", 2, 1, 2));
        // people per dollar: said per a million dollars, as far as the difference in dollars reaches
        assertEquals("none: 530.5 more Meta.poached_out and 290.4M less Meta.spend, 1.827 more Meta.poached_out for each 1M less"
                + " Meta.spend", Fmt.ratioReading("none", "Meta.poached_out", "Meta.spend", 530.5, -290.4e6, -1.827e-6));
        assertEquals("a: 0.6 more X and 500 more Y, 0.0012 more X for each one more Y", Fmt.ratioReading("a", "X", "Y", 0.6, 500, 0.0012),
                "b's difference under 1k: per one (1.2 for each 1k more Y would reach past it)");
        assertEquals("a: 3 more X and 2500 more Y, 1.2 more X for each 1k more Y", Fmt.ratioReading("a", "X", "Y", 3, 2500, 0.0012));
        // an interval holding 0: said so (a price of 163.7k [-426.4k, +1.255M] was stated flatly: a strategist's review)
        assertEquals("p: 2.19M more OpenAI.spend and 13.38 more OpenAI.poached_in, 163.7k more OpenAI.spend for each one more"
                + " OpenAI.poached_in (not beyond chance: its 95% interval holds 0)", Fmt.ratioReading("p", "OpenAI.spend",
                        "OpenAI.poached_in", 2.19e6, 13.38, 163.7e3, -426.4e3, 1.255e6));
        assertEquals("a: 2 more X and 1 more Y, 2 more X for each one more Y", Fmt.ratioReading("a", "X", "Y", 2, 1, 2, 1.5, 2.5));
        // per 0.01 of a share ("33.44M less spend for each one less retention" priced a hundred points: a strategist's review)
        assertEquals("none: 2.765M less Keeper.spend and 0.08267 less Keeper.retention, 334.4k less Keeper.spend for each 0.01 less"
                + " Keeper.retention", Fmt.ratioReading("none", "Keeper.spend", "Keeper.retention", -2.765e6, -0.08267, 33.44e6));
        assertNull(Fmt.ratioReading("a", "X", "Y", 0, 1, 0));
        assertNull(Fmt.ratioReading("a", "X", "Y", 1, 0, Double.POSITIVE_INFINITY));
        assertNull(Fmt.ratioReading("a", "X", "Y", Double.NaN, 1, Double.NaN));
    }

    /** An arm's counter-offer policy in words says how often the lab countered in its runs, against the baseline. */
    @Test
    void aRetentionArmSaysHowOftenTheLabCountered(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("stars");
        Cli r = Cli.run("compare", ExperimentCliTest.RETENTION, "--arm", "stars:labs[Keeper].retention=stars", "-r", "2", "--months",
                "4", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        java.util.Map<String, String> mean = new java.util.HashMap<>();
        for (String line : Files.readAllLines(out.resolve("summary.csv"))) {
            String[] f = line.split(",", -1);
            if (f[1].equals("Keeper.countered")) {
                mean.put(f[0], f[2]);
            }
        }
        String html = ReportTest.unescape(Files.readString(out.resolve("report.html")));
        assertTrue(html.contains("(Keeper counters outside offers for its well-known researchers only: "
                + Fmt.num(Double.parseDouble(mean.get("stars"))) + " counter-offers a run on average, against "
                + Fmt.num(Double.parseDouble(mean.get("baseline"))) + " in baseline)"), html.substring(html.indexOf(">Arms<")));
    }

    /** Where no interval bounds the incremental ratio (B's difference not clearly away from 0), no price is read. */
    @Test
    void anUnboundedRatioIsNotRead() {
        double[] aArm = {10, 12, 11, 13};
        double[] aBase = {5, 6, 5, 7};
        double[] bArm = {1, -1, 2, -1};
        double[] bBase = {0, 0, 0, 0};
        org.talentsim.experiment.RatioEstimate loose = org.talentsim.experiment.RatioEstimate.ofDifferences(aArm, aBase, bArm, bBase);
        assertFalse(loose.bounded(), "the case: unbounded");
        org.talentsim.experiment.Experiment.Ratio ratio = new org.talentsim.experiment.Experiment.Ratio("X", "Y");
        assertNull(ExperimentTables.reading(new org.talentsim.experiment.ExperimentRunner.RatioStat("a", ratio, loose, loose)));
        org.talentsim.experiment.RatioEstimate tight = org.talentsim.experiment.RatioEstimate.ofDifferences(aArm, aBase,
                new double[] {2, 2.1, 1.9, 2}, bBase);
        assertTrue(tight.bounded());
        assertTrue(ExperimentTables.reading(new org.talentsim.experiment.ExperimentRunner.RatioStat("a", ratio, tight, tight))
                .startsWith("a: 5.75 more X and 2 more Y, 2.875 more X for each one more Y"));
    }

    @Test
    void armsThatGaveTheSameRunsAreSaidToMakeNoDifference(@TempDir Path dir) throws Exception {
        // a counter-offer cap of half a researcher's value: no offer is ever countered, as with none
        Path out = dir.resolve("same");
        Cli r = Cli.run("compare", ExperimentCliTest.RETENTION, "--arm", "none:labs[Keeper].retention=none", "--arm",
                "half:labs[Keeper].retention.upTo=0.5", "-r", "2", "--months", "4", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        int metrics = Files.readAllLines(out.resolve("runs.csv")).get(0).split(",", -1).length - 4;   // run, cell, replication, seed
        String note = "Note: arms none and half gave the same runs: every one of the " + metrics + " metrics in runs.csv,"
                + " replication by replication. What they change made no difference in these runs";
        assertTrue(r.out().contains(note), r.out());
        assertTrue(Files.readString(out.resolve("report.html")).contains(note), "the report says it too");
        // arms that differ: no note
        Path other = dir.resolve("other");
        Cli d = Cli.run("compare", ExperimentCliTest.RETENTION, "--arm", "none:labs[Keeper].retention=none", "-r", "2", "--months",
                "4", "--out", other.toString(), "-q");
        assertEquals(0, d.exit(), d.err());
        assertFalse(d.out().contains("Note: arms"), d.out());
        // arms that differ, with only metrics chosen that they share: no note either (it compared the
        // metrics reported, and called two such arms the same: a reviewer)
        Path chosen = dir.resolve("chosen");
        Cli c = Cli.run("compare", ExperimentCliTest.RETENTION, "--arm", "none:labs[Keeper].retention=none", "-r", "2", "--months",
                "4", "--metrics", "Keeper.headcount_start", "--out", chosen.toString(), "-q");
        assertEquals(0, c.exit(), c.err());
        assertFalse(c.out().contains("Note: arms"), c.out());
        // a sweep's cells: those that gave the same runs are named together
        Path sweep = dir.resolve("sweep");
        Cli s = Cli.run("sweep", ExperimentCliTest.RETENTION, "--vary", "labs[Keeper].retention.upTo=0.3,0.5,1", "-r", "2", "--months",
                "4", "--out", sweep.toString(), "-q");
        assertEquals(0, s.exit(), s.err());
        assertTrue(s.out().contains("Note: cells labs[Keeper].retention.upTo=0.3 and labs[Keeper].retention.upTo=0.5 gave the same"
                + " runs"), s.out());
    }
}
