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
 * {@code --ratio} end to end (a strategist's review: the cost of each researcher kept was a sum by
 * hand, without an interval): the table, ratios.csv and the report's table say the same figures; an
 * experiment file's ratios are replaced by --ratio and a finished folder gives them without running;
 * a slip is one line and exit 2.
 */
class RatioCliTest {
    private static final String RATIO = "Keeper.spend per Keeper.headcount_end";

    @Test
    void compareReportsEachArmsIncrementalRatioInTheTableTheFileAndTheReport(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c");
        Cli r = Cli.run("compare", ExperimentCliTest.RETENTION, "--arm", "none:labs[Keeper].retention=none", "-r", "5", "--months",
                "4", "--metrics", "Keeper.spend,Keeper.headcount_end", "--ratio", RATIO, "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("ratios.csv"));
        assertEquals(3, csv.size(), String.join("\n", csv));
        String[] none = csv.get(2).split(",", -1);
        assertEquals("none", none[0]);
        assertEquals(RATIO, none[1]);
        String inc = ExperimentTables.signed(Double.parseDouble(none[13])) + " [" + ExperimentTables.signed(Double.parseDouble(none[14]))
                + ", " + ExperimentTables.signed(Double.parseDouble(none[15])) + "]";
        String row = r.out().lines().filter(l -> l.trim().startsWith("none ") && l.contains(" / ")).findFirst().orElseThrow();
        assertTrue(row.contains(inc), row + " | " + inc);
        assertTrue(r.out().contains("\nratio  "), r.out());
        assertTrue(r.out().contains("Fieller's 95% intervals"), r.out());
        assertTrue(r.out().contains("ratios.csv"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2 id=\"ratios\">Ratios</h2>"), "the report's section");
        assertTrue(html.contains(inc), "the report's figure " + inc);

        // the folder's spec keeps the ratio; experiment --ratio replaces it, and --resume runs nothing
        assertTrue(Files.readString(out.resolve("experiment.yaml")).contains("\nratios:\n  - '" + RATIO + "'\n"));
        Cli other = Cli.run("experiment", out.resolve("experiment.yaml").toString(), "--ratio", "Keeper.spend per Keeper.hires",
                "--resume", "--out", out.toString(), "-q");
        assertEquals(0, other.exit(), other.err());
        assertTrue(other.out().contains("10 runs, seed 3, 10 resumed"), other.out());
        assertTrue(Files.readString(out.resolve("ratios.csv")).contains(",Keeper.spend per Keeper.hires,"));
        assertFalse(Files.readString(out.resolve("ratios.csv")).contains(RATIO));
    }

    @Test
    void aSlipIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        Cli r = Cli.run("replicate", ExperimentCliTest.RETENTION, "-r", "2", "--months", "2", "--ratio", "Keeper.spend/Keeper.hires",
                "--out", dir.resolve("x").toString(), "-q");
        assertEquals(2, r.exit());
        assertEquals("ratio 'Keeper.spend/Keeper.hires': write it NUMERATOR per DENOMINATOR, two metrics' names, e.g."
                + " 'Meta.spend per Meta.headcount_end'", r.err().strip());
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");
        Cli ok = Cli.run("check", writeFile(dir, "ratios: [Keeper.spend per Keeper.hires, Keeper.spend per Leaker.hires]\n").toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("1 cell x 2 replications = 2 runs, 2 ratios; run it with"), ok.out());
        Cli check = Cli.run("check", writeFile(dir, "ratios: [Keeper.spend per Keeper.hirez]\n").toString());
        assertEquals(2, check.exit());
        assertTrue(check.err().contains(":5:10: ratios[0]: ratio 'Keeper.spend per Keeper.hirez': unknown metric 'Keeper.hirez'"
                + " (did you mean 'Keeper.hires'?"), check.err());
    }

    /**
     * A ratio over only some runs says so, and so does one over none or one (a strategist's review:
     * a ratio over 16 of 20 runs looked like one over all, "-" gave the wrong reason, -r 1 showed a
     * bare number under "[95% CI]"); a ratio below a thousandth is in one format down its column.
     */
    @Test
    void aRatioOverSomeRunsOrNoneOrOneSaysSo(@TempDir Path dir) throws Exception {
        // a lab of two that ends empty in some runs: its mean pay is then undefined
        String text = Files.readString(Path.of(ExperimentCliTest.RETENTION));
        Path tiny = dir.resolve("tiny.yaml");
        Files.writeString(tiny, text.replace("\npool:\n", "\n  - name: Tiny\n    prestige: 0.3\n    retention: none\n    teams:\n"
                + "      - {name: Core, focus: research, headcount: 2}\n\npool:\n"));
        Path out = dir.resolve("t");
        Cli r = Cli.run("compare", tiny.toString(), "--arm", "hi:labs[Tiny].prestige=0.5", "-r", "20", "--metrics", "Tiny.spend",
                "--ratio", "Tiny.spend per Tiny.mean_salary_end", "--ratio", "Keeper.leaving_vested_out per Keeper.spend", "--ratio",
                "Keeper.headcount_start per Keeper.spend", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("ratios.csv"));
        String[] base = csv.get(1).split(",", -1);
        int n = Integer.parseInt(base[9]);
        assertTrue(n < 20, "Tiny ends empty in some runs: " + csv.get(1));
        assertTrue(r.out().contains(" (" + n + " of 20 runs)"), r.out());
        assertTrue(r.out().contains("(k of R runs), (k pairs): A or B is undefined in some runs"), r.out());
        assertTrue(r.out().contains("-: no run in which both A and B have a value."), "leaving_vested_out is undefined in every run: " + r.out());
        assertFalse(r.out().contains("B's mean (difference) is 0"), "not the reason here");
        // 9.5e-07 beside 0.0000011 in one column: one format
        String small = r.out().lines().filter(l -> l.startsWith("Keeper.headcount_start per Keeper.spend")).findFirst().orElseThrow();
        assertTrue(small.matches(".*\\d\\.\\d{3}e-07 \\[\\d\\.\\d{3}e-07, \\d\\.\\d{3}e-07\\].*"), small);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("n (pairs) below the 20 replications"), "the report says it too");
        assertTrue(html.contains("\u2013: no ratio (B&#39;s mean or difference is 0, or no run has both values).")
                || html.contains("\u2013: no ratio (B's mean or difference is 0, or no run has both values)."), "and what '–' is");

        Cli one = Cli.run("compare", ExperimentCliTest.RETENTION, "--arm", "none:labs[Keeper].retention=none", "-r", "1", "--months",
                "2", "--ratio", RATIO, "--out", dir.resolve("one").toString(), "-q");
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().contains("(1 run), (1 pair): one gives no interval; run more replications (-r)."), one.out());
        assertTrue(one.out().lines().anyMatch(l -> l.contains("baseline") && l.trim().endsWith("(1 run)")), one.out());
    }

    /** The report checks ratios.csv against the spec: missing, cut short or of other ratios, it is refused (a review). */
    @Test
    void aReportRefusesARatiosFileThatIsNotTheSpecs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c");
        assertEquals(0, Cli.run("compare", ExperimentCliTest.RETENTION, "--arm", "none:labs[Keeper].retention=none", "-r", "3", "--months",
                "2", "--ratio", RATIO, "--out", out.toString(), "-q", "--no-report").exit());
        List<String> rows = Files.readAllLines(out.resolve("ratios.csv"));
        Files.write(out.resolve("ratios.csv"), rows.subList(0, 2));
        Cli cut = Cli.run("report", out.toString());
        assertEquals(2, cut.exit());
        assertEquals("report: " + out.resolve("ratios.csv") + ": 1 rows, where 2 cells x 1 ratios need 2", cut.err().strip());
        Files.write(out.resolve("ratios.csv"), List.of(rows.get(0), rows.get(1).replace(RATIO, "Keeper.spend per Keeper.hires"), rows.get(2)));
        Cli other = Cli.run("report", out.toString());
        assertEquals(2, other.exit());
        assertTrue(other.err().contains("ratios.csv line 2, column ratio: ratio 'Keeper.spend per Keeper.hires' is not one of"
                + " experiment.yaml's ratios (" + RATIO + ")"), other.err());
        Files.delete(out.resolve("ratios.csv"));
        Cli missing = Cli.run("report", out.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("ratios.csv: missing (experiment.yaml asks for ratios)"), missing.err());
        assertFalse(Files.exists(out.resolve("report.html")), "no report drawn");
    }

    private static Path writeFile(Path dir, String tail) throws Exception {
        Path f = dir.resolve("e.yaml");
        Files.writeString(f, "version: 1\nscenario: " + Path.of(ExperimentCliTest.RETENTION).toAbsolutePath() + "\nreplications: 2\n"
                + "overrides: [months=2]\n" + tail);
        return f;
    }
}
