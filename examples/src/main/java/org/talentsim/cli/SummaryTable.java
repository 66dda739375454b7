package org.talentsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentsim.metrics.Summary;

/** The per-lab table {@code run} prints: headcount start and end, hires, poaching, layoffs, capability. */
final class SummaryTable {
    static final String[] HEADER = {"lab", "headcount", "hires", "poached in", "poached out", "layoffs", "capability"};

    private SummaryTable() {}

    static String format(Summary s) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Summary.LabSummary l : s.labs()) {
            rows.add(new String[] {l.lab(), l.headcountStart() + " -> " + l.headcountEnd(), Integer.toString(l.hires()),
                Integer.toString(l.poachedIn()), Integer.toString(l.poachedOut()), Integer.toString(l.layoffs()),
                String.format(Locale.ROOT, "%.1f", l.capabilityEnd())});
        }
        int[] width = new int[HEADER.length];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                String cell = c == 0 ? pad(r[c], width[c], false) : pad(r[c], width[c], true);
                b.append(c == 0 ? "" : "  ").append(cell);
            }
            b.append(System.lineSeparator());
        }
        return b.toString().replaceAll(" +(\\R)", "$1");
    }

    private static String pad(String s, int w, boolean right) {
        String fill = " ".repeat(w - s.length());
        return right ? fill + s : s + fill;
    }
}
