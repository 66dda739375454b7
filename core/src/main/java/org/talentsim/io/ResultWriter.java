package org.talentsim.io;

import org.talentsim.internal.Words;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentsim.internal.Num;
import org.talentsim.internal.TextFiles;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MarketRow;
import org.talentsim.metrics.MetricsSink;
import org.talentsim.metrics.MoveRow;
import org.talentsim.metrics.OfferRow;
import org.talentsim.metrics.Summary;
import org.talentsim.metrics.TeamRow;
import org.talentsim.model.WorldView;

/**
 * Writes the result files of a run into a folder (DESIGN §6), replacing them as a set: the seven
 * of {@link #FILES}, and {@code offers.csv} when the writer records offers ({@link OfferOutput}:
 * by default for scenarios that start with fewer than 100,000 researchers).
 * Opening the writer locks the folder ({@code .NAME.lock} beside it; a folder another run is
 * writing is refused with {@link FolderBusyException}) and creates a staging folder beside it
 * ({@code .NAME.staging-RANDOM}). CSV rows stream into new files there as ticks finish; when the
 * run ends, {@code flows.csv}, {@code summary.json} and {@code manifest.json} are written and the
 * staging folder is swapped in for the result folder, so a reader sees the old set or the new
 * one, never a mix. Files in the folder that are not result files (a user's notes) are kept:
 * they move into the new folder. A folder holding an experiment's, a calibration's or a
 * sensitivity analysis's results is refused (or those are replaced too, when asked): a folder
 * holds one kind's results. If the run fails, {@link #close()} deletes the staging folder
 * and leaves the result folder untouched. {@link ResultFolder} has the details.
 *
 * <p>Everything but {@code manifest.json} (which records the wall time and thread count) is the
 * same, byte for byte, for the same scenario and seed.
 */
public final class ResultWriter implements MetricsSink, AutoCloseable {
    /** Reads and writes the two JSON files (a factory is safe to share). */
    private static final JsonFactory JSON = new JsonFactory();
    /**
     * The scenario as it ran, in a run's result folder: overrides, seed and months applied, written
     * as a scenario file ({@link ScenarioFiles#write(org.talentsim.scenario.Scenario)}), so that
     * running it again gives the same results, and the report shows the scenario's description
     * and events from it when the folder has been moved away from the scenario file, or the
     * scenario was built in code. Its SHA-256 is the manifest's {@code scenario_as_run_sha256}.
     */
    public static final String SCENARIO_AS_RUN = "scenario-as-run.yaml";

    /** The comment that opens a {@link #SCENARIO_AS_RUN}. */
    private static final String AS_RUN_HEADER = "# The scenario as run, overrides, seed and months applied:"
            + " running this file again gives the results beside it (manifest.json names the file it was read from),\n"
            + "# with the same policies, event types and phases: a run from Java with policies, events or phases of its own\n"
            + "# (a registry that replaces a built-in name, a user phase) gives other numbers from the command line.\n";

    /**
     * The market's row per tick: who is employed, on notice, seeking and gone, the unemployment
     * rate, the moves and the mean pay of the employed ({@link #MARKET_HEADER}). The series of
     * {@code RunResult.market()}, which no file held (an economist's review: unemployment over
     * time could not be drawn from the files alone; labs.csv gives the employed, not the pool).
     */
    public static final String MARKET = "market.csv";

    /** {@link #MARKET}'s header. */
    public static final String MARKET_HEADER = "tick,date,employed,notice,seeking,exited,unemployment,move_rows,mean_salary";

    /** The files every run writes, in the order they are written (the manifest last). */
    public static final List<String> FILES = List.of("labs.csv", "teams.csv", MARKET, "moves.csv", "flows.csv",
            "summary.json", SCENARIO_AS_RUN, "manifest.json");

    /** The optional file of offers ({@link OfferOutput}). */
    public static final String OFFERS = "offers.csv";

    /**
     * An experiment's {@code runs.csv} as Parquet, written by the spark module's {@code Submit}
     * after the runs: replaced results take it with them (it would describe the runs replaced),
     * resumed ones keep it (the same experiment's runs; {@code Submit} writes it again at the end).
     */
    public static final String PARQUET = "runs.parquet";

    /**
     * The copy of the scenario file an experiment or a calibration ran, in its result folder
     * (the same bytes, so its SHA-256 is the one the spec records): the folder's spec runs again
     * from it when the folder has been moved away from the scenario file.
     */
    public static final String SCENARIO_COPY = "scenario-copy.yaml";

    /**
     * The SHA-256 of the {@link #SCENARIO_COPY} in folder {@code dir} (a result folder's spec is
     * read from there), or null when there is none or it cannot be read.
     */
    public static String scenarioCopySha(Path dir) {
        Path copy = dir.resolve(SCENARIO_COPY);
        try {
            return Files.isRegularFile(copy) ? RunInfo.sha256(Files.readAllBytes(copy)) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The files an experiment, a calibration or a sensitivity analysis writes and a run does not,
     * each kind's specification first. {@link #checkSameScenario} refuses a folder holding one
     * (unless {@code --force}); a run's new set drops them, so that a folder never holds a run's
     * results beside another kind's.
     */
    public static final List<String> OTHER_KINDS = List.of("experiment.yaml", "calibration.yaml", "sensitivity.yaml",
            SCENARIO_COPY, "runs.csv", "paths.csv", "cells.csv", "summary.csv", "comparison.csv", "differences.csv", "ratios.csv", "evaluations.csv", "trace.csv", "estimates.csv",
            "moments.csv", "covariance.csv", "jacobian.csv", "fitted.yaml", "sensitivity.csv", "ranking.csv", "sobol.csv", PARQUET);

    /**
     * Every name a result folder's set may hold: {@link #FILES}, {@link #OFFERS}, {@link
     * #OTHER_KINDS}, which no run writes, and the {@link #REPORT}. A new set replaces all of them
     * (an {@code offers.csv} of an earlier run does not survive a run without offers, nor the
     * report of the results it replaces).
     */
    private static final Set<String> RESULT_NAMES = names();

    /**
     * The report a front end draws from a folder's results ({@code report.html}): part of the
     * set, so a new set never keeps the report of the one it replaces (it is drawn again after).
     */
    public static final String REPORT = "report.html";

    /** The folder of a report's chart files ({@code --png}): {@code charts/ID.svg} and {@code charts/ID.png}. */
    public static final String CHARTS = "charts";

    /** The names of a report's chart files in {@link #CHARTS} (other files there are the user's). */
    private static final java.util.regex.Pattern CHART_FILE = java.util.regex.Pattern.compile("[a-z0-9-]+\\.(svg|png)|events\\.txt");

    /** The file beside the report's chart files that says what their event numbers stand for. */
    public static final String CHART_KEY = "events.txt";

    /**
     * Removes the report of the results in {@code dir} ({@link #REPORT}) and its chart files
     * (the user's other files in {@link #CHARTS} stay); links are removed, never followed.
     *
     * @throws UncheckedIOException naming the file that could not be removed
     */
    public static void removeReport(Path dir) {
        Path report = dir.resolve(REPORT);
        // the charts first: which are the report's is read from it
        clearCharts(dir.resolve(CHARTS), report);
        try {
            if (Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(report)) {
                Files.delete(report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + report + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes from {@code charts} the chart files of the report {@code report} ({@code --png}: each
     * figure's {@code ID.svg} and {@code ID.png}, and {@code events.txt}); a file of another name,
     * or any file when {@code report} is not a talentsim report, is the user's and stays (a
     * folder that never held a report lost a user's {@code charts/figure-1.svg} to the name
     * pattern alone: found by a reliability review). Not through a link: a link named {@code
     * charts} is left alone.
     */
    static void clearCharts(Path charts, Path report) {
        if (!Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            List<Path> named;
            try (java.util.stream.Stream<Path> s = Files.list(charts)) {
                named = s.filter(p -> CHART_FILE.matcher(p.getFileName().toString()).matches())
                        .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)).toList();
            }
            if (named.isEmpty()) {
                return;
            }
            Set<String> ours = reportCharts(report);
            for (Path p : named) {
                if (ours.contains(p.getFileName().toString())) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + charts + ": " + e.getMessage(), e);
        }
    }

    /** What marks a page as a talentsim report (the template's generator). */
    private static final String REPORT_MARK = "<meta name=\"generator\" content=\"talentsim report\">";
    /** A figure of a report, whose chart files are {@code ID.svg} and {@code ID.png}. */
    private static final java.util.regex.Pattern FIGURE_ID = java.util.regex.Pattern.compile("<figure class=\"chart(?: [a-z]+)*\" id=\"fig-([a-z0-9-]+)\"");
    /** Larger than any report (the flagship's is ~0.8 MB): not read. */
    private static final long MAX_REPORT = 1L << 28;

    /** The chart file names of report {@code report} (its figures' and {@code events.txt}); none when it is not a talentsim report. */
    static Set<String> reportCharts(Path report) throws IOException {
        if (!Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS) || Files.size(report) > MAX_REPORT) {
            return Set.of();
        }
        String html = new String(Files.readAllBytes(report), java.nio.charset.StandardCharsets.UTF_8);
        int head = html.indexOf("</head>");
        if (head < 0 || !html.substring(0, head).contains(REPORT_MARK)) {
            return Set.of();
        }
        Set<String> names = new java.util.HashSet<>();
        names.add(CHART_KEY);
        java.util.regex.Matcher m = FIGURE_ID.matcher(html);
        while (m.find()) {
            names.add(m.group(1) + ".svg");
            names.add(m.group(1) + ".png");
        }
        return names;
    }

    private static Set<String> names() {
        Set<String> all = new java.util.HashSet<>(files(true));
        all.addAll(OTHER_KINDS);
        all.add("report.html");
        return Set.copyOf(all);
    }

    /** A file created here, never opened if something (a link) is already there. */
    private static final OpenOption[] NEW = {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};

    private final Path dir;
    private final RunInfo info;
    private final ResultFolder folder;
    private final long startNanos = System.nanoTime();
    /** The bytes of the run's {@link #SCENARIO_AS_RUN}. */
    private final byte[] asRun;
    private final BufferedWriter labs;
    private final BufferedWriter teams;
    private final BufferedWriter market;
    private final BufferedWriter moves;
    /** {@code offers.csv}, or null when offers are not recorded. */
    private final BufferedWriter offers;
    /** The rows written to {@code offers.csv}: the manifest's {@code offers_rows}, so that a file cut short is found. */
    private long offerRows;
    private boolean closed;
    /** A run has started writing here ({@link #start}): a writer holds one run's results. */
    private boolean started;

    /**
     * Locks {@code dir} and opens the result files in a new staging folder beside it (its parent
     * folders are created now; {@code dir} itself only appears, or changes, when the results are
     * complete).
     *
     * @throws IllegalArgumentException when {@code dir} cannot be a result folder (see {@link #checkFolder})
     * @throws FolderBusyException when another run is writing {@code dir}
     * @throws UncheckedIOException when the lock or the staging folder cannot be created
     */
    public ResultWriter(Path dir, RunInfo info) {
        this(dir, info, OfferOutput.AUTO);
    }

    /**
     * As {@link #ResultWriter(Path, RunInfo)}, writing {@code offers.csv} as {@code offers} says
     * for the scenario of {@code info}.
     */
    public ResultWriter(Path dir, RunInfo info, OfferOutput offers) {
        this(dir, info, offers, false);
    }

    /**
     * As {@link #ResultWriter(Path, RunInfo, OfferOutput)}; with {@code replaceOtherKinds} the
     * results of an experiment, a calibration or a sensitivity analysis in {@code dir} ({@link
     * #OTHER_KINDS}) are replaced by the run's set (what {@code run --force} does), without it
     * such a folder is refused.
     *
     * @throws IllegalArgumentException also when {@code dir} holds another kind's results and not
     *     {@code replaceOtherKinds}
     */
    public ResultWriter(Path dir, RunInfo info, OfferOutput offers, boolean replaceOtherKinds) {
        RunInfo.prepareBuild();   // the manifest's build, worked out while the run goes
        checkNotItsOwnCopy(dir, info.scenarioFile());
        // written out now, so that a scenario the writer could not write fails before the run, not after it
        this.asRun = (AS_RUN_HEADER + ScenarioFiles.write(info.scenario())).getBytes(StandardCharsets.UTF_8);
        if (!replaceOtherKinds) {
            checkNoOtherKind(dir);
        }
        this.dir = dir;
        this.info = info;
        boolean withOffers = offers.records(info.scenario());
        this.folder = ResultFolder.open(dir, RESULT_NAMES);
        BufferedWriter l = null;
        BufferedWriter t = null;
        BufferedWriter mk = null;
        BufferedWriter mv = null;
        BufferedWriter o = null;
        try {
            l = open("labs.csv", LabRow.HEADER);
            t = open("teams.csv", TeamRow.HEADER);
            mk = open(MARKET, MARKET_HEADER);
            mv = open("moves.csv", MoveRow.HEADER);
            o = withOffers ? open(OFFERS, OfferRow.HEADER) : null;
        } catch (IOException e) {
            for (BufferedWriter w : new BufferedWriter[] {l, t, mk, mv, o}) {
                closeQuietly(w);
            }
            folder.close();
            closed = true;
            throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
        }
        labs = l;
        teams = t;
        market = mk;
        moves = mv;
        this.offers = o;
    }

    /**
     * The files of a run, in the order they are written: {@link #FILES} with {@link #OFFERS} after
     * {@code moves.csv} when {@code offers}.
     */
    public static List<String> files(boolean offers) {
        if (!offers) {
            return FILES;
        }
        List<String> f = new java.util.ArrayList<>(FILES);
        f.add(f.indexOf("moves.csv") + 1, OFFERS);
        return List.copyOf(f);
    }

    /** The files this writer writes, in order. */
    public List<String> files() {
        return files(offers != null);
    }

    /** Whether this writer writes {@code offers.csv}. */
    @Override
    public boolean wantsOffers() {
        return offers != null;
    }

    private static void closeQuietly(BufferedWriter w) {
        if (w != null) {
            try {
                w.close();
            } catch (IOException ignored) {
                // aborting
            }
        }
    }

    /**
     * Refuses to run the copy of the scenario in result folder {@code dir} ({@link
     * #SCENARIO_AS_RUN}) into that same folder: the new results would replace the file being run
     * (and any change made to it, with its comments). A file that cannot be compared passes.
     *
     * @throws IllegalArgumentException naming the file and the folder
     */
    private static void checkNotItsOwnCopy(Path dir, String scenarioFile) {
        if (scenarioFile == null || scenarioFile.isEmpty()) {
            return;
        }
        try {
            Path copy = dir.resolve(SCENARIO_AS_RUN);
            Path file = Path.of(scenarioFile);
            if (Files.isRegularFile(copy) && Files.isRegularFile(file) && Files.isSameFile(file, copy)) {
                throw new IllegalArgumentException(scenarioFile + " is the copy of the scenario as run that the results in "
                        + dir + " replace: copy it to another file to run it, or choose another " + Words.out());
            }
        } catch (IOException | java.nio.file.InvalidPathException | SecurityException e) {
            // not comparable: not the same file as far as can be told
        }
    }

    /**
     * Checks, without writing anything, that {@code dir} can be a result folder: not a symbolic
     * link, a folder if it exists (with no folder or device under a result file's name), not
     * under a regular file, not the root or a folder holding the current one.
     *
     * @throws IllegalArgumentException one line naming the path and the problem
     */
    public static void checkFolder(Path dir) {
        ResultFolder.check(dir, RESULT_NAMES);
    }

    /**
     * {@link #checkFolder}, and what a run's folder must be besides: not a mount point (a run's
     * new set replaces the folder by renaming it, which a mount point refuses; an experiment or a
     * calibration writes into its folder and may use one). What the constructor checks, for a
     * front end to say before the run.
     *
     * @throws IllegalArgumentException one line naming the path and the problem
     */
    public static void checkRunFolder(Path dir) {
        checkFolder(dir);
        ResultFolder.checkNotMounted(dir);
    }

    /**
     * {@link #checkRunFolder(Path)}, and that the run's scenario file is not the folder's own
     * {@link #SCENARIO_AS_RUN}, which its results would replace: everything the constructor checks
     * but the folder's other contents ({@link #checkSameScenario}).
     *
     * @throws IllegalArgumentException one line naming the path and the problem
     */
    public static void checkRunFolder(Path dir, RunInfo info) {
        checkRunFolder(dir);
        checkNotItsOwnCopy(dir, info.scenarioFile());
    }

    /** A comment line that records a scenario's SHA-256 (a calibration's first line). */
    private static final java.util.regex.Pattern RECORDED_SHA = java.util.regex.Pattern.compile("# .* with SHA-256 ([0-9a-f]{64})");

    /**
     * Where spec {@code there} (the folder's) first differs from {@code here} (this command's),
     * line by line: {@code ": 'replications: 40' there, 'replications: 30' here"}; the scenario's
     * SHA-256 is named as the scenario file's content. "Another experiment" alone did not say that
     * the scenario file had changed, or the replications (a strategist's review).
     */
    static String firstDifference(String there, String here) {
        String[] a = there.split("\n", -1);
        String[] b = here.split("\n", -1);
        for (int k = 0; k < Math.max(a.length, b.length); k++) {
            String x = k < a.length ? a[k] : "";
            String y = k < b.length ? b[k] : "";
            if (!x.equals(y)) {
                for (String key : new String[] {"# SHA-256 ", "scenario_sha256: "}) {
                    if (x.startsWith(key) && y.startsWith(key)) {
                        int from = key.length();
                        return ": the scenario file's content (SHA-256 " + x.substring(from, Math.min(x.length(), from + 12)) + "… there, "
                                + y.substring(from, Math.min(y.length(), from + 12)) + "… here)";
                    }
                }
                // within the arms or the grid, which arms or paths differ: another arm count shifted the
                // lines, and "''80pct': [...]' there, 'seed: 2026' here" compared an arm with the seed
                // (a student's review)
                for (String block : new String[] {"arms", "vary"}) {
                    if (block.equals(keyAt(a, k)) || block.equals(keyAt(b, k))) {
                        String said = blockDifference(block, topLevel(there).get(block), topLevel(here).get(block));
                        if (said != null) {
                            return said;
                        }
                    }
                }
                // an item of a list (the metrics, an arm's overrides) is named by its key: "'- 'A.hires''" was the line itself
                String key = null;
                for (int j = k - 1; j >= 0 && key == null; j--) {
                    String above = j < b.length ? b[j] : a[j];
                    if (!above.isEmpty() && !Character.isWhitespace(above.charAt(0)) && !above.startsWith("-") && !above.startsWith("#")) {
                        key = above.endsWith(":") ? above.substring(0, above.length() - 1).strip() : null;
                        break;
                    }
                }
                boolean item = x.strip().startsWith("- ") || y.strip().startsWith("- ");
                return ": " + (item && key != null ? key + ": " : "") + shown(x) + " there, " + shown(y) + " here";
            }
        }
        return "";
    }

    /** The top-level key whose block holds line {@code k} of {@code lines} (the line's own key for a top-level line); null if none. */
    private static String keyAt(String[] lines, int k) {
        for (int j = Math.min(k, lines.length - 1); j >= 0; j--) {
            String l = lines[j];
            if (!l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("-") && !l.startsWith("#") && l.indexOf(':') > 0) {
                return l.substring(0, l.indexOf(':'));
            }
        }
        return null;
    }

    /**
     * How block {@code key} (arms: or vary:, as {@link #topLevel} holds it) differs: other names
     * ("arms baseline, none, 80pct there; baseline, none here"), or the first entry of one name
     * with other values ("arm '80pct': ... there, ... here"); null when it does not.
     */
    private static String blockDifference(String key, String there, String here) {
        Map<String, String> a = entries(there);
        Map<String, String> b = entries(here);
        if (!a.keySet().equals(b.keySet()) || !new java.util.ArrayList<>(a.keySet()).equals(new java.util.ArrayList<>(b.keySet()))) {
            return ": " + key + " " + (a.isEmpty() ? "(none)" : String.join(", ", a.keySet())) + " there; "
                    + (b.isEmpty() ? "(none)" : String.join(", ", b.keySet())) + " here";
        }
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (!e.getValue().equals(b.get(e.getKey()))) {
                return ": " + (key.equals("arms") ? "arm" : "path") + " '" + e.getKey() + "': " + shown(e.getValue()) + " there, "
                        + shown(b.get(e.getKey())) + " here";
            }
        }
        return null;
    }

    /** The entries of a block's text ("\n  'none': [...]" lines): name (unquoted) → value, in order. */
    private static Map<String, String> entries(String block) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (block == null) {
            return out;
        }
        for (String line : block.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            int colon = t.startsWith("'") ? t.indexOf("': ") + 1 : t.indexOf(": ");
            if (colon <= 0) {
                continue;
            }
            String name = t.substring(0, colon);
            if (name.length() >= 2 && name.startsWith("'") && name.endsWith("'")) {
                name = name.substring(1, name.length() - 1).replace("''", "'");
            }
            out.put(name, t.substring(colon + 1).strip());
        }
        return out;
    }

    private static String shown(String line) {
        String t = line.strip();
        if (t.startsWith("- ")) {
            t = t.substring(2).strip();
            if (t.length() >= 2 && (t.startsWith("'") && t.endsWith("'") || t.startsWith("\"") && t.endsWith("\""))) {
                t = t.substring(1, t.length() - 1);
            }
        }
        if (t.isEmpty()) {
            return "nothing";
        }
        return "'" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "'";
    }

    /**
     * What makes two specs the same experiment or calibration: the text without the build line
     * (compared on its own), without the scenario's path (its top-level {@code scenario:} line:
     * the SHA-256 the spec also records says which scenario, and a folder moved away from the
     * scenario file names its copy instead; such a folder was refused as "another experiment" by
     * a resume) and with a comment that records the SHA-256 reduced to it (a calibration's first
     * line also names the files as they were given).
     */
    static String identity(String spec) {
        return identity(spec, "");
    }

    /**
     * {@link #identity(String)} of the spec file {@code specName}: an experiment's ({@code
     * experiment.yaml}) without what only chooses what is reported of its runs or how many there
     * are — its {@code baseline:}, its {@code metrics:} and {@code ratios:} (runs.csv holds every
     * metric whatever they are) and its {@code replications:} (replication r runs on the same seed whatever their
     * number) — so that a finished folder is resumed to report other metrics, against another
     * arm, or with more replications, running only the runs it lacks (a strategist's review).
     */
    static String identity(String spec, String specName) {
        if ("experiment.yaml".equals(specName)) {
            StringBuilder b = new StringBuilder();
            boolean metrics = false;
            boolean arms = false;
            List<String> armLines = new java.util.ArrayList<>();
            for (String line : spec.split("\n", -1)) {
                if (arms && line.startsWith("  ")) {
                    armLines.add(line);   // the arms in any order: their runs are the same (renumbered on a resume)
                    continue;
                }
                if (arms) {
                    java.util.Collections.sort(armLines);
                    armLines.forEach(l -> b.append(l).append('\n'));
                    armLines.clear();
                    arms = false;
                }
                arms = line.equals("arms:");
                if (metrics && (line.startsWith("  ") || line.startsWith("-"))) {
                    continue;   // an item of the metrics' (or ratios') list
                }
                metrics = line.equals("metrics:") || line.startsWith("metrics: ") || line.equals("ratios:") || line.startsWith("ratios: ");
                if (metrics || line.startsWith("baseline: ") || line.startsWith("replications: ")) {
                    continue;
                }
                b.append(line).append('\n');
            }
            spec = b.toString();
        }
        StringBuilder b = new StringBuilder();
        boolean scenario = false;
        for (String line : spec.split("\n", -1)) {
            java.util.regex.Matcher m = RECORDED_SHA.matcher(line);
            if (line.startsWith(RunInfo.BUILD_LINE)) {
                continue;
            }
            if (!scenario && line.startsWith("scenario: ")) {
                scenario = true;   // the first only: the spec's own key, not a line of some value
                continue;
            }
            b.append(m.matches() ? "# SHA-256 " + m.group(1) : line).append('\n');
        }
        return b.toString();
    }

    /**
     * What differs between two experiment specs of the same runs, key by key: "replications 3 there,
     * 6 here; baseline (not given) there, 'none' here; other metrics" (the first unequal line, which
     * an added {@code baseline:} line shifted, misnamed it: a review).
     */
    static String settingsDifference(String there, String here) {
        Map<String, String> a = topLevel(there);
        Map<String, String> b = topLevel(here);
        List<String> parts = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(a.get("arms"), b.get("arms"))) {
            parts.add("the arms in another order");   // (the same runs: identity sorts them)
        }
        for (String key : List.of("replications", "baseline", "metrics", "ratios")) {
            String x = a.get(key);
            String y = b.get(key);
            if (!java.util.Objects.equals(x, y)) {
                parts.add(key.equals("metrics") || key.equals("ratios") ? "other " + key
                        : key + " " + (x == null ? "(not given)" : x) + " there, " + (y == null ? "(not given)" : y) + " here");
            }
        }
        return String.join("; ", parts);
    }

    /** A spec's top-level keys and their text (a list's items below its key included). */
    private static Map<String, String> topLevel(String spec) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        String key = null;
        for (String line : spec.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)) && !line.startsWith("-") && line.indexOf(':') > 0) {
                key = line.substring(0, line.indexOf(':'));
                out.put(key, line.substring(line.indexOf(':') + 1).strip());
            } else if (key != null) {
                out.put(key, out.get(key) + "\n" + line);
            }
        }
        return out;
    }

    /** An experiment spec's {@code replications:} (0 without one). */
    private static int replications(String spec) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^replications: (\\d+)$").matcher(spec);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The rows of a journal after its header (a torn last line counted too: it is a start of a row); 0 when there is none. */
    private static long rows(Path journal) throws IOException {
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        long lines = 0;
        boolean open = false;
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(journal))) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\n') {
                    lines++;
                    open = false;
                } else {
                    open = true;
                }
            }
        }
        return Math.max(0, lines + (open ? 1 : 0) - 1);
    }

    /**
     * Prepares result folder {@code dir} for a writer whose results are described by the spec
     * file {@code specName} with content {@code spec} (an experiment's, a calibration's): refuses a
     * folder whose spec differs, or that holds another kind's results ({@code manifest.json} or
     * {@code runs.csv} without that spec file), unless {@code force}; unless resuming the same
     * spec, deletes {@code files}; then writes the spec. A resume of the same spec written by
     * another build ({@link RunInfo#buildLine()}: its runs may give other numbers) is refused;
     * so is the same spec by this build, stopped with finished runs in its journal (the first
     * {@code .csv} of {@code files}; no {@code manifest.json} yet), without {@code resume} or
     * {@code force}: they would be dropped.
     *
     * @param what the kind of results, for the messages ("experiment", "calibration")
     * @return whether the folder holds the same spec and {@code resume} (its journal may be kept)
     * @throws IllegalArgumentException one line naming the folder and the problem
     */
    public static boolean prepareFolder(Path dir, String specName, String spec, String what, List<String> files,
            boolean resume, boolean force) {
        return prepareFolder(dir, specName, spec, what, files, resume, force, before -> { });
    }

    /**
     * {@link #prepareFolder(Path, String, String, String, List, boolean, boolean)}, calling {@code
     * resuming} with the folder's spec as it was when its runs are to be resumed under a spec with
     * other settings (an experiment's other replications, metrics or baseline), after every check
     * passed and before the new spec is written: a writer renumbers its journals there, so that a
     * stop at any moment leaves a folder that resumes.
     */
    public static boolean prepareFolder(Path dir, String specName, String spec, String what, List<String> files,
            boolean resume, boolean force, java.util.function.Consumer<String> resuming) {
        Plan plan = plan(dir, specName, spec, what, files, resume, force);
        return prepare(dir, specName, spec, files, resume, plan, resuming);
    }

    /**
     * The checks of {@link #prepareFolder(Path, String, String, String, List, boolean, boolean)}
     * alone, changing nothing: for a front end to refuse a folder before it starts what is slow to
     * start (a Spark cluster said a folder held another experiment after 6 to 127 seconds, and on a
     * busy cluster not at all: a review of Spark's side). The writer checks again when it prepares
     * the folder.
     *
     * @throws IllegalArgumentException one line naming the folder and the problem
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static void checkFolderFor(Path dir, String specName, String spec, String what, List<String> files, boolean resume,
            boolean force) {
        checkFolder(dir);
        plan(dir, specName, spec, what, files, resume, force);
    }

    /** What {@link #plan} found: the folder's spec before (null for none), and how it compares. */
    private record Plan(boolean same, boolean otherSettings, String before, boolean run) {}

    private static Plan plan(Path dir, String specName, String spec, String what, List<String> files, boolean resume,
            boolean force) {
        Path specFile = dir.resolve(specName);
        boolean same = false;
        boolean otherSettings = false;
        String before = null;
        try {
            if (Files.isRegularFile(specFile, LinkOption.NOFOLLOW_LINKS)) {
                before = Files.readString(specFile, StandardCharsets.UTF_8);
                // the same spec whatever build wrote it (without --resume it is run again, as before builds were recorded)
                // an experiment with other metrics, another baseline or more replications has the
                // same runs: resumed, they are reused; not without --resume (a folder of 50
                // replications was not to be replaced by one of 10 unasked)
                boolean strict = identity(before).equals(identity(spec));
                boolean sameRuns = identity(before, specName).equals(identity(spec, specName));
                boolean fewer = sameRuns && !strict && replications(before) > replications(spec);
                if (fewer && !force) {
                    long finished = Files.exists(dir.resolve("manifest.json"), LinkOption.NOFOLLOW_LINKS) ? -1
                            : rows(dir.resolve("runs.csv"));
                    throw new IllegalArgumentException(dir + (finished < 0 ? " holds " + replications(before) + " replications"
                            : " was started with " + replications(before) + " replications (" + finished + " runs finished)")
                            + " of this " + what + ": with " + replications(spec) + " the rest would be left out; "
                            + (resume ? "resume" : "run it with " + Words.resume()) + " with " + replications(before) + " or more (" + Words.replications() + "),"
                            + " " + Words.force() + " starts over with " + replications(spec) + ", or choose another " + Words.out());
                }
                boolean sameSpec = strict || (resume && sameRuns && !fewer);
                otherSettings = sameSpec && !strict;
                String built = RunInfo.buildOf(before);
                same = sameSpec && java.util.Objects.equals(built, RunInfo.buildOf(spec));   // the version may differ
                if (sameSpec && !same && resume && !force) {
                    // the same spec, by another build: its runs may give other numbers than this build's
                    throw new IllegalArgumentException(dir + " holds results of this " + what + " made by "
                            + (built == null ? "an earlier talentsim that did not record its build" : "another build of"
                            + " talentsim (build " + built + "; this is " + RunInfo.build() + ")") + ": this build's runs may"
                            + " give other numbers, so they are not continued; run it again without " + Words.resume() + " (or with " + Words.force() + ")"
                            + (built == null ? "" : ", or resume with that build"));
                }
                if (!sameSpec && !force && sameRuns) {
                    throw new IllegalArgumentException(dir + " holds this " + what + "'s runs with other settings ("
                            + settingsDifference(before, spec) + "); " + Words.resume() + " reuses them (and runs only those it lacks),"
                            + " " + Words.replace() + " replaces them, or choose another " + Words.out());
                }
                if (!sameSpec && !force) {
                    throw new IllegalArgumentException(dir + " holds the results of another " + what + " (its " + specName
                            + " differs" + firstDifference(identity(before, specName), identity(spec, specName))
                            + "); " + Words.replace() + " replaces them, or choose another " + Words.out());
                }
                if (same && !resume && !force) {
                    // the same command again without --resume, over a start that was stopped:
                    // it dropped the finished runs without a word (found by a reviewer)
                    String journal = files.stream().filter(f -> f.endsWith(".csv")).findFirst().orElse(null);
                    long finished = journal == null || Files.exists(dir.resolve("manifest.json"), LinkOption.NOFOLLOW_LINKS)
                            ? 0 : rows(dir.resolve(journal));
                    if (finished > 0) {
                        // a calibration's journal holds evaluations (each of R runs), an experiment's runs
                        String unit = journal.equals("evaluations.csv") ? " evaluation" : " run";
                        throw new IllegalArgumentException(dir + " holds " + finished + unit + (finished == 1 ? "" : "s")
                                + " of this " + what + " that finished before it was stopped (" + journal + "): " + Words.resume()
                                + " continues them, " + Words.force() + " starts over without them");
                    }
                }
            } else if (!force) {
                // without the spec, any file of the results' names is someone else's (a summary.csv
                // or report.html of the user's was replaced without a word: a reliability review)
                List<String> theirs = new java.util.ArrayList<>(List.of("manifest.json", "runs.csv"));
                theirs.addAll(files);
                theirs.add(REPORT);
                for (String f : theirs) {
                    if (Files.exists(dir.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
                        throw new IllegalArgumentException(dir + " holds results that are not this " + what + "'s (" + f
                                + ", without " + specName + "); " + Words.replace() + " replaces them, or choose another " + Words.out());
                    }
                }
            }
            // another kind's specification without its manifest: an unfinished calibration (its
            // journal resumes it), not to be dropped unasked
            for (String other : List.of("experiment.yaml", "calibration.yaml", "sensitivity.yaml")) {
                if (!force && !other.equals(specName) && Files.exists(dir.resolve(other), LinkOption.NOFOLLOW_LINKS)) {
                    throw new IllegalArgumentException(dir + " holds the results of another kind (" + other
                            + "), maybe unfinished; " + Words.replace() + " replaces them, or choose another " + Words.out());
                }
            }
            // a run's results beside this spec (a run into the folder, by an older version or by hand)
            boolean run = Files.exists(dir.resolve("labs.csv"), LinkOption.NOFOLLOW_LINKS);
            if (run && !force) {
                // without a manifest it is nobody's run: a file of the user's (said so: a student's review)
                throw new IllegalArgumentException(Files.exists(dir.resolve("manifest.json"), LinkOption.NOFOLLOW_LINKS)
                        ? dir + " holds a run's results (labs.csv) beside this " + what + "'s; " + Words.replace() + " replaces them, or choose"
                                + " another " + Words.out()
                        : dir + " holds a file labs.csv but no manifest.json: not the results of a run, and this " + what
                                + " would replace it; " + Words.replace() + " does, or choose another " + Words.out());
            }
            return new Plan(same, otherSettings, before, run);
        } catch (IOException x) {
            throw new UncheckedIOException("cannot prepare " + dir + ": " + x.getMessage(), x);
        }
    }

    private static boolean prepare(Path dir, String specName, String spec, List<String> files, boolean resume, Plan plan,
            java.util.function.Consumer<String> resuming) {
        Path specFile = dir.resolve(specName);
        boolean same = plan.same();
        boolean otherSettings = plan.otherSettings();
        String before = plan.before();
        boolean run = plan.run();
        try {
            Files.createDirectories(dir);
            // finished results that a new start replaces are moved aside, not deleted, until it
            // finishes: an interrupted --force lost a finished experiment or calibration, where
            // run --force swaps its set in at the end (an adversarial review). Only the last
            // finished set is kept: the folder's, when it holds one (a manifest), in place of any
            // set aside before (a run forced over a stopped start finished after it, and a set
            // aside before it was taken for the last: a re-check); else the one aside stays, and
            // what an unfinished start left goes
            Path aside = null;
            if (!(resume && same) && Files.isRegularFile(dir.resolve("manifest.json"), LinkOption.NOFOLLOW_LINKS)) {
                deleteAside(dir.resolve(REPLACED));
                Path making = dir.resolve("." + REPLACED + ".part");
                deleteAside(making);
                Files.createDirectory(making);
                for (String keep : new String[] {specName, SCENARIO_COPY, REPORT}) {
                    Path f = dir.resolve(keep);
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                        Files.copy(f, making.resolve(keep));
                    }
                }
                Files.move(making, dir.resolve(REPLACED), StandardCopyOption.ATOMIC_MOVE);
                aside = dir.resolve(REPLACED);
            }
            if (run) {
                for (String f : files(true)) {
                    discard(dir.resolve(f), aside);
                }
            }
            if (resume && same) {
                // the writer checks its journals (and renumbers them for other replications) before
                // anything here is changed: a refusal leaves the folder as it was
                resuming.accept(before);
            }
            if (resume && same && otherSettings) {
                // the runs stay, what was made of them goes, the manifest first (a folder with a
                // manifest looks finished): until the new tables are written the folder is
                // unfinished (an interrupted top-up left the old manifest and tables beside the new
                // spec, and the same command without --resume dropped its runs: a review)
                Files.deleteIfExists(dir.resolve("manifest.json"));
                for (String f : files) {
                    if (!f.equals(SCENARIO_COPY) && !f.equals(specName) && !f.equals("runs.csv") && !f.equals("paths.csv")) {
                        Files.deleteIfExists(dir.resolve(f));
                    }
                }
                removeReport(dir);
                Files.deleteIfExists(dir.resolve(PARQUET));   // runs.parquet holds the old rows, numbered for them
            }
            // the temporary files a stop left (".runs.csv.<random>.part"): not the results of anyone
            try (java.util.stream.Stream<Path> in = Files.list(dir)) {
                for (Path leftover : (Iterable<Path>) in::iterator) {
                    String n = leftover.getFileName().toString();
                    if (n.startsWith(".") && n.endsWith(".part") && n.matches("\\..+\\.[0-9a-f]{16}\\.part")
                            && Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)) {
                        Files.deleteIfExists(leftover);
                    }
                }
            }
            if (!(resume && same)) {
                for (String f : files) {
                    // (not the scenario's copy: the writer replaces it whole next, and a moved folder's
                    // spec may be reading its scenario from it; deleted first, a failure between the
                    // two left a spec naming a copy that was gone; found by a review)
                    if (!f.equals(SCENARIO_COPY)) {
                        discard(dir.resolve(f), aside);
                    }
                }
                // and the report of the results replaced (drawn again at the end)
                removeReport(dir);
            }
            // another kind's files (a folder holds one kind's results; an unfinished calibration
            // has no manifest, so the checks above let it through)
            for (String f : OTHER_KINDS) {
                if (!f.equals(specName) && !files.contains(f) && !(f.equals(PARQUET) && resume && same && !otherSettings)) {
                    discard(dir.resolve(f), aside);
                }
            }
            if (!files.contains("summary.json")) {   // a calibration's (or a run's): not in OTHER_KINDS, as runs write one
                discard(dir.resolve("summary.json"), aside);
            }
        } catch (IOException x) {
            throw new UncheckedIOException("cannot prepare " + dir + ": " + x.getMessage(), x);
        }
        TextFiles.write(specFile, spec);
        return resume && same;
    }

    /**
     * The folder, inside a result folder, that holds the finished results a new experiment,
     * calibration or sensitivity analysis replaces ({@code --force}, other settings) until it
     * finishes ({@link #dropReplaced}): stopped before then, the folder holds the new work, which
     * {@code --resume} continues, and the results it replaces are there, as they were.
     */
    public static final String REPLACED = ".replaced-results";

    /** Moves file {@code f} into {@code aside} when that is given (and {@code f} a file), else deletes it. */
    private static void discard(Path f, Path aside) throws IOException {
        if (aside != null && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(f, aside.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(f);
        }
    }

    /**
     * Deletes the results that the finished work in {@code dir} replaced ({@link #REPLACED}), once
     * it has written its manifest: nothing is left aside when a start finishes.
     *
     * @throws UncheckedIOException when they cannot be deleted
     */
    public static void dropReplaced(Path dir) {
        try {
            deleteAside(dir.resolve(REPLACED));
            // and the lock a report DIR of the folder set aside left beside it (a re-check)
            Path lock = dir.resolve("." + REPLACED + ".lock");
            if (Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(lock);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir.resolve(REPLACED) + ": " + e.getMessage(), e);
        }
    }

    /** Deletes folder {@code aside} and the files in it (not through a link), if it is there. */
    private static void deleteAside(Path aside) throws IOException {
        if (Files.isSymbolicLink(aside)) {
            Files.delete(aside);
            return;
        }
        if (!Files.isDirectory(aside, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.util.stream.Stream<Path> in = Files.list(aside)) {
            for (Path f : (Iterable<Path>) in::iterator) {
                Files.delete(f);   // files only: a folder inside is not this writer's, and the delete below says so
            }
        }
        Files.delete(aside);
    }

    /**
     * Takes the lock of result folder {@code dir} (the same one {@code run} takes), for a writer
     * that writes into the folder itself; close the returned handle to release it.
     *
     * @throws FolderBusyException when another run or experiment is writing the folder
     */
    public static AutoCloseable lockFolder(Path dir) {
        ResultFolder f = ResultFolder.lockOnly(dir, RESULT_NAMES);
        return f::close;
    }

    /**
     * Checks that {@code dir} holds no results of another scenario: its {@code manifest.json}, if
     * any, names the same scenario (by name) read from a file of the same name (or built in
     * code, for both). A folder without a manifest passes when it holds no file of a result's name
     * either; one that does ({@code labs.csv}, {@code report.html}, …) is someone else's, whose
     * file the run would replace without a word (found by a reliability review).
     *
     * @throws IllegalArgumentException naming the scenario whose results the folder holds, or the
     *     file of a result's name in a folder without a manifest
     */
    public static void checkSameScenario(Path dir, RunInfo info) {
        checkNoOtherKind(dir);
        Path manifest = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifest, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            List<String> theirs = new java.util.ArrayList<>(files(true));
            theirs.add(REPORT);
            for (String f : theirs) {
                if (!f.equals("manifest.json") && Files.exists(dir.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
                    throw new IllegalArgumentException(dir + " holds a file " + f + " but no manifest.json: not the results"
                            + " of a run, and the run would replace it; " + Words.replace() + " does, or choose another " + Words.out());
                }
            }
            return;
        }
        String name;
        String file;
        boolean talentsim;
        String[] asRun;   // their scenario-as-run's SHA-256, seed and months
        java.util.List<String> theirOverrides = new java.util.ArrayList<>();
        try {
            String[] fields = readManifest(manifest, theirOverrides);
            name = fields[0];
            file = fields[1];
            talentsim = fields[2] != null;
            asRun = new String[] {fields[3], fields[4], fields[5]};
        } catch (IOException e) {
            // one line, without the parser's excerpt of the source (a student's review)
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new IllegalArgumentException(dir + " holds a manifest.json that is not talentsim's (it cannot be read: " + why
                    + "); " + Words.replace() + " replaces it, or choose another " + Words.out(), e);
        }
        if (!talentsim) {
            throw new IllegalArgumentException(dir + " holds a manifest.json that is not talentsim's (it names no"
                    + " talentsim_version); " + Words.replace() + " replaces it, or choose another " + Words.out());
        }
        String ourFile = info.scenarioFile() == null ? "" : info.scenarioFile();
        // --set seed=… and --set months=… are the same change as --seed and --months, which
        // only rerun the same scenario: neither makes the results another scenario's
        if (name.equals(info.scenario().name()) && baseName(file).equals(baseName(ourFile))
                && !scenarioOverrides(theirOverrides).equals(scenarioOverrides(info.overrides()))
                && !sameAsRun(info.scenario(), asRun)) {
            throw new IllegalArgumentException(dir + " holds the results of scenario '" + name + "' "
                    + (theirOverrides.isEmpty() ? "without overrides" : "with " + Words.overrides(theirOverrides))
                    + ", not " + (info.overrides().isEmpty() ? "without" : Words.overrides(info.overrides()))
                    + "; " + Words.replace() + " replaces them, or choose another " + Words.out());
        }
        if (!name.equals(info.scenario().name()) || !baseName(file).equals(baseName(ourFile))) {
            throw new IllegalArgumentException(dir + " holds the results of scenario '" + name + "'"
                    + (file.isEmpty() ? " (built in code)" : " (" + file + ")") + ", not of '" + info.scenario().name() + "'"
                    + (ourFile.isEmpty() ? "" : " (" + ourFile + ")") + "; " + Words.replace() + " replaces them, or choose another " + Words.out());
        }
    }

    /**
     * Checks that {@code dir} holds none of {@link #OTHER_KINDS}: no experiment's, calibration's or
     * sensitivity analysis's results, which a run's would sit beside.
     *
     * @throws IllegalArgumentException naming the kind and the file
     */
    public static void checkNoOtherKind(Path dir) {
        for (String f : OTHER_KINDS) {
            if (Files.exists(dir.resolve(f), LinkOption.NOFOLLOW_LINKS)) {
                String kind = f.equals("experiment.yaml") ? "an experiment" : f.equals("calibration.yaml") ? "a calibration"
                        : f.equals("sensitivity.yaml") ? "a sensitivity analysis" : "another command";
                throw new IllegalArgumentException(dir + " holds the results of " + kind + " (" + f + "), not a run's;"
                        + " " + Words.replace() + " replaces them, or choose another " + Words.out());
            }
        }
    }

    /**
     * Whether {@code s}, at the seed and months of the results in the folder ({@code asRun}: their
     * scenario-as-run's SHA-256, seed, months), is the scenario they ran: the same overrides
     * written in another order or spelling ({@code labs[0].prestige=0.40} for {@code
     * labs[A].prestige=0.4}) were refused as another scenario (a reliability review).
     */
    private static boolean sameAsRun(org.talentsim.scenario.Scenario s, String[] asRun) {
        if (asRun[0] == null || asRun[1] == null || asRun[2] == null) {
            return false;
        }
        try {
            org.talentsim.scenario.Scenario at = s.withSeed(Long.parseLong(asRun[1])).withMonths(Integer.parseInt(asRun[2]));
            byte[] bytes = (AS_RUN_HEADER + ScenarioFiles.write(at)).getBytes(StandardCharsets.UTF_8);
            return RunInfo.sha256(bytes).equals(asRun[0]);
        } catch (RuntimeException e) {   // a manifest's seed or months this scenario cannot take: not the same
            return false;
        }
    }

    /** The overrides that change the scenario itself: all but {@code seed=…} and {@code months=…}. */
    private static java.util.List<String> scenarioOverrides(java.util.List<String> overrides) {
        return overrides.stream().filter(o -> !o.matches("\\s*(seed|months)\\s*=.*")).toList();
    }

    /** The last name of the path {@code file}, as text (no Path: a name this JVM cannot encode is still compared). */
    private static String baseName(String file) {
        String f = file;
        while (f.length() > 1 && f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        return f.substring(f.lastIndexOf('/') + 1);
    }

    private BufferedWriter open(String name, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(folder.file(name), StandardCharsets.UTF_8, NEW);
        w.write(header);
        w.write('\n');
        return w;
    }

    /** The folder written to. */
    public Path dir() {
        return dir;
    }

    @Override
    public void move(MoveRow r) {
        line(moves, r.tick(), r.date(), r.researcher(), r.fromLab(), r.fromTeam(), r.toLab(), r.toTeam(),
                Num.format(r.oldSalary()), Num.format(r.newSalary()), r.reason().name(), r.name(),
                Num.format(r.signOn()), Num.format(r.annualEquity()), Num.format(r.boughtOut()), Num.format(r.skill()),
                r.specialty().name(), Num.flag(r.visa()));
    }

    @Override
    public void offer(OfferRow r) {
        if (offers != null) {
            offerRows++;
            line(offers, r.tick(), r.date(), r.researcher(), r.fromLab(), r.toLab(), Num.format(r.offer()),
                    Num.format(r.counter()), r.outcome().name(), r.name(), r.fromTeam(), r.toTeam(), Num.format(r.skill()),
                    r.specialty().name(), Num.flag(r.visa()));
        }
    }

    @Override
    public void lab(LabRow r) {
        line(labs, r.tick(), r.date(), r.lab(), r.headcount(), r.hires(), r.poachedIn(), r.poachedOut(), r.quits(),
                r.layoffs(), r.exits(), Num.format(r.payroll()), Num.format(r.meanSalary()),
                Num.format(r.meanMorale()), Num.format(r.meanSkill()), Num.format(r.capability()),
                Num.format(r.severance()), Num.format(r.budget()), Num.format(r.equityVested()),
                Num.format(r.signOns()), Num.format(r.clawedBack()), Num.format(r.unvested()),
                Integer.toString(r.acquiredIn()), Integer.toString(r.acquiredOut()), Num.format(r.acquisitions()),
                Num.format(r.offerPremium()), Integer.toString(r.budgetLayoffs()), Integer.toString(r.countered()),
                Integer.toString(r.transfersIn()), Integer.toString(r.transfersOut()), Integer.toString(r.foundersIn()),
                Integer.toString(r.foundersOut()));
    }

    @Override
    public void team(TeamRow r) {
        line(teams, r.tick(), r.date(), r.lab(), r.team(), r.headcount(), Num.format(r.meanSalary()),
                Num.format(r.meanMorale()), Num.format(r.meanSkill()), Num.format(r.output()));
    }

    @Override
    public void market(MarketRow r) {
        line(market, r.tick(), r.date(), r.employed(), r.notice(), r.seeking(), r.exited(), Num.format(r.unemployment()),
                r.moves(), Num.format(r.meanSalary()));
    }

    private void line(BufferedWriter w, Object... cells) {
        try {
            for (int k = 0; k < cells.length; k++) {
                if (k > 0) {
                    w.write(',');
                }
                w.write(String.valueOf(cells[k]));
            }
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when a run has already started here (or this writer is
     *     closed): a writer holds one run's results. Two runs stepped in turn wrote both into one
     *     labs.csv beside the first's summary, and a run after the first failed with "Stream
     *     closed" (an API user's review)
     */
    @Override
    public void start(WorldView world) {
        if (started || closed) {
            throw new IllegalStateException("this ResultWriter " + (closed ? "is closed" : "already takes a run's results") + " ("
                    + dir + "): make a new ResultWriter for each run (the rows of both would be mixed in one folder)");
        }
        started = true;
    }

    @Override
    public void end(WorldView world, Summary summary) {
        try {
            labs.close();
            teams.close();
            market.close();
            moves.close();
            if (offers != null) {
                offers.close();
            }
            try (BufferedWriter w = Files.newBufferedWriter(folder.file("flows.csv"), StandardCharsets.UTF_8, NEW)) {
                w.write(Summary.Flow.HEADER);
                w.write('\n');
                for (Summary.Flow f : summary.flows()) {
                    line(w, f.fromLab(), f.toLab(), f.count());
                }
            }
            Files.writeString(folder.file("summary.json"), json(g -> summaryJson(g, summary)), StandardCharsets.UTF_8, NEW);
            Files.write(folder.file(SCENARIO_AS_RUN), asRun, NEW);
            String asRunSha = RunInfo.sha256(asRun);
            Files.writeString(folder.file("manifest.json"), json(g -> manifest(g, summary, asRunSha)), StandardCharsets.UTF_8, NEW);
            folder.commit();
            // results a stopped experiment or calibration had set aside (the run replaced the folder's
            // whole set; left, they were taken later for the last finished set: a re-check); a set
            // that cannot be removed stays, and a later start replaces it (not worth failing the run)
            try {
                dropReplaced(dir);
            } catch (UncheckedIOException stays) {
                // kept
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a run's manifest: its "scenario" and "scenario_file" ("" when missing or null), and
     * its "overrides" into {@code overrides}. Jackson's streaming parser: see {@link #json}.
     */
    private static String[] readManifest(Path manifest, List<String> overrides) throws IOException {
        String[] out = {"", "", null, null, null, null};
        try (JsonParser p = JSON.createParser(manifest.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (t == JsonToken.START_ARRAY && field.equals("overrides")) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        overrides.add(p.getValueAsString(""));
                        p.skipChildren();
                    }
                } else if (field.equals("scenario")) {
                    out[0] = p.getValueAsString("");
                } else if (field.equals("scenario_file")) {
                    out[1] = p.getValueAsString("");
                } else if (field.equals("talentsim_version")) {
                    out[2] = p.getValueAsString("");
                } else if (field.equals("scenario_as_run_sha256")) {
                    out[3] = p.getValueAsString(null);
                } else if (field.equals("seed")) {
                    out[4] = p.getValueAsString(null);
                } else if (field.equals("months")) {
                    out[5] = p.getValueAsString(null);
                }
                p.skipChildren();
            }
        }
        return out;
    }

    /** What writes one JSON document. */
    private interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * The JSON document {@code body} writes, indented, with a final newline. Written with Jackson's
     * streaming generator: the data-binding layer (an ObjectMapper) costs a run ~30 ms of class
     * initialisation, for two small files.
     */
    private static String json(JsonBody body) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter(4096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        }
        return out.append('\n').toString();
    }

    /**
     * A number as every result file writes it: a plain decimal with at most 10 significant digits,
     * no exponent, and an empty string for NaN and the infinities. For an
     * output format of one's own (a {@link MetricsSink}) that should read back as the CSV files do.
     */
    public static String number(double x) {
        return Num.format(x);
    }

    /** A number field: 10 significant digits ({@link Num#decimal}), null when not finite. */
    private static void number(JsonGenerator g, String field, double v) throws IOException {
        java.math.BigDecimal d = Num.decimal(v);
        if (d == null) {
            g.writeNullField(field);
        } else {
            g.writeFieldName(field);
            g.writeNumber(d);
        }
    }

    /** A text field, null for an empty {@code v} when {@code emptyIsNull}. */
    private static void text(JsonGenerator g, String field, String v, boolean emptyIsNull) throws IOException {
        if (v == null || (emptyIsNull && v.isEmpty())) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, v);
        }
    }

    private void summaryJson(JsonGenerator g, Summary s) throws IOException {
        g.writeStartObject();
        text(g, "scenario", info.scenario().name(), false);
        g.writeNumberField("ticks", s.ticks());
        g.writeArrayFieldStart("labs");
        for (Summary.LabSummary l : s.labs()) {
            g.writeStartObject();
            text(g, "lab", l.lab(), false);
            g.writeNumberField("founded_tick", l.foundedTick());
            g.writeNumberField("headcount_start", l.headcountStart());
            g.writeNumberField("headcount_end", l.headcountEnd());
            g.writeNumberField("hires", l.hires());
            g.writeNumberField("poached_in", l.poachedIn());
            g.writeNumberField("poached_out", l.poachedOut());
            g.writeNumberField("countered", l.countered());
            g.writeNumberField("quits", l.quits());
            g.writeNumberField("layoffs", l.layoffs());
            g.writeNumberField("exits", l.exits());
            number(g, "payroll_end", l.payrollEnd());
            number(g, "mean_salary_end", l.meanSalaryEnd());
            number(g, "capability_start", l.capabilityStart());
            number(g, "capability_end", l.capabilityEnd());
            number(g, "budget_end", l.budgetEnd());
            number(g, "spent", l.spent());
            g.writeNumberField("acquired_in", l.acquiredIn());
            g.writeNumberField("acquired_out", l.acquiredOut());
            number(g, "capability_efficiency", l.capabilityEfficiency());
            g.writeNumberField("transfers_in", l.transfersIn());
            g.writeNumberField("transfers_out", l.transfersOut());
            g.writeNumberField("founders_in", l.foundersIn());
            g.writeNumberField("founders_out", l.foundersOut());
            g.writeEndObject();
        }
        g.writeEndArray();
        Summary.MarketSummary m = s.market();
        g.writeObjectFieldStart("market");
        g.writeNumberField("researchers", m.researchers());
        g.writeNumberField("employed", m.employed());
        g.writeNumberField("notice", m.notice());
        g.writeNumberField("seeking", m.seeking());
        g.writeNumberField("exited", m.exited());
        number(g, "unemployment", m.unemployment());
        number(g, "mean_salary", m.meanSalary());
        g.writeObjectFieldStart("moves_by_reason");
        for (Map.Entry<String, Integer> e : m.movesByReason().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("named_researchers");
        for (Summary.NamedResearcher r : s.named()) {
            g.writeStartObject();
            text(g, "name", r.name(), false);
            g.writeNumberField("index", r.index());
            text(g, "lab", r.lab(), true);
            text(g, "team", r.team(), true);
            g.writeStringField("status", r.status().name());
            number(g, "salary", r.salary());
            text(g, "title", r.title(), false);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events_skipped");
        for (org.talentsim.model.SkippedEvent e : s.skippedEvents()) {
            g.writeStartObject();
            g.writeStringField("date", e.date());
            g.writeNumberField("event", e.event());
            g.writeStringField("text", e.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * The scenario file as an absolute path, resolved against the working folder of the run
     * (so that {@code report DIR} finds it from any other); null for none or a name this JVM
     * cannot encode.
     */
    private static String absolute(String file) {
        if (file == null) {
            return null;
        }
        try {
            return Path.of(file).toAbsolutePath().normalize().toString();
        } catch (java.nio.file.InvalidPathException | java.io.IOError | SecurityException e) {
            return null;
        }
    }

    private void manifest(JsonGenerator g, Summary s, String asRunSha) throws IOException {
        var sc = info.scenario();
        g.writeStartObject();
        text(g, "talentsim_version", RunInfo.version(), false);
        text(g, "build", RunInfo.build(), false);
        text(g, "scenario", sc.name(), false);
        text(g, "scenario_file", info.scenarioFile(), false);
        text(g, "scenario_path", absolute(info.scenarioFile()), false);
        text(g, "scenario_sha256", info.scenarioSha256(), false);
        g.writeArrayFieldStart("overrides");
        for (String o : info.overrides()) {
            g.writeString(o);
        }
        g.writeEndArray();
        g.writeNumberField("seed", sc.seed());
        text(g, "generator", sc.generator(), false);
        g.writeStringField("start", sc.start().toString());
        g.writeNumberField("months", sc.months());
        g.writeStringField("tick_unit", sc.tickUnit().name().toLowerCase(java.util.Locale.ROOT));
        g.writeNumberField("ticks", s.ticks());
        g.writeNumberField("threads", info.threads());
        for (var p : RunInfo.platform().entrySet()) {
            text(g, p.getKey(), p.getValue(), false);
        }
        number(g, "wall_time_seconds", (System.nanoTime() - startNanos) / 1e9);
        g.writeArrayFieldStart("files");
        for (String f : files()) {
            g.writeString(f);
        }
        g.writeEndArray();
        if (offers != null) {
            // offers.csv's rows: its DECLINED offers have no move to be checked against (a re-check:
            // one cut at a line break after a declined offer was drawn, exit 0)
            g.writeNumberField("offers_rows", offerRows);
        }
        g.writeStringField("scenario_as_run_sha256", asRunSha);
        g.writeEndObject();
    }

    /** Deletes the staging folder if the results were not swapped in, and releases the folder's lock. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (BufferedWriter w : new BufferedWriter[] {labs, teams, market, moves, offers}) {
            closeQuietly(w);
        }
        folder.close();
    }
}
