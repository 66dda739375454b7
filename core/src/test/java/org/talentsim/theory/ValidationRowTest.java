package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quantity without sampling error is compared exactly, not by a z that divides by zero. */
class ValidationRowTest {
    @Test
    void aCappedQuantityIsComparedExactly() {
        // validate mp with A = 1.5, theta = 2: f(theta) is capped at 1, so the engine finds 1 with SE 0
        ValidationRow capped = new ValidationRow("MP", "custom", "job finding per month f(theta)", 1.0, 1.0, 0);
        assertEquals(0.0, capped.z());
        assertTrue(capped.pass(), "was FAIL with z NaN");
        ValidationRow off = new ValidationRow("MP", "custom", "f", 1.0, 0.98, 0);
        assertEquals(Double.POSITIVE_INFINITY, off.z());
        assertFalse(off.pass());
        assertFalse(new ValidationRow("MP", "custom", "f", 1.0, Double.NaN, 0).pass());
        assertTrue(new ValidationRow("MP", "custom", "f", 1e6, 1e6 * (1 + 1e-14), 0).pass(), "rounding is not a difference");
        assertTrue(new ValidationRow("BM", "BM1", "u", 0.2, 0.2004, 0.001).pass());
    }

    @Test
    void theEngineAtACappedJobFindingRateGivesExactlyOne() {
        MortensenPissarides m = new MortensenPissarides(0.05, 1.5, 0.5);
        assertEquals(1.0, m.jobFinding(2), 0, "capped");
        List<ValidationRow> rows = Validation.mp("custom", m, 2, TheoryMarkets.Options.of(5_000, 24, 3));
        ValidationRow f = rows.stream().filter(r -> r.quantity().startsWith("job finding")).findFirst().orElseThrow();
        assertEquals(0.0, f.se());
        assertTrue(f.pass(), f.toString());
    }
}
