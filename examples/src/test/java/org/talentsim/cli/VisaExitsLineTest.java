package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run's terminal table says how many left the market on a visa: they are in no lab's exits (out
 * of work), and "exits 18" read as the hundred visa exits mass-layoff promised (a student's review).
 */
class VisaExitsLineTest {
    @Test
    void theVisaExitsAreSaidUnderTheTable(@TempDir Path dir) throws IOException {
        Cli r = Cli.run("run", "scenarios/mass-layoff.yaml", "--months", "9", "--out", dir.resolve("m").toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        int visa = new ObjectMapper().readTree(dir.resolve("m/summary.json").toFile()).path("market").path("moves_by_reason")
                .path("VISA_EXIT").asInt();
        assertTrue(visa >= 80, "the case: about a hundred in 2025-08, " + visa);
        assertTrue(r.out().contains("\nVisa exits: " + visa + " researchers on work visas left the market, out of work past their grace"
                + " period (in no lab's exits: they had no job)\n"), r.out());
        Cli none = Cli.run("run", "scenarios/retention.yaml", "--months", "3", "--out", dir.resolve("r").toString(), "-q", "--no-report");
        assertEquals(0, none.exit(), none.err());
        assertFalse(none.out().contains("Visa exits"), none.out());
    }
}
