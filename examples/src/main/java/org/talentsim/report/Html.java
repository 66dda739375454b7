package org.talentsim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML text: escaping, a few elements, and the page template ({@code report-template.html},
 * whose {@code {{name}}} slots take already-built HTML). Every text that comes from a scenario
 * or a result file goes through {@link #esc}; only this class and {@link Svg} produce markup.
 */
final class Html {
    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z]+)}}");

    private StringBuilder b = new StringBuilder(1 << 12);
    /** The page so far: text chunks and figures being drawn on other threads (Futures of their markup). */
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

    /** Appends markup that another thread is drawing; {@link #toString} waits for it. */
    Html later(java.util.concurrent.Future<String> markup) {
        parts.add(b);
        parts.add(markup);
        b = new StringBuilder(1 << 12);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(1 << 20);
        for (Object p : parts) {
            if (p instanceof java.util.concurrent.Future<?> f) {
                try {
                    out.append(f.get());
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
                out.append((CharSequence) p);
            }
        }
        return out.append(b).toString();
    }

    /** The page: the template with its slots filled ({@code title} is escaped here; the others are markup). */
    static String page(String title, Map<String, String> slots) {
        String template;
        try (InputStream in = Html.class.getResourceAsStream("report-template.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = SLOT.matcher(template);
        int total = template.length() + slots.values().stream().mapToInt(String::length).sum();
        StringBuilder out = new StringBuilder(total + 256);
        int at = 0;
        while (m.find()) {
            String name = m.group(1);
            out.append(template, at, m.start()).append(name.equals("title") ? esc(title) : slots.getOrDefault(name, ""));
            at = m.end();
        }
        return out.append(template, at, template.length()).toString();
    }
}
