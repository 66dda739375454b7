package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The units under an experiment's table: an annual payroll at the end and a spend summed over the
 * run, side by side with no unit, read as a contradiction (a strategist's review).
 */
class MetricUnitsTest {
    @Test
    void eachKindOnceByItsUnit() {
        assertEquals("Units: USD a year, at the run's end: payroll_end, mean_salary_end; USD summed over the run: spend;"
                + " researchers over the run: quits, market.flow.A>B; USD, a balance at the run's end: unvested_end; a share"
                + " (0.9 = 90%): retention; researchers, at the run's start or end: headcount_end.",
                MetricUnits.line(List.of("A.payroll_end", "B.payroll_end", "A.spend", "A/R.quits", "A.mean_salary_end",
                        "A.unvested_end", "A.retention", "A/R.headcount_end", "market.flow.A>B", "market.flow.B>A")));
        assertNull(MetricUnits.line(List.of("my.own_metric")), "an experiment's own metric has no known unit");
        assertEquals("Units: the scenario's units a year, at the run's end: payroll_end; the scenario's units, a balance at the"
                + " run's end: unvested_end; a share (0.9 = 90%): retention.",
                MetricUnits.line(List.of("A.payroll_end", "A.unvested_end", "A.retention"), true));
    }
}
