package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of {@code calibrate} and {@code sensitivity} (issue 14): on a small scenario named
 * {@code <script>…}, with a parameter, a target and a source written as markup, each chart the
 * page should have is there with its title, axes, legend and caption; the tables, the J test and
 * the targets missed agree with the result files; the page loads nothing and shows every name as
 * text; {@code report DIR} draws the same page; {@code --no-report} leaves none and {@code --png}
 * writes the charts. Expectations come from the result files, not from figures of one run.
 */
class CalibrationReportTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String PARAMETER = "<b>offers</b>";
    static final String TARGET = "quit<ratio>";
    static final String SOURCE = "<img src=x onerror=alert(2)> & co";

    @TempDir
    static Path tmp;
    static Path file;
    static Path cal;
    static Path sens;
    static Cli calibrated;
    static Cli screened;

    /** CalibrationCliTest's file, on a copy of its scenario named {@code <script>}, with names written as markup. */
    static Path hostile(Path dir) throws IOException {
        Path scenario = dir.resolve("small.yaml");
        Files.writeString(scenario, Files.readString(CalibrationCliTest.SMALL).replace("name: small", "name: '" + SCRIPT + "'"));
        Path f = CalibrationCliTest.file(dir);
        Files.writeString(f, Files.readString(f).replace(CalibrationCliTest.SMALL.toString(), scenario.toString())
                .replace("{name: offers,", "{name: '" + PARAMETER + "',")
                .replace("{name: quit_ratio,", "{name: '" + TARGET + "', source: '" + SOURCE + "',")
                .replace("replications: 2}", "replications: 2, sobol: 4}"), StandardCharsets.UTF_8);
        return f;
    }

    @BeforeAll
    static void calibrateAndScreen() throws IOException {
        file = hostile(tmp);
        cal = tmp.resolve("cal");
        calibrated = Cli.run("calibrate", file.toString(), "--out", cal.toString(), "-q", "--png");
        assertEquals(0, calibrated.exit(), calibrated.err());
        sens = tmp.resolve("sens");
        screened = Cli.run("sensitivity", file.toString(), "--out", sens.toString(), "-q");
        assertEquals(0, screened.exit(), screened.err());
    }

    static String page(Path dir) throws IOException {
        return Files.readString(dir.resolve("report.html"));
    }

    /** The text of the paragraph of class {@code cls}, unescaped. */
    static String paragraph(String html, String cls) {
        Matcher p = Pattern.compile("<p class=\"" + cls + "\">(.*?)</p>", Pattern.DOTALL).matcher(html);
        assertTrue(p.find(), "a paragraph " + cls);
        return ReportTest.unescape(p.group(1));
    }

    @Test
    void calibrateEndsByPrintingThePathOfTheReport() {
        assertTrue(calibrated.out().endsWith("Report: " + cal.resolve("report.html") + "\nCharts: " + cal.resolve("charts")
                + " (each chart as ID.png and ID.svg)\n"), calibrated.out());
        assertTrue(screened.out().endsWith("Report: " + sens.resolve("report.html") + "\n"), screened.out());
    }

    @Test
    void theManifestsSayWhatRanTheRuns() throws IOException {
        for (Path d : List.of(cal, sens)) {
            String m = Files.readString(d.resolve("manifest.json"));
            assertTrue(m.contains("\n  \"executor\": \"local\",\n  \"threads\": "), m);
            // (it said "the others from the journal" when none came from it, and "1 threads")
            String threads = m.replaceAll("(?s).*\"threads\": (\\d+).*", "$1");
            assertTrue(page(d).contains(" s on " + threads + (threads.equals("1") ? " thread" : " threads")
                    + " (runs already in the journal are not made again)"), threads);
        }
    }

    @Test
    void theCalibrationsPageHasTheFitAndTheSearchWithTitlesAxesLegendsAndCaptions() throws IOException {
        String html = page(cal);
        Map<String, ReportTest.Fig> figs = ReportTest.figures(html);
        assertEquals(List.of("fit", "trace"), List.copyOf(figs.keySet()));
        figs.values().forEach(ReportTest::titledAndCaptioned);
        List<String[]> moments = ReportTest.csv(cal.resolve("moments.csv"));
        List<String> targets = moments.subList(1, moments.size()).stream().map(r -> r[0]).toList();
        assertTrue(targets.contains(TARGET), targets.toString());
        ReportTest.Fig fit = figs.get("fit");
        // a row per target with a t; one fitted exactly (fit se 0, no t: this file's seed gives
        // one) is named in the caption instead (it was left out without a word)
        List<String> drawn = moments.subList(1, moments.size()).stream().filter(r -> !r[5].isEmpty()).map(r -> r[0]).toList();
        List<String> exact = moments.subList(1, moments.size()).stream().filter(r -> r[5].isEmpty() && r[4].equals("0"))
                .map(r -> r[0]).toList();
        assertTrue(fit.texts().containsAll(drawn), "a row per target: " + fit.texts());
        assertEquals(List.of("market.poached_per_month"), exact, "the case: a target fitted exactly");
        for (String e : exact) {
            assertFalse(fit.texts().contains(e), e);
            assertTrue(ReportTest.unescape(html).contains("Not drawn: " + e + ", fitted exactly (fit se 0: no t)."), e);
        }
        // the fit plot above its table, not beside it: beside it, the table's fit se and t were cut
        // off even at 1,400 px (found by a student's review)
        int plot = html.indexOf("id=\"fig-fit\"");
        String before = html.substring(0, plot);
        assertTrue(before.lastIndexOf("<div class=\"stack\">") > before.lastIndexOf("<h2"), "in a block of their own");
        assertTrue(before.lastIndexOf("<div class=\"grid\">") < before.lastIndexOf("<h2"), "not side by side");
        assertTrue(html.indexOf("<table class=\"moments\"") > plot, "the table below the plot");
        assertTrue(fit.texts().stream().anyMatch(t -> t.startsWith("|t| ")), "the legend: " + fit.texts());
        ReportTest.Fig trace = figs.get("trace");
        assertTrue(trace.texts().containsAll(List.of("best so far", "objective, start 1", "objective, jacobian")),
                "the legend: " + trace.texts());
        // log scale exactly when the objectives drawn span more than a factor of 20
        double min = Double.MAX_VALUE;
        double max = 0;
        List<String[]> rows = ReportTest.csv(cal.resolve("trace.csv"));
        for (String[] r : rows.subList(1, rows.size())) {
            double q = Double.parseDouble(r[3]);
            min = Math.min(min, q);
            max = Math.max(max, q);
        }
        assertEquals(max / min > 20, trace.y().contains("log scale"), "objectives from " + min + " to " + max + ": " + trace.y());
    }

    @Test
    void theCalibrationsTablesAndVerdictsAgreeWithItsFiles() throws IOException {
        String html = page(cal);
        JsonNode summary = new ObjectMapper().readTree(cal.resolve("summary.json").toFile());
        assertTrue(html.contains("<dd>" + summary.get("seed").asText() + "</dd>"), "the seed");
        assertTrue(html.contains("<dd>R = " + summary.get("replications").asText() + " runs"), "R");
        assertTrue(html.contains(": " + summary.get("evaluations").asText() + " evaluations"), "the evaluations");
        assertTrue(html.contains("<dd>" + file + "</dd>"), "the calibration file");

        List<List<String>> est = ReportTest.table(html, "estimates");
        // the parameters' units beside them (this file gives /year)
        assertEquals(List.of("parameter", "path", "range", "start", "estimate", "se", "95% CI", "unit", "status"), est.get(0));
        List<String[]> estimates = ReportTest.csv(cal.resolve("estimates.csv"));
        assertEquals(estimates.size(), est.size());
        for (int k = 1; k < est.size(); k++) {
            String[] e = estimates.get(k);
            List<String> row = est.get(k);
            assertEquals(e[0], row.get(0));
            assertEquals(Double.parseDouble(e[1]), Double.parseDouble(row.get(4)), Math.abs(Double.parseDouble(e[1])) * 1e-3,
                    "the estimate to 4 digits");
            assertEquals(e[10], row.get(7));
            // each row's verdict: usable as estimates.csv says, else what keeps it from being so (a calibration review)
            assertEquals(e[5].equals("TRUE"), row.get(8).contains("at a bound"), row.get(8));
            assertEquals(e[11].equals("TRUE"), row.get(8).equals("usable"), row.get(8));
            assertEquals(e[6].equals("FALSE"), row.get(8).contains("not identified"), row.get(8));
        }
        assertEquals(List.of(PARAMETER, "market.offersEmployed", "[0.3, 2.5]", "1.6"), est.get(1).subList(0, 4));

        List<List<String>> mom = ReportTest.table(html, "moments");
        List<String[]> moments = ReportTest.csv(cal.resolve("moments.csv"));
        // the miss at the linearised minimum is shown when it differs from observed - simulated
        // (this small calibration stops short of its minimum)
        boolean offMinimum = false;
        for (String[] m : moments.subList(1, moments.size())) {
            double gap = Double.parseDouble(m[1]) - Double.parseDouble(m[2]);
            offMinimum |= Math.abs(Double.parseDouble(m[6]) - gap) > 0.01 * Double.parseDouble(m[4]);
        }
        assertEquals(offMinimum ? List.of("target", "observed", "simulated", "miss at min", "se", "fit se", "t")
                : List.of("target", "observed", "simulated", "se", "fit se", "t"), mom.get(0));
        Set<String> missed = new LinkedHashSet<>();
        for (int k = 1; k < moments.size(); k++) {
            String[] m = moments.get(k);
            assertEquals(m[0], mom.get(k).get(0));
            if (m[5].isEmpty()) {   // no t (fitted exactly): a dash
                assertEquals("\u2013", mom.get(k).get(mom.get(0).size() - 1));
                continue;
            }
            double t = Double.parseDouble(m[5]);
            assertEquals(String.format(Locale.ROOT, "%.2f", t), mom.get(k).get(mom.get(0).size() - 1));
            if (Math.abs(t) > 2) {
                missed.add(m[0]);
            }
        }
        assertTrue(paragraph(html, "note sources").endsWith(TARGET + ": " + SOURCE + "."), "the target's source");
        String verdict = paragraph(html, "missed");
        for (int k = 1; k < moments.size(); k++) {
            String name = moments.get(k)[0];
            assertEquals(missed.contains(name), verdict.contains(name + " (t = "), name + ": " + verdict);
        }
        assertEquals(missed.isEmpty(), verdict.startsWith("The model reaches every target"), verdict);

        String j = paragraph(html, "j");
        int df = summary.get("df").asInt();
        // 3 targets, 2 parameters, less those J holds at a bound (their linearised minimum lies beyond the range)
        long held = ReportTest.csv(cal.resolve("estimates.csv")).stream().skip(1).filter(e -> e[9].equals("TRUE")).count();
        assertEquals(1 + held, df, "3 targets, 2 parameters, " + held + " held at a bound");
        assertTrue(j.contains(df == 1 ? "on 1 degree of freedom, p = " : "on " + df + " degrees of freedom, p = "), j);
        assertEquals(held > 0, j.contains(" at its bound: the objective's linearisation has its minimum beyond it"), j);
        double p = summary.get("p_value").asDouble();
        assertTrue(j.contains(p < 0.05 ? "(rejected at 5%)." : "(not rejected at 5%)."), j);
        // an estimate short of a minimum (a small test calibration) is said to make J and the t's unreliable
        boolean shortOf = summary.get("objective_linearised_minimum").asDouble() < 0.5 * summary.get("objective").asDouble();
        assertEquals(shortOf, j.contains("the estimate is short of a minimum"), j);
    }

    @Test
    void theSensitivityPageHasAMorrisPlotPerTargetAndSobolBars() throws IOException {
        String html = page(sens);
        Map<String, ReportTest.Fig> figs = ReportTest.figures(html);
        List<String[]> effects = ReportTest.csv(sens.resolve("sensitivity.csv"));
        Set<String> targets = new LinkedHashSet<>();
        Set<String> parameters = new LinkedHashSet<>();
        for (String[] r : effects.subList(1, effects.size())) {
            parameters.add(r[0]);
            targets.add(r[1]);
        }
        assertEquals(Set.of(PARAMETER, "separation"), parameters);
        List<String> expected = new ArrayList<>();
        targets.forEach(t -> expected.add("morris-" + t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")));
        targets.forEach(t -> expected.add("sobol-" + t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")));
        assertEquals(expected.size(), figs.size(), figs.keySet().toString());
        List<String> ids = List.copyOf(figs.keySet());
        for (int k = 0; k < expected.size(); k++) {
            assertTrue(ids.get(k).startsWith(expected.get(k)), ids.get(k) + " for " + expected.get(k));
        }
        figs.values().forEach(ReportTest::titledAndCaptioned);
        for (ReportTest.Fig f : figs.values()) {
            if (f.id().startsWith("morris-")) {
                assertTrue(f.texts().containsAll(parameters), "each point labelled with its parameter: " + f.texts());
                assertTrue(f.texts().contains("\u03c3 = \u03bc* (dashed)"), "the diagonal in the legend");
                assertTrue(f.x().startsWith("\u03bc*") && f.y().startsWith("\u03c3"), f.x() + " / " + f.y());
            } else {
                assertTrue(f.texts().containsAll(List.of("first order (alone)", "total order (with interactions)")), f.texts().toString());
                assertTrue(f.texts().containsAll(parameters), f.texts().toString());
            }
        }
        assertTrue(figs.keySet().stream().anyMatch(id -> id.startsWith("morris-quit-ratio-")), "the hostile target's chart");

        List<List<String>> ranking = ReportTest.table(html, "ranking");
        List<String[]> csv = ReportTest.csv(sens.resolve("ranking.csv"));
        assertEquals(csv.size(), ranking.size());
        for (int k = 1; k < csv.size(); k++) {
            assertEquals(List.of(csv.get(k)[0], csv.get(k)[1]), ranking.get(k).subList(0, 2));
        }
        assertEquals(effects.size(), ReportTest.table(html, "effects").size());
        assertTrue(html.contains("N = 4"), "Sobol's base sample");
    }

    @Test
    void aSensitivityWithoutSobolHasNoBars(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("m.yaml"), Files.readString(file).replace(", sobol: 4}", "}"));
        Cli r = Cli.run("sensitivity", f.toString(), "--out", dir.resolve("m").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        String html = page(dir.resolve("m"));
        Map<String, ReportTest.Fig> figs = ReportTest.figures(html);
        assertEquals(3, figs.size(), figs.keySet().toString());
        assertTrue(figs.keySet().stream().allMatch(id -> id.startsWith("morris-")), figs.keySet().toString());
        assertTrue(html.contains("not computed"), "says Sobol was not run");
    }

    @Test
    void bothPagesLoadNothingAndShowEveryNameAsText() throws IOException {
        for (Path dir : List.of(cal, sens)) {
            String html = page(dir);
            ReportTest.loadsNothing(html);
            String kind = dir.equals(cal) ? "calibration" : "sensitivity analysis";
            assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;: " + kind + "</h1>"), "the scenario's name as text");
            assertTrue(html.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; " + kind), "the title as text");
            assertFalse(html.contains("<b>offers"), "the parameter's name as text");
            assertTrue(html.contains("&lt;b&gt;offers&lt;/b&gt;"), "the parameter's name escaped");
            assertTrue(html.contains("quit&lt;ratio&gt;"), "the target's name escaped");
            assertFalse(html.contains("quit<ratio>"), "the target's name escaped");
            assertEquals(1, html.split("<h1>", -1).length - 1, "one heading");
        }
        assertTrue(page(cal).contains("&lt;img src=x onerror=alert(2)&gt; &amp; co"), "the source as text");
    }

    @Test
    void reportDirDrawsTheSamePagesFromTheFiles() throws IOException {
        for (Path dir : List.of(cal, sens)) {
            Path copy = tmp.resolve("copy-" + dir.getFileName());
            Files.createDirectories(copy);
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    if (!p.getFileName().toString().equals("report.html")) {
                        Files.copy(p, copy.resolve(p.getFileName()));
                    }
                }
            }
            Cli r = Cli.run("report", copy.toString());
            assertEquals(0, r.exit(), r.err());
            assertEquals("Report: " + copy.resolve("report.html") + "\n", r.out());
            assertEquals(page(dir), page(copy), dir.getFileName().toString());
        }
    }

    /**
     * A calibration's tables that do not match its file: truncated (no rows, a target missing), an
     * estimate outside its range, an estimate left empty, a bound edited past a double's range. Drawn with exit 0 as an empty table, a fit without a target and
     * an estimate of 99 in [0.4, 2] (an adversarial review); refused, naming the file.
     */
    @Test
    void aCalibrationsTablesThatDoNotMatchItsFileAreRefused(@TempDir Path dir) throws IOException {
        List<String> estimates = Files.readAllLines(cal.resolve("estimates.csv"));
        List<String> moments = Files.readAllLines(cal.resolve("moments.csv"));
        int est = List.of(estimates.get(0).split(",")).indexOf("estimate");
        String[] outside = estimates.get(1).split(",", -1);
        outside[est] = "99";
        java.util.Map<String, java.util.Map.Entry<String, String>> faults = new java.util.LinkedHashMap<>();
        faults.put("cut", java.util.Map.entry("estimates.csv", String.join("\n", estimates).substring(0, 20)));
        faults.put("no rows", java.util.Map.entry("estimates.csv", estimates.get(0) + "\n"));
        faults.put("a target missing", java.util.Map.entry("moments.csv", String.join("\n", moments.subList(0, moments.size() - 1)) + "\n"));
        faults.put("outside", java.util.Map.entry("estimates.csv", estimates.get(0) + "\n" + String.join(",", outside) + "\n"
                + String.join("\n", estimates.subList(2, estimates.size())) + (estimates.size() > 2 ? "\n" : "")));
        String[] empty = estimates.get(1).split(",", -1);
        empty[est] = "";
        faults.put("empty", java.util.Map.entry("estimates.csv", estimates.get(0) + "\n" + String.join(",", empty) + "\n"
                + String.join("\n", estimates.subList(2, estimates.size())) + (estimates.size() > 2 ? "\n" : "")));
        String spec = Files.readString(cal.resolve("calibration.yaml"));
        assertTrue(spec.contains("upper: 2.5"), spec);
        faults.put("infinite bound", java.util.Map.entry("calibration.yaml", spec.replace("upper: 2.5", "upper: 1e400")));
        // quoted, as calibrate reads a number too: the check had skipped them (a re-check)
        faults.put("quoted infinite bound", java.util.Map.entry("calibration.yaml", spec.replace("upper: 2.5", "upper: '1e400'")));
        faults.put("outside a quoted bound", java.util.Map.entry("calibration.yaml", spec.replace("lower: 0.3, upper: 2.5",
                "lower: '0.3', upper: '0.31'")));
        for (var f : faults.entrySet()) {
            Path copy = dir.resolve(f.getKey().replace(' ', '-'));
            Files.createDirectories(copy);
            try (var files = Files.list(cal)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    if (!p.getFileName().toString().equals("report.html")) {
                        Files.copy(p, copy.resolve(p.getFileName()));
                    }
                }
            }
            Path broken = copy.resolve(f.getValue().getKey());
            Files.writeString(broken, f.getValue().getValue());
            Cli r = Cli.run("report", copy.toString());
            assertEquals(2, r.exit(), f.getKey() + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            // (an estimate outside a range edited in calibration.yaml is said at its cell of estimates.csv)
            assertTrue(r.err().contains((f.getKey().equals("outside a quoted bound") ? copy.resolve("estimates.csv") : broken).toString()),
                    r.err());
            assertFalse(Files.exists(copy.resolve("report.html")), f.getKey());
            if (f.getKey().equals("outside")) {
                assertTrue(r.err().contains("99 is outside the range of parameter"), r.err());
            }
            if (f.getKey().equals("empty")) {
                assertTrue(r.err().contains("no estimate of parameter"), r.err());
            }
            if (f.getKey().equals("outside a quoted bound")) {
                assertTrue(r.err().contains("is outside the range of parameter") && r.err().contains("[0.3, 0.31]"), r.err());
            }
            if (f.getKey().endsWith("infinite bound")) {
                assertTrue(r.err().contains("has a bound that is not a finite number (read as Infinity)"), r.err());
            }
        }
    }

    /**
     * Where no target has a fit se (the parameters not identified together: every cell "–"), the
     * t's divide by the se, and the fit chart's axis and the note say so: they said "/ fit se" (a
     * strategist's review); with some, "fit se (se where it is –)".
     */
    @Test
    void theFitChartNamesWhatTheTsDivideBy(@TempDir Path dir) throws IOException {
        List<String> moments = Files.readAllLines(cal.resolve("moments.csv"));
        int rse = List.of(moments.get(0).split(",")).indexOf("residual_se");
        assertTrue(rse > 0, moments.get(0));
        for (int blank : new int[] {moments.size() - 1, 1}) {
            Path copy = dir.resolve("blank-" + blank);
            Files.createDirectories(copy);
            try (var files = Files.list(cal)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    if (!p.getFileName().toString().equals("report.html")) {
                        Files.copy(p, copy.resolve(p.getFileName()));
                    }
                }
            }
            List<String> edited = new ArrayList<>(moments.subList(0, 1));
            for (int k = 1; k < moments.size(); k++) {
                String[] cells = moments.get(k).split(",", -1);
                if (k <= blank) {
                    cells[rse] = "";
                }
                edited.add(String.join(",", cells));
            }
            Files.writeString(copy.resolve("moments.csv"), String.join("\n", edited) + "\n");
            Cli r = Cli.run("report", copy.toString());
            assertEquals(0, r.exit(), r.err());
            String page = page(copy);
            boolean all = blank == moments.size() - 1;
            String divisor = all ? "se" : "fit se (se where it is \u2013)";
            assertTrue(page.matches("(?s).*t = \\((observed \u2212 simulated|miss at min)\\) / " + java.util.regex.Pattern.quote(divisor)
                    + ", with \u00b11\\.96.*"), divisor + ": the axis");
            assertFalse(all && page.contains("/ fit se"), "no fit se named where there is none");
        }
    }

    @Test
    void anUndefinedObjectiveIsCountedNotDrawn(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("undefined");
        Files.createDirectories(copy);
        for (String f : List.of("calibration.yaml", "estimates.csv", "moments.csv", "summary.json", "manifest.json")) {
            Files.copy(cal.resolve(f), copy.resolve(f));
        }
        // the second call met a ratio over zero: the objective is 10^30 (docs/CALIBRATION.md)
        List<String> trace = new ArrayList<>(Files.readAllLines(cal.resolve("trace.csv")));
        String[] second = trace.get(2).split(",", -1);
        second[3] = "1000000000000000000000000000000";
        trace.set(2, String.join(",", second));
        Files.write(copy.resolve("trace.csv"), trace);
        assertEquals(0, Cli.run("report", copy.toString()).exit());
        String html = page(copy);
        assertTrue(html.contains("1 call of the objective met an undefined moment"), "counted");
        double min = Double.MAX_VALUE;
        double max = 0;
        for (String line : trace.subList(1, trace.size())) {
            double q = Double.parseDouble(line.split(",")[3]);
            if (q < 1e30) {
                min = Math.min(min, q);
                max = Math.max(max, q);
            }
        }
        ReportTest.Fig f = ReportTest.figures(html).get("trace");
        assertEquals(max / min > 20, f.y().contains("log scale"), "the axis spans the defined objectives only: " + f.y());
        assertFalse(f.texts().stream().anyMatch(t -> t.contains("000000000")), "no tick near 10^30: " + f.texts());
    }

    /**
     * --force replaces another kind's results (README: a folder holds one kind's): the
     * calibration's files stayed beside the sensitivity analysis's, and a report drawn from the
     * folder could mix the two.
     */
    @Test
    void aSensitivityAnalysisForcedIntoACalibrationsFolderReplacesItAndDrawsItsOwnPage(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("both");
        assertEquals(0, Cli.run("calibrate", file.toString(), "--out", out.toString(), "-q", "--no-report").exit());
        Cli refused = Cli.run("sensitivity", file.toString(), "--out", out.toString(), "-q");
        assertEquals(2, refused.exit(), "not without --force: " + refused.err());
        Cli s = Cli.run("sensitivity", file.toString(), "--out", out.toString(), "-q", "--force");
        assertEquals(0, s.exit(), s.err());
        for (String f : new String[] {"calibration.yaml", "estimates.csv", "moments.csv", "trace.csv", "fitted.yaml"}) {
            assertFalse(Files.exists(out.resolve(f)), "the calibration's " + f + " is replaced");
        }
        assertTrue(page(out).contains(": sensitivity analysis</h1>"), "the page of the command that ran last");
        assertEquals(0, Cli.run("report", out.toString()).exit());
        assertTrue(page(out).contains(": sensitivity analysis</h1>"), "report DIR: the manifest says which ran last");
    }

    @Test
    void pngWritesTheChartsAndNoReportRemovesThem(@TempDir Path dir) throws IOException {
        for (String id : ReportTest.figures(page(cal)).keySet()) {
            byte[] png = Files.readAllBytes(cal.resolve("charts/" + id + ".png"));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4), id);
            assertTrue(Files.readString(cal.resolve("charts/" + id + ".svg")).contains("<svg"), id);
        }
        Path out = dir.resolve("c");
        assertEquals(0, Cli.run("calibrate", file.toString(), "--out", out.toString(), "-q", "--png").exit());
        assertTrue(Files.exists(out.resolve("report.html")) && Files.exists(out.resolve("charts/fit.png")));
        Cli again = Cli.run("calibrate", file.toString(), "--out", out.toString(), "-q", "--resume", "--no-report");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("Report: none (--no-report); the report of the results replaced is removed"), again.out());
        assertFalse(Files.exists(out.resolve("report.html")), "no report left behind");
        assertFalse(Files.exists(out.resolve("charts/fit.png")), "nor its charts");
        Cli none = Cli.run("sensitivity", file.toString(), "--out", dir.resolve("s").toString(), "-q", "--no-report");
        assertEquals(0, none.exit(), none.err());
        assertFalse(Files.exists(dir.resolve("s/report.html")));
    }

    /**
     * A target whose simulated moment is undefined at every point (a ratio over a count that is
     * always 0) leaves the objective undefined at every point: the page said "The model reaches
     * every target" (later: named the target), with the start reported as the estimate and exit
     * 0. There is no estimate: exit 2, saying why, and no estimates, moments or report written.
     */
    @Test
    void aTargetUndefinedEverywhereLeavesNoEstimate(@TempDir Path dir) throws IOException {
        Path f = CalibrationCliTest.file(dir);
        Files.writeString(f, Files.readString(f).replace("ratio: [Leaker.quits, Keeper.quits]", "ratio: [Leaker.quits, Keeper.acquired_in]"));
        Path out = dir.resolve("u");
        Cli r = Cli.run("calibrate", f.toString(), "--out", out.toString(), "-q");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("no estimate: at every one of the") && r.err().contains("a ratio whose denominator is 0"),
                r.err());
        for (String file : List.of("estimates.csv", "moments.csv", "summary.json", "report.html")) {
            assertFalse(Files.exists(out.resolve(file)), file);
        }
    }
}
