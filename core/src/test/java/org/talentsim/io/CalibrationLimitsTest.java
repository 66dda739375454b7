package org.talentsim.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every limit of a calibration file ({@link CalibrationFiles#parse}) at its boundary: the limit
 * itself is accepted, one past it is refused with the field's path (BrokenCalibrationTest has the
 * full messages of the broken fixtures).
 */
class CalibrationLimitsTest {
    static final String PARAMETER = "  - {path: market.separation, lower: 0.05, upper: 0.5}\n";
    static final String TARGET = "  - {metric: L.quits, observed: 10, se: 2}\n";

    static String file(String kind, String parameters, String targets, String rest) {
        return "version: 1\nkind: " + kind + "\nscenario: s.yaml\nparameters:\n" + parameters + "targets:\n" + targets + rest;
    }

    static String calibration(String rest) {
        return file("calibration", PARAMETER, TARGET, rest);
    }

    static CalibrationFiles.CalibrationFile ok(String text) {
        return assertDoesNotThrow(() -> CalibrationFiles.parse(text, "c.yaml", Path.of(".")), text);
    }

    static void refused(String text, String where) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> CalibrationFiles.parse(text, "c.yaml", Path.of(".")),
                text);
        assertTrue(e.getMessage().contains(where), e.getMessage());
    }

    @Test
    void theStepIsAShareOfTheRangeUpToAQuarter() {
        assertEquals(0.25, ok(calibration("step: 0.25\n")).step());
        refused(calibration("step: 0.2500001\n"), "step");
        refused(calibration("step: 0\n"), "step");
        ok(file("calibration", "  - {path: market.separation, lower: 0.05, upper: 0.5, step: 0.25}\n", TARGET, ""));
        refused(file("calibration", "  - {path: market.separation, lower: 0.05, upper: 0.5, step: 0.26}\n", TARGET, ""),
                "parameters[0].step");
    }

    @Test
    void replicationsAndCovarianceReplicationsAreAtMostTenThousand() {
        ok(calibration("replications: 10000\ncovariance_replications: 10000\n"));
        refused(calibration("replications: 10001\n"), "replications");
        refused(calibration("covariance_replications: 10001\n"), "covariance_replications");
        // at least K + 3 runs for K targets: from fewer the moments' covariance is singular (rank at
        // most n - 1) or its inverse unbounded; 2 and 3 were accepted and gave too small se's and a
        // wrong J without a word (found by a review)
        ok(calibration("covariance_replications: 4\n"));
        refused(calibration("covariance_replications: 3\n"), "covariance_replications: must be at least 4 for 1 target (K + 3:");
        String three = TARGET + "  - {metric: L.hires, observed: 5, se: 1}\n  - {metric: L.layoffs, observed: 5, weight: 1}\n";
        ok(file("calibration", PARAMETER, three, "covariance_replications: 6\n"));
        refused(file("calibration", PARAMETER, three, "covariance_replications: 5\n"), "at least 6 for 3 targets");
        ok(file("sensitivity", PARAMETER, three, "covariance_replications: 2\n"));   // (a sensitivity analysis uses none)
        String weighted = "  - {metric: L.quits, observed: 10, weight: 1}\n";
        ok(file("calibration", PARAMETER, weighted, "replications: 2\n"));
        // one replication with weight-only targets: the moments' covariance has its own sample of runs
        ok(file("calibration", PARAMETER, weighted, "replications: 1\n"));
        refused(file("calibration", PARAMETER, weighted, "replications: 0\n"), "replications");
    }

    @Test
    void namesAreReadBackAsTextAndMayHoldABracketAsAPathDoes() {
        // a parameter named by its path (the default name) was refused for its ']' on 2026-12-05,
        // by the rule for lab names, which a path would end (found by a review)
        ok(file("calibration", "  - {name: 'labs[Raider].offer.premium', path: market.separation, lower: 0.05, upper: 0.5}\n",
                TARGET, ""));
        ok(file("calibration", PARAMETER, "  - {name: 'quits[L]', metric: L.quits, observed: 10, se: 2}\n", ""));
        for (String bad : new String[] {"=1+1", "+x", "-x", "@x", "NA", "1e3", "TRUE"}) {
            refused(file("calibration", "  - {name: '" + bad + "', path: market.separation, lower: 0.05, upper: 0.5}\n",
                    TARGET, ""), "parameters[0].name");
            refused(file("calibration", PARAMETER, "  - {name: '" + bad + "', metric: L.quits, observed: 10, se: 2}\n", ""),
                    "targets[0].name");
        }
    }

    @Test
    void aCalibrationNeedsAsManyTargetsAsParameters() {
        String two = PARAMETER + "  - {path: market.retirement, lower: 0.01, upper: 0.1}\n";
        ok(file("calibration", two, TARGET + "  - {metric: L.hires, observed: 5, se: 1}\n", ""));
        refused(file("calibration", two, TARGET, ""), "targets");
        ok(file("sensitivity", two, TARGET, ""));
    }

    @Test
    void startsAndTheEvaluationsHaveTheirLimits() {
        ok(calibration("starts: 64\n"));
        refused(calibration("starts: 65\n"), "starts");
        ok(calibration("max_evaluations: 4\n"));
        refused(calibration("max_evaluations: 3\n"), "max_evaluations");
        String two = PARAMETER + "  - {path: market.retirement, lower: 0.01, upper: 0.1}\n";
        String twoTargets = TARGET + "  - {metric: L.hires, observed: 5, se: 1}\n";
        ok(file("calibration", two, twoTargets, "max_evaluations: 8\n"));
        refused(file("calibration", two, twoTargets, "max_evaluations: 7\n"), "max_evaluations");   // (the search did not begin)
        ok(file("sensitivity", two, twoTargets, "max_evaluations: 1\n"));
    }

    @Test
    void morrisLevelsAndSobolSamplesHaveTheirLimits() {
        ok(calibration("sensitivity: {levels: 20, sobol: 100000}\n"));
        ok(calibration("sensitivity: {levels: 2, sobol: 2}\n"));
        ok(calibration("sensitivity: {sobol: 0}\n"));
        refused(calibration("sensitivity: {levels: 22}\n"), "sensitivity.levels");
        refused(calibration("sensitivity: {levels: 5}\n"), "sensitivity.levels");
        refused(calibration("sensitivity: {sobol: 1}\n"), "sensitivity.sobol");
        refused(calibration("sensitivity: {sobol: 100001}\n"), "sensitivity.sobol");
    }

    @Test
    void parametersAreAtMostTwentyAndStartWithinTheirRange() {
        StringBuilder twenty = new StringBuilder();
        StringBuilder targets = new StringBuilder();
        for (int k = 0; k < 20; k++) {
            twenty.append("  - {path: 'labs[L].teams[T").append(k).append("].payLevel', lower: 1, upper: 2}\n");
            targets.append("  - {metric: L.m").append(k).append(", observed: 1, se: 1}\n");
        }
        ok(file("calibration", twenty.toString(), targets.toString(), ""));
        refused(file("calibration", twenty + "  - {path: market.separation, lower: 0.05, upper: 0.5}\n",
                targets + TARGET, ""), "at most 20 parameters");
        ok(file("calibration", "  - {path: market.separation, lower: 0.05, upper: 0.5, start: 0.05}\n", TARGET, ""));
        ok(file("calibration", "  - {path: market.separation, lower: 0.05, upper: 0.5, start: 0.5}\n", TARGET, ""));
        refused(file("calibration", "  - {path: market.separation, lower: 0.05, upper: 0.5, start: 0.51}\n", TARGET, ""),
                "parameters[0].start");
        refused(file("calibration", "  - {path: market.separation, lower: 0.05, upper: 0.5, start: 0.049}\n", TARGET, ""),
                "parameters[0].start");
        refused(file("calibration", "  - {path: market.separation, lower: 0.5, upper: 0.5}\n", TARGET, ""),
                "parameters[0].upper");
    }

    @Test
    void onlyAMappingWithAKindParametersOrTargetsIsACalibrationFile() {
        assertTrue(CalibrationFiles.isCalibration(calibration("")));
        assertTrue(CalibrationFiles.isCalibration("\uFEFF" + file("sensitivity", PARAMETER, TARGET, "")));
        assertFalse(CalibrationFiles.isCalibration("- kind\n- calibration\n"), "a list");
        // any kind: scenarios and experiment files have none, and a misspelt kind was read as a
        // scenario, whose reader said "kind: unknown key" (found by a review)
        assertTrue(CalibrationFiles.isCalibration("version: 1\nkind: experiment\n"));
        assertTrue(CalibrationFiles.isCalibration("version: 1\nkind: [calibration]\n"));
        refused(calibration("").replace("kind: calibration", "kind: calibrate"),
                "kind: must be 'calibration' or 'sensitivity' (a scenario or an experiment file has no kind)");
        assertFalse(CalibrationFiles.isCalibration("version: 1\nname: x\n"));
        assertFalse(CalibrationFiles.isCalibration("version: [1\n"), "not YAML");
    }

    @Test
    void defaultsAndWhatTheyDependOn() {
        CalibrationFiles.CalibrationFile c = ok(calibration(""));
        assertEquals(10, c.replications());
        assertEquals(15, c.covarianceReplications(), "max(replications, 5 targets + 10)");
        assertEquals(null, c.seed());
        assertEquals(40, ok(calibration("replications: 40\n")).covarianceReplications());
        assertEquals(20, ok(file("calibration", PARAMETER, TARGET + "  - {metric: L.hires, observed: 5, se: 1}\n", ""))
                .covarianceReplications(), "two targets: 5 x 2 + 10");
        assertEquals(Long.valueOf(7), ok(calibration("seed: 7\n")).seed());
        assertEquals(1, ok(calibration("replications: 1\n")).replications(), "se-weighted targets need no replications to estimate");
        String two = PARAMETER + "  - {path: market.retirement, lower: 0.01, upper: 0.1}\n";
        String twoTargets = TARGET + "  - {metric: L.hires, observed: 5, se: 1}\n";
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> CalibrationFiles.parse(file("calibration", two, twoTargets, "max_evaluations: 7\n"), "c.yaml", Path.of(".")));
        assertTrue(e.getMessage().contains("for 2 parameters ("), e.getMessage());
        ScenarioException one = assertThrows(ScenarioException.class,
                () -> CalibrationFiles.parse(calibration("max_evaluations: 3\n"), "c.yaml", Path.of(".")));
        assertTrue(one.getMessage().contains("for 1 parameter ("), one.getMessage());
    }

    @Test
    void aUnitIsOneLineWithoutCommasOrHashesAndAParametersStepIsPositive() {
        ok(file("calibration", "  - {path: market.separation, lower: 0.05, upper: 0.5, unit: /year}\n", TARGET, ""));
        for (String unit : new String[] {"',k'", "'k,'", "'#k'", "'k#'", "\"\\nk\"", "\"k\\n\""}) {
            refused(file("calibration", "  - {path: market.separation, lower: 0.05, upper: 0.5, unit: " + unit + "}\n", TARGET, ""),
                    "parameters[0].unit");
        }
        refused(file("calibration", "  - {path: market.separation, lower: 0.05, upper: 0.5, step: 0}\n", TARGET, ""),
                "parameters[0].step");
    }

    @Test
    void aRatioTargetIsNamedByItsTwoMetricsAndWeightedByItsSe() {
        CalibrationFiles.CalibrationFile c = ok(file("calibration", PARAMETER,
                "  - {ratio: [A.x, B.y], observed: 8, se: 2}\n", ""));
        assertEquals("A.x/B.y", c.targets().get(0).name());
        assertEquals(0.25, c.targets().get(0).weight(), 1e-15);
        refused(file("calibration", PARAMETER, "  - {ratio: [A.x], observed: 8, se: 2}\n", ""), "targets[0].ratio");
        refused(file("calibration", PARAMETER, "  - {ratio: A.x, observed: 8, se: 2}\n", ""), "targets[0].ratio");
    }
}
