package org.talentsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentsim.metrics.Summary;

/**
 * The per-lab table {@code run} prints, whose columns add up: start + hires + poached in +
 * acquired in − poached out − acquired out − quits − layoffs − exits + other = end, the people
 * coming in first and those going out after, in the order of the report's summary table (a
 * student matching the two found them in different orders). "other" is what the named columns
 * do not count: a founder leaving to found a lab (−1 for the lab he leaves, +1 for the one he
 * founds) or a team moved between labs; the report gives it as other in and other out. Then
 * capability at the end.
 */
final class SummaryTable {
    static final String[] HEADER = {"lab", "start", "hires", "poached in", "acquired in", "poached out",
        "acquired out", "quits", "layoffs", "exits", "other", "end", "capability"};
    static final String FOOTER = "start + hires + poached in + acquired in - poached out - acquired out - quits - layoffs"
            + " - exits + other = end (other: founders leaving to found a lab, teams moved between labs; the report splits it"
            + " into in and out)";

    private SummaryTable() {}

    static String format(Summary s) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Summary.LabSummary l : s.labs()) {
            rows.add(new String[] {l.lab(), Integer.toString(l.headcountStart()), Integer.toString(l.hires()),
                Integer.toString(l.poachedIn()), Integer.toString(l.acquiredIn()), Integer.toString(l.poachedOut()),
                Integer.toString(l.acquiredOut()), Integer.toString(l.quits()), Integer.toString(l.layoffs()),
                Integer.toString(l.exits()), Integer.toString(other(l)), Integer.toString(l.headcountEnd()),
                String.format(Locale.ROOT, "%.1f", l.capabilityEnd())});
        }
        return TextTable.format(rows, c -> c > 0) + FOOTER + "\n";
    }

    /** What the named columns leave out of the change in headcount. */
    static int other(Summary.LabSummary l) {
        return l.headcountEnd() - (l.headcountStart() + l.hires() + l.poachedIn() - l.poachedOut() + l.acquiredIn()
                - l.acquiredOut() - l.quits() - l.layoffs() - l.exits());
    }
}
