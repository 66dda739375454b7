package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the morale captions explain a mean that rises in a layoff's month (RunReport.jumps). */
class LayoffNoteTest {
    private static final double[] LAYOFF_IN_4 = {0, 0, 0, 600, 0, 0, 0};

    @Test
    void aJumpInTheLayoffsMonthIsExplainedAndATrendIsNot() {
        assertTrue(RunReport.jumps(new double[] {0.50, 0.505, 0.508, 0.645, 0.55, 0.49, 0.46}, LAYOFF_IN_4, null));
        // laid off at random: the month continues the trend (a reviewer's case)
        assertFalse(RunReport.jumps(new double[] {0.500, 0.506, 0.508, 0.514, 0.44, 0.41, 0.39}, LAYOFF_IN_4, null));
        // a rise no larger than the months without layoffs move
        assertFalse(RunReport.jumps(new double[] {0.40, 0.44, 0.40, 0.44, 0.40, 0.44, 0.40}, LAYOFF_IN_4, null));
        // no layoff: nothing to explain
        assertFalse(RunReport.jumps(new double[] {0.50, 0.50, 0.50, 0.70, 0.50, 0.50, 0.50}, new double[7], null));
    }

    @Test
    void aTeamTheLayoffSparedIsNotExplainedByIt() {
        double[] jump = {0.50, 0.505, 0.508, 0.645, 0.55, 0.49, 0.46};
        double[] cut = {100, 100, 100, 60, 60, 60, 60};
        double[] spared = {10, 12, 14, 16, 18, 20, 22};   // TBD Lab, hiring through October
        assertTrue(RunReport.teamRisesWithLayoff(LAYOFF_IN_4, Map.of("FAIR", Map.of("mean_morale", jump, "headcount", cut))));
        assertFalse(RunReport.teamRisesWithLayoff(LAYOFF_IN_4, Map.of("TBD Lab", Map.of("mean_morale", jump, "headcount", spared))));
    }
}
