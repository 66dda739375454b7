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
        assertEquals("+0.0163", ExperimentTables.signed(0.016249999999));
        assertEquals("23.37", ExperimentTables.num(23.374));
        assertEquals("1.2M", ExperimentTables.num(1.2e6));
        assertEquals("-", ExperimentTables.num(Double.NaN));
        assertEquals(org.talentsim.report.Fmt.num(Double.parseDouble(org.talentsim.io.Num.format(7.77777777749))),
                ExperimentTables.num(7.77777777749));
    }
}
