package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A description's paragraphs, as the report shows them: split at blank lines, each one's lines joined by a space. */
class ParagraphsTest {
    @Test
    void splitAtBlankLinesAndJoinedWithin() {
        assertEquals(List.of("one", "two lines", "three"), RunReport.paragraphs("one\n\n  two\n  lines\n \n\nthree\n"));
        assertEquals(List.of("just one line"), RunReport.paragraphs("just one line"));
        assertEquals(List.of("a b", "c"), RunReport.paragraphs("a\r\nb\r\n\r\nc"));
    }
}
