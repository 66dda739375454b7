package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A metric undefined in some runs (the mean salary of a one-person lab that may lose its one
 * researcher): the difference to the baseline is over the replications both have, each mean over
 * its own. The table and the report say "(k pairs)" beside such a difference and why, and the
 * forest plot leaves it out (it divided the paired difference by the baseline's mean over other
 * runs). Found by a reviewer: arm 490.5k and baseline 363.8k beside "difference 0 [0, 0]".
 */
class FewerPairsTest {
    @Test
    void aDifferenceOverFewerRunsThanItsMeansIsMarked(@TempDir Path dir) throws Exception {
        Path file = tinyLab(dir);
        Path out = dir.resolve("cmp");
        Cli r = Cli.run("compare", file.toString(), "--arm", "keep:labs[Tiny].retention=match", "-r", "12", "--out",
                out.toString(), "-q", "--metrics", "Tiny.mean_salary_end,Keeper.quits,Raider.poached_in");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
        String[] keep = rows.stream().filter(l -> l.startsWith("keep,Tiny.mean_salary_end,")).findFirst().orElseThrow().split(",", -1);
        String[] base = rows.stream().filter(l -> l.startsWith("baseline,Tiny.mean_salary_end,")).findFirst().orElseThrow().split(",", -1);
        int pairs = Integer.parseInt(keep[13]);
        int armN = Integer.parseInt(keep[12]);
        int baseN = Integer.parseInt(base[12]);
        assertTrue(pairs >= 2 && (pairs < armN || pairs < baseN), "the seeds give the case: " + String.join(",", keep));
        assertTrue(r.out().contains("(" + pairs + " pairs)") && r.out().contains("(k pairs): the metric is undefined in some runs"),
                r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("(" + pairs + " pairs)") && html.contains("is not in the plot: keep: Tiny.mean_salary_end"),
                "the report's table and note");
        ReportTest.Fig forest = ReportTest.figures(html).get("forest");
        assertFalse(forest.texts().contains("keep: Tiny.mean_salary_end"), forest.texts().toString());
        assertTrue(forest.texts().contains("keep: Raider.poached_in"), forest.texts().toString());
        // Keeper's quits are the same in every pair of runs (Tiny's retention does not reach them): named, not a bar of nothing
        assertFalse(forest.texts().contains("keep: Keeper.quits"), forest.texts().toString());
        assertTrue(html.contains("the same as the baseline&#39;s in every replication: keep: Keeper.quits"), "named under the table");
        // a metric every run has is not marked
        String quits = r.out().lines().filter(l -> l.contains("Keeper.quits") && l.contains("[")).findFirst().orElseThrow();
        assertFalse(quits.contains("pairs)"), quits);
    }

    /**
     * Both arms losing the same runs (an arm that does not touch the tiny lab): no pair is missing,
     * so no "(k pairs)", and the means read as over every replication. Each mean over fewer runs
     * than the replications now says "(n of R runs)", in the table and in the report (found by a
     * statistician's review: DeepSeek's mean salary over the 18 of 20 runs in which it survived).
     */
    @Test
    void aMeanOverFewerRunsThanTheReplicationsIsMarkedWhenBothArmsLoseTheSameRuns(@TempDir Path dir) throws Exception {
        Path file = tinyLab(dir);
        Path out = dir.resolve("cmp");
        Cli r = Cli.run("compare", file.toString(), "--arm", "richer:labs[Raider].budget=901M", "-r", "12", "--out",
                out.toString(), "-q", "--metrics", "Tiny.mean_salary_end,Keeper.quits");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
        String[] arm = rows.stream().filter(l -> l.startsWith("richer,Tiny.mean_salary_end,")).findFirst().orElseThrow().split(",", -1);
        String[] base = rows.stream().filter(l -> l.startsWith("baseline,Tiny.mean_salary_end,")).findFirst().orElseThrow().split(",", -1);
        int n = Integer.parseInt(arm[12]);
        assertTrue(n >= 2 && n < 12 && n == Integer.parseInt(base[12]) && n == Integer.parseInt(arm[13]),
                "the seeds give the case, the same runs lost in both: " + String.join(",", arm));
        String mark = "(" + n + " of 12 runs)";
        assertEquals(2, r.out().lines().filter(l -> l.contains("Tiny.mean_salary_end") && l.contains(mark)).count(), r.out());
        assertTrue(r.out().contains("(n of R runs): the metric is undefined in the other runs"), r.out());
        assertFalse(r.out().contains("pairs)"), r.out());
        String quits = r.out().lines().filter(l -> l.contains("Keeper.quits") && l.contains("[")).findFirst().orElseThrow();
        assertFalse(quits.contains("runs)"), "a metric every run has is not marked: " + quits);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains(mark) && html.contains("(n of R runs): the metric is undefined in the other runs"), "the report's table and note");
    }

    /** The report marks a difference that is the same in both of two pairs of varying values, as the table does. */
    @Test
    void theReportMarksADifferenceWithNoSpread(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        Cli r = Cli.run("compare", ReportTest.META.toString(), "--arm", "none:labs[Meta].retention=none", "-r", "2", "--out",
                out.toString(), "-q", "--metrics", "Anthropic.headcount_end,Meta.poached_out,Meta.headcount_start");
        assertEquals(0, r.exit(), r.err());
        String row = r.out().lines().filter(l -> l.contains("Anthropic.headcount_end") && l.contains("vs") == false && l.startsWith("none")).findFirst()
                .orElseThrow();
        assertTrue(row.contains("+7 [+7, +7] (no spread)"), "these seeds give the case: " + r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("+7 [+7, +7] (no spread)") && html.contains("(no spread): every pair of runs differs by the same"
                + " amount"), "the report's table and note");
        assertFalse(html.contains("+0 [+0, +0] (no spread)") || html.contains("0 [0, 0] (no spread)"), "the same in every run is 'same'");
    }

    private static Path tinyLab(Path dir) throws java.io.IOException {
        Path file = dir.resolve("tiny-lab.yaml");
        Files.writeString(file, String.join("\n", "version: 1", "name: tiny-lab", "start: 2025-01", "months: 24", "seed: 3",
                "market:", "  offersEmployed: 1/year", "labs:",
                "  - {name: Keeper, prestige: 0.6, retention: match, teams: [{name: R, focus: research, headcount: 300}]}",
                "  - {name: Tiny, prestige: 0.1, retention: none, teams: [{name: R, focus: research, headcount: 1, target: 0}]}",
                "  - name: Raider", "    prestige: 0.7", "    budget: 900M", "    offer: {name: premium, premium: 0.3}",
                "    teams: [{name: R, focus: research, headcount: 200, target: 600}]", "pool:", "  size: 100", ""));
        return file;
    }
}
