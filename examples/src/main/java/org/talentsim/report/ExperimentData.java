package org.talentsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the report of an experiment shows, read from its folder: the resolved spec ({@code
 * experiment.yaml}: arms or the varied paths and their values, metrics), the manifest, {@code
 * summary.csv}, {@code comparison.csv} (arms), {@code runs.csv} (every metric of every run) and
 * {@code paths.csv} (each lab's headcount at the end of each period of every run), when there.
 */
final class ExperimentData {
    enum Kind { COMPARE, SWEEP, REPLICATE }

    final Path dir;
    final JsonNode manifest;
    final JsonNode spec;
    final Csv summary;
    final Csv comparison;
    /** A sweep's {@code differences.csv} (each cell against the first); null for a folder without it (written before it was). */
    final Csv differences;
    final Csv runs;
    /** ratios.csv, or null (no ratios asked for). */
    final Csv ratios;
    /** paths.csv, or null (more than 20 labs, cells of other periods, or an older folder). */
    final Csv paths;
    final Kind kind;
    /** path → values, in the spec's order (sweeps). */
    final Map<String, List<String>> vary = new LinkedHashMap<>();
    /** The metrics the experiment reports, in the spec's order. */
    final List<String> metrics = new ArrayList<>();

    private ExperimentData(Path dir, boolean check) {
        this.dir = dir;
        this.manifest = Files.isRegularFile(dir.resolve("manifest.json")) ? RunData.json(dir.resolve("manifest.json"))
                : Json.object();
        try {
            this.spec = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("experiment.yaml").toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String said = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            String bytes = "java.io.CharConversionException: ";
            if (said.contains(bytes)) {   // the YAML reader's word for bytes that are not UTF-8
                throw new IllegalArgumentException(dir.resolve("experiment.yaml") + ": not UTF-8 text: "
                        + said.substring(said.indexOf(bytes) + bytes.length()));
            }
            // one line, as for the JSON files: the parser's message without the excerpt it appends
            throw new IllegalArgumentException(dir.resolve("experiment.yaml") + ": not YAML (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "): " + Json.problem(e));
        } catch (java.io.CharConversionException e) {
            throw new IllegalArgumentException(dir.resolve("experiment.yaml") + ": not UTF-8 text: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } catch (java.io.FileNotFoundException e) {
            throw new IllegalArgumentException(dir.resolve("experiment.yaml") + ": missing");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("experiment.yaml") + ": " + e.getMessage(), e);
        }
        this.summary = Csv.read(dir.resolve("summary.csv"));
        this.comparison = Files.isRegularFile(dir.resolve("comparison.csv")) ? Csv.read(dir.resolve("comparison.csv")) : null;
        this.differences = Files.isRegularFile(dir.resolve("differences.csv")) ? Csv.read(dir.resolve("differences.csv")) : null;
        this.runs = Csv.read(dir.resolve("runs.csv"));
        this.ratios = Files.isRegularFile(dir.resolve("ratios.csv")) ? Csv.read(dir.resolve("ratios.csv")) : null;
        this.paths = Files.isRegularFile(dir.resolve("paths.csv")) ? Csv.read(dir.resolve("paths.csv")) : null;
        spec.path("vary").fields().forEachRemaining(e -> {
            List<String> vs = new ArrayList<>();
            e.getValue().forEach(v -> vs.add(v.asText()));
            vary.put(e.getKey(), vs);
        });
        spec.path("metrics").forEach(m -> metrics.add(m.asText()));
        if (metrics.isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            summary.rows().forEach(r -> seen.add(Csv.cell(r, summary.col("metric"))));
            metrics.addAll(seen);
        }
        this.kind = spec.path("arms").size() > 0 ? Kind.COMPARE : vary.isEmpty() ? Kind.REPLICATE : Kind.SWEEP;
        // the ratios the spec asks for, one row per cell and ratio: a file missing, cut short or of
        // other ratios drew a wrong table without a word (a review)
        List<String> asked = new ArrayList<>();
        spec.path("ratios").forEach(r -> asked.add(r.asText()));
        if (!asked.isEmpty() && ratios == null) {
            throw new IllegalArgumentException(dir.resolve("ratios.csv") + ": missing (experiment.yaml asks for ratios)");
        }
        if (ratios != null) {
            Set<String> cells = new LinkedHashSet<>();
            summary.rows().forEach(r -> cells.add(Csv.cell(r, summary.col("cell"))));
            Set<String> seen = new java.util.HashSet<>();
            for (String[] r : ratios.rows()) {
                String cell = Csv.cell(r, ratios.col("cell"));
                String ratio = Csv.cell(r, ratios.col("ratio"));
                if (!cells.contains(cell) || !asked.contains(ratio) || !seen.add(cell + "\u0000" + ratio)) {
                    throw ratios.bad(r, ratios.col("ratio"), !asked.contains(ratio) ? "ratio '" + ratio + "' is not one of experiment.yaml's"
                            + " ratios (" + String.join(", ", asked) + ")" : !cells.contains(cell) ? "cell '" + cell + "' is not one of"
                            + " summary.csv's" : "'" + cell + "', '" + ratio + "' twice");
                }
            }
            if (seen.size() != cells.size() * asked.size()) {
                throw new IllegalArgumentException(dir.resolve("ratios.csv") + ": " + seen.size() + " rows, where " + cells.size()
                        + " cells x " + asked.size() + " ratios need " + cells.size() * asked.size());
            }
        }
        if (kind == Kind.COMPARE && spec.path("arms").size() >= 2 && comparison == null) {
            // a comparison of several arms writes it: without it the page said "one arm only" of
            // three (a reliability review)
            throw new IllegalArgumentException(dir.resolve("comparison.csv") + ": missing");
        }
        if (check) {
            ExperimentChecks.check(this);
        }
    }

    /**
     * The arm the others are compared with: the spec's {@code baseline:} (given apart), else the
     * arm named {@code baseline}, else the first (docs/EXPERIMENTS.md); "" without arms. (Not read
     * off comparison.csv: another arm's row has no difference either with fewer than two pairs.)
     */
    String baseline() {
        if (spec.path("baseline").isValueNode()) {
            return spec.path("baseline").asText();
        }
        List<String> arms = new ArrayList<>();
        spec.path("arms").fieldNames().forEachRemaining(arms::add);
        return arms.contains("baseline") ? "baseline" : arms.isEmpty() ? "" : arms.get(0);
    }

    static boolean isExperimentFolder(Path dir) {
        return Files.isRegularFile(dir.resolve("experiment.yaml")) && Files.isRegularFile(dir.resolve("summary.csv"))
                && Files.isRegularFile(dir.resolve("runs.csv"));
    }

    static ExperimentData read(Path dir) {
        return new ExperimentData(dir, true);
    }

    /**
     * The folder as the command that wrote it just did, without checking that its files agree
     * ({@link ExperimentChecks}): for the command line's tables, which read back what it wrote.
     */
    static ExperimentData readWritten(Path dir) {
        return new ExperimentData(dir, false);
    }

    /** A cell's headcount paths over its runs: each lab's quantiles per period. */
    record Fan(String cell, List<String> periods, Map<String, double[][]> quantiles, int runs) {}

    /** The quantiles of {@link #fan}: 5%, 25%, 50%, 75%, 95% of the runs. */
    static final double[] FAN_QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};

    /**
     * Each lab's headcount in {@code arm}'s runs less the baseline's in the run of the same
     * replication (the same seed), period by period: the mean difference and its 95% t-interval
     * over the pairs, as a {@link Fan} whose quantiles are {lo, lo, mean, hi, hi}; only labs
     * whose headcount differs in some pair and period.
     */
    Fan difference(String arm, String baseline) {
        List<String> periods = new ArrayList<>();
        Map<String, List<Integer>> columns = labColumns(periods);
        Map<String, String[]> armRuns = new LinkedHashMap<>();
        Map<String, String[]> baseRuns = new LinkedHashMap<>();
        for (String[] r : paths.rows()) {
            String cell = Csv.cell(r, paths.col("cell"));
            String rep = Csv.cell(r, paths.col("replication"));
            if (cell.equals(arm)) {
                armRuns.put(rep, r);
            } else if (cell.equals(baseline)) {
                baseRuns.put(rep, r);
            }
        }
        List<String> reps = armRuns.keySet().stream().filter(baseRuns::containsKey).toList();
        Map<String, double[][]> q = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : columns.entrySet()) {
            int n = e.getValue().size();
            double[][] band = new double[FAN_QUANTILES.length][n];
            boolean moved = false;
            for (int t = 0; t < n; t++) {
                double[] diff = new double[reps.size()];
                int pairs = 0;
                for (int k = 0; k < diff.length; k++) {
                    int col = e.getValue().get(t);
                    double d = paths.num(armRuns.get(reps.get(k)), col) - paths.num(baseRuns.get(reps.get(k)), col);
                    if (!Double.isNaN(d)) {   // a lab not (yet) founded in either run: no pair
                        diff[pairs++] = d;
                        moved |= d != 0;
                    }
                }
                diff = java.util.Arrays.copyOf(diff, pairs);
                org.talentsim.experiment.Estimate est = diff.length == 0 ? null : org.talentsim.experiment.Estimate.of(diff);
                double mean = est == null ? Double.NaN : est.mean();
                double lo = est == null || Double.isNaN(est.ciLow()) ? mean : est.ciLow();
                double hi = est == null || Double.isNaN(est.ciHigh()) ? mean : est.ciHigh();
                band[0][t] = lo;
                band[1][t] = lo;
                band[2][t] = mean;
                band[3][t] = hi;
                band[4][t] = hi;
            }
            if (moved) {
                q.put(e.getKey(), band);
            }
        }
        return new Fan(arm, periods, q, reps.size());
    }

    /**
     * {@code metric} in {@code cell}'s runs less in {@code reference}'s run of the same replication
     * (the same seed), over the replications where both have a value: the paired difference and
     * its 95% t-interval ({@code runs.csv}); null when the metric is not there or no pair is.
     */
    org.talentsim.experiment.Estimate paired(String metric, String cell, String reference) {
        if (!runs.has(metric)) {
            return null;
        }
        int c = runs.col("cell");
        int rep = runs.col("replication");
        int m = runs.col(metric);
        Map<String, Double> ref = new LinkedHashMap<>();
        Map<String, Double> in = new LinkedHashMap<>();
        for (String[] r : runs.rows()) {
            String name = Csv.cell(r, c);
            if (name.equals(reference)) {
                ref.put(Csv.cell(r, rep), runs.num(r, m));
            } else if (name.equals(cell)) {
                in.put(Csv.cell(r, rep), runs.num(r, m));
            }
        }
        double[] diff = in.entrySet().stream().filter(e -> ref.containsKey(e.getKey()))
                .mapToDouble(e -> e.getValue() - ref.get(e.getKey())).filter(v -> !Double.isNaN(v)).toArray();
        return diff.length == 0 ? null : org.talentsim.experiment.Estimate.of(diff);
    }

    /**
     * The columns of {@code paths.csv} by lab ({@code LAB.headcount@PERIOD}), period by period;
     * {@code periods} gets the periods, in order.
     */
    private Map<String, List<Integer>> labColumns(List<String> periods) {
        Map<String, List<Integer>> columns = new LinkedHashMap<>();
        List<String> header = paths.header();
        for (int c = 4; c < header.size(); c++) {
            String h = header.get(c);
            int at = h.lastIndexOf('@');
            columns.computeIfAbsent(h.substring(0, h.lastIndexOf('.', at)), k -> new ArrayList<>()).add(c);
            if (columns.size() == 1) {
                periods.add(h.substring(at + 1));
            }
        }
        return columns;
    }

    /** The periods of {@code paths.csv} ("2025-01", …), in order; empty without it. */
    List<String> periods() {
        List<String> periods = new ArrayList<>();
        if (paths != null) {
            labColumns(periods);
        }
        return periods;
    }

    /** The number of {@link #periods}. */
    int pathPeriods() {
        return periods().size();
    }

    /** The cells of {@code paths.csv}, in order of their first run. */
    List<String> pathCells() {
        Set<String> cells = new LinkedHashSet<>();
        if (paths != null) {
            paths.rows().forEach(r -> cells.add(Csv.cell(r, paths.col("cell"))));
        }
        return new ArrayList<>(cells);
    }

    /** The headcount paths of {@code cell}'s runs as quantiles per lab and period ({@code paths.csv}). */
    Fan fan(String cell) {
        List<String> periods = new ArrayList<>();
        Map<String, List<Integer>> columns = labColumns(periods);
        List<String[]> rows = paths.rows().stream().filter(r -> Csv.cell(r, paths.col("cell")).equals(cell)).toList();
        Map<String, double[][]> q = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : columns.entrySet()) {
            double[][] lab = new double[FAN_QUANTILES.length][e.getValue().size()];
            for (int t = 0; t < e.getValue().size(); t++) {
                double[] v = new double[rows.size()];
                int m = 0;
                for (String[] row : rows) {
                    double x = paths.num(row, e.getValue().get(t));
                    if (!Double.isNaN(x)) {   // the runs where the lab exists (an empty cell before its founding)
                        v[m++] = x;
                    }
                }
                v = java.util.Arrays.copyOf(v, m);
                java.util.Arrays.sort(v);
                for (int j = 0; j < FAN_QUANTILES.length; j++) {
                    lab[j][t] = quantile(v, FAN_QUANTILES[j]);
                }
            }
            q.put(e.getKey(), lab);
        }
        return new Fan(cell, periods, q, rows.size());
    }

    /** The {@code p} quantile of sorted {@code v}, interpolated between order statistics (Hyndman and Fan's type 7, R's default). */
    static double quantile(double[] v, double p) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double h = (v.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (h - lo) * (v[hi] - v[lo]);
    }

    /** The overrides of the arms and the varied paths (to pick the labs they name). */
    List<String> paths() {
        List<String> out = new ArrayList<>(vary.keySet());
        spec.path("arms").fields().forEachRemaining(e -> e.getValue().forEach(o -> out.add(o.asText())));
        List<String> global = new ArrayList<>();
        spec.path("overrides").forEach(o -> global.add(o.asText()));
        out.addAll(global);
        java.nio.file.Path copy = dir.resolve(org.talentsim.io.ResultWriter.SCENARIO_COPY);
        if (Files.isRegularFile(copy) && out.stream().anyMatch(p -> p.strip().startsWith("events"))) {
            try {
                out.addAll(ScenarioInfo.eventLabPaths(Files.readAllBytes(copy), copy.toString(), global, new ArrayList<>(out)));
            } catch (IOException e) {
                // unread: the paths name what they name directly
            }
        }
        return out;
    }

    /** The metrics whose mean is 0 with no spread in every cell of summary.csv: 0 in every run. */
    java.util.Set<String> zeros() {
        Map<String, Boolean> zero = new java.util.HashMap<>();
        int mean = summary.col("mean");
        int sd = summary.has("sd") ? summary.col("sd") : -1;
        for (String[] r : summary.rows()) {
            double m = summary.num(r, mean);
            double s = sd < 0 ? Double.NaN : summary.num(r, sd);
            zero.merge(Csv.cell(r, summary.col("metric")), m == 0 && !(s > 0), Boolean::logicalAnd);
        }
        Set<String> out = new java.util.HashSet<>();
        zero.forEach((m, z) -> {
            if (z) {
                out.add(m);
            }
        });
        return out;
    }

    /** The metrics the report draws: {@link Report#shown}. */
    Report.Shown shown() {
        Report.Shown s = Report.shown(metrics, paths(), zeros());
        return comparison == null || s.which().equals("all") ? s : ExperimentReport.withBeyondChance(s, comparison, baseline());
    }
}
