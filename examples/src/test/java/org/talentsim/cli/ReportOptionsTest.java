package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's options and its text: user text escaped, {@code --no-report}, {@code --png}, experiments' reports. */
class ReportOptionsTest {
    static final Path TINY = Path.of("src/test/resources/scenarios/tiny.yaml");
    static final String SCRIPT = "<script>alert(1)</script>";

    /** tiny.yaml with a hostile name, description and lab name. */
    static Path hostile(Path dir) throws IOException {
        String yaml = Files.readString(TINY)
                .replace("name: tiny", "name: '" + SCRIPT + "'")
                .replace("description: Two labs and a pool; a layoff and a raid.",
                        "description: '<img src=x onerror=alert(2)> & \"quotes\" </p><h1>not a heading</h1>'")
                .replace("- name: OpenAI", "- name: O<b onclick=alert(3) pen<i AI'")
                .replace("lab: OpenAI", "lab: O<b onclick=alert(3) pen<i AI'")
                .replace("fromLab: OpenAI", "fromLab: O<b onclick=alert(3) pen<i AI'");
        return Files.writeString(dir.resolve("hostile.yaml"), yaml);
    }

    @Test
    void aScenarioNamedScriptIsShownAsText(@TempDir Path dir) throws IOException {
        Path file = hostile(dir);
        Cli r = Cli.run("run", file.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), "the name as text");
        assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;"), "the title as text");
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot; &lt;/p&gt;&lt;h1&gt;"),
                "the description as text");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no script element");
        assertFalse(html.contains("<img"), "no image element");
        // (a lab's name cannot hold '>': it separates the labs of a flow metric's name)
        assertFalse(html.contains("<b onclick"), "a lab's name as text, in the tables and in the charts");
        assertTrue(html.contains("O&lt;b onclick=alert(3) pen&lt;i AI"), "the lab's name escaped");
        assertEquals(1, html.split("<h1>", -1).length - 1, "one heading");
    }

    /**
     * A lab named like an XML entity ({@code A&amp;B}) reads so in the charts too: JFreeSVG writes
     * {@code &amp;} in a string through unescaped, so the chart read "A&B" where the tables read
     * "A&amp;B"; a zero-width space after the {@code &} keeps it literal.
     */
    @Test
    void aNameThatLooksLikeAnEntityIsShownAsTyped(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(TINY).replace("- name: OpenAI", "- name: 'A&amp;B'")
                .replace("lab: OpenAI", "lab: 'A&amp;B'").replace("fromLab: OpenAI", "fromLab: 'A&amp;B'");
        Path file = Files.writeString(dir.resolve("entity.yaml"), yaml);
        Cli r = Cli.run("run", file.toString(), "--out", dir.resolve("out").toString(), "-q", "--png");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(dir.resolve("out/report.html"));
        assertTrue(html.contains("A&amp;amp;B"), "the tables show the name as typed");
        java.util.regex.Matcher texts = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(html);
        int shown = 0;
        while (texts.find()) {
            String t = texts.group(1);
            assertFalse(t.contains("A&amp;B"), "a chart shows the name decoded, as A&B: " + t);
            if (t.contains("A&amp;\u200Bamp;B")) {
                shown++;
            }
        }
        assertTrue(shown > 0, "the charts name the lab");
        String svg = Files.readString(dir.resolve("out/charts/headcount-labs.svg"));
        assertTrue(svg.contains("A&amp;\u200Bamp;B") && !svg.contains(">A&amp;B<"), "the exported SVG likewise");
    }

    @Test
    void noReportSkipsItAndRemovesAnEarlierOne(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "-q", "--png").exit());
        assertTrue(Files.exists(out.resolve("report.html")));
        assertTrue(Files.exists(out.resolve("charts/headcount-labs.png")));
        Cli r = Cli.run("run", TINY.toString(), "--out", out.toString(), "-q", "--no-report");
        assertEquals(0, r.exit(), r.err());
        // the page gone is said (a browser's reload found no file, the output silent: found by a reviewer)
        assertTrue(r.out().contains("Report: none (--no-report); the report of the results replaced is removed: talentsim report "
                + out + " draws one of these"), r.out());
        assertFalse(Files.exists(out.resolve("report.html")), "no report of another run left behind");
        assertFalse(Files.exists(out.resolve("charts/headcount-labs.png")), "nor its charts");
        assertFalse(Files.exists(out.resolve("charts")), "the charts' folder, emptied, is not left behind");
        Cli again = Cli.run("run", TINY.toString(), "--out", out.toString(), "-q", "--no-report");
        assertEquals(0, again.exit(), again.err());
        assertFalse(again.out().contains("Report: "), "no report was there: nothing to say. " + again.out());
        // an experiment's too (it went unsaid: found by a reviewer)
        Path cmp = dir.resolve("cmp");
        assertEquals(0, Cli.run("compare", TINY.toString(), "--arm", "sep:market.separation=0.3/year", "-r", "2", "--out",
                cmp.toString(), "-q", "--png").exit());
        assertTrue(Files.exists(cmp.resolve("report.html")));
        Cli plain = Cli.run("compare", TINY.toString(), "--arm", "sep:market.separation=0.3/year", "-r", "2", "--out",
                cmp.toString(), "-q", "--no-report", "--resume");
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().contains("Report: none (--no-report); the report of the results replaced is removed"), plain.out());
        assertFalse(Files.exists(cmp.resolve("report.html")) || Files.exists(cmp.resolve("charts")));
    }

    @Test
    void pngWritesEveryChartAsPngAndSvg(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", TINY.toString(), "--out", out.toString(), "-q", "--png");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        Map<String, ReportTest.Fig> figs = ReportTest.figures(html);
        assertTrue(figs.size() >= 8, figs.keySet().toString());
        for (String id : figs.keySet()) {
            byte[] png = Files.readAllBytes(out.resolve("charts/" + id + ".png"));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), id);
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(out.resolve("charts/" + id + ".png").toFile());
            assertTrue(img.getWidth() >= 800, id + " is drawn at twice the page's size: " + img.getWidth());
            String svg = Files.readString(out.resolve("charts/" + id + ".svg"));
            assertTrue(svg.contains("<svg") && svg.contains(figs.get(id).title().replace("&", "&amp;").replace("'", "&apos;"))
                    || svg.contains(figs.get(id).title()), id);
        }
        // (and events.txt, the key of the event numbers, as the tiny scenario has events)
        assertTrue(Files.isRegularFile(out.resolve("charts/events.txt")));
        try (var s = Files.list(out.resolve("charts"))) {
            assertEquals(2 * figs.size() + 1, s.count(), "one PNG and one SVG per chart, and the key");
        }
        // report DIR --png too
        Cli again = Cli.run("report", out.toString(), "--png");
        assertEquals(0, again.exit(), again.err());
        // report DIR without --png draws the page again and keeps the chart files of these results
        // (it emptied charts/); a new run without --png removes them (they showed other results)
        Cli redraw = Cli.run("report", out.toString());
        assertEquals(0, redraw.exit(), redraw.err());
        try (var s = Files.list(out.resolve("charts"))) {
            assertEquals(2 * figs.size() + 1, s.count(), "the chart files are kept");
        }
        Cli rerun = Cli.run("run", TINY.toString(), "--out", out.toString(), "-q");
        assertEquals(0, rerun.exit(), rerun.err());
        assertTrue(!Files.exists(out.resolve("charts")) || Files.list(out.resolve("charts")).findAny().isEmpty(),
                "a new run leaves no chart of the old one");
    }

    /**
     * A chart drawn across the whole row (the named researchers' paths: class "chart full") goes
     * with its report like any other: a new run, with or without a report, left its PNG and SVG
     * behind, files of other results (found by a docs review).
     */
    @Test
    void aWideChartsFilesGoWithTheirReport(@TempDir Path dir) throws IOException {
        Path scenario = Path.of("../examples/scenarios/acqui-hire.yaml");
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("run", scenario.toString(), "--out", out.toString(), "-q", "--png").exit());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<figure class=\"chart full\" id=\"fig-named-paths\""), "a wide figure to test");
        assertTrue(Files.exists(out.resolve("charts/named-paths.png")) && Files.exists(out.resolve("charts/named-paths.svg")));
        for (String[] next : new String[][] {{"--seed", "7"}, {"--seed", "8", "--no-report"}}) {
            if (next.length == 2) {
                assertEquals(0, Cli.run("run", scenario.toString(), "--out", out.toString(), "-q", "--png", "--force").exit());
            }
            java.util.List<String> argv = new java.util.ArrayList<>(java.util.List.of("run", scenario.toString(), "--out", out.toString(), "-q",
                    "--force"));
            argv.addAll(java.util.List.of(next));
            Cli r = Cli.run(argv.toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            String[] left = Files.exists(out.resolve("charts")) ? out.resolve("charts").toFile().list() : new String[0];
            assertEquals(java.util.List.of(), java.util.List.of(left), String.join(" ", next) + ": no chart of the old results");
        }
    }

    /**
     * A box plot draws at most 12 labs, the largest at the end over the runs: bm1's 50 gave a band
     * of names no one could read (found by a visual review).
     */
    @Test
    void aBoxPlotOfFiftyLabsDrawsTheTwelveLargest(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rep");
        Cli r = Cli.run("replicate", "scenarios/bm1.yaml", "--months", "3", "-r", "2", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        ReportTest.Fig f = ReportTest.figures(html).get("spread-headcount-end");
        assertTrue(f.caption().contains("The 12 largest of 50 (mean headcount at the end over the runs); runs.csv has every lab."),
                f.caption());
        List<String> labs = f.texts().stream().filter(t -> t.matches("L\\d\\d")).toList();
        assertEquals(12, labs.size(), labs.toString());
        // the largest: no lab left out has a mean headcount at the end above a lab drawn
        List<String[]> runs = ReportTest.csv(out.resolve("runs.csv"));
        List<String> head = List.of(runs.get(0));
        java.util.function.ToDoubleFunction<String> mean = lab -> runs.subList(1, runs.size()).stream()
                .mapToDouble(row -> Double.parseDouble(row[head.indexOf(lab + ".headcount_end")])).average().orElseThrow();
        double least = labs.stream().mapToDouble(mean).min().orElseThrow();
        for (int k = 1; k <= 50; k++) {
            String lab = String.format(java.util.Locale.ROOT, "L%02d", k);
            assertTrue(labs.contains(lab) || mean.applyAsDouble(lab) <= least, lab);
        }
    }

    /**
     * The chart files of a run with events carry the events' numbers: events.txt beside them says
     * what they stand for, and the terminal says where the files went (a chart on a slide showed
     * numbers with no key, and nothing said 58 files had been written: a student's review).
     */
    @Test
    void pngWritesTheEventsKeyAndSaysWhereTheChartsAre(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", ReportTest.META.toString(), "--months", "3", "--out", out.toString(), "-q", "--png");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("Report: " + out.resolve("report.html") + "\nCharts: " + out.resolve("charts")
                + " (each chart as ID.png and ID.svg; events.txt says what the event numbers on them stand for)\n"), r.out());
        List<String> key = Files.readAllLines(out.resolve("charts/events.txt"));
        assertEquals("1. 2025-01  r1-release: DeepSeek capability \u00d71.18", key.get(1), key.toString());
        assertEquals(2, key.size(), "the one event of the three months: " + key);
        Cli rerun = Cli.run("run", ReportTest.META.toString(), "--months", "3", "--out", out.toString(), "-q", "--force");
        assertEquals(0, rerun.exit(), rerun.err());
        assertFalse(Files.exists(out.resolve("charts/events.txt")), "a run without --png leaves no chart files, nor their key");
        assertTrue(!Files.exists(out.resolve("charts")) || Files.list(out.resolve("charts")).findAny().isEmpty());
        assertFalse(rerun.out().contains("Charts:"), rerun.out());
    }

    /**
     * Two labs whose names differ only in case and punctuation ("Big Lab", "big-lab") gave their
     * charts one id: one lab's chart files replaced the other's and the page had duplicate ids.
     * The later figure now takes the next free id.
     */
    @Test
    void labsWhoseNamesMapToOneIdKeepTheirOwnCharts(@TempDir Path dir) throws IOException {
        String yaml = Files.readString(TINY).replace("- name: Meta", "- name: Big Lab").replace("lab: Meta", "lab: Big Lab")
                .replace("fromLab: Meta", "fromLab: Big Lab").replace("- name: OpenAI", "- name: big-lab")
                .replace("lab: OpenAI", "lab: big-lab").replace("fromLab: OpenAI", "fromLab: big-lab")
                .replace("      - name: Research\n        focus: research\n        headcount: 100\n",
                        "      - name: Research\n        focus: research\n        headcount: 60\n"
                        + "      - name: Applied\n        focus: product\n        headcount: 40\n");
        Path file = Files.writeString(dir.resolve("twins.yaml"), yaml);
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", file.toString(), "--out", out.toString(), "-q", "--png");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<figure class=\"chart(?: full)?\" id=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertEquals(new java.util.HashSet<>(ids).size(), ids.size(), "no id twice: " + ids);
        assertTrue(ids.contains("fig-headcount-teams-big-lab") && ids.contains("fig-headcount-teams-big-lab-2"), ids.toString());
        String first = Files.readString(out.resolve("charts/headcount-teams-big-lab.svg"));
        String second = Files.readString(out.resolve("charts/headcount-teams-big-lab-2.svg"));
        assertTrue(first.contains("TBD Lab") && !first.contains("Applied"), "Big Lab's teams in its own file");
        assertTrue(second.contains("Applied") && !second.contains("TBD Lab"), "big-lab's teams in its own file");
    }

    /**
     * With more labs than the palette has colours (12), the 13th lab's line was the 1st's, the
     * same blue; then dashed lines in the same 12 colours, which 50 labs still could not tell
     * apart: the lab charts now draw the 12 largest, one colour each. A run
     * of one month draws each series as a point (its line of one point was invisible).
     */
    @Test
    void manyLabsKeepDistinctLinesAndOneMonthShowsItsPoints(@TempDir Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("version: 1\nname: many\nstart: 2025-01\nmonths: 2\nlabs:\n");
        for (int k = 1; k <= 25; k++) {
            yaml.append("  - {name: Lab ").append(k).append(", teams: [{name: T, focus: research, headcount: ").append(10 + k)
                    .append("}]}\n");
        }
        yaml.append("pool: {size: 20}\n");
        Path file = Files.writeString(dir.resolve("many.yaml"), yaml);
        Cli r = Cli.run("run", file.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String svg = ReportTest.figures(Files.readString(dir.resolve("out/report.html"))).get("headcount-labs").body();
        java.util.Set<String> lines = new java.util.HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<g style='([^']*stroke-width:2\\.0;[^']*)'").matcher(svg);
        while (m.find()) {
            String style = m.group(1);
            java.util.regex.Matcher colour = java.util.regex.Pattern.compile("stroke:(rgb\\([^)]*\\))").matcher(style);
            java.util.regex.Matcher dash = java.util.regex.Pattern.compile("stroke-dasharray:([^;]*)").matcher(style);
            lines.add((colour.find() ? colour.group(1) : "?") + " " + (dash.find() ? dash.group(1) : "solid"));
        }
        // 25 labs: the 12 largest are drawn, one colour each (dashed lines in repeated colours could not be told apart)
        assertEquals(12, lines.size(), "distinct colour and dash pairs among the labs' lines: " + lines);
        // solid, but for a line that lies on another's (two labs of the same size in both months): dashed
        // so that the one beneath shows (CoveredLinesTest)
        assertTrue(lines.stream().allMatch(l -> l.endsWith(" solid") || l.endsWith(" 6.0,5.0")), lines.toString());
        assertEquals(12, lines.stream().map(l -> l.substring(0, l.indexOf(' '))).distinct().count(), "one colour each: " + lines);
        List<String> legend = ReportTest.figures(Files.readString(dir.resolve("out/report.html"))).get("headcount-labs").texts()
                .stream().filter(t -> t.matches("Lab \\d+( \\(right axis\\))?")).map(t -> t.replace(" (right axis)", "")).toList();
        // the 12 with the most researchers on average, from labs.csv (lab, headcount in columns 2 and 3)
        java.util.Map<String, Double> mean = new java.util.LinkedHashMap<>();
        for (String row : Files.readAllLines(dir.resolve("out/labs.csv")).subList(1, 51)) {
            String[] c = row.split(",");
            mean.merge(c[2], Double.parseDouble(c[3]) / 2, Double::sum);
        }
        List<String> largest = mean.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).limit(12)
                .map(java.util.Map.Entry::getKey).toList();
        assertEquals(mean.keySet().stream().filter(largest::contains).toList(), legend, "the 12 largest, in the file's order");
        // the flow matrix keeps 9 labs of their own and puts the other 16 together (with 15 its cells'
        // counts were ~5 px high in the page's column)
        java.util.Map<String, ReportTest.Fig> figs = ReportTest.figures(Files.readString(dir.resolve("out/report.html")));
        List<String> flowTexts = figs.get("flows").texts();
        assertTrue(flowTexts.contains("other labs (16)"), flowTexts.toString());
        assertEquals(9, flowTexts.stream().filter(t -> t.matches("Lab \\d+")).distinct().count(), flowTexts.toString());

        Cli one = Cli.run("run", file.toString(), "--months", "1", "--out", dir.resolve("one").toString(), "-q");
        assertEquals(0, one.exit(), one.err());
        java.util.Map<String, ReportTest.Fig> oneFigs = ReportTest.figures(Files.readString(dir.resolve("one/report.html")));
        String point = oneFigs.get("salary-labs").body();
        // the first lab's colour filled: its point in the plot, and its shape in the legend
        int filled = point.split("<g style='fill:rgb\\(31,119,180\\);stroke:none'", -1).length - 1;
        assertTrue(filled >= 2, "the first lab's one point is drawn as a shape: " + filled);
        // the headcount is drawn from the start: a line from it to the one month
        assertTrue(oneFigs.get("headcount-labs").body().contains("stroke-width:2.0;stroke:rgb(31,119,180)"),
                "the first lab's headcount from its start to the month");
    }

    /**
     * Axis labels say which gridline is which: bidding-war's morale moves in a narrow band, with
     * gridlines 0.005 apart, which two decimals labelled 0.51, 0.52, 0.52, 0.53 …
     */
    @Test
    void neighbouringGridlinesNeverShareALabel(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("bw");
        Cli r = Cli.run("run", "scenarios/bidding-war.yaml", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        Map<String, ReportTest.Fig> figs = ReportTest.figures(Files.readString(out.resolve("report.html")));
        for (String id : List.of("morale-labs", "capability-labs", "headcount-labs")) {
            List<String> numbers = figs.get(id).texts().stream().filter(t -> t.matches("[0-9][0-9,]*(\\.[0-9]+)?")).toList();
            assertTrue(numbers.size() >= 3, id + ": " + numbers);
            assertEquals(new java.util.HashSet<>(numbers).size(), numbers.size(), id + "'s tick labels repeat: " + numbers);
        }
        // a small market's flow matrix is drawn as wide as the charts beside it, so that the same
        // column does not enlarge its text (500 wide, its text stood ~25% larger: a student's review)
        assertTrue(figs.get("flows").body().contains("viewBox='0 0 640 420'"), figs.get("flows").body().substring(0, 200));
    }

    @Test
    void aReportThatIsALinkIsNotWrittenThrough(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "-q", "--no-report").exit());
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep");
        Files.createSymbolicLink(out.resolve("report.html"), victim);
        Cli r = Cli.run("report", out.toString());
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("keep", Files.readString(victim));
    }

    /**
     * {@code --png} with a file or a link where the charts' folder goes: bad input before the run,
     * with the folder's results untouched (found 2026-12-03: the run replaced labs.csv and the
     * manifest, then failed writing the charts, exit 2).
     */
    @Test
    void pngWithAFileOrALinkWhereTheChartsGoIsRefusedBeforeTheRun(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("run", TINY.toString(), "--out", out.toString(), "-q", "--png").exit());
        byte[] labs = Files.readAllBytes(out.resolve("labs.csv"));
        byte[] manifest = Files.readAllBytes(out.resolve("manifest.json"));
        Files.move(out.resolve("charts"), dir.resolve("run-charts"));
        Files.writeString(out.resolve("charts"), "x");
        for (int round = 0; round < 2; round++) {
            Cli r = Cli.run("run", TINY.toString(), "--seed", "77", "--png", "--out", out.toString(), "-q");
            assertEquals(Main.BAD_INPUT, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("--png: " + out.resolve("charts") + (round == 0 ? " is a file" : " is a symbolic link")),
                    r.err());
            assertEquals("", r.out(), "nothing run");
            assertArrayEquals(labs, Files.readAllBytes(out.resolve("labs.csv")));
            assertArrayEquals(manifest, Files.readAllBytes(out.resolve("manifest.json")));
            Files.delete(out.resolve("charts"));
            Files.createSymbolicLink(out.resolve("charts"), Files.createDirectories(dir.resolve("elsewhere")));
        }
        Cli r = Cli.run("replicate", TINY.toString(), "-r", "2", "--png", "--out", out.resolve("rep").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        Files.move(out.resolve("rep/charts"), dir.resolve("old-charts"));
        Files.writeString(out.resolve("rep/charts"), "x");
        r = Cli.run("replicate", TINY.toString(), "-r", "2", "--png", "--out", out.resolve("rep").toString(), "-q");
        assertEquals(Main.BAD_INPUT, r.exit(), r.err());
        assertEquals("", r.out(), "nothing run");
    }

    @Test
    void compareWritesAForestPlotAboveItsTable(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("cmp");
        Cli r = Cli.run("compare", TINY.toString(), "--arm", "sep:market.separation=2/year", "-r", "3", "--out", out.toString(),
                "-q", "--metrics", "Meta.quits,OpenAI.quits,market.unemployment_end");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().endsWith("Report: " + out.resolve("report.html") + "\n"), r.out());
        String html = Files.readString(out.resolve("report.html"));
        Map<String, ReportTest.Fig> figs = ReportTest.figures(html);
        assertEquals(List.of("forest", "difference-sep", "fan-baseline", "fan-sep"), List.copyOf(figs.keySet()));
        assertEquals("Headcount over 3 runs, arm sep", figs.get("fan-sep").title(), "a fan chart per arm");
        ReportTest.Fig diff = figs.get("difference-sep");
        assertEquals("Headcount: arm sep \u2212 baseline", diff.title(), "and each arm's difference to the baseline");
        assertEquals("difference in researchers employed", diff.y());
        assertTrue(diff.caption().contains("over the same 3 seeds: the line is the mean difference, the band its 95% CI"),
                diff.caption());
        ReportTest.Fig f = figs.get("forest");
        // each row starred: its p (Holm) is below 0.05 (comparison.csv), and the caption says what the star means
        assertTrue(f.texts().containsAll(List.of("sep: Meta.quits *", "sep: OpenAI.quits *", "sep: market.unemployment_end *")),
                f.texts().toString());
        for (String line : Files.readAllLines(out.resolve("comparison.csv"))) {
            if (line.startsWith("sep,")) {
                String[] v = line.split(",", -1);
                assertTrue(Double.parseDouble(v[9]) < 0.05, line);
            }
        }
        assertTrue(f.caption().contains("* marks the 3 rows whose p (Holm) is below 0.05"), f.caption());
        // the answer in a sentence above the plot (it was only in the plot's edge labels: a student's review)
        // (one arm to a line, after the lead: in one paragraph the arms ran on, a strategist's review)
        java.util.regex.Matcher lead = java.util.regex.Pattern.compile("<p class=\"lead\">In short, of the metrics shown, the largest differences beyond"
                + " chance \\(p \\(Holm\\) below 0.05\\), as a share of the baseline&#39;s mean:</p>\\s*<ul class=\"lead\">\\s*"
                + "<li>arm sep against baseline: ([^<]*)</li>").matcher(html);
        assertTrue(lead.find(), html.substring(html.indexOf("id=\"comparison\""), html.indexOf("id=\"comparison\"") + 600));
        assertTrue(lead.group(1).matches("(Meta.quits|OpenAI.quits|market.unemployment_end) [+-][^(]+ \\([+-]([0-9]+|[0-9]\\.[0-9]|0\\.[0-9]+)%\\), .*"),
                lead.group(1));
        assertTrue(f.texts().contains(f.title()) && f.texts().contains(f.x()), f.texts().toString());
        assertTrue(html.contains("<table class=\"comparison\">"), "the table below it");
        // the plot above its table, in a block of their own, not two columns of a grid: beside the
        // plot, the table's difference, p and share columns were cut off (found by a reviewer)
        String block = html.substring(html.indexOf("<h2 id=\"comparison\">"));
        block = block.substring(0, block.indexOf("<h2", 4));
        assertTrue(block.contains("<div class=\"stack\">"), block.substring(0, Math.min(400, block.length())));
        assertFalse(block.contains("<div class=\"grid\">"), "not side by side");
        assertTrue(block.indexOf("id=\"fig-forest\"") >= 0 && block.indexOf("id=\"fig-forest\"") < block.indexOf("<table class=\"comparison\">"), "the plot first");
        assertTrue(html.contains(".stack > figure.chart { max-width: 760px;"), "the plot kept to a readable width");
        assertFalse(html.contains("<script"));
    }

    /**
     * An interval of an amount that cannot be negative reaching below zero (few replications,
     * values mostly 0) is said under the summary, naming the metrics (a student read
     * "clawed_back [-3.238M, ...]" as negative claw-backs: found by a student-style review); the
     * interval itself is the t interval, not clipped.
     */
    @Test
    void anIntervalBelowZeroIsExplained(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("few");
        Cli r = Cli.run("compare", "scenarios/meta-2025.yaml", "--arm", "none:labs[Meta].retention=none", "-r", "3", "--months", "13",
                "--metrics", "Meta.clawed_back,Meta.hires", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> below = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("summary.csv")).subList(1, Files.readAllLines(out.resolve("summary.csv")).size())) {
            String[] c = line.split(",", -1);
            if (!c[4].isEmpty() && Double.parseDouble(c[4]) < 0 && !below.contains(c[1])) {
                below.add(c[1]);
            }
        }
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(List.of("Meta.clawed_back"), below, "this run's case: claw-backs in one replication of three");
        assertTrue(html.contains("it can reach below zero even for an amount that cannot be negative (" + String.join(", ", below)
                + "); more replications narrow it."), below + " " + html.substring(html.indexOf("<h2 id=\"summary\">")));
    }

    @Test
    void sweepDrawsEachMetricAgainstTheParameterWithItsBand(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sw");
        Cli r = Cli.run("sweep", TINY.toString(), "--vary", "market.separation=0.1/year,0.2/year,0.4/year", "-r", "2",
                "--out", out.toString(), "-q", "--metrics", "Meta.quits,market.unemployment_end");
        assertEquals(0, r.exit(), r.err());
        Map<String, ReportTest.Fig> figs = ReportTest.figures(Files.readString(out.resolve("report.html")));
        assertEquals(5, figs.size(), figs.keySet().toString());
        assertEquals(3, figs.keySet().stream().filter(k -> k.startsWith("fan-")).count(), "a fan chart per cell");
        for (ReportTest.Fig f : figs.values().stream().filter(f -> !f.id().startsWith("fan-")).toList()) {
            assertTrue(f.id().startsWith("sweep-"), f.id());
            assertEquals("market.separation (/year)", f.x());
            assertTrue(f.texts().contains("market.separation (/year)") && f.texts().contains("0.4"), f.texts().toString());
            assertTrue(f.body().contains("fill-opacity: 0.22") || f.body().contains("fill-opacity:0.22")
                    || f.body().contains("opacity"), "a shaded CI band");
        }
        // each cell against the first, paired over the seeds: the bands are each cell's own CI, and overlapping bands
        // were read as "can't tell apart" where the paired difference was clear (a strategist's review)
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h3 id=\"paired\">Each cell against market.separation=0.1/year, paired over the same seeds</h3>"),
                "the paired table");
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        List<String> header = List.of(runs.get(0).split(",", -1));
        Map<String, Double> quits = new java.util.HashMap<>();
        for (String line : runs.subList(1, runs.size())) {
            String[] f = line.split(",", -1);
            quits.put(f[header.indexOf("cell")] + "#" + f[header.indexOf("replication")], Double.parseDouble(f[header.indexOf("Meta.quits")]));
        }
        double[] diff = new double[2];
        for (int rep = 0; rep < 2; rep++) {
            diff[rep] = quits.get("market.separation=0.4/year#" + rep) - quits.get("market.separation=0.1/year#" + rep);
        }
        org.talentsim.experiment.Estimate e = org.talentsim.experiment.Estimate.of(diff);
        String row = "<td>Meta.quits</td><td>market.separation=0.4/year</td><td class=\"n\">"
                + (e.mean() > 0 ? "+" : "") + org.talentsim.report.Fmt.num(e.mean());
        assertTrue(html.replace("\n", "").contains(row), row + " in " + html.substring(html.indexOf("id=\"paired\"")));
        // with Holm's p from differences.csv beside it (a strategist's review: only the CSV had it)
        String holm = Files.readAllLines(out.resolve("differences.csv")).stream()
                .filter(l -> l.startsWith("market.separation=0.4/year,Meta.quits,")).findFirst().orElseThrow().split(",", -1)[9];
        // (as the page writes it: "<0.001" escaped)
        String shown = (holm.isEmpty() ? "\u2013" : org.talentsim.report.Fmt.p(Double.parseDouble(holm))).replace("<", "&lt;");
        String tail = html.replace("\n", "").substring(html.replace("\n", "").indexOf(row) + row.length());
        assertTrue(tail.matches("(?s)[^<]*</td><td class=\"n\">" + java.util.regex.Pattern.quote(shown) + "</td>.*"), shown + " in "
                + tail.substring(0, Math.min(300, tail.length())));
    }

    /** A sweep of dates is drawn in time order, whatever order they were listed in (a strategist's review). */
    @Test
    void aSweepOfDatesIsDrawnInTimeOrder(@TempDir Path dir) throws IOException {
        Path scenario = Files.writeString(dir.resolve("dated.yaml"), Files.readString(Path.of("scenarios/retention.yaml"))
                .replace("months: 24", "months: 6")
                .replace("\npool:", "\nevents:\n  - {date: 2025-03, id: start, type: policyChange, lab: Leaker, retention: match}\n\npool:"));
        Path out = dir.resolve("dates");
        Cli r = Cli.run("sweep", scenario.toString(), "--vary", "events[start].date=2025-05,2025-02,2025-04", "-r", "2",
                "--out", out.toString(), "-q", "--metrics", "Leaker.countered,Leaker.poached_out");
        assertEquals(0, r.exit(), r.err());
        Map<String, ReportTest.Fig> figs = ReportTest.figures(Files.readString(out.resolve("report.html")));
        ReportTest.Fig f = figs.values().stream().filter(x -> x.id().startsWith("sweep-")).findFirst().orElseThrow();
        List<String> dates = f.texts().stream().filter(t -> t.matches("2025-0[245]")).toList();
        assertEquals(List.of("2025-02", "2025-04", "2025-05"), dates, f.texts().toString());
    }

    @Test
    void replicateDrawsTheSpreadOverRuns(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rep");
        Cli r = Cli.run("replicate", TINY.toString(), "-r", "4", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        Map<String, ReportTest.Fig> figs = ReportTest.figures(html);
        assertTrue(figs.containsKey("spread-headcount-end"), figs.keySet().toString());
        assertTrue(figs.get("spread-headcount-end").texts().containsAll(List.of("Meta", "OpenAI")), "a box per lab");
        // the headcount paths over the runs: a fan per lab, its median as a line and two shaded bands
        ReportTest.Fig fan = figs.get("fan-base");
        assertEquals("Headcount over 4 runs", fan.title());
        assertEquals("month", fan.x());
        assertEquals("researchers employed (headcount)", fan.y());
        assertTrue(fan.texts().containsAll(List.of("Meta", "OpenAI", fan.title(), fan.x(), fan.y())), fan.texts().toString());
        assertTrue(fan.caption().contains("middle half of the runs"), fan.caption());
        assertTrue(fan.body().contains("fill-opacity: 0.3") || fan.body().contains("fill-opacity:0.3"), "the middle half's band");
        assertTrue(fan.body().contains("fill-opacity: 0.125") || fan.body().contains("fill-opacity:0.125"), "90% of the runs' band");
        assertTrue(List.copyOf(figs.keySet()).indexOf("fan-base") < List.copyOf(figs.keySet()).indexOf("spread-headcount-end"),
                "the paths first, then the ends of the runs");
        // report DIR redraws an experiment's folder
        Cli again = Cli.run("report", out.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(html, Files.readString(out.resolve("report.html")));
    }

    /** The month labels (YYYY-MM) the move-reasons chart of {@code report} draws, in order. */
    static List<String> reasonMonths(Path report) throws IOException {
        return ReportTest.figures(Files.readString(report)).get("reasons").texts().stream()
                .filter(t -> t.matches("\\d{4}-\\d{2}")).toList();
    }

    /** The distinct months of {@code labs.csv}'s dates, in order. */
    static List<String> runMonths(Path out) throws IOException {
        return Files.readAllLines(out.resolve("labs.csv")).stream().skip(1).map(l -> l.split(",")[1].substring(0, 7))
                .distinct().toList();
    }

    /**
     * The moves-per-month chart has a bar for every month of the run, months without a move
     * too: a market of six people moves in a few months only, and every month is labelled (24
     * fit). Before, the months without moves were left out and the bars did not keep time.
     */
    @Test
    void everyMonthHasItsBarEvenWithoutMoves(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("quiet.yaml"), "version: 1\nname: quiet\nstart: 2025-01\nmonths: 24\nseed: 3\n"
                + "labs:\n  - {name: Solo, teams: [{name: T, focus: research, headcount: 4}]}\npool: {size: 2}\n");
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", file.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        long moveMonths = Files.readAllLines(out.resolve("moves.csv")).stream().skip(1).map(l -> l.split(",")[1]).distinct().count();
        List<String> months = runMonths(out);
        assertEquals(24, months.size());
        assertTrue(moveMonths >= 1 && moveMonths < 12, "a quiet market: moves in " + moveMonths + " of 24 months");
        assertEquals(months, reasonMonths(out.resolve("report.html")));
    }

    /**
     * A long run's moves-per-month chart labels one month in a whole number of years, on the
     * calendar (35 years: every other January), at most 30 labels, where it wrote 420 labels 1.3
     * px apart.
     */
    @Test
    void aLongRunsMonthsAreLabelledSparsely(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("long");
        Cli r = Cli.run("run", TINY.toString(), "--months", "420", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> months = runMonths(out);
        assertEquals(420, months.size());
        List<String> expected = months.stream().filter(m -> m.endsWith("-01") && Integer.parseInt(m.substring(0, 4)) % 2 == 0)
                .toList();
        assertEquals(expected, reasonMonths(out.resolve("report.html")));
        assertTrue(expected.size() <= 30 && expected.size() >= 15, expected.toString());
    }

    /**
     * A lab's long name is cut on the flow matrix's axes (a name of 100 characters left the
     * matrix no room at all: only its title and legend were drawn), and the matrix keeps its cells.
     */
    @Test
    void aLongLabNameIsCutInTheFlowMatrix(@TempDir Path dir) throws IOException {
        String longName = "The Extraordinarily Long Named Institute for Research on Artificial General Intelligence Ltd";
        String yaml = Files.readString(TINY).replace("- name: OpenAI", "- name: " + longName).replace("fromLab: OpenAI",
                "fromLab: " + longName);
        Path file = Files.writeString(dir.resolve("long.yaml"), yaml);
        Cli r = Cli.run("run", file.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        List<String> texts = ReportTest.figures(Files.readString(dir.resolve("out/report.html"))).get("flows").texts();
        String cut = longName.substring(0, 23) + "\u2026";
        assertTrue(texts.contains(cut), texts.toString());
        assertFalse(texts.contains(longName), texts.toString());
        for (String row : Files.readAllLines(dir.resolve("out/flows.csv")).subList(1, 3)) {
            String count = row.substring(row.lastIndexOf(',') + 1);
            assertTrue(texts.contains(count), "the matrix's cell " + row + " is drawn: " + texts);
        }
    }

    /**
     * An arm's row without a difference (fewer than two replications in which both it and the
     * baseline have a value) stays in the comparison table and is named under it; it was taken for
     * a baseline row and dropped from both.
     */
    @Test
    void anArmsMetricWithoutADifferenceIsListedNotDropped(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("cmp");
        Cli r = Cli.run("compare", TINY.toString(), "--arm", "sep:market.separation=0.3/year", "-r", "2", "--out", out.toString(),
                "-q", "--no-report", "--metrics", "Meta.quits,OpenAI.quits");
        assertEquals(0, r.exit(), r.err());
        // as the runner writes a metric that is undefined in the arm's runs: its difference left empty
        Path csv = out.resolve("comparison.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        String[] head = lines.get(0).split(",", -1);
        int diff = Arrays.asList(head).indexOf("difference");
        for (int k = 1; k < lines.size(); k++) {
            String[] f = lines.get(k).split(",", -1);
            if (f[0].equals("sep") && f[1].equals("OpenAI.quits")) {
                for (int c = diff; c < f.length - 1; c++) {
                    f[c] = "";
                }
                lines.set(k, String.join(",", f));
            }
        }
        Files.write(csv, lines);
        Cli again = Cli.run("report", out.toString());
        assertEquals(0, again.exit(), again.err());
        String html = Files.readString(out.resolve("report.html"));
        String table = html.substring(html.indexOf("<table class=\"comparison\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertTrue(table.contains("<td>sep</td><td>OpenAI.quits</td>") || table.matches("(?s).*sep</td>\\s*<td[^>]*>OpenAI.quits.*"),
                table);
        assertTrue(html.contains("No difference (fewer than two replications") && html.contains("sep: OpenAI.quits."), html);
        List<String> forest = ReportTest.figures(html).get("forest").texts();
        assertTrue(forest.contains("sep: Meta.quits") && !forest.contains("sep: OpenAI.quits"), forest.toString());
    }

    /**
     * A named researcher out of the market (summary.json: lab and team null) ends at "(none)", not
     * at "null"; a scenario without events has no caption about event lines.
     */
    @Test
    void aResearcherOutOfTheMarketEndsNowhereAndNoEventsMeansNoEventLines(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        String yaml = Files.readString(TINY);
        Path file = Files.writeString(dir.resolve("calm.yaml"), yaml.substring(0, yaml.indexOf("events:")));
        Cli r = Cli.run("run", file.toString(), "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        Path summary = out.resolve("summary.json");
        String json = Files.readString(summary);
        String exited = json.replaceFirst("(\"name\" : \"Star One\",[^}]*?\"lab\" : )\"[^\"]*\"(,\\s*\"team\" : )\"[^\"]*\"(,\\s*\"status\" : )\"[A-Z_]*\"",
                "$1null$2null$3\"EXITED\"");
        assertTrue(!exited.equals(json), json);
        Files.writeString(summary, exited);
        Cli again = Cli.run("report", out.toString());
        assertEquals(0, again.exit(), again.err());
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("<td>null</td>"), "no 'null' cell");
        assertTrue(html.matches("(?s).*<td>Star One</td>\\s*<td>\\(none\\)</td>.*"), html.substring(html.indexOf("Star One")));
        String caption = ReportTest.figures(html).get("headcount-labs").caption();
        assertFalse(caption.contains("dashed"), caption);
    }

    /** The staff of a lab closed by an acqui-hire are laid off on the acqui-hire's terms, which the layoffs table shows (it showed '–'). */
    @Test
    void aClosedSellersLayoffShowsTheAcquiHiresTerms(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("aq");
        Cli r = Cli.run("run", "scenarios/acqui-hire.yaml", "--out", out.toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = Files.readString(out.resolve("report.html"));
        int at = html.indexOf("<table class=\"cuts\">");
        assertTrue(at >= 0, "a layoffs table");
        String cuts = html.substring(at, html.indexOf("</table>", at));
        assertTrue(cuts.matches("(?s).*Surf</td>.*months&#39; paid notice; severance .*"), cuts);
        assertFalse(cuts.contains("\u2013</td>"), cuts);
    }
}
