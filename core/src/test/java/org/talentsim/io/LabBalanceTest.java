package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.Summary;
import org.talentsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * labs.csv's counts add up row by row, and summary.json's over the run, in a market where a
 * founder leaves to found a lab, a team moves to another lab, an acqui-hire buys people and a
 * counter-offer keeps some: the change in a lab's headcount from one tick to the next is the
 * rows it gained less those it lost, every one in a column (a founding and a team moved left a gap
 * no column of labs.csv or summary.json explained: an economist's review). Over several seeds.
 */
class LabBalanceTest {
    static Scenario market(long seed) {
        return ScenarioFiles.parse(String.join("\n", "version: 1", "name: balance", "start: 2025-01", "months: 10", "seed: " + seed,
                "labs:",
                "  - name: A", "    retention: match", "    teams: [{name: A1, focus: research, headcount: 40}, {name: A2, focus: product, headcount: 25}]",
                "  - name: B", "    teams: [{name: B1, focus: research, headcount: 40}]",
                "  - name: C", "    teams: [{name: C1, focus: research, headcount: 15}]",
                "pool: {size: 30}",
                "events:",
                "  - {date: 2025-03, type: teamMove, lab: A, team: A2, toLab: B}",
                "  - {date: 2025-05, type: found, founder: {lab: B}, lab: {name: N, teams: [{name: N1, focus: research, headcount: 0}]}}",
                "  - {date: 2025-07, type: acquiHire, lab: A, team: A1, fromLab: C, fromTeam: C1, price: 100M}") + "\n", "balance.yaml");
    }

    @Test
    void theCountsAddUpRowByRowAndOverTheRun() {
        int moved = 0;
        int founders = 0;
        for (long seed = 1; seed <= 6; seed++) {
            RunResult r = Talentsim.defaults().run(market(seed));
            for (Summary.LabSummary l : r.summary().labs()) {
                int before = l.headcountStart();
                int[] sum = new int[5];
                for (LabRow row : r.labRows(l.lab())) {
                    int gained = row.hires() + row.poachedIn() + row.acquiredIn() + row.transfersIn() + row.foundersIn();
                    int lost = row.poachedOut() + row.acquiredOut() + row.transfersOut() + row.foundersOut() + row.quits()
                            + row.layoffs() + row.exits();
                    assertEquals(row.headcount() - before, gained - lost, "seed " + seed + ", " + row);
                    before = row.headcount();
                    sum[0] += row.transfersIn();
                    sum[1] += row.transfersOut();
                    sum[2] += row.foundersIn();
                    sum[3] += row.foundersOut();
                    sum[4] += row.countered();
                }
                assertEquals(l.headcountEnd(), before, l.lab());
                assertEquals(List.of(l.transfersIn(), l.transfersOut(), l.foundersIn(), l.foundersOut(), l.countered()),
                        List.of(sum[0], sum[1], sum[2], sum[3], sum[4]), "seed " + seed + ", " + l.lab());
                assertEquals(l.headcountEnd(), l.headcountStart() + l.hires() + l.poachedIn() + l.acquiredIn() + l.transfersIn()
                        + l.foundersIn() - l.poachedOut() - l.acquiredOut() - l.transfersOut() - l.foundersOut() - l.quits()
                        - l.layoffs() - l.exits(), "seed " + seed + ", " + l.lab());
            }
            moved += r.lab("B").transfersIn();
            founders += r.summary().labs().stream().anyMatch(l -> l.lab().equals("N")) ? r.lab("N").foundersIn() : 0;
        }
        assertTrue(moved >= 6 * 20, "the team moved in every run: " + moved);
        assertTrue(founders >= 3, "founded in most runs: " + founders);
    }
}
