package org.talentsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.talentsim.experiment.ExperimentRunner;

/**
 * The progress line of an experiment on stderr: runs done of the total, runs per second and the
 * time left. Redrawn at most ten times a second, cleared at the end.
 */
final class RunsProgress implements ExperimentRunner.Listener {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    /** When the first run of this start finished (the speed counts from there), or -1. */
    private long firstDone = -1;
    private int first = -1;
    private long lastDraw;
    private int drawnWidth;

    RunsProgress(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void done(int finished, int total) {
        if (first < 0) {
            first = finished; // runs found done by a resume do not count in the speed
        }
        long now = clock.getAsLong();
        if (firstDone < 0 && finished > first) {
            // the speed counts from the first run done: before it, an executor's start (Spark's
            // 5-15 s) and the first run's warm-up made the first ETAs 10-300 times too long
            // (22 minutes for a job that ended 5 s later: a strategist's review)
            firstDone = now;
        }
        if (now - lastDraw < REDRAW_NANOS && finished < total) {
            return;
        }
        lastDraw = now;
        String line = line(firstDone < 0 ? 0 : finished - first - 1, finished, total, firstDone < 0 ? 0 : now - firstDone);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
        Progress.onScreen = true;
    }

    /**
     * The line after {@code ran} runs in {@code elapsed} nanoseconds (counted after the first run
     * of this start finished), {@code finished} of {@code total} done.
     */
    static String line(int ran, int finished, int total, long elapsed) {
        double perSecond = elapsed <= 0 ? 0 : ran / (elapsed / 1e9);
        String eta = ran == 0 ? "?" : Progress.duration(Math.round((total - finished) / perSecond));
        return String.format(Locale.ROOT, "runs %d/%d  %.1f runs/s  ETA %s", finished, total, perSecond, eta);
    }

    /** Erases the line. */
    void clear() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
            Progress.onScreen = false;
        }
    }
}
