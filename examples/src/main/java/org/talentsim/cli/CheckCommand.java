package org.talentsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentsim.experiment.Overrides;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code talentsim check SCENARIO [--set PATH=VALUE]...}: validates a scenario file, with the
 * overrides {@code run} would apply, without running it.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Validate a scenario file only (with the overrides given, as 'run' applies them): prints OK with",
            "its size, or the first error (file:line:column: field: problem, or --set PATH=VALUE: problem)."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML, version 1)")
    private String file;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = {"change a value of the scenario by path, e.g.",
        "--set labs[Meta].retention=none --set market.separation=0.2/year;",
        "repeatable, applied in order (docs/SCENARIO_FORMAT.md, Overrides)"})
    private List<String> overrides = new ArrayList<>();

    @Override
    public Integer call() {
        Scenario s = Overrides.parse(overrides).applyTo(ScenarioFiles.parse(ScenarioFiles.bytes(Path.of(file)), file));
        spec.commandLine().getOut().printf("OK: %s (%d labs, %d events, %d months)%n", file, s.labs().size(),
                s.events().size(), s.months());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
