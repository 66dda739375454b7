package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's printed figures come from the code (issue 18): the tutorial's summary rows and the
 * whole comparison table of "Asking a question" are what a fresh run prints, line for line
 * (timings aside).
 */
class ReadmeFiguresTest {
    static final Path README = Path.of("..", "README.md");

    @Test
    void theTutorialSummaryIsAFreshRunsOutput(@TempDir Path dir) throws Exception {
        String readme = Files.readString(README);
        Cli r = Cli.run("run", "scenarios/meta-2025.yaml", "--out", dir.resolve("m").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> printed = r.out().lines().toList();
        int shown = 0;
        for (String line : printed) {
            if (line.startsWith("lab ") || line.startsWith("Meta ") || line.startsWith("OpenAI ")) {
                assertTrue(readme.contains(line + "\n"), "README lacks the printed line: " + line);
                shown++;
            }
        }
        assertEquals(3, shown, r.out());
    }

    @Test
    void theComparisonTableIsAFreshRunsOutput(@TempDir Path dir) throws Exception {
        String readme = Files.readString(README);
        Cli r = Cli.run("compare", "scenarios/meta-2025.yaml", "--arm", "none:labs[Meta].retention=none", "--arm",
                "80pct:labs[Meta].retention.upTo=0.8", "-r", "50", "--out", dir.resolve("c").toString());
        assertEquals(0, r.exit(), r.err());
        int checked = 0;
        for (String line : r.out().lines().toList()) {
            if (line.startsWith("meta-2025: ") || line.startsWith("Results: ")) {
                continue;   // the run's time; the folder
            }
            assertTrue(readme.contains(line + "\n"), "README lacks the printed line: " + line);
            checked++;
        }
        assertTrue(checked > 80, "lines compared: " + checked);
    }
}
