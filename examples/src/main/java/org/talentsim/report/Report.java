package org.talentsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.talentsim.internal.TextFiles;
import org.talentsim.io.ResultWriter;
import org.talentsim.io.RunInfo;
import org.talentsim.scenario.Scenario;

/**
 * Draws {@code report.html} into a result folder, from its result files: the report of a run
 * ({@code labs.csv} …), an experiment ({@code runs.csv} …), a calibration ({@code estimates.csv}
 * …) or a sensitivity analysis ({@code sensitivity.csv} …). The page is self-contained:
 * charts as inline SVG, styles inline, no script, font, image or external URL (a content
 * security policy forbids loading any). With {@code png}, every chart is also written as
 * {@code charts/ID.svg} and {@code charts/ID.png}.
 */
public final class Report {
    /** The report's file name. */
    public static final String FILE = ResultWriter.REPORT;
    /** The folder of {@code --png}'s chart files. */
    public static final String CHARTS = ResultWriter.CHARTS;
    /**
     * What a comparison says where no arm pairs two replications with the baseline: no
     * difference can be tested, however far apart the arms' values are.
     */
    public static final String TOO_FEW = "Too few replications to test a difference (a test needs at least 2 paired with the"
            + " baseline's): run more (-r N, or replications: in an experiment file).";

    static {
        // charts are drawn without a display
        System.setProperty("java.awt.headless", "true");
    }

    private Report() {}

    /**
     * Whether {@code dir} holds results a report can be drawn from: a run's, an experiment's, a
     * calibration's or a sensitivity analysis's.
     */
    public static boolean canDraw(Path dir) {
        return RunData.isRunFolder(dir) || ExperimentData.isExperimentFolder(dir) || CalibrationData.isCalibrationFolder(dir)
                || CalibrationData.isSensitivityFolder(dir);
    }

    /**
     * The most metrics an experiment's table shows (all are in its CSV files): the market's and a
     * lab's whole set (31 since a lab's {@code committed} was added).
     */
    static final int MAX_SHOWN = 32;
    /** The kinds of a lab's metrics in the order the table takes them when not all fit: who gains and loses people first. */
    static final List<String> KIND_ORDER = List.of("headcount_end", "poached_in", "poached_out", "countered", "quits", "retention", "hires",
            "mean_salary_end", "capability_end", "mean_morale_end", "payroll_end", "spend", "committed");

    /**
     * The metrics an experiment's table (on the command line) and report show, and a few words on
     * which ({@code which}): all of them when there are {@value #MAX_SHOWN} or fewer. Else the
     * market's (not its flows) and, of the labs {@code paths} name ({@code labs[X]...}: the arms'
     * overrides, the varied paths, those of every run) or, when they name none, of every lab,
     * whole kinds of metric while they fit for every one of those labs, in {@link #KIND_ORDER}
     * (then the others in the metrics' order), so each lab shows the same kinds, and in the rows
     * to spare after labs {@code paths} name, whole kinds of the other labs'; when not one kind
     * fits for them all (bm1's 50 labs), the first four kinds of as many whole labs as fit. All are
     * in the experiment's CSV files either way.
     */
    public record Shown(List<String> metrics, String which) {}

    /**
     * The labs named by the events that {@code paths} change, as {@code labs[LAB]} paths for
     * {@link #shown}: those of the scenario {@code bytes} (file {@code name}) with the overrides
     * {@code global}; none when no path changes an event or the scenario cannot be read.
     */
    public static List<String> eventLabPaths(byte[] bytes, String name, List<String> global, java.util.Collection<String> paths) {
        return ScenarioInfo.eventLabPaths(bytes, name, global, paths);
    }

    /**
     * The line an experiment command ends with when some of its runs skipped parts of the
     * scenario's events, as the report's box counts them ({@code runs.csv}); null when none did.
     */
    public static String skippedLine(Path dir) {
        return ExperimentReport.skippedLine(dir);
    }

    /**
     * The note an experiment command prints when some of its arms (cells: {@code unit}) gave the
     * same results in every metric: what they change made no difference; null when none did.
     */
    public static String sameResults(Path dir, String unit) {
        return ExperimentReport.sameResults(dir, unit);
    }

    /**
     * The line under an experiment's table giving the units of the metrics it shows ("Units: USD a
     * year, at the run's end: payroll_end; …"); null when none is a standard metric.
     */
    public static String units(java.util.Collection<String> metrics) {
        return MetricUnits.line(metrics);
    }

    /**
     * As {@link #units(java.util.Collection)}, for an experiment on {@code scenario} (its scenario
     * with the overrides of every run, not an arm's): money in the scenario's own units where its
     * pay scale is not in dollars (a base of 300 or less), as the report's page decides it.
     */
    public static String units(java.util.Collection<String> metrics, org.talentsim.scenario.Scenario scenario) {
        return MetricUnits.line(metrics, RunReport.ownUnits(scenario.market().payScale().base()));
    }

    /**
     * A table for the terminal: its title, a note on its columns, the header, the rows, and which
     * columns hold numbers.
     */
    public record Table(String title, String note, List<String> header, List<List<String>> rows,
            java.util.function.IntPredicate numeric) {
    }

    /**
     * The sweep in {@code dir}: each of {@code metrics}' trend along the first varied path (when its
     * values are numbers) and its highest and lowest cells, as the report's table has them; the
     * metrics whose mean is the same in every cell left out. Null for another kind of experiment, or
     * when no metric is left.
     */
    public static Table sweepTrends(Path dir, List<String> metrics) {
        ExperimentData d = ExperimentData.readWritten(dir);
        SweepTrends t = SweepTrends.of(d);
        if (t == null) {
            return null;
        }
        List<String> varying = metrics.stream().filter(m -> !t.flat(m)).toList();
        return varying.isEmpty() ? null : new Table(t.title(), (t.noTrend() == null ? "" : t.noTrend() + "\n") + t.note(), t.header(),
                t.rows(varying), t::numeric);
    }

    /** {@link #skippedLine(Path)}, pointing to the report only when one is drawn ({@code report}). */
    public static String skippedLine(Path dir, boolean report) {
        return ExperimentReport.skippedLine(dir, report);
    }

    /**
     * {@code shown}, and after it the metrics it leaves out whose difference to {@code baseline}
     * is beyond chance in some arm or cell (p (Holm) below 0.05, and not a chance tie:
     * {@link Fmt#chanceTie}), as the folder {@code dir}'s {@code comparison.csv} has them: a
     * selection by lab and kind left out the one difference a strategist's comparison found, from
     * the table, the page and its headline (a scenario author's review). {@code shown} as it is
     * when the folder has no comparison.
     */
    public static Shown withBeyondChance(Shown shown, Path dir, String baseline) {
        Path file = dir.resolve("comparison.csv");
        if (shown.which().equals("all") || !java.nio.file.Files.isRegularFile(file)) {
            return shown;
        }
        return ExperimentReport.withBeyondChance(shown, Csv.read(file), baseline);
    }

    /** The metrics shown of {@code metrics}, given the paths the experiment's changes set (see {@link Shown}). */
    public static Shown shown(List<String> metrics, java.util.Collection<String> paths) {
        return shown(metrics, paths, java.util.Set.of());
    }

    /**
     * As {@link #shown(List, java.util.Collection)}, with the kinds that are 0 in every run of
     * every cell for each lab taken ({@code zero}: the metrics that are) after all the others:
     * three rows of "0 [0, 0]" took the place of the counter-offers in a scenario about them (a
     * strategist's review).
     */
    public static Shown shown(List<String> metrics, java.util.Collection<String> paths, java.util.Set<String> zero) {
        if (metrics.size() <= MAX_SHOWN) {
            return new Shown(metrics, "all");
        }
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        java.util.regex.Pattern lab = java.util.regex.Pattern.compile("^\\s*labs\\[([^\\]]+)\\]"); // as overrides are read: spaces before
        for (String p : paths) {
            java.util.regex.Matcher m = lab.matcher(p);
            if (m.find()) {
                named.add(m.group(1));
            }
        }
        List<String> market = new java.util.ArrayList<>();
        // per lab, its metrics by kind; the kinds in the order they are taken
        Map<String, Map<String, String>> byLab = new java.util.LinkedHashMap<>();
        List<String> kinds = new java.util.ArrayList<>();
        for (String m : metrics) {
            int dot = m.lastIndexOf('.');
            if (m.startsWith("market.")) {
                if (!m.startsWith("market.flow.")) {
                    market.add(m);
                }
            } else if (dot > 0) {
                byLab.computeIfAbsent(m.substring(0, dot), k -> new java.util.LinkedHashMap<>()).put(m.substring(dot + 1), m);
                if (!kinds.contains(m.substring(dot + 1))) {
                    kinds.add(m.substring(dot + 1));
                }
            }
        }
        kinds.sort(java.util.Comparator.comparingInt(k -> KIND_ORDER.contains(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.size()));
        List<String> labs = new java.util.ArrayList<>(byLab.keySet());
        // a team's metrics (LAB/TEAM.hires) go with its lab's
        java.util.function.Predicate<String> isNamed = l -> named.contains(l) || l.indexOf('/') > 0
                && named.contains(l.substring(0, l.indexOf('/')));
        boolean someNamed = labs.stream().anyMatch(isNamed);
        if (someNamed) {
            labs.removeIf(isNamed.negate());
        }
        if (!zero.isEmpty()) {
            // a kind no run gives anything but 0 for the labs shown: after the others, if room is left
            List<String> flat = kinds.stream().filter(k -> labs.stream().map(l -> byLab.get(l).get(k))
                    .allMatch(m -> m == null || zero.contains(m))).toList();
            kinds.removeAll(flat);
            kinds.addAll(flat);
        }
        market = market.subList(0, Math.min(market.size(), MAX_SHOWN));
        List<String> out = new java.util.ArrayList<>(market);
        List<String> taken = new java.util.ArrayList<>();
        for (String kind : kinds) {
            List<String> these = ofKind(byLab, labs, kind);
            if (these.isEmpty()) {
                continue;
            }
            if (out.size() + these.size() > MAX_SHOWN) {
                break;
            }
            out.addAll(these);
            taken.add(kind);
        }
        // rows to spare: whole kinds of the other labs' metrics while they fit (a --metrics list of
        // Raider.* and three of Keeper's, an arm changing Keeper, showed 3 rows of 33 and not one
        // of the 30 asked for: a strategist's review)
        List<String> others = new java.util.ArrayList<>();
        List<String> otherKinds = new java.util.ArrayList<>();
        if (someNamed && !taken.isEmpty()) {
            for (String l : byLab.keySet()) {
                if (!isNamed.test(l)) {
                    others.add(l);
                }
            }
            for (String kind : kinds) {
                List<String> these = ofKind(byLab, others, kind);
                if (these.isEmpty() || out.size() + these.size() > MAX_SHOWN) {
                    continue;
                }
                out.addAll(these);
                otherKinds.add(kind);
            }
        }
        String marketText = market.isEmpty() ? "" : "the market's, and ";
        // a team's metrics are its owner's too (LAB/TEAM.hires): "each lab" said of teams' rows misled (a review)
        boolean teams = labs.stream().anyMatch(l -> l.indexOf('/') > 0);
        String whose = someNamed ? String.join(", ", labs) + ", which the experiment's changes name"
                : teams && labs.stream().allMatch(l -> l.indexOf('/') > 0) ? "each team" : teams ? "each lab and team" : "each lab";
        if (!taken.isEmpty()) {
            boolean allKinds = taken.size() == kinds.stream().filter(k -> labs.stream().anyMatch(l -> byLab.get(l).containsKey(k))).count();
            String what = allKinds ? "all metrics" : taken.size() <= 5 ? String.join(", ", taken)
                    : taken.size() + " kinds (" + String.join(", ", taken.subList(0, 5)) + ", \u2026)";
            String spare = "";
            if (!otherKinds.isEmpty()) {
                List<String> shownOthers = others.stream().filter(l -> otherKinds.stream().anyMatch(k -> byLab.get(l).containsKey(k)))
                        .toList();
                spare = ", then " + (otherKinds.size() <= 5 ? String.join(", ", otherKinds) : otherKinds.size() + " kinds ("
                        + String.join(", ", otherKinds.subList(0, 5)) + ", \u2026)") + " of " + String.join(", ", shownOthers);
            }
            return new Shown(List.copyOf(out), marketText + what + " of " + whose + spare);
        }
        // not one kind fits for every lab: the first kinds of as many whole labs as fit
        List<String> first = kinds.subList(0, Math.min(4, kinds.size()));
        int shownLabs = 0;
        for (String l : labs) {
            List<String> these = first.stream().map(k -> byLab.get(l).get(k)).filter(java.util.Objects::nonNull).toList();
            if (out.size() + these.size() > MAX_SHOWN) {
                break;
            }
            out.addAll(these);
            shownLabs++;
        }
        if (shownLabs == 0) {
            return new Shown(List.copyOf(metrics.subList(0, MAX_SHOWN)), "the first " + MAX_SHOWN);
        }
        return new Shown(List.copyOf(out), marketText + String.join(", ", first) + " of the first " + shownLabs + " of "
                + labs.size() + (someNamed ? " labs the experiment's changes name" : " labs"));
    }

    /** The metrics of kind {@code kind} of labs {@code labs} (each lab's metrics by kind in {@code byLab}), in the labs' order. */
    private static List<String> ofKind(Map<String, Map<String, String>> byLab, List<String> labs, String kind) {
        List<String> these = new java.util.ArrayList<>();
        for (String l : labs) {
            String m = byLab.get(l).get(kind);
            if (m != null) {
                these.add(m);
            }
        }
        return these;
    }

    /**
     * Draws the report of the run in {@code dir}; {@code scenario} gives its description and
     * events (null: read the scenario file the manifest names, if unchanged since the run).
     *
     * @return the path of {@code report.html}
     */
    public static Path writeRun(Path dir, Scenario scenario, boolean png) {
        return writeRun(RunData.read(dir), scenario, png, false, false);
    }

    /**
     * Draws the report of a run from the rows {@code collected} while it ran (and its small result
     * files), without reading its CSV files back: what {@code run} does.
     */
    public static Path writeRun(RunCollector collected, Scenario scenario, boolean png) {
        return writeRun(collected.finish(), scenario, png, false, false);
    }

    private static Path writeRun(RunData d, Scenario scenario, boolean png, boolean redraw, boolean locked) {
        ScenarioInfo info = scenario != null ? ScenarioInfo.of(scenario) : ScenarioInfo.fromManifest(d);
        return draw(d.dir, new RunReport(d, info), png, redraw, locked);
    }

    /** Draws the report of the experiment in {@code dir}. */
    public static Path writeExperiment(Path dir, boolean png) {
        return draw(dir, new ExperimentReport(ExperimentData.read(dir)), png, false, false);
    }

    /** Draws the report of the calibration or the sensitivity analysis in {@code dir}. */
    public static Path writeCalibration(Path dir, boolean png) {
        return draw(dir, new CalibrationReport(CalibrationData.read(dir)), png, false, false);
    }

    /**
     * Draws the report of whatever {@code dir} holds, again ({@code talentsim report DIR}): with
     * {@code png} the chart files are replaced, without it those of an earlier report of the same
     * results are kept.
     *
     * The folder is locked while its results are read and the report written, as a run locks it
     * while it writes them: a folder being written is refused ({@link
     * org.talentsim.io.FolderBusyException}), never drawn half old, half new.
     *
     * @throws IllegalArgumentException when it holds no results of a run, an experiment, a calibration
     *     or a sensitivity analysis, or those of an experiment, calibration or sensitivity analysis
     *     that has not finished (no {@code manifest.json})
     */
    public static Path write(Path dir, boolean png) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " holds no results: it is not a folder");
        }
        try (AutoCloseable lock = ResultWriter.lockFolder(dir)) {
            return writeLocked(dir, png);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Why {@code dir} cannot be drawn yet: it holds an experiment, a calibration or a sensitivity
     * analysis that has not finished (its specification, no {@code manifest.json}: stopped, or a
     * full disk); null when it has none.
     */
    public static String unfinished(Path dir) {
        String[][] kinds = {{"experiment.yaml", "an experiment"}, {"calibration.yaml", "a calibration"},
            {"sensitivity.yaml", "a sensitivity analysis"}};
        for (String[] k : kinds) {
            if (Files.isRegularFile(dir.resolve(k[0])) && !Files.isRegularFile(dir.resolve("manifest.json"))) {
                Path aside = dir.resolve(org.talentsim.io.ResultWriter.REPLACED);
                return dir + " holds " + k[1] + " that has not finished (no manifest.json): run it again with --resume to"
                        + " finish it, then draw its report" + (Files.isRegularFile(aside.resolve("manifest.json"))
                        ? "; the finished results it replaces are in " + aside + " (report " + aside + " draws them)" : "");
            }
        }
        return null;
    }

    private static Path writeLocked(Path dir, boolean png) {
        String unfinished = unfinished(dir);
        if (unfinished != null) {
            throw new IllegalArgumentException(unfinished);
        }
        if (RunData.isRunFolder(dir)) {
            return writeRun(RunData.read(dir), null, png, true, true);
        }
        if (ExperimentData.isExperimentFolder(dir)) {
            return draw(dir, new ExperimentReport(ExperimentData.read(dir)), png, true, true);
        }
        if (CalibrationData.isCalibrationFolder(dir) || CalibrationData.isSensitivityFolder(dir)) {
            return draw(dir, new CalibrationReport(CalibrationData.read(dir)), png, true, true);
        }
        throw new IllegalArgumentException(dir + " holds no results of a run (labs.csv, summary.json), an experiment"
                + " (runs.csv, summary.csv), a calibration (estimates.csv, moments.csv) or a sensitivity analysis"
                + " (sensitivity.csv, ranking.csv)");
    }

    /**
     * {@code redraw}: the results are those the folder's earlier report (and chart files) showed;
     * {@code locked}: the caller holds the folder's lock.
     */
    private static Path draw(Path dir, Page page, boolean png, boolean redraw, boolean locked) {
        byte[] html;
        try (Drawer drawer = new Drawer()) {
            html = page.html(RunInfo.version(), drawer);
        }
        return write(dir, html, page.figures(), png ? page.chartKey() : null, png, redraw, locked);
    }

    /**
     * Fails unless {@code --png} can write its chart files into {@code dir/charts}: absent or a
     * folder, not a file or a symbolic link. The commands ask before they run, so that a run that
     * cannot write its charts is refused before it replaces the folder's results.
     *
     * @throws IllegalArgumentException naming the path and what is in the way
     */
    public static void checkCharts(Path dir) {
        Path charts = dir.resolve(CHARTS);
        if (Files.isSymbolicLink(charts)) {
            throw new IllegalArgumentException(charts + " is a symbolic link: the chart files are never written through"
                    + " one; remove it, or draw without --png");
        }
        if (Files.exists(charts, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(charts + " is a file, where the folder of --png's chart files goes; remove it,"
                    + " or draw without --png");
        }
    }

    private static Path write(Path dir, byte[] html, List<Figure> figures, String key, boolean png, boolean redraw, boolean locked) {
        Path file = dir.resolve(FILE);
        try (AutoCloseable lock = locked ? () -> { } : ResultWriter.lockFolder(dir)) {
            Path charts = dir.resolve(CHARTS);
            if (png) {
                checkCharts(dir);
            }
            if (png || !redraw) {   // new results: no chart of the earlier ones stays
                ResultWriter.removeReport(dir);
            }
            TextFiles.write(file, html);
            samePermissions(dir.resolve("manifest.json"), file);
            if (png) {
                for (Figure f : figures) {
                    Svg.export(f, charts);
                }
                if (key != null) {
                    TextFiles.write(charts.resolve(ResultWriter.CHART_KEY), key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    /** Gives {@code file} the permissions of {@code like}, the results' manifest (a user may have changed them). */
    private static void samePermissions(Path like, Path file) {
        try {
            if (Files.isRegularFile(like, LinkOption.NOFOLLOW_LINKS)
                    && Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(file, Files.getPosixFilePermissions(like, LinkOption.NOFOLLOW_LINKS));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the report is written; its permissions are a convenience
        }
    }

    /** Removes the report (and its chart files) from {@code dir}: {@code run --no-report} leaves none of another run. */
    public static void remove(Path dir) {
        ResultWriter.removeReport(dir);
        // once the results are in place: the charts' folder, emptied, is not left behind (a
        // user's own files keep it; a link is not followed)
        Path charts = dir.resolve(CHARTS);
        if (java.nio.file.Files.isDirectory(charts, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(charts)) {
                if (left.findAny().isEmpty()) {
                    java.nio.file.Files.delete(charts);
                }
            } catch (java.io.IOException e) {
                // only left behind
            }
        }
    }

    /**
     * Draws a throw-away chart of each kind the report uses, to load the chart library's classes
     * and the fonts while a run is still going ({@code run} calls it on a thread of its own when
     * it starts): the report is then drawn sooner when the run ends. Harmless to skip.
     */
    public static void warmUp() {
        // one chart of each of the report's kinds, at about its size (24 months, 8 series): drawing
        // more of them compiles more of the drawing code but, on a busy machine, slows the run itself
        // the run's small JSON files are read back, and the manifest written, with Jackson's
        // streaming parser and generator (Json): set up here too
        Json.pretty(Json.parse("{\"a\": [1, 2.5, \"b\", null, true]}"));
        // the page's template, read and split once (Html.TEMPLATE)
        Html.page("w", new Html().raw("<p>w</p>"), "w");
        int n = 24;
        double[] x = new double[n];
        List<RunData.Series> s = new java.util.ArrayList<>();
        // only what the report's own drawing runs: no date parsing or formatting here, and ASCII
        // text (one character outside Latin-1 makes the whole SVG a two-byte string)
        for (int k = 0; k < 8; k++) {
            double[] y = new double[n];
            for (int t = 0; t < n; t++) {
                x[t] = 660 + t;
                y[t] = 1000 * (k + 1) + 37 * t;
            }
            s.add(new RunData.Series("s" + k, y));
        }
        List<Charts.Mark> marks = List.of(new Charts.Mark(x[3], "1"), new Charts.Mark(x[9], "2-3"));
        List<String> names = List.of("a", "b", "c", "d", "e", "f");
        int[][] counts = new int[6][6];
        org.jfree.data.category.DefaultCategoryDataset ds = new org.jfree.data.category.DefaultCategoryDataset();
        for (int k = 0; k < 6; k++) {
            counts[k][(k + 1) % 6] = 10 * k + 1;
            for (int t = 0; t < n; t++) {
                ds.addValue(k + t, "r" + k, "m" + t);
            }
        }
        {
            figureUtf8(new Figure("w1", "w", "x", "y", "", Charts.timeLines("w", "x", "y", x, s, false, true, Charts.counts(),
                    marks), 640, 400));
            figureUtf8(new Figure("w2", "w", "x", "y", "", Charts.timeLines("w", "x", "y", x, s, true, false, Charts.money(),
                    marks), 640, 400));
            figureUtf8(new Figure("w3", "w", "x", "y", "", MoveCharts.heatMap("w", "x", "y", names, counts), 500, 420));
            figureUtf8(new Figure("w4", "w", "x", "y", "", Charts.stackedBars("w", "x", "y", ds,
                    List.of(Charts.PALETTE)), 640, 420));
        }
    }

    /** Draws figures on a few threads (the page is assembled in order); {@link #close} when the page is done. */
    static final class Drawer implements AutoCloseable {
        private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
                    Thread t = new Thread(r, "talentsim-report");
                    t.setDaemon(true);
                    return t;
                });

        /** Figure {@code f}'s markup ({@link #figure}) as UTF-8, encoded on the drawing thread. */
        java.util.concurrent.Future<byte[]> draw(Figure f) {
            return pool.submit(() -> figureUtf8(f));
        }

        @Override
        public void close() {
            pool.shutdown();
        }
    }

    /**
     * The markup of one figure: the inline SVG, its caption; title and axes in data attributes.
     * The page takes it as bytes ({@link #figureUtf8}); this text is their reference (FigureBytesTest).
     */
    static String figure(Figure f) {
        return Svg.inline(f, new StringBuilder(256).append(figureHead(f))).append(figureTail(f)).toString();
    }

    /** {@link #figure} as UTF-8, the SVG encoded once ({@link Svg#inlineUtf8}). */
    static byte[] figureUtf8(Figure f) {
        return Svg.inlineUtf8(f, figureHead(f), figureTail(f));
    }

    private static String figureHead(Figure f) {
        // a chart taller than a landscape one (a forest plot, the fans' panels) may take a page in print
        // a chart drawn wider than a grid column takes the whole row
        return "<figure class=\"chart" + (f.width() > 800 ? " full" : "") + "\" id=\"fig-" + Html.esc(f.id()) + "\" data-title=\"" + Html.esc(f.title())
                + "\" data-x-axis=\"" + Html.esc(f.xLabel()) + "\" data-y-axis=\"" + Html.esc(f.yLabel()) + "\""
                + (f.height() * 4 > f.width() * 3 ? " data-print=\"tall\"" : "") + ">\n";
    }

    private static String figureTail(Figure f) {
        return "\n<figcaption><b>Look for:</b> " + Html.esc(f.caption()) + "</figcaption>\n</figure>\n";
    }
}
