package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the morale captions explain a mean that rises in a layoff's month (RunReport.jump). */
class LayoffNoteTest {
    private static final double[] LAYOFF_IN_4 = {0, 0, 0, 600, 0, 0, 0};

    @Test
    void aJumpInTheLayoffsMonthIsExplainedAndATrendIsNot() {
        assertEquals(3, RunReport.jump(new double[] {0.50, 0.505, 0.508, 0.645, 0.55, 0.49, 0.46}, LAYOFF_IN_4, null));
        // laid off at random: the month continues the trend (a reviewer's case)
        assertEquals(-1, RunReport.jump(new double[] {0.500, 0.506, 0.508, 0.514, 0.44, 0.41, 0.39}, LAYOFF_IN_4, null));
        // a rise no larger than the months without layoffs move
        assertEquals(-1, RunReport.jump(new double[] {0.40, 0.44, 0.40, 0.44, 0.40, 0.44, 0.40}, LAYOFF_IN_4, null));
        // no layoff: nothing to explain
        assertEquals(-1, RunReport.jump(new double[] {0.50, 0.50, 0.50, 0.70, 0.50, 0.50, 0.50}, new double[7], null));
    }

    @Test
    void aTeamTheLayoffSparedIsNotExplainedByIt() {
        double[] jump = {0.50, 0.505, 0.508, 0.645, 0.55, 0.49, 0.46};
        double[] cut = {100, 100, 100, 60, 60, 60, 60};
        double[] spared = {10, 12, 14, 16, 18, 20, 22};   // TBD Lab, hiring through October
        String[] dates = {"2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07"};
        assertEquals(" FAIR's mean rose from 0.51 to 0.65 in 2025-04, the month of a layoff, and was 0.55 the month after: no good news."
                + " Those let go had lower morale than those kept (the mean is over the employed; the least productive go first by"
                + " default), and the layoff's shock lowers the survivors' morale from the next month.",
                RunReport.teamLayoffNote(LAYOFF_IN_4, Map.of("FAIR", Map.of("mean_morale", jump, "headcount", cut)), List.of("FAIR"), dates));
        assertEquals("", RunReport.teamLayoffNote(LAYOFF_IN_4, Map.of("TBD Lab", Map.of("mean_morale", jump, "headcount", spared)),
                List.of("TBD Lab"), dates));
        // the first in the chart's order is named, the others counted
        Map<String, Map<String, double[]>> three = Map.of("TBD Lab", Map.of("mean_morale", jump, "headcount", spared),
                "FAIR", Map.of("mean_morale", jump, "headcount", cut), "Infra", Map.of("mean_morale", jump, "headcount", cut),
                "Products", Map.of("mean_morale", jump, "headcount", cut));
        String note = RunReport.teamLayoffNote(LAYOFF_IN_4, three, List.of("TBD Lab", "Infra", "FAIR", "Products"), dates);
        assertTrue(note.startsWith(" Infra's mean rose from 0.51 to 0.65 in 2025-04, the month of a layoff, and was 0.55 the month after"
                + " (2 other teams' means jumped in a layoff's month too): no good news."), note);
        // a jump in the last month has no month after to name
        assertTrue(RunReport.layoffMonthNote("BigCo", new double[] {0.5, 0.6}, 1, new String[] {"2025-01", "2025-02"}, 0, "lab")
                .startsWith(" BigCo's mean rose from 0.50 to 0.60 in 2025-02, the month of a layoff: no good news."));
    }
}
