package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A metric an arm brings to 0 in every run (its counter-offers, when it makes none) is what the arm
 * sets, not a finding (a student's review: "countered -100%" led the answer to "does countering
 * pay?" and stretched the forest plot's axis until spend and headcount sat on its zero line): out
 * of the plot and the headline's largest, said apart in both.
 */
class ArmSetsToZeroTest {
    @Test
    void itIsSaidApartNotDrawn(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c");
        Cli r = Cli.run("compare", ExperimentCliTest.RETENTION, "--arm", "none:labs[Keeper].retention=none", "-r", "4", "--months",
                "4", "--metrics", "Keeper.countered,Keeper.poached_out,Keeper.spend", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String countered = Files.readAllLines(out.resolve("comparison.csv")).stream().filter(l -> l.startsWith("none,Keeper.countered,"))
                .findFirst().orElseThrow();
        assertTrue(countered.startsWith("none,Keeper.countered,0,0,0,-"), countered);
        String html = Files.readString(out.resolve("report.html"));
        String forest = html.substring(html.indexOf("id=\"fig-forest\""), html.indexOf("</figure>", html.indexOf("id=\"fig-forest\"")));
        assertFalse(forest.contains("Keeper.countered"), "not a row of the plot");
        assertTrue(forest.contains("Keeper.poached_out"), "the rest are");
        assertTrue(html.contains("Not in the plot, 0 in every run of the arm (\u2212100%, a bar that would flatten the rest): none:"
                + " Keeper.countered -"), html.substring(html.indexOf("Not in the plot")));
        assertTrue(html.contains("(Keeper.countered is 0 in every run of none: no counter-offers)"), "the headline says it apart");
        String headline = html.substring(html.indexOf("In short"), html.indexOf("</", html.indexOf("In short")));
        assertFalse(headline.contains("Keeper.countered -"), "not among the largest differences: " + headline);
        // the arm and the metrics in words ("none" and "retention" were undefined: a student's review)
        assertTrue(html.contains("none: labs[Keeper].retention=none (Keeper makes no counter-offers)"), "the arms' row");
        assertTrue(html.contains("<li><b>countered</b>: outside offers the lab countered, keeping the researcher</li>")
                && html.contains("<li><b>spend</b>: money spent over the run"), "what the metrics shown mean");
        assertFalse(html.contains("<li><b>retention</b>"), "only the kinds shown");
        // the master seed is no run's seed (a student took a run of seed 2026 for the baseline's)
        assertTrue(html.contains("each replication runs on a seed of its own made from it, the same in every arm, listed in"
                + " runs.csv; a talentsim run of seed 3 is none of them, so its figures differ from these"), "the seed's row");
    }
}
