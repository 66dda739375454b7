package org.talentsim.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.talentsim.RunResult;
import org.talentsim.Talentsim;
import org.talentsim.io.ScenarioException;
import org.talentsim.metrics.Summary;
import org.talentsim.scenario.Scenario;

/**
 * Example 2 — load a scenario file, change it in code, run it to a folder.
 *
 * <p>What it teaches: the scenario files students run from the command line are the same
 * records economists build in code. {@link Talentsim#load} validates the file (an error names
 * the file, line, column and field); the record can then be varied (here: another seed and a
 * shorter run) and run with {@link Talentsim#run(Scenario, Path)}, which also writes the
 * result files (offers.csv too: the scenario has fewer than 100,000 researchers).
 */
public final class Example02_LoadScenarioFile {
    private Example02_LoadScenarioFile() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/scenarios/meta-2025.yaml");
        int code = run(file, Path.of("out"), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Loads {@code file}, runs its variant (seed 7, 12 months) into {@code outRoot/<name>-seed7}
     * and prints one line per lab to {@code out}; a bad file's message goes to {@code err} and the
     * result is 2, as the command line does.
     */
    static int run(Path file, Path outRoot, PrintStream out, PrintStream err) {
        Talentsim ts = Talentsim.defaults().withThreads(2);
        Scenario scenario;
        try {
            scenario = ts.load(file);
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return 2;
        }
        Scenario variant = scenario.withSeed(7).withMonths(12);
        RunResult result = ts.run(variant, outRoot.resolve(variant.name() + "-seed7"));
        for (Summary.LabSummary lab : result.summary().labs()) {
            out.printf("%-16s %5d -> %5d  capability %.1f%n", lab.lab(), lab.headcountStart(), lab.headcountEnd(),
                    lab.capabilityEnd());
        }
        return 0;
    }
}
// Run: java -cp examples/target/talentsim.jar org.talentsim.examples.Example02_LoadScenarioFile [file.yaml]
// Expect: a table of labs after 12 months and the result files in out/meta-2025-seed7/.
