package org.talentsim.report;

import java.util.Locale;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.ResearcherRef;

/** A short name for each scenario event, for the marks on the report's time axes. */
final class EventLabels {
    private EventLabels() {}

    /** As {@link #label(EventSpec, boolean)} for a scenario paying in dollars. */
    static String label(EventSpec e) {
        return label(e, true);
    }

    /**
     * The event's mark; {@code dollars} false for a scenario paying in its own units (a budget
     * change reads "+5", not "+$5").
     */
    static String label(EventSpec e, boolean dollars) {
        if (e instanceof EventSpec.Layoff x) {
            // count is -1 when a share is given (a count of 0 read "NaN%": a scenario author's review)
            String what = x.count() >= 0 ? Integer.toString(x.count()) : pct(x.share());
            return x.lab() + " lays off " + what + (x.teams().isEmpty() ? "" : " from " + String.join(", ", x.teams()));
        } else if (e instanceof EventSpec.Dismissal x) {
            return x.lab() + " dismisses " + String.join(", ", x.researchers());
        } else if (e instanceof EventSpec.LeaderChange x) {
            // a lab's leader fit multiplies each team's: "new leader (fit 0.9)" read as a good hire,
            // and it lowered every team's morale (a student's review)
            // and "fit 0.9" still read as praise, 0.9 being high on a scale to 1: the cut said in words
            // (a student's review)
            return x.team() == null ? x.lab() + ": new lab leader (fit " + num(x.leaderFit()) + ": each team's leader fit times "
                    + num(x.leaderFit()) + (x.leaderFit() < 1 ? ", " + pct(1 - x.leaderFit()) + " lower" : "") + ")"
                    : x.lab() + "/" + x.team() + ": new leader (fit " + num(x.leaderFit()) + ")";
        } else if (e instanceof EventSpec.BudgetChange x) {
            return x.lab() + " budget " + scaling(x.factor(), x.delta(), dollars);
        } else if (e instanceof EventSpec.PolicyChange x) {
            // "Genexa retention: match (up to 0.8)": each policy it changes, with its parameters
            java.util.List<String> parts = new java.util.ArrayList<>();
            for (java.util.Map.Entry<org.talentsim.scenario.PolicyCatalog.Slot, org.talentsim.scenario.PolicySpec> c : x.changes().entrySet()) {
                parts.add(c.getKey().field() + ": " + policy(c.getValue()));
            }
            return x.lab() + " " + String.join(", ", parts);
        } else if (e instanceof EventSpec.CapabilityJump x) {
            return x.lab() + " capability " + scaling(x.factor(), x.delta(), false);
        } else if (e instanceof EventSpec.HiringSpree x) {
            // with its pay level, which an arm may change (the list read the same for both: a student's review)
            if (x.target() == 0) {   // the freeze (a "hiring spree to 0" read as a contradiction: a scenario author's review)
                return x.lab() + "/" + x.team() + " hiring freeze (target 0)"
                        + (Double.isNaN(x.payLevel()) ? "" : " at pay level " + num(x.payLevel()));
            }
            return x.lab() + "/" + x.team() + " hiring spree to "
                    + (x.target() == org.talentsim.model.TeamView.UNLIMITED ? "unlimited" : Integer.toString(x.target()))
                    + (Double.isNaN(x.payLevel()) ? "" : " at pay level " + num(x.payLevel()));
        } else if (e instanceof EventSpec.JobFair x) {
            return "job fair for " + who(x.researcher());
        } else if (e instanceof EventSpec.VisibilityRise x) {
            return who(x.researcher()) + " becomes visible";
        } else if (e instanceof EventSpec.TeamMove x) {
            return x.lab() + "/" + x.team() + " moves to " + x.toLab();
        } else if (e instanceof EventSpec.TeamMerge x) {
            return x.lab() + "/" + x.team() + " merged into " + x.into();
        } else if (e instanceof EventSpec.Found x) {
            return who(x.founder()) + " founds " + x.lab().name();
        } else if (e instanceof EventSpec.Raid x) {
            // (its team named: two raids of a month, one of the lab and one of a team, read alike: a re-check)
            return x.lab() + "/" + x.team() + " raids " + x.count() + " from " + x.fromLab() + (x.fromTeam() == null ? "" : "/" + x.fromTeam());
        } else if (e instanceof EventSpec.AcquiHire x) {
            return x.lab() + " acqui-hires " + x.fromLab() + (x.fromTeam() == null ? "" : "/" + x.fromTeam())
                    + (x.leader() == null ? "" : "; " + x.leader() + (x.title() == null ? "" : " becomes " + x.title()));
        }
        return e.type().name() + (e.id() == null ? "" : " " + e.id());
    }

    /** A policy as a label: its name, and its parameters in brackets ({@code match (upTo 0.8)}). */
    private static String policy(org.talentsim.scenario.PolicySpec p) {
        if (p.params().isEmpty()) {
            return p.name();
        }
        java.util.List<String> ps = new java.util.ArrayList<>();
        for (java.util.Map.Entry<String, Double> q : p.params().entrySet()) {
            ps.add(q.getKey() + " " + num(q.getValue()));
        }
        return p.name() + " (" + String.join(", ", ps) + ")";
    }

    private static String who(ResearcherRef r) {
        if (r.name() != null) {
            return r.name();
        }
        return "the star of " + r.lab() + (r.team() == null ? "" : "/" + r.team());
    }

    private static String scaling(double factor, double delta, boolean money) {
        StringBuilder b = new StringBuilder();
        if (factor != 1) {
            b.append('\u00d7').append(num(factor));
        }
        if (delta != 0) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(delta > 0 ? "+" : "\u2212").append(money ? Fmt.money(Math.abs(delta)) : num(Math.abs(delta)));
        }
        return b.length() == 0 ? "unchanged" : b.toString();
    }

    /** A share in percent, whole where it is (10%), else with the digits it has (0.1%, 12.5%): a 0.1% layoff read "0%" (a re-check). */
    private static String pct(double share) {
        double p = 100 * share;
        return (Math.abs(p - Math.rint(p)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", p) : Fmt.num(p)) + "%";
    }

    private static String num(double v) {
        return Fmt.num(v);
    }
}
