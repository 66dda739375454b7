package org.talentsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code talentsim check SCENARIO}: validates a scenario file without running it. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Validate a scenario file only: prints OK with its size, or the first error (file:line:column: field: problem).")
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML, version 1)")
    private String file;

    @Override
    public Integer call() {
        Scenario s = ScenarioFiles.parse(ScenarioFiles.bytes(Path.of(file)), file);
        spec.commandLine().getOut().printf("OK: %s (%d labs, %d events, %d months)%n", file, s.labs().size(),
                s.events().size(), s.months());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
