package org.talentsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.experiment.Overrides;
import org.talentsim.io.OfferOutput;
import org.talentsim.io.ResultWriter;
import org.talentsim.io.RunInfo;
import org.talentsim.io.Runs;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.Summary;
import org.talentsim.metrics.Metrics;
import org.talentsim.report.Report;
import org.talentsim.report.RunCollector;
import org.talentsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code talentsim run SCENARIO}: runs a scenario file and writes the result files (DESIGN §6;
 * {@code offers.csv} by default under 100,000 researchers, or as {@code --[no-]offers} says). The files are written into a staging folder beside the output folder and swapped in
 * when complete (other files in the folder are kept); an invalid scenario or a failed run leaves
 * the folder as it was. A folder another run is writing is refused (exit 2), as is one that is a
 * symbolic link, a file or under a file.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Run a scenario file, write its result files into the output folder and print a summary per lab.",
        footer = {"", "Result files: manifest.json, labs.csv, teams.csv, market.csv (employed, seeking and unemployment",
            "per tick), moves.csv, flows.csv, summary.json,",
            "scenario-as-run.yaml (the scenario with the overrides, seed and months applied: running it",
            "gives these results again), and offers.csv (every offer made) for scenarios under 100,000",
            "researchers unless --no-offers.",
            "They are written into a staging folder beside the output folder and swapped in when complete;",
            "other files in the folder are kept. A folder another run is writing is refused (exit 2).",
            "report.html (charts of the run, self-contained: open it in a browser) is drawn after them unless --no-report."})
final class RunCommand implements Callable<Integer> {
    private final Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML, version 1)")
    private String file;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = {"change a value of the scenario by path, e.g.",
        "--set 'labs[Meta].retention=none' --set market.separation=0.2/year;",
        "repeatable, applied in order (docs/SCENARIO_FORMAT.md, Overrides)"})
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "master seed (default: the scenario's)")
    private Long seed;

    @Option(names = "--force", description = "replace the results of another scenario in --out")
    private boolean force;

    @Option(names = "--months", paramLabel = "N", description = "months to simulate (default: the scenario's)")
    private Integer months;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads; results do not depend on it (default: ${DEFAULT-VALUE})")
    private int threads = Math.min(8, Runtime.getRuntime().availableProcessors());

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: out/<the scenario file's name without .yaml>)")
    private Path out;

    @Option(names = "--offers", negatable = true, description = {"write offers.csv, one row per offer made",
        "(default: for scenarios that start with fewer than 100,000 researchers)"})
    private Boolean offers;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    private boolean quiet;

    @Option(names = "--report", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "write report.html, the charts of the run (default: on; --no-report skips it)")
    private boolean report = true;

    @Option(names = "--png", description = "also write each chart of the report as charts/ID.png and charts/ID.svg")
    private boolean png;

    /**
     * Bad input when {@code --png} is given with {@code --no-report}: the charts are the report's,
     * and the pair wrote neither without a word (a strategist's review).
     */
    static void requirePngWithReport(CommandLine cl, boolean report, boolean png) {
        if (png && !report) {
            throw new CommandLine.ParameterException(cl, "--png writes the report's charts, --no-report draws no report: give"
                    + " one of them");
        }
    }

    /** With {@code --png}, bad input unless the charts can be written into {@code dir} (asked before any work). */
    static void requireChartsFolder(boolean png, Path dir) {
        if (png) {
            try {
                org.talentsim.report.Report.checkCharts(dir);
            } catch (IllegalArgumentException e) {
                throw new Main.BadInput("--png: " + e.getMessage());
            }
        }
    }

    /** Bad input unless {@code --months} (when given) and {@code --threads} are in range. */
    static void checkCounts(CommandLine cl, Integer months, int threads) {
        if (months != null && months < 1) {
            throw new CommandLine.ParameterException(cl, "--months must be at least 1, was " + months);
        }
        if (threads < 1 || threads > 1024) {
            throw new CommandLine.ParameterException(cl, "--threads must be in [1, 1024], was " + threads);
        }
    }

    /**
     * The scenario {@code run} runs: the file with the overrides, {@code --seed} and {@code
     * --months} applied ({@code check} reads it the same way, so that it accepts exactly what
     * {@code run} can run; whether it fits this machine's memory only {@code run} asks).
     */
    static Scenario scenario(CommandLine cl, byte[] bytes, String file, List<String> overrides, Long seed, Integer months) {
        Scenario s = Overrides.parse(overrides).applyTo(ScenarioFiles.parse(bytes, file));
        // --seed and --months win over --set seed=… and --set months=…: refuse a pair that differ
        // rather than drop one silently
        if (seed != null && !Overrides.parse(overrides).setting("seed").isEmpty() && s.seed() != seed) {
            throw new CommandLine.ParameterException(cl, "--seed " + seed + " and --set seed=" + s.seed() + " set the seed"
                    + " twice; give it once");
        }
        if (months != null && !Overrides.parse(overrides).setting("months").isEmpty() && s.months() != months) {
            throw new CommandLine.ParameterException(cl, "--months " + months + " and --set months=" + s.months() + " set the"
                    + " months twice; give them once");
        }
        s = seed == null ? s : s.withSeed(seed);
        try {
            s = months == null ? s : s.withMonths(months);
        } catch (IllegalArgumentException e) {
            // "--months: months: must be ..." said the field twice
            String m = String.valueOf(e.getMessage());
            throw new CommandLine.ParameterException(cl, "--months " + months + ": " + (m.startsWith("months: ") ? m.substring(8) : m));
        }
        return s;
    }

    RunCommand(Main main) {
        this.main = main;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        checkCounts(cl, months, threads);
        requirePngWithReport(cl, report, png);
        if (report) {
            // load the chart library and fonts, and run its drawing code once, on the side while
            // the scenario is read and run: from the start, since reading a scenario leaves a core
            // idler than the run (a daemon: a scenario with an error does not wait for it)
            Thread warm = new Thread(RunCommand::warmUp, "talentsim-report-warm-up");
            warm.setDaemon(true);
            warm.start();
        }
        // an experiment's or a calibration's file is not a scenario: say which command runs it
        // (parsed as a scenario, its first key was "an unknown key")
        byte[] bytes = FileKind.require(file, FileKind.SCENARIO);
        Scenario s = scenario(cl, bytes, file, overrides, seed, months);
        Main.requireMemory(file, s);
        if (QuickStart.active() && QuickStart.tooLong(s.population(), s.ticks())) {
            // nothing written, nothing said (the notes were printed twice, once by each JVM: a
            // reliability review): the launcher runs it again with both compilers
            return QuickStart.RELAUNCH;
        }
        // accepted, but an event after the end, a layoff of more than there are or a budget with
        // its unit left out is likely a slip: say so (check says so too)
        for (String note : ScenarioNotes.of(s, bytes, file, overrides)) {
            cl.getErr().println(file + ": note: " + note);
        }
        Path dir = out != null ? out : Path.of("out", defaultFolder(file));
        RunInfo info = RunInfo.of(s, threads); // the file, its hash and the overrides: the scenario's origin
        try {
            ResultWriter.checkRunFolder(dir, info);
            if (!force) {
                ResultWriter.checkSameScenario(dir, info);
            }
        } catch (IllegalArgumentException e) {
            throw new Main.BadInput("--out: " + e.getMessage());
        }
        requireChartsFolder(report && png, dir);
        Simulation.Builder b = Simulation.builder(s).threads(threads);
        Progress progress = null;
        if (!quiet && System.console() != null) {
            progress = new Progress(cl.getErr(), s.ticks(), s.tickUnit().ticksPerMonth(), System::nanoTime);
            b.observer(progress);
        }
        for (TickObserver o : main.extraObservers()) {
            b.observer(o);
        }
        RunCollector collector = report ? new RunCollector(dir, s.ticks(), OfferOutput.of(offers).records(s)) : null;
        // once the results are in place, a Ctrl-C stops only the report, and says so (it exited
        // 130 after "Results:" without a word, the old report gone: found by a reviewer); set up
        // before the run, as a signal may come the moment the results are swapped in
        java.util.concurrent.atomic.AtomicBoolean inPlace = new java.util.concurrent.atomic.AtomicBoolean();
        PrintWriter err = cl.getErr();
        // and a Ctrl-C during the run says that the folder keeps what it held (the run ended, exit
        // 130, without a word: a reviewer)
        boolean heldBefore = holdsFiles(dir);
        Progress bar = progress;
        Thread hint = new Thread(() -> {
            if (!inPlace.get() && bar != null) {
                bar.clear();
            }
            err.println(!inPlace.get() ? stoppedRunning(dir, heldBefore) : report ? ReportCommand.stoppedDrawing(dir, png)
                    : "talentsim: stopped after the results were written; the results in " + dir + " are complete");
            err.flush();
        }, "talentsim-stop-hint");
        Runtime.getRuntime().addShutdownHook(hint);
        // removed however the command ends, but by a signal: an out-of-memory error (not a
        // RuntimeException) left it to add "stopped before the run ended" to its own line (a
        // re-check of the day's fixes)
        try {
            return runAndDraw(cl, s, b, info, dir, collector, progress, inPlace);
        } finally {
            removeHook(hint);
        }
    }

    private int runAndDraw(CommandLine cl, Scenario s, Simulation.Builder b, RunInfo info, Path dir, RunCollector collector,
            Progress progress, java.util.concurrent.atomic.AtomicBoolean inPlace) {
        // a report of the results this run replaces goes with them: said, not left to a browser's reload
        boolean oldReport = !report && hasReport(dir);
        Summary summary;
        try {
            summary = runToFolder(b, info, dir, OfferOutput.of(offers), collector, force);
            inPlace.set(true);
        } catch (RuntimeException | Error e) {
            if (progress != null) {
                progress.clear();
            }
            throw e;
        }
        PrintWriter w = cl.getOut();
        w.printf(java.util.Locale.ROOT, "%s: %s from %s, seed %d%n", s.name(), ExperimentCommands.count(s.months(), "month"), s.start(),
                s.seed());
        w.print(SummaryTable.format(summary, SummaryTable.closed(s)));
        w.printf(java.util.Locale.ROOT, "Results: %s (%s)%n", dir, String.join(", ", ResultWriter.files(OfferOutput.of(offers).records(s))));
        w.flush();
        Scenario ran = s;
        if (report) {
            w.printf(java.util.Locale.ROOT, "Report: %s%n", ReportCommand.draw(() -> Report.writeRun(collector, ran, png)));
            ReportCommand.charts(w, dir, png);
        } else {
            Report.remove(dir);
            if (oldReport) {
                w.println(removedReport(dir));
            }
        }
        w.flush();
        return 0;
    }

    /** Whether {@code dir} is there with something in it (an empty folder holds nothing to keep). */
    private static boolean holdsFiles(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return java.nio.file.Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
        try (java.util.stream.Stream<Path> in = java.nio.file.Files.list(dir)) {
            return in.findAny().isPresent();
        } catch (java.io.IOException e) {
            return true;   // (not readable: said to keep what it held, which a run does)
        }
    }

    /** What a run stopped (Ctrl-C, a kill) before its results were in place says. */
    static String stoppedRunning(Path dir, boolean heldBefore) {
        return "talentsim: stopped before the run ended; " + (heldBefore ? dir + " keeps the files it held before"
                : "nothing was written to " + dir);
    }

    /** Whether {@code dir} holds a report (of earlier results, when a command is about to replace them). */
    static boolean hasReport(Path dir) {
        return java.nio.file.Files.exists(dir.resolve(Report.FILE), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** What --no-report says when it removed the report of the results a command replaced. */
    static String removedReport(Path dir) {
        return "Report: none (--no-report); the report of the results replaced is removed: talentsim report " + dir
                + " draws one of these";
    }

    private static void removeHook(Thread hook) {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs
        }
    }

    /**
     * As {@link Runs#runToFolder(Simulation.Builder, RunInfo, Path, OfferOutput)}, also handing
     * the rows to {@code collector} (when not null) for the report.
     */
    private static Summary runToFolder(Simulation.Builder b, RunInfo info, Path dir, OfferOutput offers,
            RunCollector collector, boolean force) {
        try (ResultWriter writer = new ResultWriter(dir, info, offers, force)) {
            Metrics metrics = collector == null ? new Metrics(writer) : new Metrics(writer, collector);
            try (Simulation sim = b.observer(metrics).build()) {
                sim.run();
            }
            return metrics.summary();
        }
    }

    private static void warmUp() {
        try {
            Report.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // only a head start: the report draws (or reports its failure) after the run
        }
    }

    /**
     * The default result folder's name: the scenario file's name without {@code .yaml}/{@code
     * .yml} (so two files that share a {@code name:} — a copy being edited — do not write into
     * one folder), made safe by {@link #folderName}.
     */
    static String defaultFolder(String file) {
        return defaultFolder(file, "");
    }

    /**
     * {@link #defaultFolder(String)} with {@code suffix} ({@code -replicate} …): the name is cut
     * so that the two fit in the 255 bytes of a file name (a scenario file named near the limit).
     */
    static String defaultFolder(String file, String suffix) {
        String base = String.valueOf(Path.of(file).getFileName());
        String name = folderName(base.replaceFirst("(?i)\\.ya?ml$", "")); // ASCII: a byte a character
        return name.substring(0, Math.min(name.length(), 255 - suffix.length())) + suffix;
    }

    /** A folder name from a scenario name: letters, digits, '.', '_' and '-' kept, the rest '-'. */
    static String folderName(String name) {
        String f = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        return f.isEmpty() || f.chars().allMatch(c -> c == '.') ? "scenario" : f;
    }
}
