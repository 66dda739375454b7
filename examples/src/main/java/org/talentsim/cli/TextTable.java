package org.talentsim.cli;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * An aligned plain-text table for the terminal: columns two spaces apart, no trailing spaces,
 * aligned by the columns a terminal gives each character (two for East Asian wide ones, none for
 * combining marks), not by the string's length.
 */
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
                width[c] = Math.max(width[c], width(r[c]));
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                String fill = " ".repeat(width[c] - width(r[c]));
                line.append(c == 0 ? "" : "  ").append(rightAligned.test(c) ? fill + r[c] : r[c] + fill);
            }
            b.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return b.toString();
    }

    /** The columns a terminal gives {@code text}. */
    static int width(String text) {
        int w = 0;
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            k += Character.charCount(cp);
            w += columns(cp);
        }
        return w;
    }

    /**
     * 0 for combining marks and format characters (a zero-width joiner), 2 for the East Asian wide
     * and fullwidth ranges (Hangul Jamo, CJK, kana, Hangul syllables, compatibility ideographs,
     * fullwidth forms, the emoji blocks: pictographs, emoticons, transport and map symbols, supplemental symbols), else 1 (as the usual wcwidth tables).
     */
    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F680 && cp <= 0x1F6FF) || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x1FA70 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
