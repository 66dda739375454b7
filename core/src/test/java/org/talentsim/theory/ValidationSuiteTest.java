package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard suite runs its six sets side by side: the same rows, in the same order, for any number of threads. */
class ValidationSuiteTest {

    @Test
    void theSameRowsInTheSameOrderOnOneOrSeveralThreads() {
        List<ValidationRow> one = Validation.suite(500, 5, 1);
        List<ValidationRow> three = Validation.suite(500, 5, 3);
        assertEquals(one, three);
        assertEquals(List.of("BM1", "BM2", "PVR1", "PVR3", "MP1", "MP2"),
                one.stream().map(ValidationRow::set).distinct().toList());
    }

    /** With 50 workers all 42 rows passed (5 SE of the BM1 unemployment were ±0.26 of 0.167): refused, as the command line refuses --n below it. */
    @Test
    void fewerWorkersThanAnyCheckCouldFailWithAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Validation.standard(50, 1));
        assertEquals("workers must be at least 10000, was 50: with fewer the tolerances (5 standard errors) are too wide"
                + " for a check to fail (THEORY uses 100000)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Validation.standard(Validation.MIN_WORKERS - 1, 1, 2));
        // zero threads, and null arguments, named (an API review: accepted, or the JVM's words)
        assertEquals("threads must be at least 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> Validation.standard(Validation.MIN_WORKERS, 1, 0)).getMessage());
        BurdettMortensen bm1 = new BurdettMortensen(0.02, 0.10, 0.10, 0.5, 1.0);
        assertEquals("set", assertThrows(NullPointerException.class,
                () -> Validation.bm(null, bm1, TheoryMarkets.Options.of(10, 1, 1))).getMessage());
        assertEquals("model", assertThrows(NullPointerException.class,
                () -> Validation.bmChecked("x", null, TheoryMarkets.Options.of(10, 1, 1))).getMessage());
    }
}
