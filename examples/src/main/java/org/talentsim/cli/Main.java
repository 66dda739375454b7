package org.talentsim.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.experiment.ExperimentException;
import org.talentsim.io.FolderBusyException;
import org.talentsim.io.RunInfo;
import org.talentsim.io.ScenarioException;
import org.talentsim.scenario.OverrideException;
import org.talentsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code talentsim} command line: {@code run} and {@code check} a scenario file, and
 * {@code validate} the engine against labour-search theory.
 *
 * <p>Exit codes: 0 success; 2 bad input (a usage error, an invalid scenario file: one line
 * naming file, line, column and field, no stack trace, an output folder that cannot be written
 * or that another run is writing, or invalid model parameters for {@code validate}: one line
 * with the reason); 1 internal error, or a failed {@code validate}
 * check.
 */
@Command(name = "talentsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Simulates a market for scarce talent: labs poach, counter, lay off and hire researchers.",
            "validate checks the engine against the closed forms of labour-search theory.",
            "experiment, replicate, sweep and compare run many replications and report means with 95%% CIs.",
            "run and the experiments draw report.html; report DIR draws it again from a result folder.",
            "calibrate estimates parameters from target moments; sensitivity ranks them (Morris)."},
        footer = {"", "Examples:", "  talentsim run examples/scenarios/meta-2025.yaml", "  talentsim validate",
            "  talentsim compare examples/scenarios/meta-2025.yaml --arm 'none:labs[Meta].retention=none' -r 50",
            "", "Exit codes: 0 success, 2 bad input (usage, scenario file or model parameters), 1 internal error, a",
            "failed validate check, or standard output that could not be written."})
public final class Main implements Runnable {
    static {
        // the library's messages name this command line's options (--force, --out), not its parameters
        org.talentsim.internal.Words.commandLine();
    }

    /** Exit code of an invalid scenario file or command line. */
    public static final int BAD_INPUT = 2;
    /** Exit code of an internal error. */
    public static final int INTERNAL_ERROR = 1;

    @Spec
    private CommandSpec spec;

    private final List<TickObserver> extraObservers = new ArrayList<>();

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(Main::stopping, "talentsim-stop"));
        watchLauncher(System.getProperty(LAUNCHER));
        if (args.length > 0 && COMMANDS.contains(args[0]) && !args[0].equals("help")) {
            String bad = unreadableCurrentFolder();
            if (bad != null) {
                System.err.println(bad);
                System.exit(BAD_INPUT);
            }
        }
        if (args.length > 0 && SIMULATING.contains(args[0])) {
            startLogging();
        }
        System.exit(execute(commandLine(new Main(), args), args));
    }

    /** The property by which {@code ./talentsim} names itself (its process id) to a JVM it starts as its child. */
    static final String LAUNCHER = "talentsim.launcher";

    /**
     * When started by the launcher as its child (its quick start, which may have to start again),
     * stops as on SIGTERM once the launcher is gone: a launcher killed with SIGKILL passes nothing
     * on, and the run went on and swapped in its results seconds later, where a killed run leaves
     * the folder as it was. Polls the parent's process id five times a second.
     */
    static void watchLauncher(String pid) {
        if (pid == null || !pid.matches("[0-9]{1,18}")) {
            return;
        }
        long launcher = Long.parseLong(pid);
        // its child as a rule; started through a wrapper that forks (not one that execs), the
        // launcher is an ancestor, watched by its process id
        boolean child = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == launcher;
        java.util.function.BooleanSupplier there = child
                ? () -> ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == launcher
                : () -> ProcessHandle.of(launcher).map(ProcessHandle::isAlive).orElse(false);
        if (!there.getAsBoolean()) {
            System.exit(143);   // killed before this JVM got here
        }
        Thread t = new Thread(() -> {
            try {
                while (there.getAsBoolean()) {
                    Thread.sleep(200);
                }
                System.exit(143);   // the shutdown a SIGTERM starts: staging folders go, nothing is swapped in
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "talentsim-launcher-watch");
        t.setDaemon(true);
        t.start();
    }

    /** The commands that simulate: the engine's classes log, so SLF4J and Logback are set up. */
    private static final java.util.Set<String> SIMULATING = java.util.Set.of("run", "validate", "experiment",
            "replicate", "sweep", "compare", "calibrate", "sensitivity");

    /**
     * Sets up SLF4J and Logback on a thread of their own while the command line is read (~40 ms
     * of a fresh JVM's time, on the main thread when the engine's first class asks for a logger).
     * A logger asked for meanwhile stands in until they are ready (SLF4J's own arrangement).
     */
    private static void startLogging() {
        Thread t = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "talentsim-logging");
        t.setDaemon(true);
        t.start();
        logging = t;
    }

    /** The thread setting logging up, or null. */
    private static volatile Thread logging;

    /**
     * Waits until logging is set up, before a command runs: a message logged while SLF4J is still
     * starting would be replayed later with a note of SLF4J's own on standard error.
     */
    private static void awaitLogging() {
        Thread t = logging;
        if (t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The message of a stopped experiment or calibration: on a line of its own, after a progress line still on the terminal. */
    static void printStopped(java.io.PrintWriter err, Path dir, String journal) {
        if (Progress.onScreen) {
            err.println();   // not glued to the end of the progress line
        }
        err.println("talentsim: stopped; the runs that finished are in " + dir.resolve(journal)
                + ": the same command with --resume continues"
                + (java.nio.file.Files.isDirectory(dir.resolve(org.talentsim.io.ResultWriter.REPLACED))
                ? " (the finished results it replaces are in " + dir.resolve(org.talentsim.io.ResultWriter.REPLACED)
                + " until it finishes)" : ""));
        err.flush();
    }

    /**
     * While open, a Ctrl-C or SIGTERM makes the JVM say, on standard error, that the runs that
     * finished are in {@code dir}'s {@code journal} and that {@code --resume} continues (the
     * journals write their pending lines on the way down).
     */
    static Hint resumeHint(CommandLine cl, Path dir, String journal) {
        java.io.PrintWriter err = cl.getErr();
        Thread hint = new Thread(() -> printStopped(err, dir, journal), "talentsim-resume-hint");
        Runtime.getRuntime().addShutdownHook(hint);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hint);
            } catch (IllegalStateException e) {
                // shutting down: the hint is on its way
            }
        };
    }

    /** A shutdown hint, removed by closing it. */
    interface Hint extends AutoCloseable {
        @Override
        void close();
    }

    /** Set when the JVM is shutting down (Ctrl-C): a command failing then says nothing more. */
    private static volatile boolean stopping;

    /** Set when an executor other than the local one (Spark) is opened: its log is silenced on the way down. */
    private static volatile boolean otherExecutor;

    /** Says that an executor other than the local one is being opened (see {@link #stopping}). */
    static void otherExecutorOpened() {
        otherExecutor = true;
    }

    /**
     * On Ctrl-C: what fails from now on is the shutdown itself (Spark stopping its jobs), not
     * the command; silence Spark's own shutdown log too. The results written so far stay, and
     * {@code --resume} continues an experiment.
     */
    private static void stopping() {
        stopping = true;
        // only when another executor (Spark) was started: asking for the logger context starts
        // SLF4J and Logback if nothing has logged yet, ~60 ms of CPU at the exit of every command
        // that logs nothing (--version, check, a run of the flagship)
        if (otherExecutor && org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext ctx) {
            ctx.getLogger("org.apache.spark").setLevel(ch.qos.logback.classic.Level.OFF);
            ctx.getLogger("org.sparkproject").setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    /**
     * Runs {@code args} and returns the exit code; a command whose output could not be written
     * (standard output on a full disk, say) exits with 1 and says so on standard error, instead
     * of claiming success.
     */
    static int execute(CommandLine cl, String... args) {
        if (args.length > 1 && args[0].equals("help")) {
            String[] help = help(cl.getErr(), args);
            if (help == null) {
                return BAD_INPUT;
            }
            args = help;
        }
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // past the estimate the commands check before they start (Simulation.requireMemory):
            // one line, not a stack trace (found by a scenario author's review: a mass layoff of a
            // million researchers in a heap the estimate let through); what was written is as it was
            double gib = Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024);
            java.io.PrintWriter err = cl.getErr();
            err.println(String.format(java.util.Locale.ROOT, "talentsim: out of memory: the JVM may use %.2f GB, which this"
                    + " command needed more than; raise -Xmx (e.g. JAVA_OPTS=-Xmx%dg) or shrink the scenario. Result folders"
                    + " are as they were before it (a stopped experiment or calibration: --resume continues it)", gib,
                    Math.max(1, (long) Math.ceil(gib * 2))));
            err.flush();
            return INTERNAL_ERROR;
        }
        java.io.PrintWriter out = cl.getOut();
        out.flush();
        // picocli's writer may sit on System.out, a PrintStream that swallows write errors itself
        if (out.checkError() || System.out.checkError()) {
            java.io.PrintWriter err = cl.getErr();
            // said what it may be and what it leaves: a sweep piped to head exited 1 with the bare line, read
            // as an internal error (a sweep analyst's review); the result files are written apart from it
            err.println("talentsim: cannot write to standard output (a full disk, or a pipe closed early, as by | head): what"
                    + " it printed is cut short; result files are written apart from it");
            err.flush();
            return code == 0 ? INTERNAL_ERROR : code;
        }
        return code;
    }

    /** The commands, in the order help lists them ({@code help} last). */
    static final List<String> COMMANDS = List.of("run", "check", "validate", "experiment", "replicate", "sweep", "compare",
            "report", "calibrate", "sensitivity", "help");

    /**
     * For a front end of experiments other than this command line (the {@code spark-submit}
     * application): forgets the warnings counted so far, so that {@link #sayAfterRuns} counts those
     * of the runs about to run. Without Logback on the class path (spark-submit on a cluster,
     * whose Spark logs through log4j) there is nothing to count: it loaded {@link LogSetup}, built on
     * Logback, and stopped with {@code NoClassDefFoundError} before the first run (a review of
     * Spark's side).
     */
    public static void countWarningsFromNow() {
        if (logback()) {
            LogSetup.repeated();
        }
    }

    /**
     * Whether Logback is on the class path ({@link LogSetup} is built on it; a cluster's Spark may
     * log through log4j). Asked of the class file, not by loading the class: {@code --version}
     * loads no logging class (QuietExitTest).
     */
    static boolean logback() {
        ClassLoader loader = Main.class.getClassLoader();
        return loader != null && loader.getResource("ch/qos/logback/classic/spi/Configurator.class") != null;
    }

    /**
     * The table the command line prints of an experiment's result (each arm against the baseline,
     * or each cell), for a front end other than it (the {@code spark-submit} application).
     */
    public static void printTable(java.io.PrintWriter out, org.talentsim.experiment.Experiment e,
            org.talentsim.experiment.ExperimentRunner.Result r) {
        ExperimentCommands.table(out, e, r, "the experiment file's metrics: key");
        out.flush();
    }

    /**
     * What the command line says on {@code err} when an experiment's runs are done: how many of the
     * {@code ran} runs said each warning written once as the runs went ("said once: other runs
     * that say it are counted at the end"; after a resume of {@code resumed} runs, of those run
     * now), then how many runs of the experiment in {@code dir}
     * skipped parts of the scenario's events (runs.csv says which).
     */
    public static void sayAfterRuns(java.io.PrintWriter err, long ran, long resumed, Path dir) {
        ExperimentCommands.sayRepeated(err, ran, resumed);
        String skipped = org.talentsim.report.Report.skippedLine(dir, false);
        if (skipped != null) {
            err.println("talentsim: " + skipped);
        }
        err.flush();
    }

    /** The configured command line of {@code main}, with every command (tests run it in-process with their own writers). */
    public static CommandLine commandLine(Main main) {
        return commandLine(main, COMMANDS);
    }

    /**
     * The command line for {@code args}: when they start with a command's name, with that command
     * only (picocli reads every command's options by reflection when it is added, a third of a
     * second of start-up for all of them); with none for {@code --version}; else ({@code --help},
     * a misspelt command, which gets suggestions) with every command. Either way the same output.
     */
    static CommandLine commandLine(Main main, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return commandLine(main, List.of());
        }
        return commandLine(main, args.length > 0 && COMMANDS.contains(args[0]) && !args[0].equals("help")
                ? List.of(args[0]) : COMMANDS);
    }

    private static CommandLine commandLine(Main main, List<String> names) {
        CommandLine cl = new CommandLine(main);
        for (String name : names) {
            cl.addSubcommand(name, switch (name) {
                case "run" -> new RunCommand(main);
                case "check" -> new CheckCommand();
                case "validate" -> new ValidateCommand();
                case "experiment" -> new ExperimentCommands.ExperimentCommand();
                case "replicate" -> new ExperimentCommands.ReplicateCommand();
                case "sweep" -> new ExperimentCommands.SweepCommand();
                case "compare" -> new ExperimentCommands.CompareCommand();
                case "report" -> new ReportCommand();
                case "calibrate" -> new CalibrationCommands.CalibrateCommand();
                case "sensitivity" -> new CalibrationCommands.SensitivityCommand();
                case "help" -> new CommandLine.HelpCommand();
                default -> throw new IllegalArgumentException(name);
            });
        }
        // 100 columns: the examples and file lists stay whole on one line (at 80 a command was
        // cut inside a path, "labs[Meta]." / "retention=none", and could not be copied)
        cl.setUsageHelpWidth(100);
        // a path this JVM cannot encode: the reason, not picocli's "cannot convert … to interface java.nio.file.Path (…)"
        cl.registerConverter(Path.class, s -> {
            // a URI (hdfs://, s3a://, file:/…) read as a local path wrote into ./hdfs:/x/y and said
            // "Results: hdfs:/x/y" (found by a strategist's review)
            if (s.matches("[A-Za-z][A-Za-z0-9+.-]*://.*|(?i)file:/.*")) {
                throw new CommandLine.TypeConversionException("'" + org.talentsim.internal.Names.escape(s) + "' is a URI:"
                        + " give a path on this machine (the spark module's Submit, under spark-submit, writes to hdfs://,"
                        + " s3a:// and other Hadoop file systems: docs/SPARK.md)");
            }
            try {
                return Path.of(s);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException(unusablePath(e).substring("talentsim: ".length()));
            }
        });
        // whole numbers in the digits 0-9 only, as the files' reader takes them (Java's parser read
        // --seed ٥ as 5; found by a review)
        CommandLine.ITypeConverter<Long> whole = wholeNumber(Long::valueOf, Long.MIN_VALUE, Long.MAX_VALUE);
        CommandLine.ITypeConverter<Integer> small = wholeNumber(Integer::valueOf, Integer.MIN_VALUE, Integer.MAX_VALUE);
        cl.registerConverter(Long.class, whole);
        cl.registerConverter(long.class, whole);
        cl.registerConverter(Integer.class, small);
        cl.registerConverter(int.class, small);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler(Main::failure);
        cl.setExecutionStrategy(parsed -> {
            awaitLogging();
            return new CommandLine.RunLast().execute(parsed);
        });
        return cl;
    }

    /**
     * A converter of whole numbers written with the digits 0-9 (and a minus sign), by {@code parse},
     * from {@code min} to {@code max}; each option says its own range where it has one.
     */
    private static <T> CommandLine.ITypeConverter<T> wholeNumber(java.util.function.Function<String, T> parse, long min, long max) {
        return s -> {
            try {
                return parse.apply(asciiDigits(s));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + org.talentsim.internal.Names.escape(s)
                        + "' is not a whole number (digits 0-9, from " + min + " to " + max + ")");
            }
        };
    }

    private static String asciiDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) > 127 && Character.isDigit(s.charAt(k))) {
                throw new CommandLine.TypeConversionException(String.format(java.util.Locale.ROOT,
                        "'%s' is not a whole number written with the digits 0-9 (U+%04X)", org.talentsim.internal.Names.escape(s),
                        (int) s.charAt(k)));
            }
        }
        return s;
    }

    /** Observers added to every run (tests use it to interrupt a run). */
    public Main observe(TickObserver o) {
        extraObservers.add(o);
        return this;
    }

    List<TickObserver> extraObservers() {
        return extraObservers;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give one of "
                + String.join(", ", COMMANDS));
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null && args.length > 0
                && !args[0].startsWith("-") && !u.getUnmatched().isEmpty() && u.getUnmatched().get(0).equals(args[0])) {
            // a misspelt command: said as such first ("Unmatched arguments from index 0: 'runn', ..." came
            // before picocli's suggestion: found by a reviewer)
            return unknownCommand(cmd.getErr(), args[0]);
        }
        String other = otherCommandsOption(cmd.getCommandName(), args);
        if (other != null) {
            // `sweep --arm ...` said only that --vary was missing (a strategist's review)
            cmd.getErr().println(other);
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            cmd.getErr().flush();
            return BAD_INPUT;
        }
        cmd.getErr().println(ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        cmd.getErr().flush();
        return BAD_INPUT;
    }

    /**
     * What to say when {@code args} give {@code command} the option that makes another experiment
     * command ({@code --arm} of compare, {@code --vary} of sweep), or null.
     */
    static String otherCommandsOption(String command, String[] args) {
        String[][] owners = {{"--arm", "compare", "arms"}, {"--vary", "sweep", "a grid of values"}, {"--baseline", "compare", "arms"}};
        for (String[] o : owners) {
            if (!o[1].equals(command) && List.of("compare", "sweep", "replicate").contains(command)
                    && java.util.Arrays.stream(args).anyMatch(a -> a.equals(o[0]) || a.startsWith(o[0] + "="))) {
                return o[0] + " is an option of talentsim " + o[1] + " (" + o[2] + "), not of " + command + ": run talentsim "
                        + o[1] + " with it, or write an experiment file (talentsim experiment FILE)";
            }
        }
        // Spark's options on a command that runs one scenario (it said only "Unknown options:
        // '--executor', 'spark'", which read as a misspelling: a review of Spark's side)
        if (!List.of("compare", "sweep", "replicate", "experiment").contains(command)) {
            for (String option : List.of("--executor", "--master")) {
                if (java.util.Arrays.stream(args).anyMatch(a -> a.equals(option) || a.startsWith(option + "="))) {
                    return option + " is an option of the experiment commands (experiment, replicate, sweep and compare), which"
                            + " run many runs and may run them on Spark; " + command + " takes none";
                }
            }
        }
        return null;
    }

    /** Says that {@code name} is not a command, with the nearest one; returns {@link #BAD_INPUT}. */
    /**
     * {@code help} and what follows it, as picocli is to run it, or null when refused (said on
     * {@code err}): at most one command, and no option but {@code -h}/{@code --help} (picocli
     * showed the first command's help and ignored the rest, ignored unknown options, and named a
     * misspelt command only as an "Unknown subcommand"). {@code help -h run} and {@code help run
     * --help} show run's help; {@code help -h} help's own.
     */
    private static String[] help(java.io.PrintWriter err, String[] args) {
        List<String> commands = new java.util.ArrayList<>();
        boolean helpOption = false;
        boolean options = true;
        for (int k = 1; k < args.length; k++) {
            String a = args[k];
            if (options && a.equals("--")) {
                options = false;
            } else if (options && (a.equals("-h") || a.equals("--help"))) {
                helpOption = true;
            } else if (options && a.startsWith("-")) {
                err.println("talentsim: unknown option of help: '" + a + "'" + (a.equals("--version") || a.equals("-V")
                        ? " (the version: talentsim --version)" : ""));
                err.println("Try 'talentsim --help' for more information.");
                err.flush();
                return null;
            } else {
                commands.add(a);
            }
        }
        if (commands.size() > 1) {
            err.println("talentsim: help takes one command, was given " + commands.size() + ": "
                    + String.join(" ", commands.stream().map(c -> c.isEmpty() || c.contains(" ") ? "'" + c + "'" : c).toList()));
            String known = commands.stream().filter(COMMANDS::contains).findFirst().orElse(null);
            err.println(known == null ? "Try 'talentsim --help' for more information." : "Try 'talentsim help " + known + "'.");
            err.flush();
            return null;
        }
        if (commands.isEmpty()) {
            return helpOption ? new String[] {"help", "--help"} : new String[] {"help"};
        }
        if (!COMMANDS.contains(commands.get(0))) {
            unknownCommand(err, commands.get(0));
            return null;
        }
        return new String[] {"help", commands.get(0)};
    }

    private static int unknownCommand(java.io.PrintWriter err, String name) {
        String near = org.talentsim.internal.Suggestions.closest(name, COMMANDS);
        // a file given without its command (talentsim scenarios/x.yaml): say which command runs it (a student's review)
        boolean file = name.endsWith(".yaml") || name.endsWith(".yml");
        err.println("talentsim: unknown command '" + name + "'" + (file ? " (to run a file: talentsim run " + name
                + ", or talentsim experiment / calibrate for those files)" : near == null ? "" : " (did you mean " + near + "?)")
                + "; the commands: " + String.join(", ", COMMANDS));
        err.println("Try 'talentsim --help' for more information.");
        err.flush();
        return BAD_INPUT;
    }

    /**
     * Why the file system refused a path the user gave, in words (permission denied, not a
     * folder, read-only, no files allowed there), or null for any other I/O failure (a full disk mid-run stays an
     * internal error, exit 1).
     */
    static String refusal(Throwable cause) {
        if (cause instanceof java.nio.file.AccessDeniedException e) {
            return "permission denied (" + e.getFile() + ")";
        }
        if (cause instanceof java.nio.file.NotDirectoryException e) {
            return e.getFile() + " is not a folder";
        }
        if (cause instanceof java.nio.file.FileAlreadyExistsException e && e.getOtherFile() == null
                && e.getFile() != null && Files.isRegularFile(Path.of(e.getFile()))) {
            return e.getFile() + " is a file, where a folder must be";
        }
        if (cause instanceof java.nio.file.FileSystemException e && e.getReason() != null
                && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only file system")) {
            return "read-only file system (" + e.getFile() + ")";
        }
        if (cause instanceof java.nio.file.FileSystemException e && e.getReason() != null
                && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("operation not permitted")) {
            // EPERM: a folder or file marked immutable or append-only (chattr), or one of another
            // owner in a sticky folder: exit 1 and "FileSystemException: ..." before (found by a reviewer)
            return "operation not permitted (" + e.getFile() + (e.getOtherFile() == null ? "" : " -> " + e.getOtherFile())
                    + "): the file system refuses to change it (immutable, or another user's)";
        }
        if (cause instanceof java.nio.file.NoSuchFileException e && e.getFile() != null && e.getOtherFile() == null) {
            // a file that could not be created in a folder that exists: a file system that takes
            // no new files there (/proc, /sys), not a missing folder
            Path parent = Path.of(e.getFile()).toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return "the file system does not let files be created in " + parent + " (" + e.getFile() + ")";
            }
        }
        return null;
    }

    /**
     * A path the file system refused, in words ("cannot lock /proc/x: the file system does not let
     * files be created in /proc (...)"), or null when {@code u} is another I/O failure: for the
     * spark module's {@code Submit}, which said "NoSuchFileException: ..." (a Spark user's review).
     */
    public static String refused(UncheckedIOException u) {
        String why = u.getCause() == null ? null : refusal(u.getCause());
        return why == null ? null : withoutCause(u) + why;
    }

    /** The message of {@code u} without the cause's own text at its end ("cannot write X: "). */
    private static String withoutCause(UncheckedIOException u) {
        String m = String.valueOf(u.getMessage());
        String c = u.getCause().getMessage();
        int at = c == null ? -1 : m.lastIndexOf(c);
        String head = at > 0 ? m.substring(0, at) : m + ": ";
        String type = u.getCause().getClass().getSimpleName() + ": ";
        return head.endsWith(type) ? head.substring(0, head.length() - type.length()) : head;
    }

    private static int failure(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (stopping) {
            return 130; // interrupted, as the shell reports a Ctrl-C
        }
        if (ex instanceof org.talentsim.engine.TickFailedException t && t.getCause() instanceof UncheckedIOException io) {
            ex = io;   // a result file that could not be written during the run: said as such, below
        }
        if (ex instanceof ScenarioException || ex instanceof OverrideException || ex instanceof BadInput
                || ex instanceof FolderBusyException || ex instanceof ExperimentException) {
            cmd.getErr().println(ex instanceof OverrideException o ? o.asSetOptions() : ex.getMessage());
            cmd.getErr().flush();
            return BAD_INPUT;
        }
        if (ex instanceof java.nio.file.InvalidPathException p) {
            cmd.getErr().println(unusablePath(p));
            cmd.getErr().flush();
            return BAD_INPUT;
        }
        if (ex instanceof org.talentsim.experiment.RunFailedException r) {
            if (r.getCause() instanceof OverrideException || r.getCause() instanceof ScenarioException) {
                // bad input that only a run met (values the file's checks did not try): one line,
                // and no advice to resume, which would meet it again
                cmd.getErr().println("talentsim: " + r.getMessage().substring(0, r.getMessage().indexOf(" failed: "))
                        + ": " + (r.getCause() instanceof OverrideException o ? o.asSetOptions() : r.getCause().getMessage()));
                cmd.getErr().flush();
                return BAD_INPUT;
            }
            // the run's index, cell, replication and seed first, then what it threw
            cmd.getErr().println("talentsim: " + ex.getMessage().lines().findFirst().orElse(""));
            cmd.getErr().println("the runs that finished are in the output folder's journal (runs.csv of an experiment,"
                    + " evaluations.csv of a calibration or sensitivity analysis): --resume continues");
            ex.getCause().printStackTrace(cmd.getErr());
            cmd.getErr().flush();
            return INTERNAL_ERROR;
        }
        if (ex instanceof UncheckedIOException u && refusal(u.getCause()) != null) {
            // a place the user named that the file system will not let us write (no permission, a
            // file where a folder must be, a read-only file system): bad input, said in words
            cmd.getErr().println("talentsim: " + withoutCause(u) + refusal(u.getCause()));
            cmd.getErr().flush();
            return BAD_INPUT;
        }
        if (ex instanceof UncheckedIOException) {
            cmd.getErr().println("talentsim: " + ex.getMessage());
        } else {
            cmd.getErr().println("talentsim: internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return INTERNAL_ERROR;
    }

    /**
     * Under a file-name encoding that is not UTF-8 (a C or POSIX locale), a current folder whose
     * name it cannot decode: Java reads it with '?' for each such letter, and every relative path
     * would resolve into another folder, created anew (results written beside the real one). The
     * line that says so, or null.
     */
    static String unreadableCurrentFolder() {
        String encoding = fileNameEncoding();
        if (encoding == null) {
            return null;
        }
        String dir = System.getProperty("user.dir", "");
        try {
            if (Files.isDirectory(Path.of(dir))) {
                return null;
            }
        } catch (java.nio.file.InvalidPathException e) {
            // not a name this JVM can use: as below
        }
        return "talentsim: the current folder's name (" + dir + ") cannot be read with this locale's file-name encoding ("
                + encoding + "): run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8, or from another folder";
    }

    /**
     * One line for a path this JVM cannot name on the file system: under a C or POSIX locale (no
     * LANG, or one not installed) Java encodes file names in ASCII, and a name with other letters
     * cannot be encoded at all.
     */
    static String unusablePath(java.nio.file.InvalidPathException e) {
        String encoding = fileNameEncoding();
        return "talentsim: cannot use the path " + e.getInput() + ": " + e.getReason() + (encoding == null
                ? "" : " (file names are encoded as " + encoding + " here: run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8)");
    }

    /** The JVM's file-name encoding when it is not UTF-8 (a C or POSIX locale), else null. */
    private static String fileNameEncoding() {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        return encoding.isEmpty() || encoding.toUpperCase(java.util.Locale.ROOT).contains("UTF") ? null : encoding;
    }

    /**
     * Refuses a run this JVM cannot hold ({@link Simulation#requireMemory}) before it starts, as
     * bad input: {@code FILE: the run of N researchers needs ~9.0 GB, the JVM may use 6.3 GB; …}.
     */
    static void requireMemory(String file, Scenario s) {
        try {
            Simulation.requireMemory(s);
        } catch (IllegalArgumentException e) {
            throw new BadInput(file + ": " + e.getMessage());
        }
    }

    /** Bad input found after parsing (e.g. an output path that is a file): one line, exit 2. */
    static final class BadInput extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    /** {@code --version}: the library version of the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"talentsim " + RunInfo.version()};
        }
    }
}
