package org.talentsim.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.experiment.LocalExecutor;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;

/**
 * A calibration of a scenario built in code ({@link Calibration#of}): it had to be written to a
 * file and the calibration's text built with that path (an API user's review). The same as the
 * file's calibration, evaluation for evaluation, and its folder resumes and reads back as a file's.
 */
class CalibrationInCodeTest {
    static final Path DIR = Path.of("src/test/resources/calibration");
    static final String BODY = "version: 1\nkind: calibration\nparameters:\n"
            + "  - {path: market.offersEmployed, lower: 0.3, upper: 2.5, start: 1.8, unit: /year}\n"
            + "targets:\n"
            + "  - {metric: market.poached_per_month, observed: 5, weight: 0.2}\n"
            + "  - {metric: Keeper.quits, observed: 60, weight: 0.02}\n"
            + "replications: 2\nseed: 5\nmax_evaluations: 6\n";

    @Test
    void aScenarioBuiltInCodeCalibratesAsItsFileDoes(@TempDir Path tmp) throws Exception {
        Scenario small = ScenarioFiles.read(DIR.resolve("small.yaml"));
        Calibration inCode = Calibration.of(small, BODY);
        Calibration fromFile = Calibration.parse(BODY + "scenario: small.yaml\n", "cal.yaml", DIR);
        assertEquals(fromFile.parameters(), inCode.parameters());
        assertEquals(fromFile.targets(), inCode.targets());
        assertEquals(ScenarioFiles.write(fromFile.scenarioAt(new double[] {1.1})), ScenarioFiles.write(inCode.scenarioAt(new double[] {1.1})));
        Calibrator.Result a;
        Calibrator.Result b;
        try (LocalExecutor ex = new LocalExecutor(2)) {
            a = Calibrator.run(inCode, ex, tmp.resolve("code"), false, false, (k, n, v) -> { });
            b = Calibrator.run(fromFile, ex, tmp.resolve("file"), false, false, (k, n, v) -> { });
        }
        assertArrayEquals(b.theta(), a.theta());
        assertEquals(b.objective(), a.objective());
        assertEquals(Files.readString(tmp.resolve("file/evaluations.csv")), Files.readString(tmp.resolve("code/evaluations.csv")));
        // the folder's calibration.yaml names the copy beside it, whatever the scenario's name
        String written = Files.readString(tmp.resolve("code/calibration.yaml"));
        assertTrue(written.contains("scenario: 'scenario-copy.yaml'"), written);
        Calibration again = Calibration.read(tmp.resolve("code/calibration.yaml"));
        assertEquals(inCode.parameters(), again.parameters());
        try (LocalExecutor ex = new LocalExecutor(1)) {
            Calibrator.Result c = Calibrator.run(again, ex, tmp.resolve("code"), true, false, (k, n, v) -> { });
            assertArrayEquals(a.theta(), c.theta());
            assertEquals(a.evaluations(), c.resumed(), "every evaluation resumed from the journal");
        }
    }

    @Test
    void aTextThatNamesAScenarioOfItsOwnIsRefused() {
        Scenario small = ScenarioFiles.read(DIR.resolve("small.yaml"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Calibration.of(small, BODY + "scenario: other.yaml\n"));
        assertTrue(e.getMessage().contains("leave 'scenario:' out"), e.getMessage());
        // a problem in the text is at its own line: the scenario's key is added after it
        org.talentsim.io.ScenarioException bad = assertThrows(org.talentsim.io.ScenarioException.class,
                () -> Calibration.of(small, BODY.replace("replications: 2", "replications: -2")));
        assertTrue(bad.getMessage().contains("calibration.yaml:8:"), bad.getMessage());
    }

    /**
     * A scenario named as a file the calibration writes ("fitted", "calibration") resumes from
     * its folder: it read fitted.yaml, the fitted scenario, back as its own (a re-check).
     */
    @Test
    void aScenarioNamedAsAFileTheCalibrationWritesResumes(@TempDir Path tmp) throws Exception {
        for (String name : java.util.List.of("fitted", "calibration")) {
            Scenario s = ScenarioFiles.parse(Files.readString(DIR.resolve("small.yaml")).replaceFirst("(?m)^name: .*$", "name: " + name),
                    name + ".yaml");
            Calibration c = Calibration.of(s, BODY.replace("max_evaluations: 6", "max_evaluations: 4"));
            Calibrator.Result a;
            try (LocalExecutor ex = new LocalExecutor(2)) {
                a = Calibrator.run(c, ex, tmp.resolve(name), false, false, (k, n, v) -> { });
            }
            Calibration again = Calibration.read(tmp.resolve(name).resolve("calibration.yaml"));
            try (LocalExecutor ex = new LocalExecutor(2)) {
                Calibrator.Result b = Calibrator.run(again, ex, tmp.resolve(name), true, false, (k, n, v) -> { });
                assertArrayEquals(a.theta(), b.theta(), name);
            }
        }
    }

    /** A text that is no block mapping (a flow mapping, a '...' at its end): the text's own problem, at its own lines. */
    @Test
    void aProblemIsAtTheTextsOwnLines() {
        Scenario small = ScenarioFiles.read(DIR.resolve("small.yaml"));
        String text = "version: 1\nkind: calibration\n\"scenario\": x.yaml\n";
        org.talentsim.io.ScenarioException e = assertThrows(org.talentsim.io.ScenarioException.class, () -> Calibration.of(small, text));
        assertTrue(e.line() <= 3, e.getMessage());
        org.talentsim.io.ScenarioException flow = assertThrows(org.talentsim.io.ScenarioException.class,
                () -> Calibration.of(small, "{version: 1, kind: calibration}"));
        assertTrue(flow.line() <= 1, flow.getMessage());
    }
}
