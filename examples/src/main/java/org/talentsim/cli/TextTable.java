package org.talentsim.cli;

import java.util.List;
import java.util.function.IntPredicate;

/** An aligned plain-text table for the terminal: columns two spaces apart, no trailing spaces. */
final class TextTable {
    private TextTable() {}

    /**
     * The rows (the header first) as aligned lines, each ending with the platform's line
     * separator; a column {@code c} for which {@code rightAligned.test(c)} is true is aligned
     * right (numbers), the others left.
     */
    static String format(List<String[]> rows, IntPredicate rightAligned) {
        int columns = rows.isEmpty() ? 0 : rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                String fill = " ".repeat(width[c] - r[c].length());
                line.append(c == 0 ? "" : "  ").append(rightAligned.test(c) ? fill + r[c] : r[c] + fill);
            }
            b.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return b.toString();
    }
}
