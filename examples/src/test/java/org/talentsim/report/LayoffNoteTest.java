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
        assertEquals(" The mean of FAIR rose from 0.51 to 0.65 in 2025-04, the month of a layoff, and was 0.55 the month after: no good news."
                + " Those let go had lower morale than those kept (the mean is over the employed; the least productive go first by"
                + " default), and the layoff's shock lowers the survivors' morale from the next month.",
                RunReport.teamLayoffNote(LAYOFF_IN_4, Map.of("FAIR", Map.of("mean_morale", jump, "headcount", cut)), List.of("FAIR"), dates, "month"));
        assertEquals("", RunReport.teamLayoffNote(LAYOFF_IN_4, Map.of("TBD Lab", Map.of("mean_morale", jump, "headcount", spared)),
                List.of("TBD Lab"), dates, "month"));
        // the first in the chart's order is named, the others counted
        Map<String, Map<String, double[]>> three = Map.of("TBD Lab", Map.of("mean_morale", jump, "headcount", spared),
                "FAIR", Map.of("mean_morale", jump, "headcount", cut), "Infra", Map.of("mean_morale", jump, "headcount", cut),
                "Products", Map.of("mean_morale", jump, "headcount", cut));
        String note = RunReport.teamLayoffNote(LAYOFF_IN_4, three, List.of("TBD Lab", "Infra", "FAIR", "Products"), dates, "month");
        assertTrue(note.startsWith(" The mean of Infra rose from 0.51 to 0.65 in 2025-04, the month of a layoff, and was 0.55 the month after"
                + " (2 other teams' means jumped in a layoff's month too): no good news."), note);
        // a jump in the last month has no month after to name
        assertTrue(RunReport.layoffMonthNote("BigCo", new double[] {0.5, 0.6}, 1, new String[] {"2025-01", "2025-02"}, 0, "lab", "month")
                .startsWith(" The mean of BigCo rose from 0.50 to 0.60 in 2025-02, the month of a layoff: no good news."));
        // a weekly run says weeks (it said "the month after" of the next week: a re-check)
        assertTrue(RunReport.layoffMonthNote("BigCo", new double[] {0.51, 0.64, 0.62}, 1, new String[] {"2025-03-26", "2025-04-02",
                "2025-04-09"}, 0, "lab", "week").startsWith(" The mean of BigCo rose from 0.51 to 0.64 in 2025-04-02, the week of a"
                + " layoff, and was 0.62 the week after: no good news."));
    }

    /**
     * The falls after a layoff (its shock on the survivors) are not the usual change: six months of
     * mass-layoff took them as such, and missed the jump of 0.51 to 0.64 (a re-check).
     */
    @Test
    void theFallsAfterALayoffAreNotTheUsualChange() {
        double[] morale = {0.500, 0.505, 0.5086, 0.6442, 0.5453, 0.4856};
        double[] layoffs = {0, 0, 0, 600, 0, 0};
        assertEquals(3, RunReport.jump(morale, layoffs, null));
    }

    /** The team pay chart's gap in figures, month by month, only where one team is paid twice any other. */
    @Test
    void thePayGapInFigures() {
        double nan = Double.NaN;
        Map<String, Map<String, double[]>> ts = Map.of("TBD Lab", Map.of("mean_salary", new double[] {nan, 60e6, 80e6}),
                "FAIR", Map.of("mean_salary", new double[] {2e6, 2e6, 2e6}), "Products", Map.of("mean_salary", new double[] {1e6, 1e6, 1.1e6}));
        assertEquals(" TBD Lab's mean pay is 30 to 73 times the other teams' (month by month).",
                RunReport.payGap(ts, List.of("FAIR", "Products", "TBD Lab")));
        Map<String, Map<String, double[]>> close = Map.of("A", Map.of("mean_salary", new double[] {3e5, 3e5}),
                "B", Map.of("mean_salary", new double[] {2e5, 1e5}));
        assertEquals("", RunReport.payGap(close, List.of("A", "B")), "paid 1.5 times in a month: no figure");
        assertEquals("", RunReport.payGap(Map.of("A", Map.of("mean_salary", new double[] {1, 2})), List.of("A")));
    }
}
