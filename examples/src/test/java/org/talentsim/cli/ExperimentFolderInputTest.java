package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report DIR} on an experiment's folder with a file missing names it, as for a run's. */
class ExperimentFolderInputTest {
    /**
     * A comparison of three arms without its comparison.csv was drawn as "One arm only: there is
     * no other arm to compare it with", exit 0 (a reliability review).
     */
    @Test
    void aComparisonWithoutItsComparisonFileIsRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        Cli c = Cli.run("compare", "scenarios/bm1.yaml", "--months", "1", "-r", "2", "--arm", "a:market.separation=0.04/month",
                "--arm", "b:market.separation=0.03/month", "--out", out.toString(), "--no-report");
        assertEquals(0, c.exit(), c.err());
        Files.delete(out.resolve("comparison.csv"));
        Cli r = Cli.run("report", out.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(out.resolve("comparison.csv") + ": missing"), r.err());
        assertFalse(Files.exists(out.resolve("report.html")), "no report from bad input");
    }

    /** A folder that is not there is said to be missing, not "not a folder" (a reliability review); a file is not a folder. */
    @Test
    void aMissingFolderIsSaidToBeMissing(@TempDir Path dir) throws Exception {
        Cli none = Cli.run("report", dir.resolve("nonexistent").toString());
        assertEquals(Main.BAD_INPUT, none.exit());
        assertEquals(dir.resolve("nonexistent") + ": no such folder\n", none.err());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli notDir = Cli.run("report", file.toString());
        assertEquals(Main.BAD_INPUT, notDir.exit());
        assertEquals(file + ": not a folder\n", notDir.err());
        // a scenario file: what report takes, and how to run it (a student's try)
        Path scenario = Files.writeString(dir.resolve("my-market.yaml"), "version: 1\n");
        Cli yaml = Cli.run("report", scenario.toString());
        assertEquals(Main.BAD_INPUT, yaml.exit());
        assertEquals(scenario + ": not a folder: report draws the page of a result folder; this file's run is talentsim run "
                + scenario + ", which writes out/my-market/report.html\n", yaml.err());
    }

    /** With one replication the page says so in the singular and marks each difference "(1 pair)", as the terminal does. */
    @Test
    void aComparisonOfOneReplicationSaysOnePair(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("one");
        Cli c = Cli.run("compare", "scenarios/bm1.yaml", "--months", "2", "-r", "1", "--arm", "a:market.separation=0.04/month",
                "--out", out.toString());
        assertEquals(0, c.exit(), c.err());
        // with the one pair's difference (the table showed "(1 pair)" alone: a strategist's review)
        assertTrue(c.out().lines().anyMatch(l -> l.matches("a +L01\\.headcount_end +\\d+ +[-+]?\\d+ \\(1 pair\\)")), c.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("2 arms \u00d7 1 replication = 2 runs"), "singular");
        assertTrue(java.util.regex.Pattern.compile("<td class=\"n\">[-+]?\\d+ \\(1 pair\\)</td>").matcher(html).find(),
                "the page marks it as the terminal does");
        // the difference is the arm's one run less the baseline's
        java.util.List<String[]> rows = ReportTest.csv(out.resolve("summary.csv"));
        java.util.Map<String, Double> mean = new java.util.HashMap<>();
        for (String[] v : rows.subList(1, rows.size())) {
            if (!v[2].isEmpty()) {
                mean.put(v[0] + "/" + v[1], Double.parseDouble(v[2]));
            }
        }
        String l01 = c.out().lines().filter(l -> l.startsWith("a ") && l.contains("L01.headcount_end")).findFirst().orElseThrow();
        double said = Double.parseDouble(l01.replaceAll(".* ([-+]?\\d+) \\(1 pair\\)$", "$1"));
        assertEquals(mean.get("a/L01.headcount_end") - mean.get("baseline/L01.headcount_end"), said, 1e-9, l01);
        assertFalse(html.contains("\u2013 [\u2013, \u2013]"), "no row of dashes left unexplained");
    }

    /** One of a kind is said in the singular ("1 replications", "1 months": a reliability review). */
    @Test
    void oneIsSaidInTheSingular(@TempDir Path dir) throws Exception {
        Path exp = Files.writeString(dir.resolve("one.yaml"), "version: 1\nscenario: "
                + Path.of("scenarios/bm1.yaml").toAbsolutePath() + "\nreplications: 1\n");
        Cli c = Cli.run("check", exp.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("1 cell x 1 replication = 1 run;"), c.out());
        Cli r = Cli.run("run", "scenarios/bm1.yaml", "--months", "1", "--out", dir.resolve("r").toString(), "--no-report");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("bm1: 1 month from 2000-01"), r.out());
    }
}
