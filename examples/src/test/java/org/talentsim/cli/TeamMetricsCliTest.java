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
 * A team's metrics from the command line (a strategist comparing a raise of the elite team's pay
 * level could see only Meta's totals): named with --metrics, in the table, comparison.csv and
 * the report, whose forest plot stars the rows that stay apart after Holm's adjustment; a team
 * misspelt is one line and exit 2.
 */
class TeamMetricsCliTest {
    @Test
    void aTeamsMetricsAreComparedWhenNamed(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c");
        Cli r = Cli.run("compare", ReportTest.META.toString(), "--arm", "pay6:events[tbd-spree].payLevel=6", "-r", "3",
                "--months", "14", "--metrics", "Meta/TBD Lab.mean_salary_end,Meta/*.headcount_end", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        for (String m : List.of("Meta/TBD Lab.mean_salary_end", "Meta/FAIR.headcount_end", "Meta/TBD Lab.headcount_end")) {
            assertTrue(r.out().contains(m), m + " in the table: " + r.out());
        }
        List<String> comparison = Files.readAllLines(out.resolve("comparison.csv"));
        assertEquals(1 + 2 * 5, comparison.size(), "5 metrics (a name and 4 teams' headcounts), 2 arms");
        String pay = comparison.stream().filter(l -> l.startsWith("pay6,Meta/TBD Lab.mean_salary_end,")).findFirst().orElseThrow();
        double diff = Double.parseDouble(pay.split(",")[5]);
        assertTrue(diff > 0, "a higher pay level pays the team more: " + pay);
        // runs.csv has every team's metrics, reported or not
        String header = Files.readAllLines(out.resolve("runs.csv")).get(0);
        assertTrue(header.contains(",Meta/Infra.retention,"), header);
        assertFalse(header.contains("DeepSeek/"), "a lab of one team has none");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Meta/TBD Lab.mean_salary_end *"), "starred in the forest plot: p (Holm) below 0.05");
        assertTrue(html.contains("* marks"), "and the caption says what the star means");

        Cli typo = Cli.run("compare", ReportTest.META.toString(), "--arm", "pay6:events[tbd-spree].payLevel=6", "-r", "2",
                "--months", "2", "--metrics", "Meta/TBD.hires", "--out", dir.resolve("t").toString(), "-q");
        assertEquals(2, typo.exit(), typo.err());
        assertTrue(typo.err().contains("unknown metric 'Meta/TBD.hires': lab 'Meta' has no team 'TBD' (did you mean"
                + " 'Meta/TBD Lab.hires'?)"), typo.err());
    }
}
