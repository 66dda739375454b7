package org.talentsim.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted experiment resumed from its journal ends with the same bytes as one never interrupted. */
class JournalTest {
    static final String HEADER = "run,arm,replication,seed,value";
    static final int[] ORDER = {3, 0, 7, 1, 2, 9, 4, 8, 5, 6};

    static String line(int i) {
        return i + ",arm" + (i % 2) + "," + (i / 2) + "," + (1000 + i) + "," + (i * 0.5);
    }

    @Test
    void resumingAfterAKillWithATornLineGivesTheSameFile(@TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole.csv");
        try (Journal j = Journal.open(dir.resolve("whole.journal"), HEADER, false, 1)) {
            for (int i : ORDER) {
                j.append(i, line(i));
            }
            j.finish(whole);
        }
        Path journal = dir.resolve("part.journal");
        try (Journal j = Journal.open(journal, HEADER, false, 3)) {
            for (int k = 0; k < 6; k++) {
                j.append(ORDER[k], line(ORDER[k]));
            }
        }
        // the kill came in the middle of a line
        Files.writeString(journal, "8,arm0,4,10", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path resumed = dir.resolve("resumed.csv");
        try (Journal j = Journal.open(journal, HEADER, true, 3)) {
            assertEquals(6, j.size());
            assertTrue(j.done(3) && j.done(9) && !j.done(8));
            for (int i : ORDER) {
                if (!j.done(i)) {
                    j.append(i, line(i));
                }
            }
            j.finish(resumed);
        }
        assertEquals(Files.readString(whole), Files.readString(resumed));
        assertTrue(Files.readString(whole).startsWith(HEADER + "\n0,arm0,0,1000,0.0\n1,"));
        assertFalse(Files.readString(journal).contains("8,arm0,4,10\n8"), "the torn line was cut off");
    }

    @Test
    void anotherExperimentsJournalOrABadLineIsRefused(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("j.csv");
        try (Journal j = Journal.open(journal, HEADER, false, 1)) {
            j.append(0, line(0));
            assertThrows(IllegalArgumentException.class, () -> j.append(1, "1,too,few"));
            assertThrows(IllegalArgumentException.class, () -> j.append(2, line(3)));
            j.append(0, line(0)); // again: kept once
            assertEquals(1, j.size());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Journal.open(journal, "run,other,header", true, 1));
        assertTrue(e.getMessage().contains("j.csv line 1: not the journal's header: its columns differ"), e.getMessage());
    }

    /**
     * A journal cut to nothing or inside its header (a power cut before the file reached the disk)
     * resumes with no run; one saved with a byte-order mark or CR LF line endings is refused in
     * words (was an IllegalArgumentException saying "another experiment", shown as an internal
     * error with its stack trace).
     */
    @Test
    void aDamagedHeaderResumesFromNothingOrIsRefusedInWords(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("runs.csv");
        for (String torn : new String[] {"", HEADER.substring(0, 5)}) {
            Files.writeString(journal, torn);
            try (Journal j = Journal.open(journal, HEADER, true, 1)) {
                assertEquals(0, j.size());
                j.append(0, line(0));
            }
            assertEquals(HEADER + "\n" + line(0) + "\n", Files.readString(journal), "resumed from " + torn.length() + " chars");
        }
        Files.writeString(journal, HEADER + "\r\n" + line(0) + "\r\n");
        JournalException crlf = assertThrows(JournalException.class, () -> Journal.open(journal, HEADER, true, 1));
        assertTrue(crlf.getMessage().endsWith("runs.csv line 1: not the journal's header: its lines end in CR LF (saved on"
                + " Windows?); resume only the same experiment's journal as it was written, or start afresh with force = true (without resume = true)"),
                crlf.getMessage());
        Files.writeString(journal, "\uFEFF" + HEADER + "\n");
        JournalException bom = assertThrows(JournalException.class, () -> Journal.open(journal, HEADER, true, 1));
        assertTrue(bom.getMessage().contains("it starts with a byte-order mark"), bom.getMessage());
        Files.writeString(journal, "hello\n");
        JournalException other = assertThrows(JournalException.class, () -> Journal.open(journal, HEADER, true, 1));
        assertTrue(other.getMessage().contains("it is not a header this experiment writes"), other.getMessage());
        assertEquals("hello\n", Files.readString(journal), "a refused journal is left as it was");
    }

    /**
     * Each line reaches the file as it is appended, and is forced every {@code syncEvery}: lines
     * were held in the process until the batch of 64 was full, so a kill -9 lost up to 63
     * finished runs, which --resume then ran again (a strategist's review).
     */
    @Test
    void eachLineReachesTheFileAtOnce(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("runs.journal");
        try (Journal j = Journal.open(journal, HEADER, false, 64)) {
            assertEquals(HEADER + "\n", Files.readString(journal), "the header at once");
            j.append(0, line(0));
            assertEquals(HEADER + "\n" + line(0) + "\n", Files.readString(journal), "one line: written");
            j.append(1, line(1));
            j.append(2, line(2));
            assertEquals(4, Files.readAllLines(journal).size(), "each line as it comes");
        }
        assertEquals(4, Files.readAllLines(journal).size());
    }

    /** A process killed without its shutdown hooks (as kill -9 does) keeps every line it appended. */
    @Test
    void aKilledProcessKeepsEveryLineItAppended(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("runs.journal");
        Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Halting.class.getName(), journal.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(9, p.waitFor(), out);
        List<String> lines = Files.readAllLines(journal);
        assertEquals(11, lines.size(), "the header and the ten lines: " + lines);
        assertEquals(line(9), lines.get(10));
    }

    /** Appends ten lines to a journal forced every 64, then halts (no shutdown hooks, no close). */
    static final class Halting {
        public static void main(String[] args) {
            Journal j = Journal.open(Path.of(args[0]), HEADER, false, 64);
            for (int i = 0; i < 10; i++) {
                j.append(i, line(i));
            }
            Runtime.getRuntime().halt(9);
        }
    }

    /**
     * Lines reach the file whole, and a JVM shutting down (Ctrl-C) forces them: lines went through an 8 KB BufferedWriter, which wrote whatever filled it (a line cut
     * in two) and lost the rest on a signal (a run's rows finished but not in runs.csv).
     */
    @Test
    void linesReachTheFileWholeAndTheShutdownWritesThePendingOnes(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("runs.journal");
        String pad = "x".repeat(90);
        try (Journal j = Journal.open(journal, "run,arm,replication,seed,value,note", false, 10_000)) {
            for (int i = 0; i < 1000; i++) {   // ~100 KB: past any write buffer
                j.append(i, line(i) + "," + pad);
                String text = Files.readString(journal);
                assertTrue(text.endsWith("\n"), "only whole lines in the file, after line " + i);
            }
            assertEquals(1001, Files.readAllLines(journal).size(), "every appended line written");
            Journal.flushAll();   // what the shutdown hook does: forces them
            assertEquals(1001, Files.readAllLines(journal).size(), "every appended line written");
        }
    }

    @Test
    void aClosedJournalTakesNoMoreLines(@TempDir Path dir) {
        Journal j = Journal.open(dir.resolve("runs.journal"), HEADER, false, 1);
        j.append(0, line(0));
        j.close();
        assertThrows(java.io.UncheckedIOException.class, () -> j.append(1, line(1)));
    }

    /** A journal is a regular file: a link in its place is refused, new or resumed, and what it points to is left alone. */
    @Test
    void aLinkInTheJournalsPlaceIsRefused(@TempDir Path dir) throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("precious.csv"), HEADER + "\n" + line(0) + "\n");
        Path journal = Files.createSymbolicLink(dir.resolve("runs.journal"), elsewhere);
        for (boolean resume : new boolean[] {false, true}) {
            IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                    () -> Journal.open(journal, HEADER, resume, 1), "resume " + resume);
            assertTrue(x.getMessage().contains("is a symbolic link"), x.getMessage());
        }
        assertEquals(HEADER + "\n" + line(0) + "\n", Files.readString(elsewhere));
    }

    /** Resuming cuts a torn last line from the file itself and appends after the whole lines. */
    @Test
    void resumingCutsTheTornLineFromTheFile(@TempDir Path dir) throws Exception {
        Path journal = dir.resolve("runs.journal");
        Files.writeString(journal, HEADER + "\n" + line(0) + "\n" + line(1) + "\n" + "2,arm0,1,10");
        try (Journal j = Journal.open(journal, HEADER, true, 1)) {
            assertEquals(HEADER + "\n" + line(0) + "\n" + line(1) + "\n", Files.readString(journal), "the torn line cut");
            assertEquals(2, j.size());
            j.append(2, line(2));
        }
        assertEquals(HEADER + "\n" + line(0) + "\n" + line(1) + "\n" + line(2) + "\n", Files.readString(journal));
    }

    /**
     * A thread with its interrupt status set appends, forces and closes as any other: through a
     * FileChannel the first force closed the file (ClosedByInterruptException) and the lines not
     * yet forced were lost (found by a review for long-lived services).
     */
    @Test
    void anInterruptedThreadStillWritesItsLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.journal");
        Thread.currentThread().interrupt();
        try {
            try (Journal j = Journal.open(file, HEADER, false, 2)) {
                for (int i = 0; i < 5; i++) {
                    j.append(i, line(i));
                }
            }
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is left as it was");
        } finally {
            Thread.interrupted();
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals(6, lines.size(), String.valueOf(lines));
        assertEquals(line(4), lines.get(5));
    }
}
