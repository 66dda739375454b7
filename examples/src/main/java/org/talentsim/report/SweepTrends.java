package org.talentsim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentsim.experiment.Estimate;
import org.talentsim.experiment.Holm;
import org.talentsim.experiment.PairedDifference;

/**
 * What a sweep says beyond each cell against the first (a sweep analyst's review: "no trend test,
 * no best cell"), read off {@code runs.csv}:
 * <ul>
 * <li><b>the trend</b> of each metric along the first varied path, when its values are numbers in
 * one unit and at least three: each seed's least-squares slope of the metric over the path's
 * values (at each level of the other paths of a grid), against log10 of the values where they
 * span more than a factor of 20 (as the chart's axis); the slopes' mean over the seeds with its
 * 95% t interval, and the t-test of "no trend", Holm-adjusted over every metric of the experiment
 * and level. The cells run on the same seeds, so a seed's slope is paired as a cell's difference
 * is, and the seeds' slopes are independent;</li>
 * <li><b>the highest and the lowest cell</b> of each metric by its mean, and how far the highest is
 * ahead of the next highest, paired over the seeds: whether the sweep tells the top cell apart.</li>
 * </ul>
 */
final class SweepTrends {
    private static final Pattern NUMBER = Pattern.compile("^\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(\\S.*)?$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    /**
     * A metric's trend at one level of the other paths.
     *
     * @param metric the metric
     * @param level the other paths' values ("" for a sweep of one path)
     * @param slope the seeds' slopes: mean and 95% t interval (per unit of the path, or per tenfold)
     * @param p two-sided p of the t-test of no trend; NaN when not tested
     * @param pHolm p Holm-adjusted over every tested trend; NaN when not tested
     * @param why why it is not tested ("" when it is): "flat" (every seed's slope 0), "few" (the
     *     same slope in each of fewer than 6 seeds although the values vary), "one" (one seed with a
     *     value in every cell along the path: its slope, no interval) or "none" (no such seed; the
     *     slope null)
     */
    record Trend(String metric, String level, Estimate slope, double p, double pHolm, String why) {
    }

    /**
     * A metric's highest and lowest cell by mean.
     *
     * @param metric the metric
     * @param highest the cell with the highest mean (the first listed among equal means)
     * @param highestMean its mean
     * @param next the cell with the next highest mean; null with one cell
     * @param lead the highest less the next, paired over the seeds; null without a pair
     * @param same whether the two cells gave the same value in every seed
     * @param lowest the cell with the lowest mean
     * @param lowestMean its mean
     * @param lowestTies how many other cells have that mean too
     * @param highestTies how many other cells have the highest mean too
     */
    record Extremes(String metric, String highest, double highestMean, String next, Estimate lead, boolean same, String lowest,
            double lowestMean, int lowestTies, int highestTies) {
    }

    /** The first path, its values as numbers (log10 when {@link #log}) in the axis's order, and what a slope is per. */
    final String path;
    final List<String> values;
    final double[] x;
    final boolean log;
    /** "per tenfold", "per 1 USD", "per 1M", "per 1/year", "per 1"; null when the values are not numbers in one unit. */
    final String per;
    /** The other paths' levels (each a list of values), in the spec's order; one empty level for a sweep of one path. */
    final List<List<String>> levels = new ArrayList<>();
    final List<String> otherPaths;
    final Map<String, List<Trend>> trends = new LinkedHashMap<>();
    final Map<String, Extremes> extremes = new LinkedHashMap<>();
    /** How many trends Holm's family holds. */
    final int tests;

    private final ExperimentData d;
    private final List<String> paths;

    private SweepTrends(ExperimentData d) {
        this.d = d;
        this.paths = new ArrayList<>(d.vary.keySet());
        this.path = paths.get(0);
        this.otherPaths = paths.subList(1, paths.size());
        List<String> xs = d.vary.get(path);
        double[] numeric = new double[xs.size()];
        String[] units = new String[xs.size()];
        boolean numbers = xs.size() >= 3;
        for (int k = 0; k < xs.size() && numbers; k++) {
            Matcher m = NUMBER.matcher(xs.get(k));
            numbers = m.matches() && !DATE.matcher(xs.get(k).strip()).matches();
            if (numbers) {
                numeric[k] = Double.parseDouble(m.group(1));
                units[k] = m.group(2) == null ? "" : m.group(2).strip();
            }
        }
        String unit = numbers ? ExperimentReport.oneUnit(numeric, units) : null;
        if ("".equals(unit) && moneyPath(path)) {
            unit = "USD";   // an amount written in plain dollars (100000000, 200000000: a trend per 1, a re-check)
        }
        numbers &= unit != null && java.util.Arrays.stream(numeric).distinct().count() >= 3;
        this.values = xs;
        if (numbers) {
            double lo = java.util.Arrays.stream(numeric).min().orElse(0);
            double hi = java.util.Arrays.stream(numeric).max().orElse(0);
            this.log = lo > 0 && hi > 20 * lo;   // as the chart's axis (ExperimentCharts.logSpaced)
            // amounts written with different suffixes (300M, 900M, 3B) are in dollars: a slope per
            // dollar read -2.408e-09 (a strategist's review); per a round amount of the span's size
            double step = !log && unit.equals("USD") && hi - lo >= 1000 ? Math.pow(10, Math.floor(Math.log10(hi - lo))) : 1;
            this.x = log ? java.util.Arrays.stream(numeric).map(Math::log10).toArray()
                    : java.util.Arrays.stream(numeric).map(v -> v / step).toArray();
            this.per = log ? "per tenfold" : step > 1 ? "per " + amount(step) + " USD"
                    : "per 1" + (unit.isEmpty() ? "" : unit.startsWith("/") || unit.length() == 1 ? unit : " " + unit);
        } else {
            this.log = false;
            this.x = null;
            this.per = null;
        }
        levels.addAll(grid(otherPaths, d.vary));
        int m = 0;
        if (x != null) {
            List<Trend> all = new ArrayList<>();
            for (String metric : d.metrics) {
                if (!d.runs.has(metric)) {
                    continue;
                }
                List<Trend> mine = new ArrayList<>();
                Map<String, Map<String, Double>> cells = byCell(metric);   // (read once per metric, not per level)
                for (List<String> level : levels) {
                    Trend t = trend(metric, level, cells);
                    if (t != null) {
                        mine.add(t);
                    }
                }
                all.addAll(mine);
                trends.put(metric, mine);
            }
            List<Trend> tested = all.stream().filter(t -> !Double.isNaN(t.p)).toList();
            double[] adjusted = Holm.adjust(tested.stream().mapToDouble(Trend::p).toArray());
            Map<Trend, Double> holm = new java.util.IdentityHashMap<>();
            for (int k = 0; k < adjusted.length; k++) {
                holm.put(tested.get(k), adjusted[k]);
            }
            for (Map.Entry<String, List<Trend>> e : trends.entrySet()) {
                e.setValue(e.getValue().stream().map(t -> holm.containsKey(t)
                        ? new Trend(t.metric, t.level, t.slope, t.p, holm.get(t), t.why) : t).toList());
            }
            m = tested.size();
        }
        this.tests = m;
        for (String metric : d.metrics) {
            Extremes e = extremes(metric);
            if (e != null) {
                extremes.put(metric, e);
            }
        }
    }

    /** Whether {@code path}'s last field is an amount in dollars: a budget, a salary, a posted wage, a pay floor or cap, a price. */
    static boolean moneyPath(String path) {
        String last = path.strip().replaceAll("\\[[^\\]]*\\]", "");
        last = last.substring(last.lastIndexOf('.') + 1);
        return List.of("budget", "salary", "postedWage", "floor", "cap", "price", "founderSalary").contains(last);
    }

    /** A power of ten of at least 1,000 as a scenario file writes an amount: 1k, 10k, 100k, 1M, …, 1B, 10B, … */
    static String amount(double step) {
        String[] suffixes = {"B", "M", "k"};
        double[] scales = {1e9, 1e6, 1e3};
        for (int k = 0; k < scales.length; k++) {
            if (step >= scales[k]) {
                return Long.toString(Math.round(step / scales[k])) + suffixes[k];
            }
        }
        return Long.toString(Math.round(step));
    }

    /**
     * Every combination of {@code paths}' values ({@code vary}), in the spec's order: the first
     * path varies slowest, as the cells are listed; one empty combination without paths.
     */
    static List<List<String>> grid(List<String> paths, Map<String, List<String>> vary) {
        List<List<String>> combos = new ArrayList<>();
        combos.add(List.of());
        for (String p : paths) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> c : combos) {
                for (String v : vary.get(p)) {
                    List<String> q = new ArrayList<>(c);
                    q.add(v);
                    next.add(q);
                }
            }
            combos = next;
        }
        return combos;
    }

    /** The trends and extremes of the sweep in {@code d}; null for another kind of experiment. */
    static SweepTrends of(ExperimentData d) {
        return d.kind == ExperimentData.Kind.SWEEP && !d.vary.isEmpty() ? new SweepTrends(d) : null;
    }

    /** A cell's label as the experiment writes it. */
    private String label(List<String> values) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < paths.size(); k++) {
            parts.add(paths.get(k) + "=" + values.get(k));
        }
        return String.join(" ", parts).replace(',', ';').replace('"', '\'').replaceAll("\\p{Cntrl}", " ");
    }

    /** {@code level}'s values with their paths ("" for a sweep of one path). */
    String levelLabel(List<String> level) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < level.size(); k++) {
            parts.add(shortPath(otherPaths.get(k)) + "=" + level.get(k));
        }
        return String.join(" ", parts);
    }

    /** {@code metric}'s values by cell label and replication (NaN where undefined). */
    private Map<String, Map<String, Double>> byCell(String metric) {
        Csv runs = d.runs;
        int c = runs.col("cell");
        int rep = runs.col("replication");
        int col = runs.col(metric);
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (String[] r : runs.rows()) {
            out.computeIfAbsent(Csv.cell(r, c), k -> new LinkedHashMap<>()).put(Csv.cell(r, rep), runs.num(r, col));
        }
        return out;
    }

    private Trend trend(String metric, List<String> level, Map<String, Map<String, Double>> cells) {
        List<Map<String, Double>> along = new ArrayList<>();
        for (String v : values) {
            List<String> all = new ArrayList<>(List.of(v));
            all.addAll(level);
            along.add(cells.getOrDefault(label(all), Map.of()));
        }
        double mean = java.util.Arrays.stream(x).average().orElse(0);
        double sxx = 0;
        for (double v : x) {
            sxx += (v - mean) * (v - mean);
        }
        List<Double> slopes = new ArrayList<>();
        boolean varies = false;
        double firstValue = Double.NaN;
        double[] y = new double[x.length];
        for (String rep : along.get(0).keySet()) {
            boolean complete = true;
            double sum = 0;
            for (int k = 0; k < x.length && complete; k++) {
                Double v = along.get(k).get(rep);
                complete = v != null && !Double.isNaN(v);
                if (complete) {
                    y[k] = v;
                    sum += v;
                    if (Double.isNaN(firstValue)) {
                        firstValue = v;
                    }
                    varies |= v != firstValue;
                }
            }
            if (complete) {
                // about the seed's own mean: values the same in every cell give a slope of exactly 0
                // (not -6.8e-14, which a t-test over slopes without spread called a trend)
                double ybar = sum / x.length;
                double sxy = 0;
                for (int k = 0; k < x.length; k++) {
                    sxy += (x[k] - mean) * (y[k] == ybar ? 0 : y[k] - ybar);
                }
                slopes.add(sxy / sxx);
            }
        }
        if (slopes.isEmpty()) {
            // no seed with a value in every cell along the path: said, not drawn as a flat trend (a re-check)
            boolean noValue = along.stream().allMatch(m -> m.values().stream().allMatch(v -> v == null || Double.isNaN(v)));
            return noValue ? null : new Trend(metric, levelLabel(level), null, Double.NaN, Double.NaN, "none");
        }
        double[] s = slopes.stream().mapToDouble(Double::doubleValue).toArray();
        Estimate e = Estimate.of(s);
        String why = "";
        double p = Double.NaN;
        if (s.length == 1) {
            // one seed's slope: shown, not tested (it read "–", every slope 0, of a headcount from 4 to 319: a re-check)
            why = "one";
        } else if (e.sd() == 0 && e.mean() == 0) {
            why = "flat";
        } else if (e.sd() == 0 && varies && s.length < PairedDifference.TIE_PAIRS && !exactShift(along)) {
            why = "few";
        } else {
            p = PairedDifference.of(s, new double[s.length]).p();
        }
        return new Trend(metric, levelLabel(level), e, p, Double.NaN, why);
    }

    /** Whether every cell along the path has one value in every seed (the slope then is exact, not chance). */
    private static boolean exactShift(List<Map<String, Double>> along) {
        for (Map<String, Double> cell : along) {
            if (cell.values().stream().filter(v -> !Double.isNaN(v)).distinct().count() > 1) {
                return false;
            }
        }
        return true;
    }

    private Extremes extremes(String metric) {
        if (!d.runs.has(metric)) {
            return null;
        }
        Map<String, Map<String, Double>> cells = byCell(metric);
        String hi = null;
        String lo = null;
        String next = null;
        double hiMean = Double.NaN;
        double loMean = Double.NaN;
        double nextMean = Double.NaN;
        for (Map.Entry<String, Map<String, Double>> c : cells.entrySet()) {
            double m = c.getValue().values().stream().filter(v -> !Double.isNaN(v)).mapToDouble(Double::doubleValue).average()
                    .orElse(Double.NaN);
            if (Double.isNaN(m)) {
                continue;
            }
            if (hi == null || m > hiMean) {
                next = hi;
                nextMean = hiMean;
                hi = c.getKey();
                hiMean = m;
            } else if (next == null || m > nextMean) {
                next = c.getKey();
                nextMean = m;
            }
            if (lo == null || m < loMean) {
                lo = c.getKey();
                loMean = m;
            }
        }
        if (hi == null) {
            return null;
        }
        int ties = 0;
        int hiTies = 0;
        for (Map.Entry<String, Map<String, Double>> c : cells.entrySet()) {
            double m = c.getValue().values().stream().filter(v -> !Double.isNaN(v)).mapToDouble(Double::doubleValue).average()
                    .orElse(Double.NaN);
            ties += m == loMean && !c.getKey().equals(lo) ? 1 : 0;
            hiTies += m == hiMean && !c.getKey().equals(hi) ? 1 : 0;
        }
        Estimate lead = null;
        boolean same = false;
        if (next != null) {
            Map<String, Double> a = cells.get(hi);
            Map<String, Double> b = cells.get(next);
            List<Double> diffs = new ArrayList<>();
            same = true;
            for (Map.Entry<String, Double> e : a.entrySet()) {
                Double other = b.get(e.getKey());
                if (other != null && !Double.isNaN(other) && !Double.isNaN(e.getValue())) {
                    diffs.add(e.getValue() - other);
                    same &= e.getValue().doubleValue() == other.doubleValue();
                }
            }
            lead = diffs.isEmpty() ? null : Estimate.of(diffs.stream().mapToDouble(Double::doubleValue).toArray());
            same &= lead != null;
        }
        return new Extremes(metric, hi, hiMean, next, lead, same, lo, loMean, ties, hiTies);
    }

    /** Whether {@code metric} has the same mean in every cell (nothing to rank). */
    boolean flat(String metric) {
        Extremes e = extremes.get(metric);
        return e == null || e.highestMean == e.lowestMean;
    }

    /**
     * {@code cell} as a reader wants it beside the path's name: its value alone for a sweep of one
     * path; in a grid each path by its last part ("upTo=0.6 offersEmployed=2/year"), unless two
     * paths end alike (budget of two labs), where they stay whole.
     */
    String shortCell(String cell) {
        if (paths.size() == 1 && cell.startsWith(path + "=")) {
            return cell.substring(path.length() + 1);
        }
        String out = cell;
        for (String p : paths) {
            out = out.replace(p + "=", shortPath(p) + "=");
        }
        return out;
    }

    /** A path by its last part when no other varied path ends alike, else whole. */
    String shortPath(String p) {
        String last = p.substring(p.lastIndexOf('.') + 1);
        long alike = paths.stream().filter(q -> q.substring(q.lastIndexOf('.') + 1).equals(last)).count();
        return alike == 1 && !last.isEmpty() ? last : p;
    }

    /** The highest cell's lead over the next, in words: "ahead of 300M by +12 [+8, +16]", "the same runs as 300M", … */
    String lead(Extremes e) {
        if (e.next == null) {
            return "";
        }
        String next = shortCell(e.next);
        if (e.same) {
            return "the same in every seed as " + next;
        }
        if (e.lead == null) {
            return "no seed in common with " + next;
        }
        String by = ExperimentReport.signed(e.lead.mean());
        if (e.lead.n() < 2 || Double.isNaN(e.lead.ciLow())) {
            return "above " + next + " by " + by + " (1 pair: no interval, not tested)";
        }
        if (e.lead.sd() == 0) {
            return (e.lead.mean() > 0 ? "ahead of " : "not told apart from ") + next + " by " + by + " in every seed";
        }
        String ci = " [" + ExperimentReport.signed(e.lead.ciLow()) + ", " + ExperimentReport.signed(e.lead.ciHigh()) + "]";
        return (e.lead.ciLow() > 0 ? "ahead of " : "not told apart from ") + next + " by " + by + ci;
    }

    /** A trend's slope in words: "+12.3 [+10.1, +14.5]". */
    static String slope(Trend t) {
        Estimate s = t.slope;
        if (s == null) {
            return "(no seed with a value in every cell)";
        }
        return ExperimentReport.signed(s.mean()) + (t.why.equals("one") ? " (1 seed)" : Double.isNaN(s.ciLow()) || s.sd() == 0 ? ""
                : " [" + ExperimentReport.signed(s.ciLow()) + ", " + ExperimentReport.signed(s.ciHigh()) + "]");
    }

    /** A trend's p (Holm) as the tables show it: "<0.001", "–" (flat), "-" (too few seeds for a slope the same in each). */
    static String p(Trend t) {
        return t.why.equals("few") || t.why.equals("one") || t.why.equals("none") ? "-" : Fmt.p(t.pHolm);
    }

    /**
     * Why the table has no trend, when the sweep's values could suggest one: "unlimited" among
     * amounts, or a numeric path that is not the first (the trend is along the first); null when
     * there is one, or nothing to say. The trend had gone without a word (a re-check).
     */
    String noTrend() {
        if (per != null) {
            return null;
        }
        List<String> xs = d.vary.get(path);
        boolean unlimited = xs.stream().anyMatch(v -> List.of("unlimited", ".inf", ".Inf", ".INF").contains(v.strip()));
        if (unlimited) {
            return "No trend along " + path + ": 'unlimited' is not a number (a sweep of its finite values alone gives one).";
        }
        for (String other : otherPaths) {
            List<String> vs = d.vary.get(other);
            if (vs.size() >= 3 && vs.stream().allMatch(v -> NUMBER.matcher(v).matches() && !DATE.matcher(v.strip()).matches())) {
                return "No trend: the trend is along the first varied path, " + path + ", whose values are not numbers; list " + other
                        + " first (--vary " + other + "=… before the others) for the trend along it.";
            }
        }
        return null;
    }

    /** The table's title. */
    String title() {
        return per != null ? "The trend along " + path + ", and the highest cell" : "The highest and lowest cell";
    }

    /** What the table's columns are, in words: a line for each thing said. */
    String note() {
        boolean grid = !otherPaths.isEmpty();
        List<String> lines = new ArrayList<>();
        if (per != null) {
            lines.add("trend: each seed's least-squares slope of the metric over the " + values.size() + " values of " + path
                    + (log ? " against their logarithm (they span more than a factor of 20, as the chart's axis): the change for"
                    + " each tenfold" : ", " + per) + (grid ? ", at each level of " + String.join(" and ", otherPaths) : "")
                    + "; the cells run on the same seeds, so each seed gives a slope: their mean and its 95% t interval;");
            lines.add("p (Holm): the t-test of no trend, Holm-adjusted over the " + tests + " trends of every metric"
                    + (grid ? " and level" : "") + ", not only those shown (\u2013: every slope 0; '-': no test: one seed, or the"
                    + " same slope in each of fewer than 6 seeds); the intervals are not adjusted; seeds: those with a value in every"
                    + " cell along the path; a straight line is a summary: a metric that rises and falls again shows in the chart;");
        }
        lines.add("highest, lowest: the cells with the highest and the lowest mean; the highest against the next highest, paired"
                + " over the seeds (an interval above 0: the highest is told apart from the rest).");
        return String.join("\n", lines);
    }

    /** The table's header. */
    List<String> header() {
        List<String> header = new ArrayList<>(List.of("metric"));
        if (per != null) {
            if (!otherPaths.isEmpty()) {
                header.add("at");
            }
            header.addAll(List.of("trend " + per + " [95% CI]", "p (Holm)", "seeds"));
        }
        header.addAll(List.of("highest (mean)", "against the next highest [95% CI]", "lowest (mean)"));
        return header;
    }

    /** Whether column {@code c} of the table holds numbers (aligned right). */
    boolean numeric(int c) {
        int from = otherPaths.isEmpty() ? 1 : 2;
        return per != null && c >= from && c <= from + 2;
    }

    /** The table's rows for {@code metrics}: a row per level of a grid, the highest and lowest on each metric's first. */
    List<List<String>> rows(List<String> metrics) {
        boolean grid = !otherPaths.isEmpty();
        List<List<String>> rows = new ArrayList<>();
        for (String metric : metrics) {
            Extremes e = extremes.get(metric);
            List<Trend> mine = per != null ? trends.getOrDefault(metric, List.of()) : List.of();
            for (int k = 0; k < Math.max(1, mine.size()); k++) {
                List<String> row = new ArrayList<>();
                row.add(k == 0 ? metric : "");
                if (per != null) {
                    Trend t = k < mine.size() ? mine.get(k) : null;
                    if (grid) {
                        row.add(t == null ? "" : t.level());
                    }
                    row.add(t == null ? "\u2013" : slope(t));
                    row.add(t == null ? "\u2013" : p(t));
                    row.add(t == null || t.slope() == null ? "0" : Integer.toString(t.slope().n()));
                }
                boolean first = k == 0 && e != null;
                row.add(first ? shortCell(e.highest()) + " (" + Fmt.num(e.highestMean()) + (e.highestTies() == 0 ? ")"
                        : ", and " + e.highestTies() + (e.highestTies() == 1 ? " more cell)" : " more cells)")) : "");
                row.add(first ? lead(e) : "");
                row.add(first ? shortCell(e.lowest()) + " (" + Fmt.num(e.lowestMean()) + (e.lowestTies() == 0 ? ")"
                        : ", and " + e.lowestTies() + (e.lowestTies() == 1 ? " more cell)" : " more cells)")) : "");
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * A line for the page's "In short": the metrics of {@code metrics} whose trend along the path
     * is beyond chance (p (Holm) below 0.05), rising and falling, the largest first by the slope
     * as a share of the metric's range of means; in a sweep of one path, a metric whose highest
     * (lowest) cell lies inside the range and is told apart from the next is said to peak (dip)
     * there, not to rise (fall): a step from 30M to 100M that then fell a little beyond chance read
     * as "rising" (a re-check). The metrics no trend could be tested for (one seed) are counted
     * apart. Null when the path's values are not numbers.
     */
    String headline(List<String> metrics) {
        if (per == null) {
            return null;
        }
        List<String> up = new ArrayList<>();
        List<String> down = new ArrayList<>();
        List<String> both = new ArrayList<>();
        List<String> peaks = new ArrayList<>();
        Map<String, Double> size = new java.util.HashMap<>();
        Map<String, String> said = new java.util.HashMap<>();
        int none = 0;
        int untested = 0;
        for (String metric : metrics) {
            if (flat(metric)) {
                continue;
            }
            List<Trend> all = trends.getOrDefault(metric, List.of());
            List<Trend> found = all.stream().filter(t -> t.pHolm < 0.05).toList();
            if (found.isEmpty()) {
                boolean tested = all.stream().anyMatch(t -> !Double.isNaN(t.p) || t.why.equals("flat"));
                if (tested) {
                    none++;
                } else {
                    untested++;
                }
                continue;
            }
            boolean rises = found.stream().anyMatch(t -> t.slope.mean() > 0);
            boolean falls = found.stream().anyMatch(t -> t.slope.mean() < 0);
            Trend largest = found.stream().max(java.util.Comparator.comparingDouble(t -> Math.abs(t.slope.mean()))).orElseThrow();
            Extremes e = extremes.get(metric);
            double range = e == null ? 0 : e.highestMean - e.lowestMean;
            size.put(metric, range > 0 ? Math.abs(largest.slope.mean()) / range : 0);
            String inside = otherPaths.isEmpty() && e != null ? turn(metric, e, rises && !falls, falls && !rises) : null;
            said.put(metric, metric + " " + ExperimentReport.signed(largest.slope.mean())
                    + (otherPaths.isEmpty() ? "" : " (at " + largest.level + ")") + (inside == null ? "" : ", " + inside));
            (inside != null ? peaks : rises && falls ? both : rises ? up : down).add(metric);
        }
        java.util.function.Function<List<String>, String> list = ms -> {
            List<String> sorted = ms.stream().sorted(java.util.Comparator.comparingDouble(m -> -size.get(m))).toList();
            return String.join(", ", sorted.subList(0, Math.min(4, sorted.size())).stream().map(said::get).toList())
                    + (sorted.size() > 4 ? " and " + (sorted.size() - 4) + " more" : "");
        };
        List<String> parts = new ArrayList<>();
        if (!up.isEmpty()) {
            parts.add("rising beyond chance: " + list.apply(up));
        }
        if (!down.isEmpty()) {
            parts.add("falling: " + list.apply(down));
        }
        if (!peaks.isEmpty()) {
            parts.add("a trend beyond chance that turns inside the range: " + list.apply(peaks));
        }
        if (!both.isEmpty()) {
            parts.add("rising at some levels and falling at others: " + list.apply(both));
        }
        if (untested > 0) {
            parts.add(untested + (untested == 1 ? " metric" : " metrics") + " with too few seeds to test (one seed with a value in"
                    + " every cell)");
        }
        // "of those drawn": a metric the cells' headline named, not drawn, read as contradicted (a re-check)
        String other = parts.isEmpty() ? "" : " other";
        parts.add(none == 0 ? "no" + other + " metric drawn here changes" : none + other + (none == 1 ? " metric drawn here shows"
                : " metrics drawn here show") + " no trend beyond chance");
        return "Along " + path + " (" + per + ", the slope of a straight line: the charts show the shape; the trend table below): "
                + String.join("; ", parts) + ".";
    }

    /**
     * Where a trend turns, in words, when the highest (of a rising metric; the lowest of a falling
     * one) or the other extreme lies inside the path's range: "peaks at 100M" when the highest is
     * told apart from the next; "highest at 0.3, lower again at 0.6 (-8.2)" when the top of the
     * range is told apart below it (a rise to 0.15 that levelled off and fell beyond chance read as
     * "rising": a strategist's review), "lowest at ..., higher again at ..." for a falling one; and
     * "rising to its highest at 1 (+12 from 0), then falling" when a falling metric's highest cell is
     * inside and the bottom of the range told apart below it (a rise to an interior peak then a
     * longer fall read as "falling": a re-check), "falling to its lowest at ..., then rising" for a
     * rising one. Paired 95% CIs clear of 0. Null otherwise.
     */
    private String turn(String metric, Extremes e, boolean rising, boolean falling) {
        if (!rising && !falling) {
            return null;
        }
        double lo = java.util.Arrays.stream(x).min().orElse(0);
        double hi = java.util.Arrays.stream(x).max().orElse(0);
        int first = -1;
        int end = -1;
        for (int j = 0; j < x.length; j++) {
            first = x[j] == lo && first < 0 ? j : first;
            end = x[j] == hi ? j : end;
        }
        String top = shortCell(rising ? e.highest : e.lowest);
        int k = values.indexOf(top);
        if (k >= 0 && x[k] > lo && x[k] < hi) {
            if (rising && e.lead != null && !e.same && e.lead.n() >= 2 && e.lead.ciLow() > 0) {
                return "peaks at " + top;
            }
            // the cell at the top of the range against the extreme
            Estimate back = paired(metric, top, values.get(end));
            if (back != null && (rising ? back.ciHigh() < 0 : back.ciLow() > 0)) {
                return (rising ? "highest at " + top + ", lower again at " : "lowest at " + top + ", higher again at ")
                        + values.get(end) + " (" + ExperimentReport.signed(back.mean()) + ")";
            }
        }
        // the other extreme inside, and the bottom of the range told apart from it: a turn the
        // overall slope's sign hides
        String other = shortCell(rising ? e.lowest : e.highest);
        int o = values.indexOf(other);
        if (o >= 0 && x[o] > lo && x[o] < hi) {
            Estimate from = paired(metric, values.get(first), other);
            if (from != null && (rising ? from.ciHigh() < 0 : from.ciLow() > 0)) {
                return (rising ? "falling to its lowest at " : "rising to its highest at ") + other + " ("
                        + ExperimentReport.signed(from.mean()) + " from " + values.get(first) + "), then " + (rising ? "rising" : "falling");
            }
        }
        return null;
    }

    /** The paired difference, replication by replication, of the cell of value {@code b} less that of {@code a}; null with fewer than 2 pairs. */
    private Estimate paired(String metric, String a, String b) {
        Map<String, Double> ca = null;
        Map<String, Double> cb = null;
        for (Map.Entry<String, Map<String, Double>> c : byCell(metric).entrySet()) {
            String v = shortCell(c.getKey());
            ca = v.equals(a) ? c.getValue() : ca;
            cb = v.equals(b) ? c.getValue() : cb;
        }
        if (ca == null || cb == null) {
            return null;
        }
        List<Double> diffs = new ArrayList<>();
        for (Map.Entry<String, Double> r : ca.entrySet()) {
            Double w = cb.get(r.getKey());
            if (w != null && !Double.isNaN(w) && !Double.isNaN(r.getValue())) {
                diffs.add(w - r.getValue());
            }
        }
        return diffs.size() < 2 ? null : Estimate.of(diffs.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
