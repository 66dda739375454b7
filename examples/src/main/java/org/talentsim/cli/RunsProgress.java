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
    private final long start;
    private int first = -1;
    private long lastDraw;
    private int drawnWidth;

    RunsProgress(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    @Override
    public void done(int finished, int total) {
        if (first < 0) {
            first = finished; // runs found done by a resume do not count in the speed
        }
        long now = clock.getAsLong();
        if (now - lastDraw < REDRAW_NANOS && finished < total) {
            return;
        }
        lastDraw = now;
        String line = line(finished - first, finished, total, now - start);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
        Progress.onScreen = true;
    }

    /** The line after {@code ran} runs in {@code elapsed} nanoseconds, {@code finished} of {@code total} done. */
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
