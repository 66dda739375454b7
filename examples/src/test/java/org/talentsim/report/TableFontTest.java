package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charts measure their text from {@link TableFont}'s table, not with the JDK's font system,
 * which then never starts (it took ~110 ms of a fresh JVM, a fifth of the report's warm-up).
 */
class TableFontTest {
    /** JFreeSVG's rendering context: fractional metrics, no transform. */
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    /**
     * The table is DejaVu Sans's advance widths and line metrics: where the JDK's sans-serif is
     * DejaVu Sans (Debian's and CI's default), every character of the table measures the same both
     * ways, plain and bold, at the report's sizes; elsewhere there is nothing to compare with.
     */
    @Test
    void theTableMeasuresAsTheJdksDejaVuSans() {
        Font probe = new Font("SansSerif", Font.PLAIN, 2048);
        Assumptions.assumeTrue(probe.getStringBounds("n", FRC).getWidth() == 1298
                && probe.getStringBounds("W", FRC).getWidth() == 2025, "the JDK's sans-serif is not DejaVu Sans here");
        String chars = TableFont.characters();
        assertEquals(95 + 95 + TableFont.EXTRA.length(), chars.length());
        for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
            for (int size : new int[] {9, 10, 11, 12, 15, 18}) {
                Font jdk = new Font("SansSerif", style, size);
                TableFont table = TableFont.get("SansSerif", style, size);
                for (int i = 0; i < chars.length(); i++) {
                    String c = chars.substring(i, i + 1);
                    assertEquals(jdk.getStringBounds(c, FRC).getWidth(), table.getStringBounds(c, FRC).getWidth(), 0,
                            "style " + style + ", size " + size + ", U+" + Integer.toHexString(c.charAt(0)));
                }
                String text = "Headcount per lab, 2025-10 \u2013 Meta\u2019s TBD Lab: $1.5M \u2192 \u00d72";
                assertEquals(jdk.getStringBounds(text, FRC).getWidth(), table.getStringBounds(text, FRC).getWidth(), 0);
                LineMetrics a = jdk.getLineMetrics(text, FRC);
                LineMetrics b = table.getLineMetrics(text, FRC);
                assertEquals(a.getAscent(), b.getAscent(), 0);
                assertEquals(a.getDescent(), b.getDescent(), 0);
                assertEquals(a.getLeading(), b.getLeading(), 0);
                assertEquals(a.getHeight(), b.getHeight(), 0);
                assertEquals(a.getNumChars(), b.getNumChars());
            }
        }
    }

    /**
     * A font asked for again is the same object: a chart asks for its few fonts hundreds of times
     * (each axis label, mark and legend), and building one from its attributes, or comparing two
     * equal ones attribute by attribute, was a first-run cost of every report.
     */
    @Test
    void theSameFontIsOneObject() {
        TableFont f = TableFont.get("SansSerif", Font.BOLD, 10);
        assertSame(f, TableFont.get("SansSerif", Font.BOLD, 10));
        assertSame(f, Charts.font(Font.BOLD, 10));
        assertSame(f, TableFont.of(new Font("SansSerif", Font.BOLD, 10)));
        assertSame(f, TableFont.get("SansSerif", Font.PLAIN, 10).deriveFont(Font.BOLD));
        assertSame(f, TableFont.get("SansSerif", Font.BOLD, 12).deriveFont(10f));
        assertSame(f, TableFont.get("SansSerif", Font.PLAIN, 12).deriveFont(Font.BOLD, 10f));
        assertNotSame(f, TableFont.get("SansSerif", Font.BOLD, 10.5f));
        assertNotSame(f, TableFont.get("Serif", Font.BOLD, 10));
        assertEquals(10.5f, TableFont.get("SansSerif", Font.BOLD, 10.5f).getSize2D(), 0);
        // asked for from many threads at once (the report draws on several): one object still
        java.util.Set<TableFont> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.stream.IntStream.range(0, 64).parallel().forEach(i -> seen.add(TableFont.get("SansSerif", Font.ITALIC, 9)));
        assertEquals(1, seen.size());
    }

    /** Beyond the table: East Asian wide characters take an em, combining marks nothing, the rest an 'n'. */
    @Test
    void charactersBeyondTheTableHaveAPlausibleWidth() {
        TableFont f = TableFont.get("SansSerif", Font.PLAIN, 12);
        assertEquals(TableFont.EM, f.units('\u4e2d'));   // 中
        assertEquals(TableFont.EM, f.units(0x1F600));    // an emoji, beyond the BMP
        assertEquals(0, f.units('\u0301'));              // a combining acute accent
        assertEquals(f.units('n'), f.units('\u0416'));   // Ж: not in the table
        assertEquals(24f, f.advance("\u4e2d\u6587", 0, 2), 0);
        assertEquals(f.advance("a", 0, 1), f.advance("a\u0301", 0, 2), 0, "a and its accent: one advance");
        assertEquals(f.advance("x\uD83D\uDE00", 0, 3), f.advance("x", 0, 1) + 12, 1e-4, "a surrogate pair is one character");
        // what derives from it stays a table font
        assertTrue(f.deriveFont(15f) instanceof TableFont);
        assertTrue(f.deriveFont(Font.BOLD) instanceof TableFont);
        assertEquals("SansSerif", f.getFamily());
        assertEquals(15, f.deriveFont(15f).getSize());
        // serialized (charts are Serializable), it measures as before: its widths were a transient field
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(f.deriveFont(Font.BOLD));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            TableFont back = (TableFont) in.readObject();
            assertEquals(((TableFont) f.deriveFont(Font.BOLD)).advance("Meta", 0, 4), back.advance("Meta", 0, 4), 0);
            assertEquals(new TableFont.Metrics(back).stringWidth("OpenAI"), new TableFont.Metrics(
                    (TableFont) f.deriveFont(Font.BOLD)).stringWidth("OpenAI"));
        } catch (java.io.IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Running the flagship with its report in a fresh JVM loads none of the JDK's font manager
     * (no AWT font system, fontconfig, FreeType): drawing a chart with a JDK font, measuring a log
     * axis's labels through TextLayout, or JFreeSVG's own metrics would load them.
     */
    @Test
    void drawingTheReportNeverStartsTheJdksFontSystem(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), "org.talentsim.cli.Main", "run", "scenarios/meta-2025.yaml", "--out",
                dir.resolve("run").toString(), "-q"));
        Path log = dir.resolve("classes.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(0, p.waitFor(), () -> {
            try {
                return Files.readString(log);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        assertTrue(Files.isRegularFile(dir.resolve("run/report.html")));
        String classes = Files.readString(log);
        assertTrue(classes.contains("org.talentsim.report.TableFont "), "the log lists the classes loaded");
        for (String started : List.of("sun.font.SunFontManager", "sun.font.FontManagerFactory", "sun.font.FcFontConfiguration",
                "sun.font.FreetypeFontScaler")) {
            assertFalse(classes.contains(started), started + " was loaded: the font system started");
        }
    }
}
