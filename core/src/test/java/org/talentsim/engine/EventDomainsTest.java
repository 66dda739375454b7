package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.LabRow;
import org.talentsim.model.Limits;

/**
 * Budget and capability changes keep a run's numbers in the domains a file accepts: two
 * capability jumps of 1e300 gave an infinite capability (empty cells, morale 0 for every lab),
 * and a budget change could write a 300-digit budget. Factors are now at most 100, deltas within
 * the largest budget or capability, and a change that would pass the largest is capped there.
 */
class EventDomainsTest {
    @Test
    void repeatedChangesAreCappedAtTheLargestBudgetAndCapability() {
        String yaml = "version: 1\nname: t\nmonths: 5\nlabs:\n  - name: A\n    capability: 10000\n    budget: 900000000000000\n"
                + "    teams:\n      - {name: R, focus: research, headcount: 30}\n  - name: B\n    teams:\n"
                + "      - {name: Q, focus: research, headcount: 30}\nevents:\n"
                + "  - {date: 2025-02, type: capabilityJump, lab: A, factor: 100}\n"
                + "  - {date: 2025-03, type: capabilityJump, lab: A, factor: 100}\n"
                + "  - {date: 2025-02, type: budgetChange, lab: A, factor: 100}\n"
                + "  - {date: 2025-03, type: budgetChange, lab: B, factor: 100, delta: 999999B}\n";
        RunResult r = Talentsim.defaults().run(ScenarioFiles.parse(yaml, "t.yaml"));
        for (LabRow row : r.labs()) {
            assertTrue(Double.isFinite(row.capability()) && row.capability() <= Limits.MAX_CAPABILITY, row.toString());
            assertTrue(row.meanMorale() > 0, "morale stays meaningful: " + row);
        }
        LabRow a2 = r.labRows("A").get(1);
        assertEquals(Limits.MAX_BUDGET, a2.budget(), "900T x 100 capped at the largest budget");
        // capped at the event, then moved by the month's production toward what its people make
        assertTrue(r.labRows("A").get(2).capability() > 0.9 * Limits.MAX_CAPABILITY, r.labRows("A").get(2).toString());
        assertTrue(Double.isInfinite(r.labRows("B").get(3).budget()), "a lab without a budget keeps none");
    }

    /** An acqui-hire adds its people's pay to the buyer's budget within the largest budget (it went past it: an adversarial review). */
    @Test
    void anAcquiHireKeepsTheBudgetWithinTheLargest() {
        String yaml = "version: 1\nname: ahb\nmonths: 3\nlabs:\n  - name: Buyer\n    budget: 1e15\n    teams:\n"
                + "      - {name: R, focus: research, headcount: 10}\n  - name: Seller\n    teams:\n"
                + "      - {name: S, focus: research, headcount: 10}\nevents:\n"
                + "  - {date: 2025-02, type: acquiHire, lab: Buyer, team: R, fromLab: Seller, fromTeam: S, price: 1M}\n";
        RunResult r = Talentsim.defaults().run(ScenarioFiles.parse(yaml, "ahb.yaml"));
        assertTrue(r.labRows("Buyer").get(1).acquiredIn() > 0, "the deal happened");
        for (LabRow row : r.labRows("Buyer")) {
            assertEquals(Limits.MAX_BUDGET, row.budget(), row.toString());
        }
        // below the largest, the pay is added as before
        RunResult under = Talentsim.defaults().run(ScenarioFiles.parse(yaml.replace("budget: 1e15", "budget: 1e9"), "ahb.yaml"));
        assertTrue(under.labRows("Buyer").get(1).budget() > 1e9, under.labRows("Buyer").get(1).toString());
    }
}
