package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison's and a sweep's page say in plain words, under their headline, what a paired
 * difference, its interval and "beyond chance" (p, Holm) are, and link to what the metrics' kinds
 * mean: they were explained only under tables of tens of rows, the kinds at the page's end (a
 * student's review).
 */
class HowToReadTest {
    @Test
    void comparisonAndSweepPagesSayHowToReadThem(@TempDir Path dir) throws Exception {
        Cli c = Cli.run("compare", "scenarios/retention.yaml", "--months", "4", "--arm", "B:labs[Keeper].retention.upTo=0.8", "-r", "3",
                "--out", dir.resolve("c").toString(), "-q");
        assertEquals(0, c.exit(), c.err());
        Cli s = Cli.run("sweep", "scenarios/retention.yaml", "--months", "4", "--vary", "labs[Raider].budget=10M,50M,300M", "-r", "3",
                "--out", dir.resolve("s").toString(), "-q");
        assertEquals(0, s.exit(), s.err());
        for (String[] page : new String[][] {{"c", "Each arm ran on the same seeds as the baseline"},
            {"s", "Each cell ran on the same seeds as the first cell"}}) {
            String html = Files.readString(dir.resolve(page[0]).resolve("report.html")).replace("&#39;", "'").replace("&quot;", "\"");
            int at = html.indexOf("<b>How to read it.</b> " + page[1]);
            assertTrue(at > 0, page[0]);
            // under the headline, before the first chart or table
            assertTrue(at < html.indexOf("<figure") && at < html.indexOf("<table"), page[0]);
            assertTrue(html.contains("\"Beyond chance\" means p (Holm) below 0.05") && html.contains("<a href=\"#words\">"), page[0]);
            assertEquals(1, html.split("id=\"words\"", -1).length - 1, page[0] + ": the link's target, once");
            // the units under the table, on the page and the terminal (a strategist's review: payroll a year beside spend over the run)
            assertTrue(html.contains("Units: ") && html.contains("researchers over the run: "), page[0]);
            assertTrue((page[0].equals("c") ? c : s).out().contains("\nUnits: "), page[0]);
            // an interval that leaves out 0 beside a p (Holm) above 0.05 read as a contradiction (a strategist's review)
            assertTrue(html.contains("an interval is of its metric alone, so one that leaves out 0 may stand beside a p (Holm)"
                    + " above 0.05"), page[0]);
        }
    }

    /** A baseline that --set changed is not "the scenario as it is" (every run had the override: a strategist's review). */
    @Test
    void aBaselineOfOverridesIsNotTheScenarioAsItIs(@TempDir Path dir) throws Exception {
        Cli c = Cli.run("compare", "scenarios/retention.yaml", "--months", "3", "--set", "labs[Keeper].retention=none", "--arm",
                "stars:labs[Keeper].retention=stars", "-r", "2", "--out", dir.toString(), "-q");
        assertEquals(0, c.exit(), c.err());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("baseline (the scenario with the overrides above, as every arm)"), html);
        assertTrue(!html.contains("the scenario as it is"), "said nowhere on the page");
    }
}
