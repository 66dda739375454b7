package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentsim.io.ResultWriter;

/**
 * report DIR of a folder whose experiment (or calibration) has not finished: told to resume it,
 * and, when a forced start set finished results aside, where they are (it did not say: a re-check).
 */
class UnfinishedFolderTest {
    @Test
    void anUnfinishedFolderSaysWhereTheResultsItReplacesAre(@TempDir Path dir) throws Exception {
        assertNull(Report.unfinished(dir), "an empty folder is no unfinished one");
        Files.writeString(dir.resolve("experiment.yaml"), "version: 1\n");
        String plain = Report.unfinished(dir);
        assertEquals(dir + " holds an experiment that has not finished (no manifest.json): run it again with --resume to finish it,"
                + " then draw its report", plain);
        Path aside = Files.createDirectories(dir.resolve(ResultWriter.REPLACED));
        Files.writeString(aside.resolve("manifest.json"), "{}");
        String said = Report.unfinished(dir);
        assertTrue(said.startsWith(plain + "; the finished results it replaces are in " + aside), said);
        Files.writeString(dir.resolve("manifest.json"), "{}");
        assertNull(Report.unfinished(dir), "finished");
    }
}
