package org.talentsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The standard suite runs its six sets side by side: the same rows, in the same order, for any number of threads. */
class ValidationSuiteTest {

    @Test
    void theSameRowsInTheSameOrderOnOneOrSeveralThreads() {
        List<ValidationRow> one = Validation.standard(500, 5, 1);
        List<ValidationRow> three = Validation.standard(500, 5, 3);
        assertEquals(one, three);
        assertEquals(List.of("BM1", "BM2", "PVR1", "PVR3", "MP1", "MP2"),
                one.stream().map(ValidationRow::set).distinct().toList());
    }
}
