package org.talentsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of a calibration (what was fitted to what; the estimates; the fit of each target as
 * a forest plot of its t statistic, the J test and the targets missed; the objective over the
 * search) or of a sensitivity analysis (the ranking; Morris's μ* against σ per target; Sobol's
 * indices as grouped bars when they were computed).
 */
final class CalibrationReport extends Page {
    /** |t| above this: a target the model misses. */
    static final double MISSED = 2;
    /** The objective where a moment is undefined (docs/CALIBRATION.md; the calibration's Smm.PENALTY). */
    static final double UNDEFINED = 1e30;

    private final CalibrationData d;
    /** Why J and the t's are not to be relied on ("" when nothing says so), set by the estimates' section. */
    private String shaky = "";
    /** The parameters J and the t's hold at a bound: the objective's linearisation has its minimum beyond it. */
    private final List<String> held = new ArrayList<>();

    CalibrationReport(CalibrationData d) {
        this.d = d;
    }

    @Override
    byte[] build(String version) {
        String name = d.manifest.path("scenario").asText(d.summary.path("scenario").asText("scenario"));
        String kind = d.sensitivity ? "sensitivity analysis" : "calibration";
        Html h = new Html();
        h.el("h1", name + ": " + kind);
        if (!d.spec.path("description").asText("").isBlank()) {
            List<String> paragraphs = RunReport.paragraphs(d.spec.path("description").asText());
            h.el("p", "lead", paragraphs.get(0));
            for (String p : paragraphs.subList(1, paragraphs.size())) {
                h.el("p", p);
            }
        }
        h.facts(facts());
        if (d.sensitivity) {
            sensitivity(h);
        } else {
            calibration(h);
        }
        h.manifest(d.manifest);
        return Html.page(name + " " + kind + " \u2014 talentsim report", h, version);
    }

    private Map<String, String> facts() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Calibration file", d.manifest.path("calibration_file").asText(""));
        f.put("Scenario file", d.manifest.path("scenario_file").asText(""));
        List<String> o = new ArrayList<>();
        d.spec.path("overrides").forEach(n -> o.add(n.asText()));
        f.put("Overrides", o.isEmpty() ? "none" : String.join("  ", o));
        f.put("Seed", d.manifest.path("seed").asText(""));
        String r = d.setting("replications", true, "10");
        if (d.sensitivity) {
            f.put("Morris", d.setting("trajectories", false, "10") + " trajectories on a grid of " + d.setting("levels", false, "4")
                    + " levels, R = " + d.setting("replications", false, r) + " runs per point");
            String n = d.setting("sobol", false, "0");
            f.put("Sobol", n.equals("0") ? "not computed (sensitivity: {sobol: N} in the file)" : "base sample N = " + n
                    + " (Saltelli)");
        } else {
            f.put("Replications", "R = " + d.summary.path("replications").asText(r) + " runs per evaluation, the same seeds at"
                    + " every evaluation");
            int starts = d.summary.path("starts").asInt(1);
            f.put("Search", d.summary.path("optimizer").asText("") + ", " + starts + " start" + (starts == 1 ? "" : "s") + ": "
                    + d.summary.path("evaluations").asText("?") + " evaluations (parameter vectors)");
        }
        String threads = d.manifest.path("threads").asText("?");
        f.put("This time", d.manifest.path("runs_now").asText("?") + " runs in " + d.manifest.path("wall_seconds").asText("?")
                + " s on " + threads + (threads.equals("1") ? " thread" : " threads") + " (runs already in the journal are not made"
                + " again)");
        return f;
    }

    private void calibration(Html h) {
        h.raw("<h2 id=\"estimates\">Estimates</h2>\n");
        Csv e = d.estimates;
        List<List<String>> rows = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        List<String> beyond = new ArrayList<>();
        List<String> atBound = new ArrayList<>();
        List<String> rough = new ArrayList<>();
        boolean units = false;
        for (String[] row : e.rows()) {
            units |= !d.parameter(Csv.cell(row, e.col("parameter"))).path("unit").asText("").isEmpty();
        }
        // the derivatives undefined (the moment undefined at the estimate, or at every point of the
        // step: at a bound there is one), which leave their parameters without an se: the page called
        // them "not identified by these targets" where a target moved them (a re-check of the day's fixes)
        List<String> undefinedG = new ArrayList<>();
        java.util.Set<String> noDerivative = new java.util.HashSet<>();
        if (d.jacobian != null && d.jacobian.has("derivative")) {
            Csv g = d.jacobian;
            for (String[] row : g.rows()) {
                if (!Double.isFinite(g.num(row, g.col("derivative")))) {
                    undefinedG.add(Csv.cell(row, g.col("target")) + " in " + Csv.cell(row, g.col("parameter")));
                    noDerivative.add(Csv.cell(row, g.col("parameter")));
                }
            }
        }
        for (String[] row : e.rows()) {
            String p = Csv.cell(row, e.col("parameter"));
            // (no slope_gap in folders written before 2026-12-05)
            // (and only where there is an se to distrust: one said "not smooth, the se rests on a kink" of
            // a parameter with no se, an economist's review)
            if (e.has("slope_gap") && e.num(row, e.col("slope_gap")) > org.talentsim.calibration.Calibrator.ROUGH
                    && !Double.isNaN(e.num(row, e.col("se")))) {
                rough.add(p + " (" + Fmt.sig4(e.num(row, e.col("slope_gap"))) + ")");
            }
            if (Csv.cell(row, e.col("bound_hit")).equalsIgnoreCase("true")) {
                atBound.add(p);
            }
            // (no held_at_bound in folders written before 2026-12-05)
            if (e.has("held_at_bound") && Csv.cell(row, e.col("held_at_bound")).equalsIgnoreCase("true")) {
                held.add(p);
            }
            JsonNode spec = d.parameter(p);
            double lo = e.num(row, e.col("ci_low"));
            double hi = e.num(row, e.col("ci_high"));
            double lower = spec.path("lower").asDouble(Double.NaN);
            double upper = spec.path("upper").asDouble(Double.NaN);
            double se = e.num(row, e.col("se"));
            int identified = e.has("identified") ? e.col("identified") : -1;   // (not in folders written before 2026-12-04: the same rule)
            if (identified >= 0 ? Csv.cell(row, identified).equalsIgnoreCase("false") : upper > lower && !(se <= upper - lower)) {
                wide.add(p);
            } else if ((lo < lower || hi > upper) && !Csv.cell(row, e.col("bound_hit")).equalsIgnoreCase("true")) {
                beyond.add(p);
            }
            List<String> cells = new ArrayList<>(List.of(p, spec.path("path").asText(""), "[" + Fmt.sig4(lower) + ", " + Fmt.sig4(upper) + "]",
                    spec.has("start") ? Fmt.sig4(spec.path("start").asDouble(Double.NaN)) : "middle",
                    Fmt.sig4(e.num(row, e.col("estimate"))), Fmt.sig4(se),
                    Double.isNaN(se) ? "" : "[" + Fmt.sig4(lo) + ", " + Fmt.sig4(hi) + "]"));
            if (units) {
                cells.add(spec.path("unit").asText(""));   // of the range, start, estimate, se and CI
            }
            // each row's verdict beside it (said only in sentences under the table, and estimates.csv's usable
            // not at all: a calibration review)
            List<String> status = new ArrayList<>();
            if (Csv.cell(row, e.col("bound_hit")).equalsIgnoreCase("true")) {
                status.add("at a bound");
            }
            if (wide.contains(p) && Double.isNaN(se) && noDerivative.contains(p)) {
                status.add("no se: a derivative undefined");
            } else if (wide.contains(p)) {
                status.add("not identified");
            } else if (beyond.contains(p)) {
                status.add("weakly identified");
            }
            if (rough.stream().anyMatch(x -> x.startsWith(p + " ("))) {
                status.add("not smooth");
            }
            if (held.contains(p)) {
                status.add("held at bound");
            }
            boolean usable = e.has("usable") ? Csv.cell(row, e.col("usable")).equalsIgnoreCase("true") : status.isEmpty();
            cells.add(status.isEmpty() ? (usable ? "usable" : "") : String.join(", ", status));
            rows.add(cells);
        }
        h.raw("<div class=\"scroll\">");
        h.table("estimates", units ? List.of("parameter", "path", "range", "start", "estimate", "se", "95% CI", "unit", "status")
                : List.of("parameter", "path", "range", "start", "estimate", "se", "95% CI", "status"), rows,
                k -> k >= 4 && k <= 6);
        h.raw("</div>\n");
        h.el("p", "note", "95% CI: estimate \u00b1 1.96 se, the SMM sandwich; the moments' covariance is the data's (se\u00b2"
                + " for a target with an se) plus the simulation noise of R replications (docs/CALIBRATION.md). status: usable"
                + " (estimates.csv's usable: identified, its interval inside the range, not at a bound, smooth), or what keeps"
                + " it from being so. At a bound: the estimate lies at a bound of its range (within 1% of it), where the se is not to be"
                + " trusted" + (atBound.isEmpty() ? "." : ": " + String.join(", ", atBound) + " (widen the range, or fix the"
                + " parameter).") + (wide.isEmpty() ? "" : undefinedG.isEmpty() ? " Not identified by these targets (an se larger than"
                + " the whole range, or undefined): " + String.join(", ", wide) + "." : " No se's and no J: the derivative of "
                + String.join(", ", undefinedG) + " is undefined (the simulated moment is undefined, e.g. a ratio over zero, at the"
                + " estimate or at every point of the Jacobian's step: both sides, or the one a bound leaves; jacobian.csv): more"
                + " replications, or a target with larger counts.") + (beyond.isEmpty() ? "" : " Weakly identified, the 95% CI reaching beyond"
                + " the range searched (the interval is not cut at the bounds): " + String.join(", ", beyond) + ".")
                + (rough.isEmpty() ? "" : " Not smooth at the Jacobian's step (the moments' one-sided slopes differ by more"
                + " than their size, slope_gap in estimates.csv: a kink, a jump or noise, which the central difference"
                + " averages away), so the se is not to be trusted: " + String.join(", ", rough) + ".")
                // as the terminal says it (a calibration review: missing on the page)
                + ((!wide.isEmpty() || !beyond.isEmpty()) && d.spec.path("starts").asInt(1) == 1 ? " One start (starts: 1): a"
                + " parameter the targets barely move tends to stay near where the search began, whatever its truth; starts: 3"
                + " searches from more points and keeps the lowest objective." : ""));

        // a search stopped by its budget, or an estimate moved to a point of its Jacobian (an economist's review)
        boolean spent = d.summary.path("budget_spent").asBoolean(false);
        int moves = d.summary.path("jacobian_moves").asInt(0);
        if (spent || moves > 0) {
            h.el("p", "warn", "Stopped short: " + Fmt.stoppedShort(spent, moves, d.spec.path("max_evaluations").asInt(0))
                    + ", so the estimate may move and its se's are less sure than a converged search's; raise max_evaluations.");
        }
        // the derivatives taken one-sided where the moment is undefined at the other step (an economist's review)
        List<String> oneSided = new ArrayList<>();
        for (JsonNode o : d.summary.path("one_sided_derivatives")) {
            oneSided.add(Fmt.oneSidedPart(o.path("target").asText(), o.path("parameter").asText(), o.path("difference").asText(),
                    o.path("nominal_share").asDouble(Double.NaN)));
        }
        if (!oneSided.isEmpty()) {
            h.el("p", "warn", Fmt.oneSided(oneSided));
        } else if (!d.summary.has("one_sided_derivatives")) {
            // an older folder cannot tell (a re-check of the day's fixes: its quit_base read usable from an empty gap)
            h.el("p", "note", "This folder was written before the derivatives taken one-sided where a moment is undefined were"
                    + " recorded (2026-12-07: jacobian.csv's undefined_other_side), and before the slope gap left such a moment"
                    + " out: its empty slope gaps may hide one; calibrate again to tell.");
        }
        List<String> why = new ArrayList<>();
        if (!rough.isEmpty()) {
            why.add("the moments are not smooth in " + String.join(", ", rough.stream().map(x -> x.substring(0, x.indexOf(" ("))).toList()));
        }
        if (!atBound.isEmpty()) {
            why.add(String.join(", ", atBound) + (atBound.size() == 1 ? " is" : " are") + " at a bound");
        }
        double objective = d.summary.path("objective").asDouble(Double.NaN);
        double linearised = d.summary.path("objective_linearised_minimum").asDouble(Double.NaN);   // (since 2026-12-05)
        boolean shortOf = linearised < org.talentsim.calibration.Calibrator.STOPPED_SHORT * objective;
        if (shortOf) {
            why.add("the estimate is short of a minimum (a step of the parameters would take the linearised objective from "
                    + Fmt.sig4(objective) + " to " + Fmt.sig4(linearised) + ")");
        }
        shaky = String.join("; ", why);
        h.raw("<h2 id=\"fit\">Fit to the targets</h2>\n");
        Csv m = d.moments;
        List<ExperimentCharts.Row> fit = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> undefined = new ArrayList<>();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        String within = "|t| \u2264 2";
        String out = "|t| > 2: missed";
        // folders of builds before 2026-12-04 have no residual_se: their t was divided by se
        boolean fitSe = m.has("residual_se");
        // folders since 2026-12-05: t divides the miss at the linearised minimum, shown when it
        // differs from observed − simulated (a search that stopped a step short)
        boolean offMinimum = false;
        if (m.has("linearised_miss")) {
            for (String[] row : m.rows()) {
                double rse = m.num(row, m.col("residual_se"));
                double scale = rse > 0 ? rse : m.num(row, m.col("se"));
                double gap = m.num(row, m.col("observed")) - m.num(row, m.col("simulated"));
                offMinimum |= scale > 0 && Double.isFinite(gap) && Math.abs(m.num(row, m.col("linearised_miss")) - gap) > 0.01 * scale;
            }
        }
        // what t divides by: the fit se where the parameters are identified, the se where not (all
        // "–": the axis said "/ fit se" of t's divided by the se, a strategist's review)
        int withFitSe = 0;
        for (String[] row : fitSe ? m.rows() : List.<String[]>of()) {
            withFitSe += Double.isNaN(m.num(row, m.col("residual_se"))) ? 0 : 1;
        }
        String divisor = !fitSe || withFitSe == 0 ? "se" : withFitSe == m.rows().size() ? "fit se" : "fit se (se where it is \u2013)";
        List<String> exact = new ArrayList<>();
        for (String[] row : m.rows()) {
            String target = Csv.cell(row, m.col("target"));
            double t = m.num(row, m.col("t"));
            double se = m.num(row, m.col("se"));
            double gap = m.num(row, m.col("observed")) - m.num(row, m.col("simulated"));
            boolean miss = Math.abs(t) > MISSED;
            if (miss) {
                missed.add(target + " (t = " + String.format(Locale.ROOT, "%.2f", t) + ")");
            } else if (se == 0 && gap != 0) {
                // the simulated moment does not vary and the target has no se: t is infinite
                missed.add(target + " (se 0: the simulated moment does not vary, and differs from the observed)");
            } else if (se == 0 && gap == 0) {
                continue; // reached exactly (t is 0 / 0)
            } else if (fitSe && Double.isNaN(t) && se > 0 && m.num(row, m.col("residual_se")) == 0 && Double.isFinite(gap)) {
                exact.add(target);   // the parameters fit it exactly: no residual noise left, no t
            } else if (!Double.isFinite(t)) {
                undefined.add(target);   // a simulated moment undefined (a ratio over zero), or no se
            }
            if (Double.isFinite(t)) {
                fit.add(new ExperimentCharts.Row(target, miss ? out : within, t, t - 1.96, t + 1.96));
            }
            List<String> cells = new ArrayList<>(List.of(target, Fmt.sig4(m.num(row, m.col("observed"))),
                    Fmt.sig4(m.num(row, m.col("simulated")))));
            if (offMinimum) {
                // 0 within rounding of the se (an exact fit showed 3.886e-17: an economist's review)
                double scale = fitSe && m.num(row, m.col("residual_se")) > 0 ? m.num(row, m.col("residual_se")) : se;
                cells.add(Fmt.sig4(Fmt.missShown(m.num(row, m.col("linearised_miss")), scale)));
            }
            cells.add(Fmt.sig4(m.num(row, m.col("se"))));
            if (fitSe) {
                double rse = m.num(row, m.col("residual_se"));
                cells.add(Double.isNaN(rse) ? "\u2013" : rse == 0 && se > 0 ? "0" : Fmt.sig4(rse));
            }
            cells.add(Double.isFinite(t) ? String.format(Locale.ROOT, "%.2f", t) : "\u2013");
            table.add(cells);
            String source = d.target(target).path("source").asText("");
            if (!source.isBlank()) {
                sources.computeIfAbsent(source, k -> new ArrayList<>()).add(target);
            }
        }
        h.raw("<div class=\"stack\">\n");
        if (!fit.isEmpty()) {
            List<String> arms = java.util.stream.Stream.of(within, out)
                    .filter(a -> fit.stream().anyMatch(r -> r.arm().equals(a))).toList();
            String title = "Each target's distance to the model, in standard errors";
            String x = "t = (" + (offMinimum ? "miss at min" : "observed \u2212 simulated") + ") / " + divisor
                    + ", with \u00b11.96";
            add(h, new Figure("fit", title, x, "target", "A bar that crosses the zero line is a target the model reaches at the"
                    + " estimate; right of zero the model simulates less than observed, left of it more." + (exact.isEmpty() ? ""
                    : " Not drawn: " + String.join(", ", exact) + ", fitted exactly (fit se 0: no t)."),
                    ExperimentCharts.forest(title, x, "target", fit, arms), 640, Math.max(300, 150 + 24 * fit.size())));
        }
        h.raw("<div>\n<div class=\"scroll\">");
        h.table("moments", offMinimum ? List.of("target", "observed", "simulated", "miss at min", "se", "fit se", "t")
                : fitSe ? List.of("target", "observed", "simulated", "se", "fit se", "t")
                : List.of("target", "observed", "simulated", "se", "t"), table, k -> k >= 1);
        h.raw("</div>\n");
        h.el("p", "note", fitSe ? "se: the standard error of observed \u2212 simulated at a fixed parameter vector (the"
                + " target's own and the simulation's noise); fit se: at the estimate, which was chosen to fit the targets,"
                + " so mostly smaller (0 for a target the parameters fit exactly, which has no t; \u2013 where the parameters are not"
                + " identified together, and t divides by se); " + (offMinimum && !fit.isEmpty()
                ? "t = miss at min / " + divisor + ", where miss at min is the miss left at the minimum of the objective's"
                + " linearisation, as J uses it: the part of observed \u2212 simulated that a step of the parameters would"
                + " remove is not a miss of the model" + (shortOf ? " (here the search stopped a step short of the minimum)." : ".")
                : "t = (observed \u2212 simulated) / " + divisor + (offMinimum ? ". " + (shortOf ? "Here the search stopped a step short"
                + " of the minimum, where" : "At the minimum of the objective's linearisation") + " the parameters fit every target"
                + " exactly (miss at min 0): no t." : "."))
                : "se: the standard error of observed \u2212 simulated (the target's own and the simulation's noise);"
                + " t = (observed \u2212 simulated) / se (written by an earlier build).");
        if (!sources.isEmpty()) {
            List<String> s = new ArrayList<>();
            sources.forEach((source, ts) -> s.add(String.join(", ", ts) + ": " + source));
            h.el("p", "note sources", "Sources (as the calibration file gives them): " + String.join("; ", s) + ".");
        }
        h.el("p", "j", jTest());
        if (!exact.isEmpty()) {
            h.el("p", "note", "Fit exactly by the parameters (no noise left in observed \u2212 simulated at the estimate, so no t): "
                    + String.join(", ", exact) + ".");
        }
        // a ratio over a handful of events (the flagship's 8 : 8 was 8 moves over 1 in 20 runs: an economist's review)
        List<String> few = fewEvents();
        if (!few.isEmpty()) {
            h.el("p", "warn", "Few events: " + String.join("; ", few) + " over the " + d.summary.path("replications").asInt()
                    + " runs at the estimate, fewer than " + org.talentsim.calibration.Calibrator.FEW_EVENTS + Fmt.FEW_EVENTS_TAIL
                    + "; more replications, or a ratio of larger counts.");
        }
        String verdict = missed.isEmpty() && undefined.isEmpty()
                ? "The model reaches every target: all are within 2 standard errors at the estimate."
                : (missed.isEmpty() ? "" : (shaky.isEmpty() ? "Targets the model misses (|t| > 2): "
                        // the t's are not to be relied on here (J's sentence says why): a ratio matched within
                        // 0.06 se was listed as missed at t = -3.28 (a calibration review)
                        : "Targets with |t| > 2, which here need not be misses (the t's are not to be relied on: see J above): ")
                        + String.join(", ", missed) + ". "
                        + (m.rows().size() >= 5 ? "Each t is a test of its own: with " + m.rows().size() + " targets, about "
                        + Fmt.sig4(m.rows().size() * 0.05) + " lie beyond \u00b12 by chance when the model fits them all,"
                        + " which J tests jointly. " : ""))
                        + (undefined.isEmpty() ? "" : "Targets with no t (the simulated moment is undefined, e.g. a ratio over"
                                + " zero, or its se is not finite), which the fit could not use: " + String.join(", ", undefined) + ".");
        h.el("p", "missed", verdict.strip());
        h.raw("</div>\n</div>\n");

        trace(h);
    }

    /**
     * The ratio targets whose denominator counts fewer than {@link
     * org.talentsim.calibration.Calibrator#FEW_EVENTS} events over the runs at the estimate
     * (moments.csv's {@code denominator_events}), each as "T (its denominator, D, adds up to N
     * events)"; none for a folder written before the column.
     */
    private List<String> fewEvents() {
        Csv m = d.moments;
        List<String> out = new ArrayList<>();
        if (!m.has("denominator_events")) {
            return out;
        }
        for (String[] row : m.rows()) {
            String target = Csv.cell(row, m.col("target"));
            double events = m.num(row, m.col("denominator_events"));
            String denominator = d.target(target).path("ratio").path(1).asText("");
            if (Double.isFinite(events) && events < org.talentsim.calibration.Calibrator.FEW_EVENTS) {
                out.add(Fmt.fewEvents(target, denominator, Fmt.sig4(events), events == 1));
            }
        }
        return out;
    }

    private String jTest() {
        int df = d.summary.path("df").asInt(0);
        double j = d.summary.path("j").asDouble(Double.NaN);
        double p = d.summary.path("p_value").asDouble(Double.NaN);
        String objective = "Objective at the estimate " + Fmt.sig4(d.summary.path("objective").asDouble(Double.NaN)) + ". ";
        if (df <= 0) {
            return objective + "Exactly identified (as many targets as parameters): no J test of the over-identifying"
                    + " restrictions.";
        }
        if (!Double.isFinite(j)) {
            return objective + "J undefined: the covariance of the moments is singular, or the parameters are not identified together.";
        }
        return objective + String.format(Locale.ROOT, "J = %s on %d degree%s of freedom, p = %s: ", Fmt.sig4(j), df,
                df == 1 ? "" : "s", Fmt.p(p)) + (p < 0.05 ? "the targets are further from the model, jointly, than their"
                + " standard errors allow (rejected at 5%)." : "the model fits the targets jointly within their noise (not"
                + " rejected at 5%).") + (held.isEmpty() ? "" : " J and the t's hold " + String.join(", ", held) + " at "
                + (held.size() == 1 ? "its bound: the objective's linearisation has its minimum beyond it" : "their bounds: the"
                + " objective's linearisation has its minimum beyond them") + ", so they measure the fit the model can reach"
                + " inside the ranges.") + (shaky.isEmpty() ? "" : " Not to be relied on, nor the t's: both assume moments smooth"
                + " at the Jacobian's step around a minimum inside the range, and " + shaky + ".");
    }

    private void trace(Html h) {
        h.raw("<h2 id=\"search\">The search</h2>\n");
        Csv t = d.trace;
        Map<String, List<double[]>> byPhase = new LinkedHashMap<>();
        List<double[]> best = new ArrayList<>();
        double min = Double.MAX_VALUE;
        double max = 0;
        int undefined = 0;
        for (String[] row : t.rows()) {
            double step = t.num(row, t.col("step"));
            double q = t.num(row, t.col("objective"));
            double b = t.num(row, t.col("best"));
            if (q >= UNDEFINED) {
                undefined++;
            } else if (Double.isFinite(q)) {
                byPhase.computeIfAbsent(Csv.cell(row, t.col("phase")), k -> new ArrayList<>()).add(new double[] {step, q});
                if (q > 0) {
                    min = Math.min(min, q);
                    max = Math.max(max, q);
                }
            }
            if (Double.isFinite(b) && b < UNDEFINED) {
                best.add(new double[] {step, b});
            }
        }
        if (byPhase.isEmpty()) {
            h.el("p", "note", "trace.csv has no finite objective to draw.");
            return;
        }
        boolean log = max > 0 && max / min > Charts.LOG_RATIO;
        String title = "The objective over the search";
        String x = "call of the objective (in the search's order)";
        String y = "objective (weighted squared distance)" + (log ? " (log scale)" : "");
        h.raw("<div class=\"grid\">\n");
        add(h, new Figure("trace", title, x, y, "Whether the search settled: the best-so-far line flat over each start's last"
                + " calls, and the starts ending at the same level; the Jacobian's points lie about the estimate.",
                CalibrationCharts.trace(title, x, y, byPhase, best, log), 640, 400));
        h.raw("</div>\n");
        if (undefined > 0) {
            h.el("p", "note", undefined + " call" + (undefined == 1 ? "" : "s") + " of the objective met an undefined moment (a ratio"
                    + " over zero, a NaN metric), where the objective is 10\u00b3\u2070: not drawn.");
        }
    }

    private void sensitivity(Html h) {
        h.raw("<h2 id=\"ranking\">Ranking</h2>\n");
        Csv r = d.ranking;
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : r.rows()) {
            String p = Csv.cell(row, r.col("parameter"));
            rows.add(List.of(Csv.cell(row, r.col("rank")), p, d.parameter(p).path("path").asText(""),
                    Fmt.sig4(r.num(row, r.col("sum_mu_star_per_se")))));
        }
        h.table("ranking", List.of("rank", "parameter", "path", "sum of \u03bc*/se"), rows, k -> k == 0 || k == 3);
        List<String> undefinedOn = new ArrayList<>();
        if (r.has("targets_undefined")) {   // (since 2026-12-07)
            for (String[] row : r.rows()) {
                int n = (int) r.num(row, r.col("targets_undefined"));
                if (n > 0) {
                    undefinedOn.add(Csv.cell(row, r.col("parameter")) + " (" + n + ")");
                }
            }
        }
        h.el("p", "note", "\u03bc*: the mean absolute change of a target when the parameter crosses its whole range (Morris's"
                + " elementary effects); \u03bc*/se: in units of the target's standard error, so that targets add up; parameters"
                + " ranked by the sum over the targets." + (undefinedOn.isEmpty() ? "" : " Not in the sums, the targets where none"
                + " of a parameter's effects is defined (r = 0, e.g. a ratio over 0 at every point): " + String.join(", ", undefinedOn)
                + "; its rank leaves them out, it does not find them unmoved."));

        h.raw("<h2 id=\"morris\">Morris: \u03bc* against \u03c3 per target</h2>\n");
        Csv e = d.effects;
        Map<String, Map<String, double[]>> byTarget = new LinkedHashMap<>();
        List<List<String>> table = new ArrayList<>();
        for (String[] row : e.rows()) {
            String p = Csv.cell(row, e.col("parameter"));
            String target = Csv.cell(row, e.col("target"));
            double muStar = e.num(row, e.col("mu_star"));
            double sigma = e.num(row, e.col("sigma"));
            if (Double.isFinite(muStar) && Double.isFinite(sigma)) {
                byTarget.computeIfAbsent(target, k -> new LinkedHashMap<>()).put(p, new double[] {muStar, sigma});
            }
            table.add(List.of(p, target, Fmt.sig4(muStar), Fmt.sig4(e.num(row, e.col("mu"))), Fmt.sig4(sigma),
                    Fmt.sig4(e.num(row, e.col("mu_star_per_se"))), Csv.cell(row, e.col("r"))));
        }
        h.raw("<div class=\"grid\">\n");
        int n = 0;
        for (Map.Entry<String, Map<String, double[]>> t : byTarget.entrySet()) {
            if (n++ == ExperimentReport.MAX_CHARTS) {
                h.el("p", "note", "Charts for the first " + ExperimentReport.MAX_CHARTS + " targets; the table below has them all.");
                break;
            }
            String unit = d.unit(t.getKey());
            String title = "Morris: " + t.getKey();
            String x = "\u03bc*, mean |effect| over the range " + unit;
            String y = "\u03c3 of the effects " + unit;
            add(h, new Figure("morris-" + Ids.of(t.getKey()), title, x, y, "Right: parameters that move " + t.getKey()
                    + "; high above the dashed diagonal: effects that change with the other parameters (interactions or"
                    + " non-linearity); near the origin: negligible.", CalibrationCharts.morris(title, x, y, t.getValue()),
                    640, 420));
        }
        h.raw("</div>\n<div class=\"scroll\">");
        h.table("effects", List.of("parameter", "target", "\u03bc*", "\u03bc", "\u03c3", "\u03bc*/se", "r"), table, k -> k >= 2);
        h.raw("</div>\n");
        // which rest on fewer trajectories than asked, and why (a ranking's third place rested on one: a calibration review)
        String asked = d.setting("trajectories", false, "10");
        int trajectories = asked.matches("\\d{1,6}") ? Integer.parseInt(asked) : Integer.MAX_VALUE;
        List<String> fewer = new ArrayList<>();
        for (String[] row : e.rows()) {
            String effects = Csv.cell(row, e.col("r"));
            if (effects.matches("\\d{1,6}") && Integer.parseInt(effects) < trajectories) {
                fewer.add(Csv.cell(row, e.col("parameter")) + " on " + Csv.cell(row, e.col("target")) + " (" + effects + ")");
            }
        }
        h.el("p", "note", "\u03bc: the mean effect with its sign; \u03c3: the standard deviation of the effects; r: the"
                + " elementary effects behind them (one per trajectory)." + (fewer.isEmpty() || trajectories == Integer.MAX_VALUE ? "" : " Fewer than the "
                + trajectories + " trajectories where the target is undefined at a point (a ratio over 0): less to rest on, "
                + String.join(", ", fewer) + "."));
        if (d.sobol != null) {
            sobol(h);
        }
    }

    private void sobol(Html h) {
        h.raw("<h2 id=\"sobol\">Sobol indices</h2>\n");
        Csv s = d.sobol;
        Map<String, org.jfree.data.category.DefaultCategoryDataset> byTarget = new LinkedHashMap<>();
        int base = 0;
        for (String[] row : s.rows()) {
            String p = Csv.cell(row, s.col("parameter"));
            var ds = byTarget.computeIfAbsent(Csv.cell(row, s.col("target")), k -> new org.jfree.data.category.DefaultCategoryDataset());
            ds.addValue(s.num(row, s.col("first_order")), "first order (alone)", Charts.text(p));
            ds.addValue(s.num(row, s.col("total_order")), "total order (with interactions)", Charts.text(p));
            base = (int) s.num(row, s.col("n"));
        }
        String noise = String.format(Locale.ROOT, "%.2f", 1 / Math.sqrt(Math.max(1, base)));
        boolean intervals = s.has("first_ci_low");
        h.el("p", "note", "Saltelli's estimators on a base sample of N = " + base + " points" + (intervals
                ? ", each with its 95% bootstrap interval (the N base rows resampled with replacement): an index above 1 or"
                        + " below 0 is noise" + (base < 64 ? ", and on a base sample under 64 even its interval may lie wholly"
                        + " outside [0, 1] (the bootstrap understates the noise of so few rows: an interval of [1.005, 1.786] at"
                        + " N = 16, an economist's review); 64 or more to read them" : "") + "; their noise is of the order of"
                        + " 1/\u221aN = " + noise + "."
                : ": point estimates without confidence intervals (this sobol.csv has none); their noise is of the order of"
                        + " 1/\u221aN = " + noise + "."));
        if (intervals) {
            List<List<String>> rows = new ArrayList<>();
            for (String[] row : s.rows()) {
                rows.add(List.of(Csv.cell(row, s.col("parameter")), Csv.cell(row, s.col("target")),
                        withInterval(s, row, "first_order", "first_ci_low", "first_ci_high"),
                        withInterval(s, row, "total_order", "total_ci_low", "total_ci_high")));
            }
            h.table("sobol", List.of("parameter", "target", "first order [95% CI]", "total order [95% CI]"), rows, k -> k >= 2);
        }
        h.raw("<div class=\"grid\">\n");
        int n = 0;
        for (Map.Entry<String, org.jfree.data.category.DefaultCategoryDataset> t : byTarget.entrySet()) {
            if (n++ == ExperimentReport.MAX_CHARTS) {
                h.el("p", "note", "Charts for the first " + ExperimentReport.MAX_CHARTS + " targets; sobol.csv has them all.");
                break;
            }
            String title = "Sobol indices: " + t.getKey();
            String x = "parameter";
            String y = "index (share of the target's variance)";
            add(h, new Figure("sobol-" + Ids.of(t.getKey()), title, x, y, "A tall total-order bar: the parameter matters for "
                    + t.getKey() + "; total well above first order: through interactions; differences under " + noise
                    + " are noise.", CalibrationCharts.bars(title, x, y, t.getValue()), 640, 400));
        }
        h.raw("</div>\n");
    }

    /** An index with its interval, {@code 0.412 [0.301, 0.533]}; the index alone where the interval is empty. */
    private static String withInterval(Csv s, String[] row, String value, String low, String high) {
        String v = Csv.cell(row, s.col(value));
        if (v.isEmpty()) {
            return "-";
        }
        String lo = Csv.cell(row, s.col(low));
        String hi = Csv.cell(row, s.col(high));
        return three(s.num(row, s.col(value))) + (lo.isEmpty() || hi.isEmpty() ? ""
                : " [" + three(s.num(row, s.col(low))) + ", " + three(s.num(row, s.col(high))) + "]");
    }

    private static String three(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
