package org.talentsim.report;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.text.CharacterIterator;
import java.util.Map;

/**
 * A font that measures text from a table, so that drawing a chart never starts the JDK's font
 * system: loading it (the AWT font manager, HarfBuzz, FreeType, fontconfig, which resolves the
 * host's name for its cache file, and the font file) took ~110 ms of a fresh JVM, about a fifth
 * of the report's warm-up (docs/REPORT.md, "Speed"). The widths are DejaVu Sans's advance widths
 * (regular and bold, in its units of 1/2048 em; the Bitstream Vera metrics), for ASCII, Latin-1
 * and the punctuation, arrows and signs the report writes; the JDK measured the charts with the
 * same font where it is installed (Debian's default sans-serif), so the charts' layout is as
 * before there, and now the same on every machine, fonts installed or not. Characters beyond the
 * table take 1 em when East Asian wide, nothing when combining, and the width of 'n' otherwise.
 * {@code FontTableTest} checks the table against the JDK's metrics where DejaVu Sans is the
 * JDK's sans-serif.
 *
 * <p>The browser draws the SVG's text with its own sans-serif; the widths only place the labels.
 */
final class TableFont extends Font {
    private static final long serialVersionUID = 1L;

    /** Units per em of the table. */
    static final int EM = 2048;
    /** Ascent, descent, underline and strike-through (offset, thickness) in units; no leading. */
    static final int ASCENT = 1901;
    static final int DESCENT = 483;
    private static final int UNDERLINE = 40;
    private static final int UNDERLINE_THICKNESS = 90;
    private static final int STRIKE = -530;
    private static final int STRIKE_THICKNESS = 102;

    /** The characters of the table after ASCII (0x20-0x7E) and Latin-1 (0xA1-0xFF), in its order. */
    static final String EXTRA = "\u2013\u2014\u2212\u2192\u2190\u2191\u2193\u00b7\u2022\u2026\u2009\u202f\u2018\u2019\u201c\u201d\u2264\u2265\u2248\u2260\u00d7\u00b1\u2030\u20ac\u2011\u2010\u25b2\u25bc\u2206\u221e\u2032\u2033\u00a0";

    private static final short[] PLAIN_UNITS = {
            651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
            1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
            2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
            1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
            1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
            1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716, 821,
            1303, 1303, 1303, 1303, 690, 1024, 1024, 2048, 965, 1253, 1716, 739, 2048, 1024, 1024, 1716,
            821, 821, 1024, 1303, 1303, 651, 1024, 821, 965, 1253, 1985, 1985, 1985, 1087, 1401, 1401,
            1401, 1401, 1401, 1401, 1995, 1430, 1294, 1294, 1294, 1294, 604, 604, 604, 604, 1587, 1532,
            1612, 1612, 1612, 1612, 1612, 1716, 1612, 1499, 1499, 1499, 1499, 1251, 1239, 1290, 1255, 1255,
            1255, 1255, 1255, 1255, 2011, 1126, 1260, 1260, 1260, 1260, 569, 569, 569, 569, 1253, 1298,
            1253, 1253, 1253, 1253, 1253, 1716, 1253, 1298, 1298, 1298, 1298, 1212, 1300, 1212, 1024, 2048,
            1716, 1716, 1716, 1716, 1716, 651, 1208, 2048, 409, 409, 651, 651, 1061, 1061, 1716, 1716,
            1716, 1716, 1716, 1716, 2748, 1303, 739, 739, 1575, 1575, 1370, 1706, 465, 765, 651,
    };

    private static final short[] BOLD_UNITS = {
            713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
            1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188,
            2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741,
            1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024,
            1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407,
            1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716, 934,
            1425, 1425, 1303, 1425, 748, 1024, 1024, 2048, 1155, 1323, 1716, 850, 2048, 1024, 1024, 1716,
            897, 897, 1024, 1507, 1303, 778, 1024, 897, 1155, 1323, 2120, 2120, 2120, 1188, 1585, 1585,
            1585, 1585, 1585, 1585, 2222, 1503, 1399, 1399, 1399, 1399, 762, 762, 762, 762, 1716, 1714,
            1741, 1741, 1741, 1741, 1741, 1716, 1741, 1663, 1663, 1663, 1663, 1483, 1511, 1473, 1382, 1382,
            1382, 1382, 1382, 1382, 2146, 1214, 1389, 1389, 1389, 1389, 702, 702, 702, 702, 1407, 1458,
            1407, 1407, 1407, 1407, 1407, 1716, 1407, 1458, 1458, 1458, 1458, 1335, 1466, 1335, 1024, 2048,
            1716, 1716, 1716, 1716, 1716, 778, 1309, 2048, 409, 409, 778, 778, 1346, 1346, 1716, 1716,
            1716, 1716, 1716, 1716, 2949, 1425, 850, 850, 1575, 1575, 1427, 1706, 540, 915, 713,
    };

    /** The table's characters in order: ASCII, Latin-1 from 0xA1, {@link #EXTRA}. */
    static String characters() {
        StringBuilder b = new StringBuilder();
        for (char c = 0x20; c < 0x7F; c++) {
            b.append(c);
        }
        for (char c = 0xA1; c <= 0xFF; c++) {
            b.append(c);
        }
        return b.append(EXTRA).toString();
    }

    private static final char[] EXTRA_SORTED;
    private static final short[] EXTRA_INDEX;

    static {
        Integer[] order = new Integer[EXTRA.length()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Character.compare(EXTRA.charAt(x), EXTRA.charAt(y)));
        EXTRA_SORTED = new char[order.length];
        EXTRA_INDEX = new short[order.length];
        for (int i = 0; i < order.length; i++) {
            EXTRA_SORTED[i] = EXTRA.charAt(order[i]);
            EXTRA_INDEX[i] = (short) (95 + 95 + order[i]);
        }
    }

    /** {@code name} (a logical font: the SVG names its family), bold or plain, at {@code size} points. */
    private TableFont(String name, int style, float size) {
        super(attributes(name, style, size));
    }

    /** The fonts made so far, by name, style and size: a chart asks for the same few hundreds of times. */
    private static final java.util.concurrent.ConcurrentHashMap<Key, TableFont> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    private record Key(String name, int style, float size) {
        // written out: a record's own builds method handles on first use, a cost in a fresh JVM
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && java.util.Objects.equals(name, k.name) && style == k.style && Float.compare(size, k.size) == 0;
        }

        @Override
        public int hashCode() {
            return (31 * java.util.Objects.hashCode(name) + style) * 31 + Float.hashCode(size);
        }
    }

    /**
     * The table font {@code name}, {@code style}, {@code size}: one instance for each (fonts are
     * immutable), so that a chart's many requests for the same font build it once (a font from
     * attributes validates and merges them, all interpreted in a fresh JVM) and compare as the
     * same object (two equal fonts compare their attributes one by one).
     */
    static TableFont get(String name, int style, float size) {
        Key k = new Key(name, style, size);
        TableFont f = MADE.get(k);
        if (f == null) {
            if (MADE.size() > 256) {   // a bound, should a caller ask for sizes without end
                MADE.clear();
            }
            f = MADE.computeIfAbsent(k, x -> new TableFont(x.name(), x.style(), x.size()));
        }
        return f;
    }

    /** The widths of this font's style (from the style, not a field: a serialized font comes back whole). */
    private short[] widths() {
        return (getStyle() & BOLD) != 0 ? BOLD_UNITS : PLAIN_UNITS;
    }

    private static Map<java.text.AttributedCharacterIterator.Attribute, Object> attributes(String name, int style, float size) {
        Map<java.text.AttributedCharacterIterator.Attribute, Object> a = new java.util.HashMap<>();
        a.put(java.awt.font.TextAttribute.FAMILY, name);
        a.put(java.awt.font.TextAttribute.WEIGHT, (style & BOLD) != 0 ? java.awt.font.TextAttribute.WEIGHT_BOLD
                : java.awt.font.TextAttribute.WEIGHT_REGULAR);
        a.put(java.awt.font.TextAttribute.POSTURE, (style & ITALIC) != 0 ? java.awt.font.TextAttribute.POSTURE_OBLIQUE
                : java.awt.font.TextAttribute.POSTURE_REGULAR);
        a.put(java.awt.font.TextAttribute.SIZE, size);
        return a;
    }

    /** {@code f} itself if it is a table font, else one of its name, style and size. */
    static TableFont of(Font f) {
        return f instanceof TableFont t ? t : get(f.getName(), f.getStyle(), f.getSize2D());
    }

    /** The advance of code point {@code cp} in units. */
    int units(int cp) {
        int i = index(cp);
        short[] widths = widths();
        if (i >= 0) {
            return widths[i];
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return wide(cp) ? EM : widths['n' - 0x20];
    }

    private static int index(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return cp - 0x20;
        }
        if (cp >= 0xA1 && cp <= 0xFF) {
            return 95 + cp - 0xA1;
        }
        if (cp > 0xFFFF) {
            return -1;
        }
        int k = java.util.Arrays.binarySearch(EXTRA_SORTED, (char) cp);
        return k >= 0 ? EXTRA_INDEX[k] : -1;
    }

    /** East Asian wide and full-width characters (Unicode's EastAsianWidth W and F, by block). */
    private static boolean wide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1FAFF || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    /** The advance of {@code s[from, to)} at this size, as the JDK sums it (in float). */
    float advance(CharSequence s, int from, int to) {
        float w = 0;
        float scale = getSize2D() / EM;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(s, i);
            w += units(cp) * scale;
            i += Character.charCount(cp);
        }
        return w;
    }

    float ascent() {
        return ASCENT * getSize2D() / EM;
    }

    float descent() {
        return DESCENT * getSize2D() / EM;
    }

    private Rectangle2D bounds(float width) {
        return new Rectangle2D.Float(0, -ascent(), width, ascent() + descent());
    }

    @Override
    public String getFamily() {
        return getName();
    }

    @Override
    public String getFamily(java.util.Locale l) {
        return getName();
    }

    @Override
    public String getFontName() {
        return getName() + ((getStyle() & BOLD) != 0 ? ".bold" : ".plain");
    }

    @Override
    public String getFontName(java.util.Locale l) {
        return getFontName();
    }

    @Override
    public String getPSName() {
        return getFontName();
    }

    @Override
    public boolean canDisplay(char c) {
        return true;
    }

    @Override
    public boolean canDisplay(int codePoint) {
        return true;
    }

    @Override
    public int canDisplayUpTo(String str) {
        return -1;
    }

    @Override
    public boolean hasUniformLineMetrics() {
        return true;
    }

    @Override
    public float getItalicAngle() {
        return 0;
    }

    @Override
    public Rectangle2D getStringBounds(String str, FontRenderContext frc) {
        return bounds(advance(str, 0, str.length()));
    }

    @Override
    public Rectangle2D getStringBounds(String str, int beginIndex, int limit, FontRenderContext frc) {
        return bounds(advance(str, beginIndex, limit));
    }

    @Override
    public Rectangle2D getStringBounds(char[] chars, int beginIndex, int limit, FontRenderContext frc) {
        return bounds(advance(java.nio.CharBuffer.wrap(chars), beginIndex, limit));
    }

    @Override
    public Rectangle2D getStringBounds(CharacterIterator ci, int beginIndex, int limit, FontRenderContext frc) {
        StringBuilder b = new StringBuilder();
        for (char c = ci.setIndex(beginIndex); ci.getIndex() < limit; c = ci.next()) {
            b.append(c);
        }
        return bounds(advance(b, 0, b.length()));
    }

    @Override
    public Rectangle2D getMaxCharBounds(FontRenderContext frc) {
        return bounds(EM * getSize2D() / EM);
    }

    @Override
    public LineMetrics getLineMetrics(String str, FontRenderContext frc) {
        return new Line(str.length());
    }

    @Override
    public LineMetrics getLineMetrics(String str, int beginIndex, int limit, FontRenderContext frc) {
        return new Line(limit - beginIndex);
    }

    @Override
    public LineMetrics getLineMetrics(char[] chars, int beginIndex, int limit, FontRenderContext frc) {
        return new Line(limit - beginIndex);
    }

    @Override
    public LineMetrics getLineMetrics(CharacterIterator ci, int beginIndex, int limit, FontRenderContext frc) {
        return new Line(limit - beginIndex);
    }

    @Override
    public Font deriveFont(float size) {
        return get(getName(), getStyle(), size);
    }

    @Override
    public Font deriveFont(int style) {
        return get(getName(), style, getSize2D());
    }

    @Override
    public Font deriveFont(int style, float size) {
        return get(getName(), style, size);
    }

    /** The line metrics of this font: the table's ascent and descent at its size, no leading. */
    private final class Line extends LineMetrics {
        private final int chars;

        Line(int chars) {
            this.chars = chars;
        }

        @Override
        public int getNumChars() {
            return chars;
        }

        @Override
        public float getAscent() {
            return ascent();
        }

        @Override
        public float getDescent() {
            return descent();
        }

        @Override
        public float getLeading() {
            return 0;
        }

        @Override
        public float getHeight() {
            return ascent() + descent();
        }

        @Override
        public int getBaselineIndex() {
            return ROMAN_BASELINE;
        }

        @Override
        public float[] getBaselineOffsets() {
            return new float[] {0, (descent() - ascent()) / 2, -ascent()};
        }

        @Override
        public float getStrikethroughOffset() {
            return STRIKE * getSize2D() / EM;
        }

        @Override
        public float getStrikethroughThickness() {
            return STRIKE_THICKNESS * getSize2D() / EM;
        }

        @Override
        public float getUnderlineOffset() {
            return UNDERLINE * getSize2D() / EM;
        }

        @Override
        public float getUnderlineThickness() {
            return UNDERLINE_THICKNESS * getSize2D() / EM;
        }
    }

    /**
     * The metrics of a table font in whole pixels, rounded as the JDK rounds a font's (ascent and
     * descent up from .05, advances to the nearest), from the table's unhinted widths.
     */
    static final class Metrics extends FontMetrics {
        private static final long serialVersionUID = 1L;

        Metrics(TableFont font) {
            super(font);
        }

        private TableFont table() {
            return (TableFont) font;
        }

        @Override
        public int getAscent() {
            return (int) (0.95f + table().ascent());
        }

        @Override
        public int getDescent() {
            return (int) (0.95f + table().descent());
        }

        @Override
        public int getLeading() {
            return 0;
        }

        @Override
        public int getMaxAdvance() {
            return (int) (0.99f + table().getSize2D());
        }

        @Override
        public int charWidth(char ch) {
            return charWidth((int) ch);
        }

        @Override
        public int charWidth(int codePoint) {
            return (int) (0.5f + table().units(codePoint) * table().getSize2D() / EM);
        }

        @Override
        public int stringWidth(String str) {
            return (int) (0.5f + table().advance(str, 0, str.length()));
        }

        @Override
        public int charsWidth(char[] data, int off, int len) {
            return (int) (0.5f + table().advance(java.nio.CharBuffer.wrap(data), off, off + len));
        }

        @Override
        public int[] getWidths() {
            int[] w = new int[256];
            for (char c = 0; c < 256; c++) {
                w[c] = charWidth(c);
            }
            return w;
        }
    }
}
