package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether a run's pay is in dollars or in the scenario's own units (bm1's axes said "$0.91 USD per year"). */
class PayUnitsTest {
    @Test
    void theScenariosPayScaleTellsAndElseThePayItself() {
        Map<String, Map<String, double[]>> small = Map.of("L", Map.of("mean_salary", new double[] {0.9, Double.NaN, 0.95}));
        Map<String, Map<String, double[]>> dollars = Map.of("L", Map.of("mean_salary", new double[] {450_000}));
        assertTrue(RunReport.modelUnits(1, dollars), "a scale of 1");
        assertTrue(RunReport.modelUnits(300, dollars), "pay in thousands");
        assertFalse(RunReport.modelUnits(300_000, small), "the scale says dollars");
        // the scenario unknown (its file changed since the run): the pay itself tells
        assertTrue(RunReport.modelUnits(Double.NaN, small));
        assertFalse(RunReport.modelUnits(Double.NaN, dollars));
        assertFalse(RunReport.modelUnits(Double.NaN, Map.of()), "no pay at all: dollars, as the format says");
    }
}
