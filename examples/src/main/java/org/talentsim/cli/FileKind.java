package org.talentsim.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.talentsim.io.CalibrationFiles;
import org.talentsim.io.ExperimentFiles;
import org.talentsim.io.ScenarioException;
import org.talentsim.io.ScenarioFiles;

/**
 * The three kinds of input file, told apart by their top keys, so that a command given a file of
 * another kind says which command runs it instead of refusing its first key as unknown.
 */
enum FileKind {
    SCENARIO, EXPERIMENT, CALIBRATION;

    /** The kind {@code text} is meant as, or null when it is none of the three recognisably. */
    static FileKind of(String text) {
        if (CalibrationFiles.isCalibration(text)) {
            return CALIBRATION;
        }
        if (ExperimentFiles.isExperiment(text)) {
            return EXPERIMENT;
        }
        return ScenarioFiles.isScenario(text) ? SCENARIO : null;
    }

    /**
     * Bad input unless {@code file} is of kind {@code expected} (or of no recognisable kind: then
     * the command's own reader says what is wrong). Returns the file's bytes.
     */
    static byte[] require(String file, FileKind expected) {
        byte[] bytes = ScenarioFiles.bytes(Path.of(file), switch (expected) {
            case SCENARIO -> "a scenario file";
            case EXPERIMENT -> "an experiment file";
            case CALIBRATION -> "a calibration file";
        });
        FileKind kind = of(new String(bytes, StandardCharsets.UTF_8));
        if (kind == null || kind == expected) {
            return bytes;
        }
        if (kind == CALIBRATION) {
            ScenarioException unknown = CalibrationFiles.unknownKind(new String(bytes, StandardCharsets.UTF_8), file);
            if (unknown != null) {
                throw unknown;
            }
        }
        String what = switch (expected) {
            case SCENARIO -> "not a scenario";
            case EXPERIMENT -> "not an experiment file";
            case CALIBRATION -> "not a calibration file";
        };
        String use = switch (kind) {
            case SCENARIO -> "run it with talentsim run " + file + ", or replicate, compare or sweep it (e.g. talentsim"
                    + " replicate " + file + " -r 10)"
                    + (expected == EXPERIMENT ? "; an experiment file names its scenario (docs/EXPERIMENTS.md)"
                    : "; a calibration file names its scenario, parameters and targets (docs/CALIBRATION.md)");
            case EXPERIMENT -> "run it with talentsim experiment " + file;
            case CALIBRATION -> "run it with talentsim calibrate " + file + " (or talentsim sensitivity)";
        };
        String name = switch (kind) {
            case SCENARIO -> "a scenario file";
            case EXPERIMENT -> "an experiment file";
            case CALIBRATION -> "a calibration file (kind: calibration or sensitivity)";
        };
        throw new Main.BadInput(file + " is " + name + ", " + what + ": " + use);
    }
}
