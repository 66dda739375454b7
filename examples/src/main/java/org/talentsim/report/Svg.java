package org.talentsim.report;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.talentsim.internal.TextFiles;

/**
 * A chart drawn as SVG by JFreeSVG: inline in the page (no size attributes, a view box, so it
 * scales to the column; ids prefixed per chart, so several in one page do not collide) or as
 * stand-alone {@code .svg} and {@code .png} files ({@code --png}).
 */
final class Svg {
    private static final java.util.regex.Pattern NAMESPACES = java.util.regex.Pattern.compile(
            " xmlns(:\\w+)?='[^']*'| xmlns(:\\w+)?=\"[^\"]*\"");

    private Svg() {}

    /** The {@code <svg>} element of {@code f}, for inline use, labelled by its title. */
    static String inline(Figure f) {
        return inline(f, new StringBuilder()).toString();
    }

    /**
     * Appends the {@code <svg>} element of {@code f} to {@code to}, for inline use, labelled by its
     * title. The element is copied once: a chart is tens of kilobytes, and copies of it were a
     * good part of drawing a report.
     */
    static StringBuilder inline(Figure f, StringBuilder to) {
        SVGGraphics2D g = draw(f);
        String svg = g.getSVGElement(f.id() + "-svg", false, new ViewBox(0, 0, f.width(), f.height()), null, null);
        int open = svg.indexOf('>');
        String tag = openingTag(f, svg, open);
        to.ensureCapacity(to.length() + tag.length() + svg.length() - open);
        return to.append(tag).append(svg, open, svg.length());
    }

    /**
     * {@code head}, the {@code <svg>} element of {@code f} as {@link #inline(Figure, StringBuilder)}
     * appends it, then {@code tail}, as UTF-8: the element (tens of kilobytes, a two-byte string
     * when a label holds a character beyond Latin-1) is encoded once as it comes from JFreeSVG, not
     * appended to the figure's text first and that text encoded (two more passes over it, a fifth
     * of the drawing threads' time in a profile of the flagship's report).
     */
    static byte[] inlineUtf8(Figure f, String head, String tail) {
        SVGGraphics2D g = draw(f);
        String svg = g.getSVGElement(f.id() + "-svg", false, new ViewBox(0, 0, f.width(), f.height()), null, null);
        int open = svg.indexOf('>');
        byte[] first = (head + openingTag(f, svg, open)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = svg.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int from = 0;   // the first '>' in the bytes is the character's: no byte of a multi-byte sequence is below 0x80
        while (all[from] != '>') {
            from++;
        }
        byte[] last = tail.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int rest = all.length - from;
        byte[] out = java.util.Arrays.copyOf(first, first.length + rest + last.length);
        System.arraycopy(all, from, out, first.length, rest);
        System.arraycopy(last, 0, out, first.length + rest, last.length);
        return out;
    }

    /**
     * The opening tag of {@code svg} (up to {@code open}, its first '>') for inline use: in HTML the
     * namespaces are implied, dropped so that the page names no URL at all; an accessible name:
     * screen readers (and tests) read the chart's title.
     */
    private static String openingTag(Figure f, String svg, int open) {
        return NAMESPACES.matcher(svg.substring(0, open)).replaceAll("")
                .replaceFirst("<svg ", "<svg role=\"img\" aria-label=\"" + Matcher.quoteReplacement(Html.esc(f.title())) + "\" ");
    }

    private static SVGGraphics2D draw(Figure f) {
        SVGGraphics2D g = new SVGGraphics2D(f.width(), f.height(), org.jfree.svg.SVGUnits.PX, new StringBuilder(1 << 16));
        g.setDefsKeyPrefix(f.id() + "-");
        g.setGeomDoubleConverter(Svg::dp1);
        g.setTransformDoubleConverter(Svg::dp2);
        // measured from a table: the JDK's font system is never started (TableFont)
        f.chart().draw(new MeasuredGraphics(g), new Rectangle(0, 0, f.width(), f.height()));
        return g;
    }

    /** Writes {@code f} as {@code DIR/ID.svg} (a stand-alone document) and {@code DIR/ID.png} (twice the size, for slides). */
    static void export(Figure f, Path dir) {
        // each file whole or not at all, never written through a link (TextFiles)
        SVGGraphics2D g = draw(f);
        TextFiles.write(dir.resolve(f.id() + ".svg"), g.getSVGDocument());
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream(1 << 16);
        try {
            // at twice the size, laid out with the SVG's metrics (TableFont): the JDK's would place
            // the labels otherwise where its sans-serif is not DejaVu Sans
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2 * f.width(), 2 * f.height(),
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            java.awt.Graphics2D g2 = image.createGraphics();
            g2.scale(2, 2);
            f.chart().draw(new MeasuredGraphics(g2), new Rectangle(0, 0, f.width(), f.height()));
            g2.dispose();
            ChartUtils.writeBufferedImageAsPNG(png, image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw " + dir.resolve(f.id() + ".png") + ": " + e.getMessage(), e);
        }
        TextFiles.write(dir.resolve(f.id() + ".png"), png.toByteArray());
    }

    static String dp1(double v) {
        return round(v, 10);
    }

    static String dp2(double v) {
        return round(v, 100);
    }

    private static String round(double v, double scale) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "0";
        }
        long k = Math.round(v * scale);
        // below 10⁷ (a drawing's coordinates), the digits by integer arithmetic: the text
        // Double.toString gives k / scale there (no exponent, the shortest decimal, ≤ 2 places),
        // without its cost, which was a noticeable part of drawing a report in a fresh JVM
        if (k > -10_000_000L * (long) scale && k < 10_000_000L * (long) scale) {   // (Math.abs(Long.MIN_VALUE) < 0)
            return decimal(k, (int) scale);
        }
        double r = k / scale;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        return Double.toString(r);
    }

    /** {@code k / scale} (scale 10 or 100) in plain decimals without trailing zeros ("0" for 0). */
    static String decimal(long k, int scale) {
        long a = Math.abs(k);
        long whole = a / scale;
        int frac = (int) (a % scale);
        if (frac == 0) {
            return k < 0 ? "-" + whole : Long.toString(whole);
        }
        StringBuilder b = new StringBuilder(12);
        if (k < 0) {
            b.append('-');
        }
        b.append(whole).append('.');
        if (scale == 100) {
            b.append((char) ('0' + frac / 10));
            if (frac % 10 != 0) {
                b.append((char) ('0' + frac % 10));
            }
        } else {
            b.append((char) ('0' + frac));
        }
        return b.toString();
    }
}
