package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The command line's experiment tables round the value the CSV files hold (10 significant
 * digits), as the report does: the two showed different last digits for a value just below a
 * half (23.37499999875: written 23.375, the report showed 23.38, the table 23.37).
 */
class ExperimentTablesTest {
    @Test
    void numbersAreRoundedAsTheFilesHoldThem() {
        assertEquals("23.38", ExperimentTables.num(23.37499999875));
        assertEquals("+0.01624", ExperimentTables.signed(0.0162349999999));   // the file holds 0.016235
        assertEquals("23.37", ExperimentTables.num(23.374));
        // 4 significant digits below 1 too: this bound of an interval wholly below 0 read "0"
        assertEquals("-0.00003679", ExperimentTables.signed(-0.00003678730213));
        assertEquals("-0.0017 [-0.0034, -0.00003679]", ExperimentTables.signed(-0.0017) + " [" + ExperimentTables.signed(-0.0034)
                + ", " + ExperimentTables.signed(-0.00003678730213) + "]");
        assertEquals("1.2M", ExperimentTables.num(1.2e6));
        assertEquals("-", ExperimentTables.num(Double.NaN));
        assertEquals(org.talentsim.report.Fmt.num(Double.parseDouble(org.talentsim.io.Num.format(7.77777777749))),
                ExperimentTables.num(7.77777777749));
    }
}
