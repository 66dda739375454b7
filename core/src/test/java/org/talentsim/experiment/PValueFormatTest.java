package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A p-value below 1e-6 is written with an exponent: as a plain decimal of 60 zeros, pandas'
 * default parser and readr read it as 0, the p of a difference with no spread (found by a
 * strategist's and an R user's reviews). Every other p as every number.
 */
class PValueFormatTest {
    @Test
    void smallPValuesHaveAnExponentAndReadBackAsWritten() {
        assertEquals("3.099790838e-64", ExperimentRunner.p(3.0997908376e-64));
        assertEquals("9.6e-36", ExperimentRunner.p(9.6e-36));
        assertEquals("5e-7", ExperimentRunner.p(5e-7));
        assertEquals("0.000001", ExperimentRunner.p(1e-6));
        assertEquals("0.00012", ExperimentRunner.p(1.2e-4));
        assertEquals("0", ExperimentRunner.p(0));
        assertEquals("1", ExperimentRunner.p(1));
        assertEquals("", ExperimentRunner.p(Double.NaN));
        assertEquals("4.940656458e-324", ExperimentRunner.p(Double.MIN_VALUE));
        for (double p : new double[] {3.0997908376e-64, 7.123456789e-9, 2.5e-300}) {
            assertEquals(p, Double.parseDouble(ExperimentRunner.p(p)), p * 1e-9);
        }
        // in the file: a comparison whose difference is large beside its spread
        PairedDifference d = PairedDifference.of(new double[] {600, 610, 590, 605, 598, 612}, new double[] {80, 85, 79, 90, 82, 84});
        String csv = ExperimentRunner.comparisonCsv(java.util.List.of(new ExperimentRunner.ArmStat("none", "x", d.arm(), d, d.p(), 6)));
        String p = csv.lines().skip(1).findFirst().orElseThrow().split(",", -1)[8];
        assertEquals(d.p(), Double.parseDouble(p), d.p() * 1e-9);
        assertEquals(true, p.contains("e-"), p);
    }
}
