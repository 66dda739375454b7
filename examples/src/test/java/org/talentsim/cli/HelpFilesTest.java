package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentsim.calibration.Calibrator;
import org.talentsim.calibration.Sensitivity;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.io.ResultWriter;

/**
 * Each command's {@code --help} names every file it writes, from the lists the writers use: run's
 * left out scenario-as-run.yaml, calibrate's four of its files, sensitivity's the two files it
 * copies (found by a docs review).
 */
class HelpFilesTest {
    @Test
    void eachCommandsHelpNamesEveryFileItWrites() {
        List<String> experiment = ExperimentRunner.FILES;
        Map<String, List<String>> writes = Map.of(
                "run", with(ResultWriter.files(true), "report.html"),
                "experiment", with(experiment, "report.html"),
                "sweep", with(experiment.stream().filter(f -> !f.equals("comparison.csv")).toList(), "report.html"),
                "replicate", with(experiment.stream().filter(f -> !f.equals("comparison.csv") && !f.equals(ExperimentRunner.DIFFERENCES)
                        && !f.equals(ExperimentRunner.CELLS)).toList(), "report.html"),
                "compare", with(experiment.stream().filter(f -> !f.equals(ExperimentRunner.DIFFERENCES) && !f.equals(ExperimentRunner.CELLS))
                        .toList(), "report.html"),
                "calibrate", with(Calibrator.FILES, "report.html"),
                "sensitivity", with(Sensitivity.FILES, "report.html"));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : writes.entrySet()) {
            Cli help = Cli.run(c.getKey(), "--help");
            assertEquals(0, help.exit(), help.err());
            // a name cut at a line's end by picocli's wrapping is read whole
            String text = help.out().replaceAll("\\s*\\n\\s*", "");
            for (String f : c.getValue()) {
                if (!text.contains(f)) {
                    missing.add(c.getKey() + ": " + f);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(ExperimentRunner.FILES.contains(ExperimentRunner.DIFFERENCES));
    }

    private static List<String> with(List<String> files, String more) {
        List<String> all = new ArrayList<>(files);
        all.add(more);
        return all;
    }
}
