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
        assertEquals(org.talentsim.report.Fmt.num(Double.parseDouble(org.talentsim.internal.Num.format(7.77777777749))),
                ExperimentTables.num(7.77777777749));
    }

    /**
     * Two counts that happen to differ alike in both of two pairs got "-1 [-1, -1] <0.001" with
     * nothing to tell them from an exact shift (a statistician's review): marked "(no spread)",
     * with a note. A difference with no noise at all (both arms the same in every run) is an exact
     * shift, not marked; nor is one with spread.
     */
    @Test
    void theSameDifferenceInEveryPairOfVaryingValuesIsMarked() {
        var base = org.talentsim.experiment.Estimate.of(new double[] {14, 24}, 0.95);
        var flat = org.talentsim.experiment.PairedDifference.of(new double[] {13, 23}, new double[] {14, 24});
        var exact = org.talentsim.experiment.PairedDifference.of(new double[] {3553, 3553}, new double[] {3552, 3552});
        var spread = org.talentsim.experiment.PairedDifference.of(new double[] {13, 22}, new double[] {14, 24});
        assertEquals(true, ExperimentTables.noSpread(flat));
        assertEquals(false, ExperimentTables.noSpread(exact));
        assertEquals(false, ExperimentTables.noSpread(spread));
        String t = ExperimentTables.comparison(java.util.List.of(
                new org.talentsim.experiment.ExperimentRunner.ArmStat("baseline", "xAI.exits", base, null, Double.NaN, -1),
                new org.talentsim.experiment.ExperimentRunner.ArmStat("none", "xAI.exits", flat.arm(), flat, 0, 2),
                new org.talentsim.experiment.ExperimentRunner.ArmStat("none", "Meta.headcount_start", exact.arm(), exact, 0, 2),
                new org.talentsim.experiment.ExperimentRunner.ArmStat("none", "Meta.quits", spread.arm(), spread, 0.4, 2)),
                "baseline", 2);
        java.util.List<String> lines = t.lines().toList();
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(2).contains("-1 [-1, -1] (no spread)"), t);
        org.junit.jupiter.api.Assertions.assertFalse(lines.get(3).contains("no spread") || lines.get(4).contains("no spread"), t);
        org.junit.jupiter.api.Assertions.assertTrue(t.contains(org.talentsim.report.Fmt.NO_SPREAD_NOTE), t);
        org.junit.jupiter.api.Assertions.assertFalse(t.contains("runs)"), "every run has a value: " + t);
        org.junit.jupiter.api.Assertions.assertFalse(t.contains(org.talentsim.report.Fmt.NO_VALUE_NOTE), "every mean has a value: " + t);
        assertEquals(" (18 of 20 runs)", org.talentsim.report.Fmt.ofRuns(18, 20));
        assertEquals("", org.talentsim.report.Fmt.ofRuns(0, 50), "undefined in every run: '-' says it");
        assertEquals("", org.talentsim.report.Fmt.ofRuns(20, 20));
    }

    /**
     * A metric undefined in every run (Meta.leaving_vested_out where no grant vests out) showed a
     * row of "-" and nothing to say why (a strategist's review): the tables say it under them.
     */
    @Test
    void aMetricWithNoValueInAnyRunIsExplained() {
        var base = org.talentsim.experiment.Estimate.of(new double[] {14, 24}, 0.95);
        var d = org.talentsim.experiment.PairedDifference.of(new double[] {13, 22}, new double[] {14, 24});
        String t = ExperimentTables.comparison(java.util.List.of(
                new org.talentsim.experiment.ExperimentRunner.ArmStat("baseline", "Meta.leaving_vested_out", null, null, Double.NaN, -1),
                new org.talentsim.experiment.ExperimentRunner.ArmStat("baseline", "Meta.quits", base, null, Double.NaN, -1),
                new org.talentsim.experiment.ExperimentRunner.ArmStat("none", "Meta.leaving_vested_out", null, null, Double.NaN, -1),
                new org.talentsim.experiment.ExperimentRunner.ArmStat("none", "Meta.quits", d.arm(), d, 0.4, 2)),
                "baseline", 2);
        java.util.List<String> lines = t.lines().toList();
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).matches("baseline\\s+Meta.leaving_vested_out\\s+-"), t);
        org.junit.jupiter.api.Assertions.assertEquals(org.talentsim.report.Fmt.NO_VALUE_NOTE, lines.get(5), t);
        String s = ExperimentTables.summary(java.util.List.of(
                new org.talentsim.experiment.ExperimentRunner.CellStat("c1", "Meta.leaving_vested_out", null, 0),
                new org.talentsim.experiment.ExperimentRunner.CellStat("c1", "Meta.quits", base, 2)));
        org.junit.jupiter.api.Assertions.assertTrue(s.endsWith(org.talentsim.report.Fmt.NO_VALUE_NOTE_CELL + "\n"), s);
        org.junit.jupiter.api.Assertions.assertTrue(s.contains("undefined in every run of its cell"), "a sweep has cells, not arms: " + s);
        String none = ExperimentTables.summary(java.util.List.of(
                new org.talentsim.experiment.ExperimentRunner.CellStat("c1", "Meta.quits", base, 2)));
        org.junit.jupiter.api.Assertions.assertFalse(none.contains(org.talentsim.report.Fmt.NO_VALUE_NOTE_CELL), none);
    }

    /**
     * A metric with a value in the arm but none in the baseline (a grant that vests out only under
     * the arm's pay) left the difference blank with nothing said (a strategist's review).
     */
    @Test
    void anArmsValueWithoutTheBaselinesIsSaid() {
        var arm = org.talentsim.experiment.Estimate.of(new double[] {0.01, 0.02}, 0.95);
        String t = ExperimentTables.comparison(java.util.List.of(
                new org.talentsim.experiment.ExperimentRunner.ArmStat("baseline", "Meta.leaving_vested_out", null, null, Double.NaN, -1),
                new org.talentsim.experiment.ExperimentRunner.ArmStat("short", "Meta.leaving_vested_out", arm, null, Double.NaN, 0)),
                "baseline", 2);
        java.util.List<String> lines = t.lines().toList();
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(2).contains(ExperimentTables.NO_PAIRS), t);
        org.junit.jupiter.api.Assertions.assertFalse(lines.get(1).contains(ExperimentTables.NO_PAIRS), "not on the baseline's row: " + t);
        org.junit.jupiter.api.Assertions.assertTrue(t.contains(ExperimentTables.NO_PAIRS + ": the baseline has no value"), t);
        org.junit.jupiter.api.Assertions.assertTrue(t.contains(org.talentsim.report.Fmt.NO_VALUE_NOTE), "the baseline's '-' too: " + t);
        org.junit.jupiter.api.Assertions.assertFalse(t.contains("(k pairs)"), "not the note of a difference over fewer pairs: " + t);
    }

    /**
     * With one replication (-r 1) each arm has one pair with the baseline: no interval, which the
     * table marked "(no pairs)" with the reason "the baseline has no value", untrue (a reliability
     * review). It says "(1 pair)" and why there is no interval.
     */
    @Test
    void aDifferenceOverOnePairIsSaidAsSuch() {
        var one = org.talentsim.experiment.Estimate.of(new double[] {65});
        String t = ExperimentTables.comparison(java.util.List.of(
                new org.talentsim.experiment.ExperimentRunner.ArmStat("baseline", "L01.headcount_end", one, null, Double.NaN, -1),
                new org.talentsim.experiment.ExperimentRunner.ArmStat("x", "L01.headcount_end", one, null, Double.NaN, 1)),
                "baseline", 1);
        java.util.List<String> lines = t.lines().toList();
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(2).contains(ExperimentTables.ONE_PAIR), t);
        org.junit.jupiter.api.Assertions.assertFalse(t.contains(ExperimentTables.NO_PAIRS), t);
        org.junit.jupiter.api.Assertions.assertTrue(t.contains(ExperimentTables.ONE_PAIR + ": the arm and the baseline both have a value"
                + " in one replication only"), t);
        org.junit.jupiter.api.Assertions.assertFalse(t.contains("(k pairs)"), t);
        // the one pair's difference where both means are of that one run: 0 here
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(2).contains(" 0 " + ExperimentTables.ONE_PAIR), t);
        // not where a mean is over other runs than the pair (the baseline's over two)
        var two = org.talentsim.experiment.Estimate.of(new double[] {65, 75});
        String u = ExperimentTables.comparison(java.util.List.of(
                new org.talentsim.experiment.ExperimentRunner.ArmStat("baseline", "L01.headcount_end", two, null, Double.NaN, -1),
                new org.talentsim.experiment.ExperimentRunner.ArmStat("x", "L01.headcount_end", one, null, Double.NaN, 1)),
                "baseline", 2);
        org.junit.jupiter.api.Assertions.assertTrue(u.lines().toList().get(2).endsWith("  " + ExperimentTables.ONE_PAIR), u);
    }
}
