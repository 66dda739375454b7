package org.talentsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * HTML text: escaping, a few elements, and the page template ({@code report-template.html},
 * whose {@code {{name}}} slots take already-built HTML). Every text that comes from a scenario
 * or a result file goes through {@link #esc}; only this class and {@link Svg} produce markup.
 */
final class Html {
    private StringBuilder b = new StringBuilder(1 << 12);
    /**
     * The page so far, as UTF-8: text chunks (encoded as each figure cuts them, while the figures
     * are drawn) and figures being drawn on other threads (Futures of their markup, encoded there).
     * A page of ~0.65 MB was one string encoded at the end: ~10 ms of one thread after the last
     * figure, in a fresh JVM (docs/REPORT.md, "Speed").
     */
    private final List<Object> parts = new java.util.ArrayList<>();

    /** {@code s} safe as element text and as a double- or single-quoted attribute value. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder o = new StringBuilder(s.length() + 16);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '&' -> o.append("&amp;");
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '"' -> o.append("&quot;");
                case '\'' -> o.append("&#39;");
                default -> o.append(c);
            }
        }
        return o.toString();
    }

    /** Appends markup as it is (built here or by {@link Svg}). */
    Html raw(String markup) {
        b.append(markup);
        return this;
    }

    /** Appends {@code <tag>text</tag>} with the text escaped. */
    Html el(String tag, String text) {
        b.append('<').append(tag).append('>').append(esc(text)).append("</").append(tag).append(">\n");
        return this;
    }

    /** Appends {@code <tag class="cls">text</tag>} with the text escaped. */
    Html el(String tag, String cls, String text) {
        b.append('<').append(tag).append(" class=\"").append(esc(cls)).append("\">").append(esc(text))
                .append("</").append(tag).append(">\n");
        return this;
    }

    /** Appends a table: a header row and body rows, every cell escaped; {@code numeric} columns right-aligned. */
    Html table(String cls, List<String> header, List<List<String>> rows, java.util.function.IntPredicate numeric) {
        b.append("<table class=\"").append(esc(cls)).append("\">\n<thead><tr>");
        for (int c = 0; c < header.size(); c++) {
            b.append(numeric.test(c) ? "<th class=\"n\">" : "<th>").append(esc(header.get(c))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            b.append("<tr>");
            for (int c = 0; c < r.size(); c++) {
                b.append(numeric.test(c) ? "<td class=\"n\">" : "<td>").append(esc(r.get(c))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
        return this;
    }

    /** Appends a list of facts: each key (a term) and its value, both escaped. */
    Html facts(Map<String, String> facts) {
        b.append("<dl class=\"facts\">\n");
        facts.forEach((k, v) -> b.append("<dt>").append(esc(k)).append("</dt><dd>").append(esc(v)).append("</dd>\n"));
        b.append("</dl>\n");
        return this;
    }

    /** Appends the section of the folder's manifest: its JSON, pretty-printed and escaped. */
    Html manifest(com.fasterxml.jackson.databind.JsonNode manifest) {
        String text = Json.pretty(manifest);
        b.append("<h2 id=\"manifest\">Manifest</h2>\n<pre class=\"manifest\">").append(esc(text)).append("</pre>\n");
        return this;
    }

    /** Appends markup that another thread is drawing, as UTF-8; {@link #page} waits for it. */
    Html later(java.util.concurrent.Future<byte[]> markup) {
        cut();
        parts.add(markup);
        return this;
    }

    /** Ends the text chunk being written: encoded now, a new one begun. */
    private void cut() {
        if (b.length() > 0) {
            parts.add(b.toString().getBytes(StandardCharsets.UTF_8));
            b = new StringBuilder(1 << 12);
        }
    }

    /** The UTF-8 bytes of each part, in order, waiting for figures still being drawn. */
    private List<byte[]> encoded() {
        cut();
        List<byte[]> out = new java.util.ArrayList<>(parts.size());
        for (Object p : parts) {
            if (p instanceof java.util.concurrent.Future<?> f) {
                try {
                    out.add((byte[]) f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while drawing the report", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            } else {
                out.add((byte[]) p);
            }
        }
        return out;
    }

    /**
     * The report's template, {@code report-template.html}, split at its {@code {{name}}} slots:
     * literal text (UTF-8) and slot names alternating, starting and ending with text. Read once
     * (the report's warm-up reads it while the run goes).
     */
    static final List<Object> TEMPLATE = template();

    private static List<Object> template() {
        String t;
        try (InputStream in = Html.class.getResourceAsStream("report-template.html")) {
            t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return split(t);
    }

    /**
     * Template text {@code t} split at its slots, {@code {{name}}} with a name of a-z (where the
     * regular expression {@code \{\{([a-z]+)}}} finds them): texts as UTF-8, and names.
     */
    static List<Object> split(String t) {
        List<Object> out = new java.util.ArrayList<>();
        StringBuilder text = new StringBuilder();
        int at = 0;
        for (int open = t.indexOf("{{"); open >= 0; open = t.indexOf("{{", at)) {
            int close = t.indexOf("}}", open + 2);
            String name = close < 0 ? "" : t.substring(open + 2, close);
            boolean slot = !name.isEmpty() && name.chars().allMatch(c -> c >= 'a' && c <= 'z');
            text.append(t, at, slot ? open : open + 1);
            at = slot ? close + 2 : open + 1;
            if (slot) {
                out.add(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
                out.add(name);
            }
        }
        out.add(text.append(t, at, t.length()).toString().getBytes(StandardCharsets.UTF_8));
        return List.copyOf(out);
    }

    /**
     * The page as UTF-8: the template with its slots filled, {@code title} (escaped here), {@code
     * body} (this markup, figures included, once drawn) and {@code version} (escaped here).
     */
    static byte[] page(String title, Html body, String version) {
        List<byte[]> parts = new java.util.ArrayList<>();
        for (Object o : TEMPLATE) {
            if (o instanceof byte[] text) {
                parts.add(text);
            } else if (o.equals("body")) {
                parts.addAll(body.encoded());
            } else {
                String v = o.equals("title") ? esc(title) : o.equals("version") ? esc(version) : "";
                parts.add(v.getBytes(StandardCharsets.UTF_8));
            }
        }
        int size = 0;
        for (byte[] p : parts) {
            size = Math.addExact(size, p.length);
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
