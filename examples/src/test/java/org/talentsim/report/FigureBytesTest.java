package org.talentsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure's markup is encoded to UTF-8 on its drawing thread with its SVG encoded once as
 * JFreeSVG gives it ({@link Report#figureUtf8}); the bytes must be those of the markup built as
 * text and encoded whole ({@link Report#figure}), also where titles, labels, series and captions
 * hold characters beyond Latin-1 (a two-byte string) or beyond the Basic Multilingual Plane.
 */
class FigureBytesTest {
    private static void same(Figure f) {
        byte[] text = Report.figure(f).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Report.figureUtf8(f);
        assertArrayEquals(text, bytes, f.id());
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(s.startsWith("<figure class=\"chart\" id=\"fig-" + f.id() + "\""), s.substring(0, 80));
        assertTrue(s.contains("<svg role=\"img\" aria-label=\""), f.id());
        assertTrue(s.endsWith("</figcaption>\n</figure>\n"), f.id());
    }

    @Test
    void theBytesAreThoseOfTheMarkupEncodedWhole() {
        double[] x = {660, 661, 662, 663};
        String[] names = {"plain", "Zürich – Lab", "東京 AI", "Lab \uD83D\uDE80 <b>&"};
        for (int k = 0; k < names.length; k++) {
            String n = names[k];
            List<RunData.Series> s = List.of(new RunData.Series(n, new double[] {1, 2, 3, -4}), new RunData.Series("other", new double[] {
                4, 3, 2, 1}));
            same(new Figure("lines-" + k, n + " headcount", "month " + n, "people – " + n, "look at " + n + " \u2014 " + n,
                    Charts.timeLines(n, "x", "y", x, s, false, true, Charts.counts(), List.of()), 640, 400));
            same(new Figure("money-" + k, n, "x", "y", n, Charts.timeLines(n, "x", "y", x, s, true, false, Charts.money(), List.of()),
                    640, 400));
        }
    }
}
