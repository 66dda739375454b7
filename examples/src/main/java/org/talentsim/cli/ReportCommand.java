package org.talentsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talentsim.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code talentsim report DIR}: (re)draws {@code report.html} from the result files of a run, an
 * experiment, a calibration or a sensitivity analysis.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        header = "Draw report.html again from the result files of a run, an experiment or a calibration.",
        description = {"Draw report.html (self-contained: charts as inline SVG) from the result files in DIR,",
            "written by run, experiment, replicate, sweep, compare, calibrate or sensitivity."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "a result folder")
    private Path dir;

    @Option(names = "--png", description = "also write each chart as charts/ID.png and charts/ID.svg")
    private boolean png;

    /**
     * From its making to its closing, a stop (Ctrl-C, SIGTERM) says that the results in {@code
     * dir} are complete and, when the command draws a report ({@code report}), how to draw it
     * ({@link #stoppedDrawing}); an experiment and a calibration make it as soon as their results
     * are written, before the tables and the "Results:" line (a stop between that line and the
     * drawing exited 130 without a word: a flaky test found it; a run says it too, {@code RunCommand}).
     */
    static final class StoppedHint implements AutoCloseable {
        private final Thread hook;

        StoppedHint(picocli.CommandLine cl, Path dir, boolean png, boolean report) {
            java.io.PrintWriter err = cl.getErr();
            hook = new Thread(() -> {
                err.println(report ? stoppedDrawing(dir, png) : "talentsim: stopped after the results were written; the results in " + dir
                        + " are complete");
                err.flush();
            }, "talentsim-report-hint");
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public void close() {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hint is on its way
            }
        }
    }

    /** What a command stopped while drawing its report says: the results are complete, and how to draw it. */
    static String stoppedDrawing(Path dir, boolean png) {
        return "talentsim: stopped while drawing the report; the results in " + dir + " are complete: talentsim report " + dir
                + (png ? " --png" : "") + " draws it";
    }

    /**
     * Runs {@code drawing}; a report that cannot be written where it goes (report.html a link or
     * a folder) is bad input, one line, exit 2.
     */
    static Path draw(java.util.function.Supplier<Path> drawing) {
        try {
            return drawing.get();
        } catch (IllegalArgumentException e) {
            throw new Main.BadInput("report: " + e.getMessage());
        }
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            // a scenario file given for its folder (a student's try): say what report takes, and the run's
            boolean yaml = String.valueOf(dir.getFileName()).matches("(?i).*\\.ya?ml");
            throw new Main.BadInput(dir + (!Files.exists(dir) ? ": no such folder" : ": not a folder" + (yaml ? ": report draws the"
                    + " page of a result folder; this file's run is talentsim run " + dir + ", which writes out/"
                    + RunCommand.defaultFolder(dir.toString()) + "/report.html" : "")));
        }
        String unfinished = Report.unfinished(dir);   // a stopped experiment: its final files are not there yet
        if (unfinished != null) {
            throw new Main.BadInput("report: " + unfinished);
        }
        if (!Report.canDraw(dir)) {
            throw new Main.BadInput(dir + ": holds no results of a run (labs.csv, summary.json), an experiment"
                    + " (experiment.yaml, runs.csv, summary.csv), a calibration (calibration.yaml, estimates.csv, moments.csv,"
                    + " summary.json) or a sensitivity analysis (sensitivity.yaml, sensitivity.csv, ranking.csv)");
        }
        Path file = draw(() -> Report.write(dir, png));
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "Report: %s%n", file);
        charts(spec.commandLine().getOut(), dir, png);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * With {@code --png}, where the chart files went and what events.txt is for (the terminal did
     * not say that 58 files had been written; found by a student's review).
     */
    static void charts(java.io.PrintWriter w, Path dir, boolean png) {
        Path charts = dir.resolve(Report.CHARTS);
        if (png && java.nio.file.Files.isDirectory(charts)) {
            boolean key = java.nio.file.Files.isRegularFile(charts.resolve(org.talentsim.io.ResultWriter.CHART_KEY));
            w.printf(java.util.Locale.ROOT, "Charts: %s (each chart as ID.png and ID.svg%s)%n", charts,
                    key ? "; events.txt says what the event numbers on them stand for" : "");
        }
    }
}
