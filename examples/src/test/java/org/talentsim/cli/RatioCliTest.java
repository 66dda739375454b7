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
        String inc = ExperimentTables.signed(Double.parseDouble(none[11])) + " [" + ExperimentTables.signed(Double.parseDouble(none[12]))
                + ", " + ExperimentTables.signed(Double.parseDouble(none[13])) + "]";
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

    private static Path writeFile(Path dir, String tail) throws Exception {
        Path f = dir.resolve("e.yaml");
        Files.writeString(f, "version: 1\nscenario: " + Path.of(ExperimentCliTest.RETENTION).toAbsolutePath() + "\nreplications: 2\n"
                + "overrides: [months=2]\n" + tail);
        return f;
    }
}
