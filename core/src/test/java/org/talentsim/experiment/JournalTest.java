package org.talentsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        assertTrue(e.getMessage().contains("journal of another experiment"), e.getMessage());
    }
}
