package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentsim.calibration.Calibration;
import org.talentsim.engine.Simulation;
import org.talentsim.io.CalibrationFiles;
import org.talentsim.io.ScenarioException;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;

/**
 * {@code check} passes exactly the files {@code run} accepts: every scenario file of the project
 * (the examples, the test fixtures, the broken fixtures of core) either passes {@code check} and
 * then builds a simulation that steps a tick, or fails {@code check} with exit code 2; and the
 * rules that used to be found only when the market was built fail {@code run} with the same
 * one line and exit code 2.
 */
class CheckMatchesRunTest {
    static final List<Path> DIRS = List.of(Path.of("scenarios"), Path.of("calibration"), Path.of("src/test/resources"),
            Path.of("../core/src/test/resources"));

    static Stream<Path> files() throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (Path d : DIRS) {
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(all::add);
            }
        }
        assertTrue(all.size() >= 50, "scenario files found: " + all.size());
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void whatCheckAcceptsBuildsAndSteps(Path file) throws IOException {
        Cli check = Cli.run("check", file.toString());
        boolean calibration = CalibrationFiles.isCalibration(Files.readString(file, StandardCharsets.UTF_8));
        if (check.exit() != 0) {
            assertEquals(Main.BAD_INPUT, check.exit(), check.err());
            assertEquals(1, check.err().lines().count(), "one line: " + check.err());
            assertThrows(ScenarioException.class, () -> {
                if (calibration) {
                    Calibration.read(file);
                } else {
                    ScenarioFiles.read(file);
                }
            });
            return;
        }
        // a calibration file: its scenario at the parameters' start (check tried the bounds too)
        Scenario s = calibration ? startOf(Calibration.read(file)) : ScenarioFiles.read(file);
        try (Simulation sim = Simulation.builder(s).threads(2).build()) {
            sim.step();
            assertEquals(1, sim.tick());
        }
    }

    /**
     * The options of a run are check's too, so that the same command line with 'check' says
     * whether it can run (found by a reviewer: "check --months 1201" was "Unknown options"); each
     * case gives check and run the same exit code and the same first line.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--months 1201", "--months 0", "--months 3", "--seed 5", "--seed x", "--threads 0", "--threads 2",
        "--seed 5 --set seed=6", "--months 4 --set months=4", "--months 2 --set months=3"})
    void checkTakesRunsOptionsAndAgreesWithIt(String options, @TempDir Path tmp) {
        String scenario = "scenarios/retention.yaml";
        List<String> args = new java.util.ArrayList<>(List.of(options.split(" ")));
        List<String> c = new java.util.ArrayList<>(List.of("check", scenario));
        c.addAll(args);
        List<String> r = new java.util.ArrayList<>(List.of("run", scenario, "-q", "--no-report", "--out", tmp.resolve("o").toString()));
        r.addAll(args);
        Cli check = Cli.run(c.toArray(String[]::new));
        Cli run = Cli.run(r.toArray(String[]::new));
        assertEquals(run.exit(), check.exit(), check.err() + " / " + run.err());
        if (run.exit() != 0) {
            assertEquals(Main.BAD_INPUT, run.exit());
            assertEquals(run.err().lines().findFirst(), check.err().lines().findFirst());
        } else {
            assertTrue(check.out().startsWith("OK: " + scenario), check.out());
        }
    }

    private static Scenario startOf(Calibration c) {
        return c.scenarioAt(c.start());
    }

    /** The fixtures of rules that used to be checked only when the market was built. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"44-rates-per-tick.yaml", "45-seeker-rates-per-tick.yaml", "46-posted-without-wage.yaml",
        "47-founded-lab-posted-without-wage.yaml", "48-population-too-large.yaml", "49-bertrand-high-low.yaml",
        "50-research-lag.yaml"})
    void runRefusesWithTheCheckMessage(String name, @TempDir Path tmp) throws IOException {
        Path file = BrokenFixturesTest.DIR.resolve(name);
        String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        String expected = file + first.substring("# expect: ".length() + name.length()) + System.lineSeparator();
        Cli check = Cli.run("check", file.toString());
        assertEquals(2, check.exit());
        assertEquals(expected, check.err());
        Path out = tmp.resolve("out");
        Cli run = Cli.run("run", file.toString(), "--quiet", "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals(expected, run.err(), "one line, no stack trace");
        assertEquals("", run.out());
        assertFalse(Files.exists(out), "nothing written");
    }
}
