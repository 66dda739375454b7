package org.talentsim.calibration;

import java.util.List;
import org.talentsim.internal.Num;
import org.talentsim.io.ScenarioFiles;

/** The text of a calibration's result files (CSV and JSON, numbers as {@link Num} writes them). */
final class Reports {
    private Reports() {}

    static String estimates(Calibrator.Result r) {
        // ci_beyond_range: the 95% interval reaches past the range searched (weakly identified, or at a bound)
        // unit: the parameter's as the file gives it (k: thousands of USD): 250 read as $250 by
        // whoever joined the file to other data (a calibrator's review)
        StringBuilder b = new StringBuilder("parameter,estimate,se,ci_low,ci_high,bound_hit,identified,ci_beyond_range,slope_gap,held_at_bound,unit,usable\n");
        List<Calibrator.ParameterEstimate> es = r.estimates();
        for (int j = 0; j < es.size(); j++) {
            Calibrator.ParameterEstimate e = es.get(j);
            Calibration.Parameter p = r.calibration().parameters().get(j);
            b.append(e.parameter()).append(',').append(Num.format(e.estimate())).append(',').append(Num.format(e.se()))
                    .append(',').append(Num.format(e.ciLow())).append(',').append(Num.format(e.ciHigh())).append(',')
                    .append(flag(e.boundHit())).append(',').append(flag(e.identified())).append(',')
                    .append(flag(!Double.isNaN(e.se()) && e.ciBeyond(p.lower(), p.upper()))).append(',')
                    .append(Num.format(e.slopeGap())).append(',').append(flag(e.heldAtBound())).append(',')
                    .append(p.unit()).append(',').append(flag(e.usable(p.lower(), p.upper()))).append('\n');
        }
        return b.toString();
    }

    /**
     * A flag as {@code TRUE} or {@code FALSE}, which R's {@code read.csv}, readr, data.table and
     * pandas all read as logical (R's {@code read.csv} read "true"/"false" as text, and
     * {@code e$parameter[e$ci_beyond_range == TRUE]} found no weakly identified parameter: an R
     * user's review).
     */
    static String flag(boolean b) {
        return org.talentsim.internal.Num.flag(b);
    }

    static String moments(Calibrator.Result r) {
        // weight and observed_se: the target's weight in W (1/se² for a target given with an se) and
        // its se as given, so the folder's CSVs alone check every se, t and J (the weights were in
        // calibration.yaml only, which R reads with a YAML parser: an R user's review)
        // unit: the target's, as summary.csv gives a metric's (a calibrator's review found none in the folder)
        // denominator_mean and denominator_events: a ratio's denominator per run at the estimate, and the
        // events behind the ratio (the flagship's 8 : 8 rested on one move in 20 runs, an economist's review)
        StringBuilder b = new StringBuilder("target,observed,simulated,se,residual_se,t,linearised_miss,weight,observed_se,unit,"
                + "denominator_mean,denominator_events\n");
        List<Calibration.Target> targets = r.calibration().targets();
        for (int k = 0; k < r.moments().size(); k++) {
            Calibrator.MomentFit m = r.moments().get(k);
            Calibration.Target t = targets.get(k);
            b.append(m.target()).append(',').append(Num.format(m.observed())).append(',').append(Num.format(m.simulated()))
                    .append(',').append(Num.format(m.se())).append(',').append(Num.format(m.residualSe())).append(',')
                    .append(Num.format(m.t())).append(',').append(Num.format(m.linearisedMiss())).append(',')
                    .append(Num.format(t.weight())).append(',').append(Num.format(t.se())).append(',').append(unit(t))
                    .append(',').append(Num.format(m.denominator())).append(',').append(Num.format(m.denominatorEvents()))
                    .append('\n');
        }
        return b.toString();
    }

    /**
     * A target's unit: its metric's ({@link org.talentsim.experiment.StandardMetrics#unit}, empty
     * for a metric of one's own); for a ratio, {@code ratio} when both metrics have the same unit,
     * else {@code A per B}, or empty when either has none.
     */
    static String unit(Calibration.Target t) {
        String u = org.talentsim.experiment.StandardMetrics.unit(t.metric());
        if (!t.isRatio()) {
            return u;
        }
        String d = org.talentsim.experiment.StandardMetrics.unit(t.denominator());
        return u.isEmpty() || d.isEmpty() ? "" : u.equals(d) ? "ratio" : u + " per " + d;
    }

    /** Σ in long form: {@code target,other,covariance}, every pair of targets (K² rows). */
    static String covariance(Calibrator.Result r) {
        StringBuilder b = new StringBuilder("target,other,covariance\n");
        double[][] sigma = r.sigma();
        List<Calibrator.MomentFit> ms = r.moments();
        for (int k = 0; k < sigma.length; k++) {
            for (int l = 0; l < sigma.length; l++) {
                b.append(ms.get(k).target()).append(',').append(ms.get(l).target()).append(',').append(Num.format(sigma[k][l]))
                        .append('\n');
            }
        }
        return b.toString();
    }

    /**
     * G in long form: {@code target,parameter,derivative,difference,step,nominal_share,undefined_other_side},
     * in the parameter's units (K × P rows), with how each was taken ({@link Calibrator.Derivative}).
     */
    static String jacobian(Calibrator.Result r) {
        StringBuilder b = new StringBuilder("target,parameter,derivative,difference,step,nominal_share,undefined_other_side\n");
        double[][] g = r.jacobian();
        Calibrator.Derivative[][] how = r.derivatives();
        List<Calibrator.MomentFit> ms = r.moments();
        for (int k = 0; k < g.length; k++) {
            for (int j = 0; j < g[k].length; j++) {
                Calibrator.Derivative d = how[k][j];
                b.append(ms.get(k).target()).append(',').append(r.estimates().get(j).parameter()).append(',')
                        .append(Num.format(g[k][j])).append(',').append(d.difference()).append(',').append(Num.format(d.step()))
                        .append(',').append(Num.format(d.nominalShare())).append(',').append(d.undefinedOtherSide() ? "TRUE" : "FALSE")
                        .append('\n');
            }
        }
        return b.toString();
    }

    static String trace(Calibration c, Calibrator.Result r) {
        StringBuilder b = new StringBuilder("step,phase,evaluation,objective,best");
        for (Calibration.Parameter p : c.parameters()) {
            b.append(',').append(p.name());
        }
        b.append('\n');
        for (Calibrator.TraceRow t : r.trace()) {
            b.append(t.step()).append(',').append(t.phase()).append(',').append(t.evaluation()).append(',')
                    .append(Num.format(t.objective())).append(',').append(Num.format(t.best()));
            for (double x : t.theta()) {
                b.append(',').append(Num.format(x));
            }
            b.append('\n');
        }
        return b.toString();
    }

    static String summary(Calibrator.Result r) {
        Calibration c = r.calibration();
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"scenario\": ").append(Folder.json(c.scenarioName())).append(",\n");
        b.append("  \"seed\": ").append(c.seed()).append(",\n");
        b.append("  \"replications\": ").append(c.replications()).append(",\n");
        // the one that ran: a single parameter is searched by Brent's method whatever the file names (it said bobyqa: a review)
        b.append("  \"optimizer\": \"").append(c.parameters().size() == 1 ? "brent" : c.optimizer()).append("\",\n");
        b.append("  \"starts\": ").append(c.starts()).append(",\n");
        b.append("  \"evaluations\": ").append(r.evaluations()).append(",\n");
        // whether the search stopped on its budget, and the estimate's moves to better points of its
        // Jacobian: both say it stopped short (an economist's review)
        b.append("  \"budget_spent\": ").append(r.budgetSpent()).append(",\n");
        b.append("  \"jacobian_moves\": ").append(r.jacobianMoves()).append(",\n");
        // the derivatives taken one-sided because the moment is undefined at the other step (an
        // economist's review: three of the flagship's, said nowhere)
        List<String> oneSided = new java.util.ArrayList<>();
        for (int k = 0; k < r.derivatives().length; k++) {
            for (int j = 0; j < r.derivatives()[k].length; j++) {
                Calibrator.Derivative d = r.derivatives()[k][j];
                if (d.undefinedOtherSide()) {
                    oneSided.add("{\"target\": " + Folder.json(r.moments().get(k).target()) + ", \"parameter\": "
                            + Folder.json(r.estimates().get(j).parameter()) + ", \"difference\": \"" + d.difference()
                            + "\", \"nominal_share\": " + json(d.nominalShare()) + "}");
                }
            }
        }
        b.append("  \"one_sided_derivatives\": [").append(String.join(", ", oneSided)).append("],\n");
        b.append("  \"objective\": ").append(json(r.objective())).append(",\n");
        b.append("  \"objective_linearised_minimum\": ").append(json(r.linearisedObjective())).append(",\n");
        b.append("  \"j\": ").append(json(r.j())).append(",\n");
        b.append("  \"df\": ").append(r.df()).append(",\n");
        b.append("  \"p_value\": ").append(json(r.p())).append(",\n");
        b.append("  \"estimates\": {");
        List<Calibrator.ParameterEstimate> es = r.estimates();
        for (int i = 0; i < es.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n").append("    ").append(Folder.json(es.get(i).parameter())).append(": ")
                    .append(json(es.get(i).estimate()));
        }
        b.append("\n  },\n");
        // the se's beside the estimates (null where there is none), as estimates.csv has them
        b.append("  \"standard_errors\": {");
        for (int i = 0; i < es.size(); i++) {
            b.append(i == 0 ? "\n" : ",\n").append("    ").append(Folder.json(es.get(i).parameter())).append(": ")
                    .append(json(es.get(i).se()));
        }
        b.append("\n  }\n}\n");
        return b.toString();
    }

    private static String json(double x) {
        String s = Num.format(x);
        return s.isEmpty() ? "null" : s;
    }

    /** The scenario at the estimate, as a file {@code run} accepts, with a header saying where it comes from. */
    static String fitted(Calibration c, Calibrator.Result r) {
        StringBuilder b = new StringBuilder();
        b.append("# Fitted by talentsim calibrate ").append(c.file()).append(" (scenario ").append(c.base().file())
                .append(")\n");
        double[] theta = r.theta();
        for (int j = 0; j < theta.length; j++) {
            Calibration.Parameter p = c.parameters().get(j);
            Calibrator.ParameterEstimate e = r.estimates().get(j);
            b.append("#   ").append(p.override(theta[j])).append(Double.isNaN(e.se()) ? "   (no se: not identified)\n"
                    : "   (se " + Num.format(e.se()) + ")\n");   // (was "(se )")
        }
        b.append(ScenarioFiles.write(c.scenarioAt(theta)));
        return b.toString();
    }
}
