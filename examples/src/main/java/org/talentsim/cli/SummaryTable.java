package org.talentsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentsim.metrics.Summary;

/** The per-lab table {@code run} prints: headcount start and end, hires, poaching, acqui-hires, layoffs, capability. */
final class SummaryTable {
    static final String[] HEADER = {"lab", "headcount", "hires", "poached in", "poached out", "acquired in",
        "acquired out", "layoffs", "capability"};

    private SummaryTable() {}

    static String format(Summary s) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Summary.LabSummary l : s.labs()) {
            rows.add(new String[] {l.lab(), l.headcountStart() + " -> " + l.headcountEnd(), Integer.toString(l.hires()),
                Integer.toString(l.poachedIn()), Integer.toString(l.poachedOut()), Integer.toString(l.acquiredIn()),
                Integer.toString(l.acquiredOut()), Integer.toString(l.layoffs()),
                String.format(Locale.ROOT, "%.1f", l.capabilityEnd())});
        }
        return TextTable.format(rows, c -> c > 0);
    }
}
