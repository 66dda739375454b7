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
}
