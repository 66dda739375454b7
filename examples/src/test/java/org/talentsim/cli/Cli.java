package org.talentsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process with captured output, built as {@code main} builds it for these arguments. */
record Cli(int exit, String out, String err) {
    static Cli run(String... args) {
        return run(new Main(), args);
    }

    static Cli run(Main main, String... args) {
        return run(Main.commandLine(main, args), args);
    }

    /** Runs {@code args} on the command line with every command (what the lazy one must match). */
    static Cli runWithEveryCommand(String... args) {
        return run(Main.commandLine(new Main()), args);
    }

    private static Cli run(picocli.CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = Main.execute(cl, args);   // as main runs it
        return new Cli(code, out.toString(), err.toString());
    }
}
