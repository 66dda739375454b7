package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flow matrix's labels are short and distinct: four labs named "Frontier Artificial
 * Intelligence Research Laboratory A" to "D" all read "Frontier Artificial Int…", and the matrix
 * could not be read.
 */
class ShortNamesTest {
    @Test
    void longNamesThatDifferAtTheEndKeepTheirEnds() {
        List<String> names = List.of("Frontier Artificial Intelligence Research Laboratory A",
                "Frontier Artificial Intelligence Research Laboratory B", "Meta", "Google DeepMind Research and Product Labs");
        List<String> shown = RunReport.shortNames(names);
        assertEquals(List.of("Frontier Artif\u2026oratory A", "Frontier Artif\u2026oratory B", "Meta",
                "Google DeepMind Researc\u2026"), shown);
        for (String s : shown) {
            assertTrue(s.codePointCount(0, s.length()) <= RunReport.MAX_LABEL, s);
        }
    }

    @Test
    void labelsAreDistinctEvenWhenBeginningAndEndAgree() {
        List<String> names = List.of("Lab of the Great Northern A Institute", "Lab of the Great Northern B Institute",
                "Lab of the Great Northern C Institute");
        List<String> shown = RunReport.shortNames(names);
        assertEquals(3, new HashSet<>(shown).size(), shown.toString());
        assertEquals(List.of("Lab of the Gre\u2026Institute", "Lab of the Gre\u2026Institute #2", "Lab of the Gre\u2026Institute #3"),
                shown);
    }
}
