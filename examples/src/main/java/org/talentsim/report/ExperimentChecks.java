package org.talentsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether an experiment's result files agree with each other and with its manifest, before its
 * page is drawn: a folder an experiment wrote always does, so a disagreement is a file edited by
 * hand, cut short at a line break, or taken from another experiment, and the page drew what was
 * left without a word (an adversarial review: a comparison.csv cut to 20 of its 115 lines lost the
 * page's "In short" and its forest plot, exit 0; a value changed in runs.csv contradicted
 * summary.csv). Checked:
 * <ul>
 *   <li>{@code summary.csv}: one row per cell and metric, as many cells as the manifest's {@code
 *       cells}, every metric the spec reports for each; each mean and {@code n} those of the
 *       metric's values in {@code runs.csv} over the cell's runs;</li>
 *   <li>{@code runs.csv} (and {@code paths.csv}): one row per cell and replication, the
 *       replications 0 to the manifest's {@code replications} − 1;</li>
 *   <li>{@code comparison.csv} and {@code differences.csv}: one row per cell and metric, each
 *       mean {@code summary.csv}'s.</li>
 * </ul>
 */
final class ExperimentChecks {
    static final String TAIL = ": the result files disagree (edited by hand, cut short, or taken from another experiment?)";

    private ExperimentChecks() {}

    static void check(ExperimentData d) {
        Csv s = d.summary;
        Set<String> cells = new LinkedHashSet<>();
        s.rows().forEach(r -> cells.add(Csv.cell(r, s.col("cell"))));
        long declared = d.manifest.path("cells").asLong(-1);
        if (declared >= 0 && declared != cells.size()) {
            throw new IllegalArgumentException(s.file() + ": rows of " + cells.size() + " cell" + (cells.size() == 1 ? "" : "s")
                    + ", where the manifest says " + declared + TAIL);
        }
        int replications = (int) d.manifest.path("replications").asLong(d.spec.path("replications").asLong(-1));
        Map<String, List<String[]>> runsOf = keyed(d.runs, cells, replications, "runs.csv");
        if (d.paths != null) {
            keyed(d.paths, cells, replications, "paths.csv");
        }
        // summary.csv: every cell x metric once, its mean and n those of runs.csv
        Map<String, String[]> byKey = new HashMap<>();
        int sc = s.col("cell");
        int sm = s.col("metric");
        for (String[] r : s.rows()) {
            String key = Csv.cell(r, sc) + "\u0000" + Csv.cell(r, sm);
            String[] first = byKey.putIfAbsent(key, r);
            if (first != null) {
                throw s.bad(r, sm, "a second row of '" + Csv.cell(r, sc) + "', '" + Csv.cell(r, sm) + "' (the first is line "
                        + s.line(first) + ")" + TAIL);
            }
            String metric = Csv.cell(r, sm);
            if (!d.runs.has(metric)) {
                continue;   // (a metric runs.csv does not hold is reported apart)
            }
            int col = d.runs.col(metric);
            double sum = 0;
            double scale = 0;
            int n = 0;
            for (String[] run : runsOf.getOrDefault(Csv.cell(r, sc), List.of())) {
                double v = d.runs.num(run, col);
                if (Double.isFinite(v)) {
                    sum += v;
                    scale = Math.max(scale, Math.abs(v));
                    n++;
                }
            }
            double mean = s.num(r, s.col("mean"));
            boolean agree = n == 0 ? Double.isNaN(mean) : Math.abs(mean - sum / n) <= 1e-8 * Math.max(scale, Math.abs(mean));
            if (!agree || s.has("n") && s.whole(r, s.col("n"), 0, Integer.MAX_VALUE) != n) {
                throw s.bad(r, agree ? s.col("n") : s.col("mean"), (agree ? "n " + n : "the mean of " + n + " value" + (n == 1 ? "" : "s")
                        + ", " + Fmt.num(n == 0 ? Double.NaN : sum / n)) + " in runs.csv's rows of cell '" + Csv.cell(r, sc)
                        + "', column " + metric + ", where this row says " + Csv.cell(r, agree ? s.col("n") : s.col("mean")) + TAIL);
            }
        }
        for (String cell : cells) {
            for (String metric : d.metrics) {
                if (!byKey.containsKey(cell + "\u0000" + metric)) {
                    throw new IllegalArgumentException(s.file() + ": no row of cell '" + cell + "', metric " + metric
                            + ", which the experiment reports" + TAIL);
                }
            }
        }
        if (d.comparison != null) {
            sameMeans(d.comparison, "arm", byKey, s, cells, d.metrics);
            samePairs(d.comparison, "arm", d.runs, runsOf);
        }
        if (d.differences != null) {
            sameMeans(d.differences, "cell", byKey, s, cells, d.metrics);
            samePairs(d.differences, "cell", d.runs, runsOf);
        }
    }

    /**
     * Each row's difference, pairs and p those of runs.csv's values paired by replication with the
     * reference's (the cell whose rows have no difference), and its p_holm no lower than its p:
     * an edited p and p_holm of 0.0001 drew a headline "beyond chance" (a re-check).
     */
    private static void samePairs(Csv f, String cellColumn, Csv runs, Map<String, List<String[]>> runsOf) {
        int cc = f.col(cellColumn);
        int dc = f.col("difference");
        String reference = null;
        for (String[] r : f.rows()) {
            if (Csv.cell(r, dc).isEmpty() && Csv.cell(r, f.col("pairs")).isEmpty()) {
                reference = Csv.cell(r, cc);
                break;
            }
        }
        if (reference == null) {
            return;
        }
        int rc = runs.col("replication");
        for (String[] r : f.rows()) {
            String cell = Csv.cell(r, cc);
            String metric = Csv.cell(r, f.col("metric"));
            if (cell.equals(reference) || Csv.cell(r, dc).isEmpty() || !runs.has(metric)) {
                continue;
            }
            int col = runs.col(metric);
            Map<String, Double> base = new HashMap<>();
            for (String[] run : runsOf.getOrDefault(reference, List.of())) {
                base.put(Csv.cell(run, rc), runs.num(run, col));
            }
            List<double[]> pairs = new java.util.ArrayList<>();
            for (String[] run : runsOf.getOrDefault(cell, List.of())) {
                double a = runs.num(run, col);
                Double b = base.get(Csv.cell(run, rc));
                if (Double.isFinite(a) && b != null && Double.isFinite(b)) {
                    pairs.add(new double[] {a, b});
                }
            }
            if (pairs.size() < 2) {
                continue;   // (no difference is written then)
            }
            double[] a = pairs.stream().mapToDouble(x -> x[0]).toArray();
            double[] b = pairs.stream().mapToDouble(x -> x[1]).toArray();
            org.talentsim.experiment.PairedDifference pd = org.talentsim.experiment.PairedDifference.of(a, b);
            double scale = 0;
            for (int k = 0; k < a.length; k++) {
                scale = Math.max(scale, Math.max(Math.abs(a[k]), Math.abs(b[k])));
            }
            double diff = f.num(r, dc);
            if (Math.abs(diff - pd.difference().mean()) > 1e-8 * Math.max(scale, 1e-300)) {
                throw f.bad(r, dc, Csv.cell(r, dc) + ", where runs.csv's " + pairs.size() + " pairs of '" + cell + "' and '" + reference
                        + "' differ by " + Fmt.num(pd.difference().mean()) + " on average" + TAIL);
            }
            if (f.has("pairs") && f.whole(r, f.col("pairs"), 0, Integer.MAX_VALUE) != pairs.size()) {
                throw f.bad(r, f.col("pairs"), Csv.cell(r, f.col("pairs")) + ", where runs.csv has " + pairs.size() + " pairs of '" + cell
                        + "' and '" + reference + "'" + TAIL);
            }
            double p = f.num(r, f.col("p"));
            double want = pd.p();
            if (!(Math.abs(p - want) <= 1e-6 * Math.max(want, 1e-300) || Math.abs(p - want) < 1e-12)) {
                throw f.bad(r, f.col("p"), Csv.cell(r, f.col("p")) + ", where the paired t-test of runs.csv's values gives "
                        + Fmt.p(want) + TAIL);
            }
            if (f.has("p_holm") && !Csv.cell(r, f.col("p_holm")).isEmpty()) {
                double holm = f.num(r, f.col("p_holm"));
                if (holm < p || holm > 1) {
                    throw f.bad(r, f.col("p_holm"), Csv.cell(r, f.col("p_holm")) + ", " + (holm > 1 ? "above 1" : "below the row's p ("
                            + Csv.cell(r, f.col("p")) + "), which Holm's adjustment never lowers") + TAIL);
                }
            }
        }
    }

    /** The rows of a journal-like file by cell, one per cell and replication, all of them there. */
    private static Map<String, List<String[]>> keyed(Csv f, Set<String> cells, int replications, String name) {
        Map<String, List<String[]>> by = new HashMap<>();
        Map<String, String[]> seen = new HashMap<>();
        int cc = f.col("cell");
        int rc = f.col("replication");
        for (String[] r : f.rows()) {
            String cell = Csv.cell(r, cc);
            if (!cells.contains(cell)) {
                throw f.bad(r, cc, "cell '" + cell + "' is not one of summary.csv's" + TAIL);
            }
            int rep = f.whole(r, rc, 0, replications > 0 ? replications - 1 : Integer.MAX_VALUE);
            String[] first = seen.putIfAbsent(cell + "\u0000" + rep, r);
            if (first != null) {
                throw f.bad(r, rc, "a second row of cell '" + cell + "', replication " + rep + " (the first is line " + f.line(first)
                        + ")" + TAIL);
            }
            by.computeIfAbsent(cell, k -> new java.util.ArrayList<>()).add(r);
        }
        if (replications > 0 && seen.size() != (long) cells.size() * replications) {
            throw new IllegalArgumentException(f.file() + ": " + seen.size() + " run" + (seen.size() == 1 ? "" : "s") + ", where "
                    + cells.size() + " cell" + (cells.size() == 1 ? "" : "s") + " x " + replications + " replication"
                    + (replications == 1 ? "" : "s") + " need " + (long) cells.size() * replications + TAIL);
        }
        return by;
    }

    private static void sameMeans(Csv f, String cellColumn, Map<String, String[]> summary, Csv s, Set<String> cells,
            List<String> metrics) {
        Set<String> seen = new java.util.HashSet<>();
        int cc = f.col(cellColumn);
        int mc = f.col("metric");
        for (String[] r : f.rows()) {
            String key = Csv.cell(r, cc) + "\u0000" + Csv.cell(r, mc);
            if (!seen.add(key)) {
                throw f.bad(r, mc, "a second row of '" + Csv.cell(r, cc) + "', '" + Csv.cell(r, mc) + "'" + TAIL);
            }
            String[] in = summary.get(key);
            if (in == null) {
                throw f.bad(r, mc, "'" + Csv.cell(r, cc) + "', '" + Csv.cell(r, mc) + "' has no row in summary.csv" + TAIL);
            }
            if (!Csv.cell(r, f.col("mean")).equals(Csv.cell(in, s.col("mean")))) {
                throw f.bad(r, f.col("mean"), Csv.cell(r, f.col("mean")) + ", where summary.csv line " + s.line(in) + " says "
                        + Csv.cell(in, s.col("mean")) + TAIL);
            }
        }
        if (seen.size() != (long) cells.size() * metrics.size()) {
            throw new IllegalArgumentException(f.file() + ": " + seen.size() + " rows, where " + cells.size() + " cell"
                    + (cells.size() == 1 ? "" : "s") + " x " + metrics.size() + " metric" + (metrics.size() == 1 ? "" : "s")
                    + " need " + (long) cells.size() * metrics.size() + TAIL);
        }
    }
}
