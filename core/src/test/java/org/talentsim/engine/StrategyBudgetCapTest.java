package org.talentsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentsim.metrics.History;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.Metrics;
import org.talentsim.model.Focus;
import org.talentsim.model.Limits;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Scenario;

/**
 * A strategy's budget stays within the domain a file accepts (at most 1e15 USD a year), as an
 * event's budget change does: a gap-response of budgetCap 100 from 1e15, far behind the leader,
 * grew it to 1e17 without a word (found by an adversarial review).
 */
class StrategyBudgetCapTest {
    @Test
    void aStrategyDoesNotRaiseABudgetBeyondTheLargest() {
        Scenario s = Scenario.builder("rich").seed(4).months(36)
                .lab("Leader", l -> l.capability(1000).team("R", Focus.RESEARCH, 200, t -> { }))
                .lab("Behind", l -> l.capability(10).budget(Limits.MAX_BUDGET)
                        .strategy(PolicySpec.of("gap-response", "budgetCap", 100.0)).team("R", Focus.RESEARCH, 20, t -> { }))
                .build();
        History h = new History();
        try (Simulation sim = Simulation.builder(s).observer(new Metrics(h)).build()) {
            sim.run();
        }
        double most = h.labs().stream().filter(r -> r.lab().equals("Behind")).mapToDouble(LabRow::budget).max().orElseThrow();
        assertEquals(Limits.MAX_BUDGET, most, 0, "capped at the largest budget, not beyond");
        assertTrue(h.labs().stream().filter(r -> r.lab().equals("Behind")).allMatch(r -> r.budget() <= Limits.MAX_BUDGET));
        // the strategy's other half, the offer premium, is in the rows (labs.csv's offer_premium): up a step a month to its most
        List<Double> premium = h.labs().stream().filter(r -> r.lab().equals("Behind")).map(LabRow::offerPremium).toList();
        assertEquals(0.05, premium.get(0), 1e-12, "a step of 0.05 in the first month");
        assertEquals(1.0, premium.get(premium.size() - 1), 1e-12, "up to maxPremium, 1 by default");
        assertTrue(h.labs().stream().filter(r -> r.lab().equals("Leader")).allMatch(r -> r.offerPremium() == 0), "the leader's none");
    }
}
