package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the terminal shows, as a reviewer saw it go wrong: wide characters out of line, a message glued to a progress line. */
class TerminalTextTest {
    @Test
    void columnsAlignByTheTerminalsWidthOfEachCharacter() {
        String t = TextTable.format(List.of(new String[] {"lab", "end"}, new String[] {"\u65e5\u672c\u8a9e\u30e9\u30dc", "12"},
                new String[] {"Meta", "3"}, new String[] {"Cafe\u0301", "4"}), c -> c == 1);
        List<String> lines = t.lines().toList();
        // every number ends in the same terminal column: 日本語ラボ is 10 columns wide, Café (with a combining accent) 4
        assertEquals("lab         end", lines.get(0));
        assertEquals("\u65e5\u672c\u8a9e\u30e9\u30dc   12", lines.get(1));
        assertEquals("Meta" + " ".repeat(10) + "3", lines.get(2));
        assertEquals(TextTable.width(lines.get(0)), TextTable.width(lines.get(1)));
        assertEquals(TextTable.width(lines.get(0)), TextTable.width(lines.get(2)));
        assertEquals(TextTable.width(lines.get(0)), TextTable.width(lines.get(3)));
        assertEquals(10, TextTable.width("\u65e5\u672c\u8a9e\u30e9\u30dc"));
        assertEquals(4, TextTable.width("Cafe\u0301"));
        assertEquals(2, TextTable.width("\uD83D\uDE00"), "an emoji (a surrogate pair) is two columns");
        assertEquals(2, TextTable.width("\uD83D\uDE80"), "a rocket (transport and map symbols) too");
        assertEquals(2, TextTable.width("\uD83E\uDE90"), "and the symbols of U+1FA70-1FAFF");
    }

    @Test
    void theStopMessageStartsOnALineOfItsOwnAfterAProgressLine() {
        boolean was = Progress.onScreen;
        try {
            for (boolean on : new boolean[] {true, false}) {
                Progress.onScreen = on;
                StringWriter s = new StringWriter();
                Main.printStopped(new PrintWriter(s), Path.of("out", "x"), "runs.csv");
                String expected = "talentsim: stopped; the runs that finished are in " + Path.of("out", "x", "runs.csv")
                        + ": the same command with --resume continues" + System.lineSeparator();
                assertEquals((on ? System.lineSeparator() : "") + expected, s.toString());
            }
            StringWriter s = new StringWriter();
            RunsProgress p = new RunsProgress(new PrintWriter(s), () -> 0L);
            Progress.onScreen = false;
            p.done(10, 10);   // the last run is always drawn
            assertEquals(true, Progress.onScreen, "a drawn line is on the screen");
            p.clear();
            assertEquals(false, Progress.onScreen, "until cleared");
        } finally {
            Progress.onScreen = was;
        }
    }
}
