package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line built for its arguments (only the command they name) answers exactly as the
 * one with every command: help, usage errors, bad files, the missing or misspelt command.
 */
class LazyCommandsTest {

    @Test
    void onlyTheNamedCommandIsBuilt() {
        assertEquals(List.of("run"), List.copyOf(Main.commandLine(new Main(), "run", "x.yaml").getSubcommands().keySet()));
        assertEquals(Main.COMMANDS, List.copyOf(Main.commandLine(new Main(), "--help").getSubcommands().keySet()));
        assertEquals(List.of(), List.copyOf(Main.commandLine(new Main(), "--version").getSubcommands().keySet()));
        assertEquals(Main.COMMANDS, List.copyOf(Main.commandLine(new Main(), "--version", "run").getSubcommands().keySet()));
        assertEquals(Main.COMMANDS, List.copyOf(Main.commandLine(new Main(), "rnu").getSubcommands().keySet()));
        assertEquals(Main.COMMANDS, List.copyOf(Main.commandLine(new Main(), "help", "run").getSubcommands().keySet()));
        assertEquals(Main.COMMANDS, List.copyOf(Main.commandLine(new Main()).getSubcommands().keySet()));
    }

    @Test
    void theSameAnswersAsWithEveryCommand() {
        List<String[]> cases = List.of(
                new String[] {},
                new String[] {"--help"},
                new String[] {"--version"},
                new String[] {"-V"},
                new String[] {"--version", "run"},
                new String[] {"rnu", "x.yaml"},
                new String[] {"help", "compare"},
                new String[] {"run", "--help"},
                new String[] {"run", "--no-such-option", "x.yaml"},
                new String[] {"run", "no-such-file.yaml"},
                new String[] {"check", "src/test/resources/scenarios/tiny.yaml"},
                new String[] {"compare", "--help"},
                new String[] {"compare", "src/test/resources/scenarios/tiny.yaml"},
                new String[] {"validate", "bm", "--d", "-1"},
                new String[] {"calibrate"},
                new String[] {"sensitivity", "--help"},
                new String[] {"report", "no-such-folder"},
                new String[] {"experiment", "--helpp"});
        for (String[] args : cases) {
            Cli lazy = Cli.run(args);
            Cli every = Cli.runWithEveryCommand(args);
            String what = String.join(" ", args);
            assertEquals(every.exit(), lazy.exit(), what);
            assertEquals(every.out(), lazy.out(), what);
            assertEquals(every.err(), lazy.err(), what);
        }
    }
}
