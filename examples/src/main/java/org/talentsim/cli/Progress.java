package org.talentsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.MovesView;
import org.talentsim.model.WorldView;

/**
 * A progress bar on stderr: months done and the time left. It appears only once a run has taken
 * longer than {@link #DELAY_NANOS} and redraws at most ten times a second; it clears itself at the end.
 */
final class Progress implements TickObserver {
    /**
     * Whether a progress line (this one, an experiment's or a calibration's) is on the terminal
     * now, not yet cleared: a message on the way down starts on a new line rather than after it.
     */
    static volatile boolean onScreen;

    static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int ticks;
    private final double ticksPerMonth;
    private final LongSupplier clock;
    private long start;
    private long lastDraw;
    private int drawnWidth;

    Progress(PrintWriter err, int ticks, double ticksPerMonth, LongSupplier clock) {
        this.err = err;
        this.ticks = ticks;
        this.ticksPerMonth = ticksPerMonth;
        this.clock = clock;
    }

    @Override
    public void onStart(WorldView world) {
        start = clock.getAsLong();
    }

    @Override
    public void onTick(int tick, WorldView world, MovesView moves) {
        long now = clock.getAsLong();
        long elapsed = now - start;
        if (elapsed < DELAY_NANOS || (now - lastDraw < REDRAW_NANOS && tick < ticks)) {
            return;
        }
        lastDraw = now;
        String line = line(tick, elapsed);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        err.flush();
        drawnWidth = line.length();
        Progress.onScreen = true;
    }

    /** The bar after {@code tick} ticks in {@code elapsed} nanoseconds. */
    String line(int tick, long elapsed) {
        int filled = ticks == 0 ? WIDTH : (int) ((long) WIDTH * tick / ticks);
        long etaSeconds = tick == 0 ? 0 : Math.round(elapsed / 1e9 * (ticks - tick) / tick);
        return String.format(Locale.ROOT, "[%s%s] month %d/%d  ETA %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                (int) Math.floor(tick / ticksPerMonth), (int) Math.round(ticks / ticksPerMonth), duration(etaSeconds));
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + String.format(Locale.ROOT, "%02ds", seconds % 60);
        }
        return seconds / 3600 + "h" + String.format(Locale.ROOT, "%02dm", seconds / 60 % 60);
    }

    @Override
    public void onEnd(WorldView world) {
        clear();
    }

    /** Erases the bar (at the end, or when the run fails). */
    void clear() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
            Progress.onScreen = false;
        }
    }
}
