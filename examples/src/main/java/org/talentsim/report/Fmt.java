package org.talentsim.report;

import java.util.Locale;

/** Numbers for reading: a few significant digits, k/M/B for thousands, millions, billions. */
public final class Fmt {
    private Fmt() {}

    /** USD: {@code $1.36M}, {@code $840k}, {@code $2.5B}. */
    static String money(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        return (v < 0 ? "\u2212$" : "$") + num(Math.abs(v));
    }

    /**
     * 4 significant digits at most, with k, M or B; below 1 four significant digits ({@code 0.01235},
     * {@code -0.00003679}), below a millionth in scientific notation ({@code 1.3e-17}); "–" when
     * not finite (the command line's tables use it too).
     */
    public static String num(double v) {
        return num(v, true);
    }

    /**
     * An axis tick: as {@link #num} but with at most 4 decimals below 1 (0.0025), as ticks are
     * spaced: a tick a rounding error off zero (−1e-17) reads 0.
     */
    static String tick(double v) {
        return num(v, false);
    }

    private static String num(double v, boolean significant) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "\u2013";
        }
        double a = Math.abs(v);
        if (a >= 1e9) {
            return sig(v / 1e9, significant) + "B";
        }
        if (a >= 1e6) {
            return sig(v / 1e6, significant) + "M";
        }
        if (a >= 1e4) {
            return sig(v / 1e3, significant) + "k";
        }
        return sig(v, significant);
    }

    /**
     * " (k pairs)" when a difference is over fewer replications than the arm's or the baseline's
     * mean (a metric undefined in some runs): the means and the difference are then over different
     * runs, and the difference is not the means' gap. The command line's table uses it too.
     */
    public static String fewerPairs(int pairs, int armN, int baseN) {
        return pairs < armN || pairs < baseN ? " (" + pairs + " pairs)" : "";
    }

    /**
     * " (18 of 20 runs)" when a mean is over fewer runs than the replications (the metric undefined
     * in some, not all: a lab closed, a team empty); else "". Both arms losing the same runs, the difference
     * is over those pairs without a mark of its own, and the mean read as one over every run.
     */
    public static String ofRuns(int n, int replications) {
        return n > 0 && n < replications ? " (" + n + " of " + replications + " runs)" : "";
    }

    /** The mark of a difference that is the same in every pair although the values vary: p 0, an interval of no width. */
    public static final String NO_SPREAD = " (no spread)";

    /** The note under a table with a {@link #NO_SPREAD} mark. */
    public static final String NO_SPREAD_NOTE = "(no spread): every pair of runs differs by the same amount, although the values"
            + " vary from run to run, so the interval has no width and p is 0 (the t-test's limit): it may be exactly what the arm"
            + " (or cell) sets (a layoff of 300 against none differs by 300 in every run), or, over a few replications, chance (two"
            + " counts that happen to differ alike); run more replications to tell. Over fewer than 6 pairs it is not tested"
            + " (p (Holm) '-', not in Holm's family, no star in report.html): that all n pairs fall on one side has a chance"
            + " of 2^(1\u2212n) with no difference at all, 1 in 16 for 5.";

    /**
     * What a calibration that stopped short did, for the terminal and the page alike: "the search
     * used its whole budget (max_evaluations: 8) without converging", "the estimate moved twice to
     * a better point of its Jacobian's steps", or both joined by ", and"; {@code maxEvaluations}
     * below 1 leaves the budget's number out.
     */
    public static String stoppedShort(boolean budgetSpent, int jacobianMoves, int maxEvaluations) {
        String spent = "the search used its whole budget" + (maxEvaluations > 0 ? " (max_evaluations: " + maxEvaluations + ")" : "")
                + " without converging";
        String moved = "the estimate moved " + (jacobianMoves == 1 ? "once" : jacobianMoves == 2 ? "twice" : jacobianMoves + " times")
                + " to a better point of its Jacobian's steps";
        return budgetSpent && jacobianMoves > 0 ? spent + ", and " + moved : budgetSpent ? spent : moved;
    }

    /** What a ratio over too few events is told, after the targets and the runs, on the terminal and the page. */
    public static final String FEW_EVENTS_TAIL = ": the simulated ratio, its fit se and t rest on a handful of events and mean"
            + " little";

    /** A target "T (its denominator, D, adds up to N event[s])", for {@link #FEW_EVENTS_TAIL}'s list. */
    public static String fewEvents(String target, String denominator, String events, boolean one) {
        return target + " (its denominator, " + denominator + ", adds up to " + events + (one ? " event)" : " events)");
    }

    /** A miss at the linearised minimum as shown: 0 within rounding of {@code scale}, its se (an exact fit showed 3.886e-17). */
    public static double missShown(double miss, double scale) {
        return Math.abs(miss) <= 1e-9 * scale ? 0 : miss;
    }

    /**
     * The fewest pairs over which a difference with no spread counts as beyond chance: that all n
     * pairs fall on one side (a sign test) has the chance 2<sup>1−n</sup> under no difference,
     * below 0.05 from 6. Fewer, and the t-test's p of 0 may be two counts that happened to differ
     * alike (a strategist's review: 4 of 8 experiments of 2 replications had such a row).
     */
    public static final int TIE_PAIRS = org.talentsim.experiment.PairedDifference.TIE_PAIRS;

    /** Whether a difference with no spread over {@code pairs} pairs may be a chance tie ({@link #TIE_PAIRS}). */
    public static boolean chanceTie(int pairs) {
        return pairs < TIE_PAIRS;
    }

    /** The note under a table with a mean of "-": a metric with no value in any run of its arm or cell. */
    public static final String NO_VALUE_NOTE = "A mean of '-': the metric is undefined in every run of its arm (nothing to"
            + " count in them, e.g. leaving_vested_out where no grant vests out; docs/METRICS.md says when each is undefined).";

    /**
     * What a comparison's footer says of {@code market.events_skipped} when it reports it: a check
     * of the runs outside Holm's family, with {@code dash} for its p (the terminal's '-', the page's
     * en dash).
     */
    public static String checkNotTested(String dash) {
        return org.talentsim.experiment.StandardMetrics.EVENTS_SKIPPED + " is a check of the runs, not tested (" + dash
                + "; its unadjusted p is in comparison.csv)";
    }

    /**
     * The note of a result folder written before talentsim recorded the parts of events a run
     * skipped: {@code file} has no {@code field}, so whether any was skipped is not known there.
     */
    public static String beforeSkipsNote(String file, String field, String which) {
        return "This folder was written before talentsim recorded the parts of events a run skipped (" + file + " has no "
                + field + "): whether " + which + " skipped one is not known here.";
    }

    /** {@link #NO_VALUE_NOTE} under a table of cells (a sweep's, replications'): a sweep has no arms (a student's review). */
    public static final String NO_VALUE_NOTE_CELL = NO_VALUE_NOTE.replace("of its arm", "of its cell");

    /** The note under a table that marks a mean {@link #ofRuns}. */
    public static final String OF_RUNS = "(n of R runs): the metric is undefined in the other runs (a lab closed, a team"
            + " empty); the mean, and the difference and share higher beside it, are over the runs where it has a value.";

    /**
     * A p-value: {@code 0.032}, {@code <0.001}; "–" when undefined. Three decimals, more where
     * three would carry it across 0.05 or 0.01 (0.0496 is not shown as 0.050, which reads as not
     * significant at 5%).
     */
    public static String p(double p) {
        if (Double.isNaN(p)) {
            return "\u2013";
        }
        if (p < 0.001) {
            return "<0.001";
        }
        for (int digits = 3; digits <= 8; digits++) {
            String s = String.format(Locale.ROOT, "%." + digits + "f", p);
            double shown = Double.parseDouble(s);
            if (!(p < 0.05 && shown >= 0.05) && !(p < 0.01 && shown >= 0.01)) {
                return s;
            }
        }
        return p < 0.01 ? "<0.01" : "<0.05";   // a hair below the threshold: said as such
    }

    /** A number of percent with its sign: {@code +606%}, {@code -7.4%}, {@code 0%} (4 significant digits at most). */
    static String signedPercent(double v) {
        // as precise as a share of a mean from a few dozen runs can be read: whole percents from 10%
        // up, one decimal from 1%, two significant digits below ("+909.7%" and "-1.589%" were false
        // precision: a student's review)
        double a = Math.abs(v);
        String n = !Double.isFinite(v) ? num(v)
                : a >= 10 ? Long.toString(Math.round(v))
                : a >= 1 ? java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                : a == 0 ? "0"
                : new java.math.BigDecimal(v).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
        if (n.equals("-0")) {
            n = "0";
        }
        return (v > 0 && !n.equals("0") ? "+" : "") + n + "%";
    }

    /**
     * A share of replications as a percentage: {@code 63%}; {@code >99%} and {@code <1%} where
     * rounding would print 100% or 0% for a share that is not all or none (299 of 300 is not
     * "every replication"); "–" when undefined.
     */
    /**
     * A ratio's figure as the ratios' tables write it: {@link #num}, or with {@code scientific} (a
     * ratio or a bound of it below a thousandth) {@code 9.521e-07} for every figure of it (9.521e-07
     * beside 0.000001107 in one column: a review); with {@code signed}, a + before a positive one.
     */
    public static String ratio(double v, boolean scientific, boolean signed) {
        String t = scientific ? (v == 0 ? "0" : String.format(Locale.ROOT, "%.3e", v)) : num(v);
        return signed && v > 0 && !t.equals("0") ? "+" + t : t;
    }

    /** Whether a ratio of {@code v} with bounds {@code low}, {@code high} (NaN: none) is written in scientific notation ({@link #ratio}). */
    public static boolean smallRatio(double v, double low, double high) {
        return Math.abs(v) < 1e-3 && v != 0 || Math.abs(low) < 1e-3 && low != 0 || Math.abs(high) < 1e-3 && high != 0;
    }

    public static String share(double v) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        if (v >= 0.995 && v < 1) {
            return ">99%";
        }
        if (v <= 0.005 && v > 0) {
            return "<1%";
        }
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }

    /**
     * A share as {@link #share}, with one decimal under 10%: {@code 3.5%}, {@code 0.3%}, {@code
     * <0.1%}, {@code 12%} (a layoff's share of the payroll, 3.54%, read as 4%: a student's review).
     */
    public static String shareFine(double v) {
        if (v >= 0.0005 && v < 0.0995) {
            return String.format(Locale.ROOT, "%.1f%%", 100 * v);
        }
        if (v > 0 && v < 0.0005) {
            return "<0.1%";
        }
        return share(v);
    }

    /**
     * 4 significant digits (estimates and their standard errors): {@code 0.002763}, {@code 1.6};
     * from 10,000 with k/M/B as {@link #num}, which the command line shows too (written out in
     * full, 900000500 was shown 900000000, a rounded number that looked exact).
     */
    static String sig4(double v) {
        if (!Double.isFinite(v)) {
            return "\u2013";
        }
        if (v == 0) {
            return "0";
        }
        if (Math.abs(v) >= 1e4) {
            return num(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /**
     * An amount such as a team's output a month, in the style of a count: whole with thousands
     * separators from 100 ({@code 2,773}), one decimal below ({@code 63.7}, {@code 0.4}), two significant digits below 0.05 ({@code
     * 0.042}), 0 as such; a table
     * showed 2773, 594.4 and 63.67 side by side (a student's review).
     */
    static String amount(double v) {
        if (!Double.isFinite(v)) {
            return "\u2013";
        }
        if (v == 0) {
            return "0";   // none (a team not yet formed): not "0.0", nor "-0.0"
        }
        if (Math.abs(v) < 0.05) {
            // little, but not none (0.04 read as 0: a review): two significant digits
            return new java.math.BigDecimal(v).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
        }
        return Math.abs(v) >= 99.95 ? count(Math.round(v)) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A count with thousands separators: {@code 3,552}. */
    static String count(long v) {
        String digits = Long.toString(v);
        int sign = v < 0 ? 1 : 0;
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
        b.append(digits, 0, sign);
        for (int k = sign; k < digits.length(); k++) {
            if (k > sign && (digits.length() - k) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(k));
        }
        return b.toString();
    }

    /** The month {@code m} months after 1970-01 (negative before), as {@code YYYY-MM}. */
    static String month(long m) {
        long year = 1970 + Math.floorDiv(m, 12);
        int month = 1 + (int) Math.floorMod(m, 12);
        String y = Long.toString(year);
        // four digits, as the dates it labels (0470-01, not 470-01)
        return (year >= 0 && year < 1000 ? "0000".substring(y.length()) : "") + y + (month < 10 ? "-0" : "-") + month;
    }

    /**
     * The months since 1970-01 of {@code s} written {@code YYYY-MM} (the inverse of {@link
     * #month}), or {@link Long#MIN_VALUE} if {@code s} is not of that form.
     */
    static long monthIndex(String s) {
        if (s.length() != 7 || s.charAt(4) != '-') {
            return Long.MIN_VALUE;
        }
        for (int k = 0; k < 7; k++) {
            if (k != 4 && (s.charAt(k) < '0' || s.charAt(k) > '9')) {
                return Long.MIN_VALUE;
            }
        }
        int year = Integer.parseInt(s, 0, 4, 10);
        int month = Integer.parseInt(s, 5, 7, 10);
        return month < 1 || month > 12 ? Long.MIN_VALUE : (year - 1970) * 12L + month - 1;
    }

    /** The number of days in {@code month} (1–12) of {@code year} (Gregorian). */
    static int daysIn(int year, int month) {
        if (month == 2) {
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    private static String sig(double v, boolean significant) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a < 1 && significant) {
            // 4 significant digits, not 4 decimals: a confidence bound of -0.0000368 is not 0,
            // and a small rate keeps its precision; below a millionth in scientific notation
            // (as String.format's %.3e, trailing zeros dropped: 1.3e-17)
            java.math.BigDecimal r = new java.math.BigDecimal(Double.toString(v))
                    .round(new java.math.MathContext(4, java.math.RoundingMode.HALF_UP)).stripTrailingZeros();
            if (a >= 1e-6) {
                return r.toPlainString();
            }
            int exp = r.precision() - r.scale() - 1;
            String digits = r.unscaledValue().abs().toString();
            return (r.signum() < 0 ? "-" : "") + (digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1))
                    + (exp < 0 ? "e-" : "e+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 4;
        // as String.format("%.Nf"): half up on the shortest decimal form of v (Double.toString),
        // without the formatter, a large piece of code to run once in a fresh JVM
        java.math.BigDecimal r = new java.math.BigDecimal(Double.toString(v)).setScale(decimals, java.math.RoundingMode.HALF_UP);
        return r.signum() == 0 ? "0" : r.stripTrailingZeros().toPlainString();
    }

    /** Whether {@code metric} is a share or a rate between 0 and 1 (retention, morale, a monthly leaving rate, unemployment). */
    static boolean share(String metric) {
        return switch (ExperimentReport.kind(metric)) {
            case "retention", "retention_joined", "mean_morale_end", "leaving_unvested", "leaving_vested_out", "leaving_joined",
                    "market.unemployment_end" -> true;
            default -> false;
        };
    }

    /** {@code text} cut to {@code max} characters (code points), the last an ellipsis. */
    static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    /**
     * An incremental ratio in words: {@code cell}'s differences {@code dA} in metric {@code a} and
     * {@code dB} in {@code b} and their ratio, each said with the way it moved ("none: 246.3M less
     * Meta.spend and 529.3 more Meta.poached_out, 465.4k less Meta.spend for each one more
     * Meta.poached_out"), so that two falls (a saving) do not read as a price; null where a
     * difference is 0 or undefined. The numbers as {@link #num} writes them.
     */
    public static String ratioReading(String cell, String a, String b, double dA, double dB, double ratio) {
        return ratioReading(cell, a, b, dA, dB, ratio, Double.NaN, Double.NaN);
    }

    /**
     * {@link #ratioReading(String, String, String, double, double, double)}, said "not beyond
     * chance" where the ratio's 95% interval [{@code low}, {@code high}] holds 0 (a Read line
     * stated a price of 163.7k a poaching, its interval [-426.4k, +1.255M], its spend's difference
     * not beyond chance: a strategist's review).
     */
    public static String ratioReading(String cell, String a, String b, double dA, double dB, double ratio, double low, double high) {
        if (!(Math.abs(dA) > 0) || !(Math.abs(dB) > 0) || !Double.isFinite(ratio)) {
            return null;
        }
        String chance = low <= 0 && high >= 0 ? " (not beyond chance: its 95% interval holds 0)" : "";
        // better (or worse) on both, where which way is better is plain from the metrics' kinds: no
        // trade-off, so no price to read (an arm that spent 8M less and lost 7 fewer read "1.156M less
        // spend for each one less poached_out": a strategist's review)
        String dominance = org.talentsim.experiment.StandardMetrics.dominance(a, b, dA, dB);
        if (dominance.endsWith("_on_both")) {
            return cell + ": " + num(Math.abs(dA)) + " " + (dA > 0 ? "more " : "less ") + a + " and " + num(Math.abs(dB)) + " "
                    + (dB > 0 ? "more " : "less ") + b + ", " + dominance.replace('_', ' ')
                    + ": no trade-off, so no price to read" + chance;
        }
        String aWay = dA > 0 ? "more " : "less ";
        String bWay = dB > 0 ? "more " : "less ";
        // a small ratio (people per dollar) is said per a thousand, million … of b, as far as b's
        // difference reaches: "1.827 more poached_out for each 1M less spend", not "0.000001827
        // more … for each one less"
        double per = 1;
        String each = "one";
        String[] units = {"1k", "1M", "1B", "1T"};
        for (int k = 0; k < units.length && Math.abs(ratio) * per < 1 && Math.abs(dB) >= per * 1000; k++) {
            per *= 1000;
            each = units[k];
        }
        // a share or a monthly rate moves by hundredths: said per 0.01 of it ("33.44M less spend for each
        // one less retention" priced a hundred points: a strategist's review)
        if (share(b)) {
            per = 0.01;
            each = "0.01";
        }
        return cell + ": " + num(Math.abs(dA)) + " " + aWay + a + " and " + num(Math.abs(dB)) + " " + bWay + b + ", "
                + num(Math.abs(ratio) * per) + " " + aWay + a + " for each " + each + " " + bWay + b + chance;
    }

    /** One derivative taken one-sided where the moment is undefined at the other step ({@link #oneSided}). */
    public static String oneSidedPart(String target, String parameter, String difference, double nominalShare) {
        return target + " in " + parameter + " (" + difference + ", over " + (nominalShare < 0.5 ? "only " : "")
                + num(Math.round(nominalShare * 1000) / 10.0) + "% of the step)";
    }

    /**
     * The derivatives of the Jacobian taken one-sided because the moment is undefined at the other
     * step (the terminal's and the page's words; an economist's review found three of the
     * flagship's used without a word).
     */
    public static String oneSided(java.util.List<String> parts) {
        boolean cut = parts.stream().anyMatch(x -> x.contains("over only "));
        return "One-sided where the moment is undefined at the other step (a ratio over zero in every run there; jacobian.csv's"
                + " undefined_other_side): " + String.join(", ", parts) + ". Such a derivative rests on one side's runs"
                + (cut ? "; one over a step a bound cut to under half measures a jump more than a slope" : "")
                + ": more replications, or a target with larger counts, make it sure.";
    }
}
