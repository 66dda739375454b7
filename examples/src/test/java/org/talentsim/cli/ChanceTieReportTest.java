package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over two replications, two counts often differ alike by chance: the paired t-test's p is then
 * 0 ({@code no_spread} TRUE in comparison.csv), and the report headlined the arm "beyond chance"
 * with a star on the forest plot ("Keeper.quits -1 (-11%)": a strategist's review, 4 of 8 seeds).
 * Over every seed tried, such a row gets no star and is named apart as not counted, while
 * comparison.csv keeps its p as documented.
 */
class ChanceTieReportTest {
    static final Path RETENTION = Path.of("scenarios/retention.yaml");

    @Test
    void aTieOverTwoPairsIsNeitherStarredNorHeadlined(@TempDir Path dir) throws IOException {
        int ties = 0;
        int shown = 0;
        for (int seed = 1; seed <= 8; seed++) {
            Path out = dir.resolve("s" + seed);
            Cli r = Cli.run("compare", RETENTION.toString(), "--set", "months=6", "--set", "labs[Keeper].teams[Research].headcount=60",
                    "--set", "labs[Leaker].teams[Research].headcount=60", "--set", "labs[Raider].teams[Research].headcount=30",
                    "--set", "pool.size=20", "--arm", "x:labs[Keeper].retention=none", "-r", "2", "--seed", String.valueOf(seed),
                    "--out", out.toString());
            assertEquals(0, r.exit(), r.err());
            assertFalse(r.out().lines().anyMatch(l -> l.contains("(no spread)") && l.contains("<0.001")), r.out());
            String html = Files.readString(out.resolve("report.html"));
            Map<String, ReportTest.Fig> figs = ReportTest.figures(html);
            List<String[]> rows = ReportTest.csv(out.resolve("comparison.csv"));
            List<String> head = List.of(rows.get(0));
            for (String[] v : rows.subList(1, rows.size())) {
                if (!v[head.indexOf("no_spread")].equals("TRUE")) {
                    continue;
                }
                String metric = v[head.indexOf("metric")];
                assertEquals("2", v[head.indexOf("pairs")]);
                assertEquals(0.0, Double.parseDouble(v[head.indexOf("p")]), "comparison.csv keeps the t-test's p: " + metric);
                if (!v[head.indexOf("p_holm")].isEmpty()) {
                    // tested: only an exact shift, the arm's value the same in every run (and the baseline's)
                    assertEquals(v[head.indexOf("ci_low")], v[head.indexOf("ci_high")], "seed " + seed + ": " + metric);
                    continue;
                }
                // a tie over two pairs is no test: no p_holm, no "<0.001" in the table (it had both: a
                // strategist's review), and it is named apart on the page
                ties++;
                java.util.Optional<String> line = r.out().lines().filter(l -> l.contains(" " + metric + " ")
                        && l.contains("(no spread)")).findFirst();
                if (line.isPresent()) {   // (the table shows a selection of the metrics)
                    shown++;
                    assertTrue(line.get().matches(".*\\(no spread\\)\\s+-\\s+.*"), line.get());
                }
                ReportTest.Fig forest = figs.get("forest");
                if (forest != null) {
                    assertFalse(forest.texts().contains("x: " + metric + " *"), "seed " + seed + ": " + forest.texts());
                }
                java.util.regex.Matcher lead = java.util.regex.Pattern.compile("<li>arm x (?:against baseline: |differs)([^<]*)</li>")
                        .matcher(html);
                assertTrue(lead.find(), "seed " + seed);
                String said = lead.group(1);
                int apart = said.indexOf("(not counted: ");
                assertTrue(apart >= 0 && said.substring(apart).contains(metric + " "), "seed " + seed + " names " + metric + " apart: "
                        + said);
                assertFalse(said.substring(0, apart).contains(metric + " "), "seed " + seed + ": " + said);
            }
        }
        assertTrue(ties >= 2, "ties over 8 seeds: " + ties);
        assertTrue(shown >= 1, "ties in the terminal's table over 8 seeds: " + shown);
    }

    /**
     * A sweep marks a difference with no spread "(no spread)" in its terminal table and its page's
     * paired table, with the note, as compare's tables do: they showed "+1B [+1B, +1B] <0.001" with
     * no mark while the headline left the row out (a re-check).
     */
    @Test
    void aSweepMarksADifferenceWithNoSpread(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sw");
        Cli r = Cli.run("sweep", "scenarios/acqui-hire.yaml", "-r", "2", "--vary", "events[0].price=14.3B,15.3B", "--metrics",
                "Frontier.*", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<String[]> rows = ReportTest.csv(out.resolve("differences.csv"));
        List<String> head = List.of(rows.get(0));
        List<String> flat = rows.subList(1, rows.size()).stream().filter(v -> v[head.indexOf("no_spread")].equals("TRUE"))
                .map(v -> v[head.indexOf("metric")]).toList();
        assertTrue(flat.contains("Frontier.spend"), "the case: the price adds 1B to the spend of every run, " + flat);
        for (String metric : flat) {
            assertTrue(r.out().lines().anyMatch(l -> l.contains(metric + " ") && l.contains("(no spread)")), metric + ":\n" + r.out());
        }
        assertTrue(r.out().contains("(no spread): every pair of runs differs by the same amount"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        List<List<String>> paired = ReportTest.table(html, "paired");
        for (String metric : flat) {
            assertTrue(paired.stream().anyMatch(row -> row.get(0).equals(metric) && row.get(2).endsWith("(no spread)")), metric
                    + ": " + paired);
        }
    }
}
