package org.talentsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentsim.experiment.Estimate;
import org.talentsim.experiment.ExperimentRunner.ArmStat;
import org.talentsim.experiment.ExperimentRunner.CellStat;
import org.talentsim.experiment.PairedDifference;
import org.talentsim.experiment.RatioEstimate;

/** The tables the experiment commands print: a comparison of arms, or a summary per cell. */
final class ExperimentTables {
    private ExperimentTables() {}

    /** The difference column of an arm's metric with a value where the baseline has none in any pair. */
    static final String NO_PAIRS = "(no pairs)";
    /** A difference over one pair only: no interval (with -r 1 it was marked NO_PAIRS, with a reason that was not so). */
    static final String ONE_PAIR = "(1 pair)";

    /** Per arm and metric: mean [95% CI], difference vs baseline [CI], p (Holm), share of replications higher. */
    static String comparison(List<ArmStat> rows, String baseline, int replications) {
        List<String[]> t = new ArrayList<>();
        t.add(new String[] {"arm", "metric", "mean [95% CI]", "vs " + baseline + " [95% CI]", "p (Holm)", "higher"});
        String last = null;
        java.util.Map<String, Estimate> base = estimates(rows, baseline);
        for (ArmStat s : rows) {
            PairedDifference d = s.difference();
            t.add(new String[] {s.arm().equals(last) ? "" : s.arm(), s.metric(), withCi(s.estimate())
                + org.talentsim.report.Fmt.ofRuns(s.estimate() == null ? 0 : s.estimate().n(), replications),
                // a value the baseline lacks in every pair: no difference, said (it was blank: a strategist's review)
                d == null ? (!s.arm().equals(baseline) && s.estimate() != null ? (s.pairs() == 1 ? onePair(s, base) : NO_PAIRS) : "") : signed(d.difference().mean()) + " [" + signed(d.difference().ciLow()) + ", "
                    + signed(d.difference().ciHigh()) + "]" + org.talentsim.report.Fmt.fewerPairs(d.n(), s.estimate() == null ? 0 : s.estimate().n(),
                            n(base, s.metric(), d.n())) + (noSpread(d) ? org.talentsim.report.Fmt.NO_SPREAD : ""),
                d == null ? "" : p(s.pHolm()),
                // "0%" higher also reads "always lower": a tie in every replication says so
                d == null ? "" : Double.isNaN(d.shareHigher()) ? "-" : d.same() ? "same" : org.talentsim.report.Fmt.share(d.shareHigher())});
            last = s.arm();
        }
        String table = TextTable.format(t, c -> c >= 2);
        if (t.stream().skip(1).anyMatch(r -> r[2].endsWith(" runs)"))) {
            // a mean over fewer runs than the replications looked like a mean over all of them when
            // both arms lost the same runs (found by a statistician's review)
            table += org.talentsim.report.Fmt.OF_RUNS + "\n";
        }
        if (t.stream().skip(1).anyMatch(r -> r[3].equals(NO_PAIRS))) {
            table += NO_PAIRS + ": the baseline has no value in the replications where the arm has one, so there is no"
                    + " difference to take.\n";
        }
        if (t.stream().skip(1).anyMatch(r -> r[3].endsWith(ONE_PAIR))) {
            table += ONE_PAIR + ": the arm and the baseline both have a value in one replication only, and one pair gives no"
                    + " interval; run more replications (-r).\n";
        }
        if (t.stream().skip(1).anyMatch(r -> r[2].equals("-"))) {
            // a row of "-" with nothing said read as a fault of the table (a strategist's review)
            table += org.talentsim.report.Fmt.NO_VALUE_NOTE + "\n";
        }
        if (t.stream().skip(1).anyMatch(r -> r[3].contains(org.talentsim.report.Fmt.NO_SPREAD))) {
            table += org.talentsim.report.Fmt.NO_SPREAD_NOTE + "\n";
        }
        return t.stream().anyMatch(r -> r[3].contains(" pairs)") && !r[3].equals(NO_PAIRS) && !r[3].endsWith(ONE_PAIR)) ? table + "(k pairs): the metric is undefined in some runs;"
                + " the difference is over the k replications where both have a value, each mean over its own.\n" : table;
    }

    /**
     * One pair's cell: its difference where both means are of that one run (-r 1: the table showed
     * "(1 pair)" alone in every row, a strategist's review), then {@link #ONE_PAIR}.
     */
    private static String onePair(ArmStat s, java.util.Map<String, Estimate> reference) {
        Estimate b = reference.get(s.metric());
        return s.estimate().n() == 1 && b != null && b.n() == 1 && Double.isFinite(b.mean())
                ? signed(s.estimate().mean() - b.mean()) + " " + ONE_PAIR : ONE_PAIR;
    }

    /** The estimates of {@code arm}'s rows by metric (a null value: none, the metric undefined in every run). */
    private static java.util.Map<String, Estimate> estimates(List<ArmStat> rows, String arm) {
        java.util.Map<String, Estimate> out = new java.util.HashMap<>();
        for (ArmStat s : rows) {
            if (s.arm().equals(arm)) {
                out.put(s.metric(), s.estimate());
            }
        }
        return out;
    }

    /** The values behind {@code metric}'s estimate in {@code of}: 0 for none, {@code otherwise} when it has no row. */
    private static int n(java.util.Map<String, Estimate> of, String metric, int otherwise) {
        if (!of.containsKey(metric)) {
            return otherwise;
        }
        Estimate e = of.get(metric);
        return e == null ? 0 : e.n();
    }

    /**
     * Whether every pair differs by the same non-zero amount although the values vary from run to
     * run: p is then 0 and the interval has no width (the t-test's limit), which over two
     * replications is as often a coincidence of two counts as an exact shift (found by a
     * statistician's review: xAI's exits "-1 [-1, -1] <0.001" over 2 pairs).
     */
    static boolean noSpread(PairedDifference d) {
        return d.difference().n() >= 2 && d.difference().sd() == 0 && !d.same() && (d.arm().sd() > 0 || d.base().sd() > 0);
    }

    /** Per cell and metric: mean [95% CI], sd, n. */
    static String summary(List<CellStat> rows) {
        return summary(rows, List.of(), 0);
    }

    /**
     * Per cell and metric: mean [95% CI], sd, n; with {@code paired} (a sweep's cells against its
     * first, {@link org.talentsim.experiment.ExperimentRunner#pairsCells}) also each cell's
     * difference to the first with its 95% CI, paired over the same seeds: two cells' own
     * intervals that nearly meet said nothing of a clear paired difference (−36 [−50, −21] was
     * only in the report: a strategist's review), and Holm's p over the family of {@code tests}
     * (every metric's, not only the rows given).
     */
    static String summary(List<CellStat> rows, List<ArmStat> paired, long tests) {
        java.util.Map<String, ArmStat> diff = new java.util.HashMap<>();
        for (ArmStat a : paired) {
            diff.put(a.arm() + "\u0000" + a.metric(), a);
        }
        String first = paired.isEmpty() ? null : paired.get(0).arm();
        java.util.Map<String, Estimate> reference = estimates(paired, first);
        List<String[]> t = new ArrayList<>();
        t.add(paired.isEmpty() ? new String[] {"cell", "metric", "mean [95% CI]", "sd", "n"}
                : new String[] {"cell", "metric", "mean [95% CI]", "vs first cell [95% CI]", "p (Holm)", "sd", "n"});
        String last = null;
        boolean fewer = false;
        for (CellStat s : rows) {
            Estimate e = s.estimate();
            String cell = s.cell().equals(last) ? "" : s.cell();
            if (paired.isEmpty()) {
                t.add(new String[] {cell, s.metric(), withCi(e), e == null ? "" : num(e.sd()), Integer.toString(s.n())});
            } else {
                ArmStat a = diff.get(s.cell() + "\u0000" + s.metric());
                PairedDifference d = a == null ? null : a.difference();
                String vs = s.cell().equals(first) ? "" : d == null ? (a != null && a.pairs() == 1 && a.estimate() != null
                        ? onePair(a, reference) : a != null && a.pairs() == 1 ? ONE_PAIR : NO_PAIRS)
                        : signed(d.difference().mean()) + " [" + signed(d.difference().ciLow()) + ", " + signed(d.difference().ciHigh())
                                + "]" + (d.n() < s.n() ? " (" + d.n() + " pairs)" : "")
                                // as compare's table marks it (a sweep's never was: a re-check)
                                + (noSpread(d) ? org.talentsim.report.Fmt.NO_SPREAD : "");
                fewer |= d != null && d.n() < s.n();
                // Holm's p beside the interval: 5 of 28 intervals excluded 0 at a p (Holm) of 0.10-0.36,
                // which only differences.csv said (a strategist's review)
                // a cell the same as the first in every pair says so, as compare's table does ("0 [0, 0] -" read as a test: a review)
                String ph = s.cell().equals(first) || d == null ? "" : d.same() ? "same" : p(a.pHolm());
                t.add(new String[] {cell, s.metric(), withCi(e), vs, ph, e == null ? "" : num(e.sd()), Integer.toString(s.n())});
            }
            last = s.cell();
        }
        String table = TextTable.format(t, c -> c >= 2);
        if (!paired.isEmpty()) {
            table += "vs first cell: the difference to " + first + " over the same seeds, paired (often far narrower than the two cells'"
                    + " own intervals suggest);\np (Holm): the paired t-test, Holm-adjusted over the " + tests + (tests == 1 ? " test" : " tests")
                    + " (cell x metric, every metric, not only those shown; the same in every pair: no test, 'same'; the same difference in"
                    + " every one of fewer than 6 pairs: no test, '-'); the intervals are"
                    + " not adjusted; all in " + org.talentsim.experiment.ExperimentRunner.DIFFERENCES + ".\n";
            if (fewer) {
                table += "(k pairs): the metric is undefined in some runs; the difference is over the k replications where both"
                        + " have a value.\n";
            }
            if (t.stream().skip(1).anyMatch(r -> r[3].equals(NO_PAIRS) || r[3].endsWith(ONE_PAIR))) {
                table += NO_PAIRS + " / " + ONE_PAIR + ": fewer than two replications in which both this cell and the first have a"
                        + " value: no interval.\n";
            }
            if (t.stream().skip(1).anyMatch(r -> r[3].contains(org.talentsim.report.Fmt.NO_SPREAD))) {
                table += org.talentsim.report.Fmt.NO_SPREAD_NOTE + "\n";
            }
        }
        return t.stream().skip(1).anyMatch(r -> r[2].equals("-")) ? table + org.talentsim.report.Fmt.NO_VALUE_NOTE_CELL + "\n" : table;
    }

    /**
     * Per ratio and cell (arm): its ratio of means [Fieller's 95% CI] and, against {@code baseline}
     * (null where the cells are not compared), its mean differences in the numerator and the
     * denominator and their ratio, the incremental one [CI]; a ratio over fewer runs (pairs) than
     * the {@code replications} says so; with notes of what they mean and of each mark used.
     */
    static String ratios(List<org.talentsim.experiment.ExperimentRunner.RatioStat> rows, String baseline, boolean sweep,
            int replications) {
        List<String[]> t = new ArrayList<>();
        String unit = sweep ? "cell" : "arm";
        String vs = sweep ? "the first cell" : baseline;
        t.add(baseline == null ? new String[] {"ratio", unit, "of means [95% CI]", "n"}
                : new String[] {"ratio", unit, "of means [95% CI]", "differences vs " + (sweep ? "first cell" : baseline), "incremental [95% CI]", "pairs"});
        String last = null;
        boolean unbounded = false;
        boolean zero = false;     // B's mean (difference) 0
        boolean empty = false;    // no run with both values
        boolean one = false;      // one run (pair): no interval
        boolean fewer = false;    // over fewer runs than the replications
        // ratio by ratio, each with its cells in the result's order (the baseline's first)
        java.util.Map<String, List<org.talentsim.experiment.ExperimentRunner.RatioStat>> byRatio = new java.util.LinkedHashMap<>();
        for (org.talentsim.experiment.ExperimentRunner.RatioStat s : rows) {
            byRatio.computeIfAbsent(s.ratio().toString(), k -> new ArrayList<>()).add(s);
        }
        for (org.talentsim.experiment.ExperimentRunner.RatioStat s : byRatio.values().stream().flatMap(List::stream).toList()) {
            String name = s.ratio().toString();
            RatioEstimate own = s.estimate();
            RatioEstimate inc = s.incremental();
            for (RatioEstimate r : inc == null ? List.of(own) : List.of(own, inc)) {
                unbounded |= ratioUnbounded(r);
                zero |= r.n() > 0 && Double.isNaN(r.ratio());
                empty |= r.n() == 0;
                one |= r.n() == 1 && !Double.isNaN(r.ratio());
                fewer |= r.n() > 0 && r.n() < replications;
            }
            String first = name.equals(last) ? "" : name;
            String ofMeans = ratioWithCi(own, false) + ofRuns(own.n(), replications, false);
            if (baseline == null) {
                t.add(new String[] {first, s.cell(), ofMeans, Integer.toString(own.n())});
            } else {
                t.add(new String[] {first, s.cell(), ofMeans,
                    inc == null ? "" : inc.n() == 0 ? "-" : signed(inc.numerator()) + " / " + signed(inc.denominator()),
                    inc == null ? "" : ratioWithCi(inc, true) + ofRuns(inc.n(), replications, true),
                    inc == null ? "" : Integer.toString(inc.n())});
            }
            last = name;
        }
        String table = TextTable.format(t, c -> c >= 2);
        StringBuilder b = new StringBuilder(table);
        b.append("Ratios: A per B is mean(A) / mean(B) over the runs where both have a value (not the mean of each run's A / B)");
        if (baseline != null) {
            b.append(";\nincremental: the ").append(unit).append("'s mean difference to ").append(vs)
                    .append(" in A over its mean difference in B (the extra A per extra B), paired over the same seeds");
        }
        b.append(";\nFieller's 95% intervals, not symmetric around the ratio; all in ")
                .append(org.talentsim.experiment.ExperimentRunner.RATIOS).append(".\n");
        // each incremental ratio in words: which way each metric moved, so that a ratio of two falls
        // (less spend and fewer poached away: a saving, not a price) does not read as a cost (a
        // strategist's review)
        if (baseline != null) {
            List<String> read = new ArrayList<>();
            for (org.talentsim.experiment.ExperimentRunner.RatioStat s : byRatio.values().stream().flatMap(List::stream).toList()) {
                String line = reading(s);
                if (line != null) {
                    read.add(line);
                }
            }
            if (!read.isEmpty()) {
                b.append("Read: ").append(String.join(";\n      ", read)).append(".\n");
            }
        }
        if (unbounded) {
            b.append("unbounded: B").append(baseline == null ? "" : " (its difference, for an incremental ratio)").append(" is not"
                    + " clearly away from 0 over these runs, so no interval bounds the ratio (Fieller's set is the whole line, or"
                    + " the line less a middle range); more replications (-r) may bound it.\n");
        }
        if (fewer) {
            b.append("(k of R runs), (k pairs): A or B is undefined in some runs; the ratio is over the k where both have a value,"
                    + " so its means may differ from the metrics' own.\n");
        }
        if (one) {
            b.append("(1 run), (1 pair): one gives no interval; run more replications (-r).\n");
        }
        if (zero) {
            b.append("-: B's mean (difference) is 0: no ratio.\n");
        }
        if (empty) {
            b.append("-: no run in which both A and B have a value.\n");
        }
        return b.toString();
    }

    /** An incremental ratio in words ({@link org.talentsim.report.Fmt#ratioReading}), from the values as the CSV files hold them. */
    static String reading(org.talentsim.experiment.ExperimentRunner.RatioStat s) {
        RatioEstimate inc = s.incremental();
        // (no reading where no interval bounds it: "544.6M less for each one less" over a difference
        // of -1.7 read as a price: a reviewer)
        if (inc == null || inc.n() < 2 || !inc.bounded()) {
            return null;
        }
        java.util.function.DoubleUnaryOperator written = v -> Double.isFinite(v) ? Double.parseDouble(org.talentsim.internal.Num.format(v)) : v;
        return org.talentsim.report.Fmt.ratioReading(s.cell(), s.ratio().numerator(), s.ratio().denominator(),
                written.applyAsDouble(inc.numerator()), written.applyAsDouble(inc.denominator()), written.applyAsDouble(inc.ratio()),
                inc.ciLow(), inc.ciHigh());
    }

    /** "(k of R runs)" ("(k pairs)" for an incremental ratio) when a ratio is over fewer than the replications; "(1 run)" for one. */
    private static String ofRuns(int n, int replications, boolean pairs) {
        if (n == 1) {
            return pairs ? " (1 pair)" : " (1 run)";   // no interval, whatever the replications
        }
        if (n == 0 || n >= replications) {
            return "";
        }
        return pairs ? " (" + n + " pairs)" : " (" + n + " of " + replications + " runs)";
    }

    private static boolean ratioUnbounded(RatioEstimate r) {
        return !Double.isNaN(r.ratio()) && r.n() >= 2 && !r.bounded();
    }

    /**
     * A ratio with its interval, "unbounded" when it has none; {@code signed} for an incremental one.
     * Below a thousandth, in scientific notation throughout (9.521e-07 beside 0.000001107 in one
     * column: a review).
     */
    private static String ratioWithCi(RatioEstimate r, boolean signed) {
        if (r.n() == 0 || Double.isNaN(r.ratio())) {
            return "-";
        }
        boolean small = org.talentsim.report.Fmt.smallRatio(r.ratio(), r.bounded() ? r.ciLow() : Double.NaN, r.bounded() ? r.ciHigh() : Double.NaN);
        // (rounded as the CSV files hold them, as num does)
        java.util.function.DoubleFunction<String> f = v -> org.talentsim.report.Fmt.ratio(Double.parseDouble(org.talentsim.internal.Num.format(v)), small, signed);
        String v = f.apply(r.ratio());
        if (r.n() < 2) {
            return v;
        }
        if (!r.bounded()) {
            return v + " [unbounded]";
        }
        return v + " [" + f.apply(r.ciLow()) + ", " + f.apply(r.ciHigh()) + "]";
    }

    static String withCi(Estimate e) {
        if (e == null) {
            return "-";
        }
        if (e.n() < 2) {
            return num(e.mean());
        }
        return num(e.mean()) + " [" + num(e.ciLow()) + ", " + num(e.ciHigh()) + "]";
    }

    static String p(double p) {
        return Double.isNaN(p) ? "-" : org.talentsim.report.Fmt.p(p);
    }

    static String signed(double v) {
        String s = num(v);
        return s.startsWith("-") || s.equals("0") ? s : "+" + s;
    }

    /**
     * A number for reading: 4 significant digits, k/M/B for thousands, millions, billions (the
     * report's format), "-" when undefined. Rounded from the value as the CSV files hold it (10
     * significant digits), as the report reads it: 23.37499999875 is written 23.375 and shown
     * 23.38 in both (the table showed 23.37).
     */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        String written = org.talentsim.internal.Num.format(v);
        return org.talentsim.report.Fmt.num(written.isEmpty() ? v : Double.parseDouble(written));
    }
}
