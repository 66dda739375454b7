package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress bar: silent for the first second, then months done and ETA; cleared at the end. */
class ProgressTest {
    long now;

    @Test
    void appearsAfterASecondAndClearsItself() {
        StringWriter sw = new StringWriter();
        Progress p = new Progress(new PrintWriter(sw), 24, 1, () -> now);
        p.onStart(null);
        now = 500_000_000L;
        p.onTick(1, null, null);
        assertEquals("", sw.toString(), "quiet during the first second");
        now = 6_000_000_000L;
        p.onTick(12, null, null);
        String bar = "[###############...............] month 12/24  ETA 6s";
        assertEquals("\r" + bar, sw.toString());
        p.onEnd(null);
        assertEquals("\r" + bar + "\r" + " ".repeat(bar.length()) + "\r", sw.toString());
    }

    @Test
    void weeklyTicksCountMonthsAndLongEtas() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), 104, 52 / 12.0, () -> 0);
        assertEquals("[##########....................] month 8/24  ETA 1m58s", p.line(35, 60_000_000_000L));
        assertEquals("1h01m", Progress.duration(3660));
    }

    /** The calibration's line: evaluations and budget, the best objective, evaluations per minute, the time left at most. */
    @Test
    void calibrationProgressLine() {
        assertEquals("evaluations 30 (budget 211)  best 2.9135  60.0/min  ETA <= 3m01s",
                CalibrationCommands.EvaluationsProgress.line(30, 30, 211, 2.913456, 30_000_000_000L, true));
        assertEquals("evaluations 0 (budget 20)  best ?  0.0/min  ETA <= ?",
                CalibrationCommands.EvaluationsProgress.line(0, 0, 20, Double.POSITIVE_INFINITY, 0, true));
        StringWriter sw = new StringWriter();
        CalibrationCommands.EvaluationsProgress p = new CalibrationCommands.EvaluationsProgress(new PrintWriter(sw), () -> now,
                false);
        now = 1_000_000_000L;
        p.progress(5, 24, Double.NaN); // the first call: 4 found in the journal, not counted in the speed
        now = 3_000_000_000L;
        p.progress(9, 24, Double.NaN);
        assertTrue(sw.toString().endsWith("\revaluations 9 (budget 24)  100.0/min  ETA <= 9s"), sw.toString());
        p.clear();
        assertTrue(sw.toString().endsWith("\r"));
    }

    /**
     * The runs' ETA counts from the first run done, not from before the executor started: a
     * Spark start of 5 s and a first run of 2 s made the first ETA 22 minutes for a job that
     * ended 5 s later (found by a strategist's review).
     */
    @Test
    void theRunsSpeedCountsFromTheFirstRunDone() {
        StringWriter sw = new StringWriter();
        RunsProgress p = new RunsProgress(new PrintWriter(sw), () -> now);
        now = 5_000_000_000L;   // the executor started
        p.done(0, 300);
        assertTrue(sw.toString().endsWith("runs 0/300  0.0 runs/s  ETA ?"), sw.toString());
        now = 7_000_000_000L;   // the first run done: no speed yet
        p.done(1, 300);
        assertTrue(sw.toString().endsWith("runs 1/300  0.0 runs/s  ETA ?"), sw.toString());
        now = 8_000_000_000L;   // 30 more in the next second
        p.done(31, 300);
        assertTrue(sw.toString().endsWith("runs 31/300  30.0 runs/s  ETA 9s"), sw.toString());
    }
}
