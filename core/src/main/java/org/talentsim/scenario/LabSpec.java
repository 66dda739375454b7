package org.talentsim.scenario;

import org.talentsim.internal.Names;
import org.talentsim.model.Limits;

import java.util.List;

/**
 * A lab at the start of a run (or founded during it).
 *
 * @param name unique name
 * @param prestige in [0,1]
 * @param budget annual payroll budget, USD/year ({@code Double.POSITIVE_INFINITY} for none)
 * @param capability starting capability index, {@code >= 0}
 * @param productivity valuation multiplier: the lab values skill s at {@code productivity · w*(s)}
 * @param postedWage posted wage for {@code posted} offers, or NaN
 * @param offer offer pricing policy
 * @param retention counter-offer policy
 * @param layoff layoff selection policy
 * @param strategy lab strategy (reaction to the capability gap)
 * @param pay pay packages: equity grants and their vesting, sign-ons, buy-outs, refreshers
 * @param teams the lab's teams
 */
public record LabSpec(String name, double prestige, double budget, double capability,
        double productivity, double postedWage, PolicySpec offer, PolicySpec retention,
        PolicySpec layoff, PolicySpec strategy, PolicySpec pay, List<TeamSpec> teams) {
    /** Names a lab may not have: "pool" (the job seekers in flows and reports) and "market" (the whole market in metrics). */
    public static final java.util.Set<String> RESERVED = java.util.Set.of("pool", "market");

    /**
     * Checks the name (not one of {@link #RESERVED}, in any case, and without {@code >} or {@code /}), the ranges above
     * ({@code prestige} in [0,1], {@code budget} in [0, 10¹⁵] or infinite, {@code capability} in [0, 10⁶],
     * {@code productivity} in (0, 100], {@code postedWage} NaN or in [0, 10⁹]), that team names are
     * unique and that the teams' compute shares add up to at most 1; throws IllegalArgumentException
     * naming the field otherwise. A null policy becomes the default: {@code premium} offers, {@code none}
     * retention, {@code lowest-output} layoffs, {@code static} strategy, {@code cash} pay.
     */
    public LabSpec {
        Check.label("lab.name", name);
        if (RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("lab.name '" + name + "' is reserved: 'pool' stands for the job seekers in"
                    + " flows and reports, 'market' for the whole market in metrics; give the lab another name");
        }
        if (name.indexOf('>') >= 0) {
            // 'A>B' and 'C' would name the same flow metric as 'A' and 'B>C' (market.flow.A>B>C)
            throw new IllegalArgumentException("lab.name " + Names.quote(name) + " contains '>', which separates the two labs"
                    + " of a flow metric (market.flow.FROM>TO); give the lab another name");
        }
        if (name.indexOf('/') >= 0) {
            // 'A/B' would own the metrics of lab A's team B (A/B.hires)
            throw new IllegalArgumentException("lab.name " + Names.quote(name) + " contains '/', which separates a lab from its"
                    + " team in a team's metrics (LAB/TEAM.headcount_end); give the lab another name");
        }
        if (name.toLowerCase(java.util.Locale.ROOT).startsWith("market.")) {
            // 'market.ai' would have metrics market.ai.hires …, read as the market's own (a table
            // groups the metrics by that prefix; a split of the names by lab takes it for the market)
            throw new IllegalArgumentException("lab.name " + Names.quote(name) + " starts with 'market.', which begins the"
                    + " market's metrics (market.unemployment_end, …); give the lab another name");
        }
        Check.unit("lab '" + name + "'.prestige", prestige);
        if (!(budget >= 0)) {
            throw new IllegalArgumentException("lab '" + name + "'.budget must be >= 0, was " + budget);
        }
        Check.nonNegative("lab '" + name + "'.capability", capability);
        Check.atMost("lab '" + name + "'.capability", capability, org.talentsim.model.Limits.MAX_CAPABILITY, "the largest capability index");
        Check.positive("lab '" + name + "'.productivity", productivity);
        Check.atMost("lab '" + name + "'.productivity", productivity, Limits.MAX_MULTIPLIER, "a valuation multiplier");
        if (Double.isFinite(budget)) {
            Check.atMost("lab '" + name + "'.budget", budget, Limits.MAX_BUDGET, "USD a year; leave it out for no limit");
        }
        if (!Double.isNaN(postedWage)) {
            Check.nonNegative("lab '" + name + "'.postedWage", postedWage);
            Check.atMost("lab '" + name + "'.postedWage", postedWage, Limits.MAX_SALARY, "the highest annual pay, USD");
        }
        offer = offer == null ? Defaults.OFFER : offer;
        retention = retention == null ? Defaults.RETENTION : retention;
        layoff = layoff == null ? Defaults.LAYOFF : layoff;
        strategy = strategy == null ? Defaults.STRATEGY : strategy;
        pay = pay == null ? Defaults.PAY : pay;
        teams = Check.list("lab '" + name + "'.teams", teams);
        java.util.Set<String> seen = new java.util.HashSet<>();
        double given = 0;
        for (TeamSpec t : teams) {
            if (!seen.add(t.name())) {
                throw new IllegalArgumentException("lab '" + name + "' has two teams named '" + t.name() + "'");
            }
            given += Double.isNaN(t.computeShare()) ? 0 : t.computeShare();
        }
        if (given > 1 + SHARE_SLACK) {
            // each is a share of the lab's compute: four teams at 1 would give the lab four times its
            // compute
            StringBuilder each = new StringBuilder();
            for (TeamSpec t : teams) {
                each.append(each.length() == 0 ? "" : ", ").append(t.name()).append(' ')
                        .append(Double.isNaN(t.computeShare()) ? "none" : share(t.computeShare()));
            }
            throw new InvalidFieldException("teams", "lab '" + name + "'", "their computeShare add up to "
                    + share(given) + " (" + each + "), over 1: each is a share of the lab's compute");
        }
    }

    /**
     * The share of this lab's compute that team {@code t} (one of its teams) has: the share it
     * gives, or, when it gives none ({@code computeShare} NaN), equal parts of what the lab's other
     * teams leave ({@code 1/teams} when none gives one; 0 when they leave nothing).
     *
     * @throws IllegalArgumentException when {@code t} is not one of this lab's teams
     */
    public double computeShare(TeamSpec t) {
        double given = 0;
        int unset = 0;
        boolean found = false;
        for (TeamSpec o : teams) {
            found |= o.equals(t);
            if (Double.isNaN(o.computeShare())) {
                unset++;
            } else {
                given += o.computeShare();
            }
        }
        if (!found) {
            throw new IllegalArgumentException("team '" + t.name() + "' is not one of lab '" + name + "''s teams");
        }
        if (!Double.isNaN(t.computeShare())) {
            return t.computeShare();
        }
        double rest = 1 - given;   // shares adding up to more than 1 were refused
        return rest > SHARE_SLACK ? rest / unset : 0;
    }

    /** A share as written in a file: 0.55, not 0.5500000000000001 (rounded to 12 significant digits). */
    private static String share(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    /** How far over 1 a lab's compute shares may add up (decimal fractions such as 0.55 + 0.3 + 0.1 + 0.05 do not add up to 1 exactly). */
    private static final double SHARE_SLACK = 1e-9;

    /** The policies a lab has when the file names none (immutable: one of each for every lab). */
    private static final class Defaults {
        static final PolicySpec OFFER = PolicySpec.of("premium");
        static final PolicySpec RETENTION = PolicySpec.of("none");
        static final PolicySpec LAYOFF = PolicySpec.of("lowest-output");
        static final PolicySpec STRATEGY = PolicySpec.of("static");
        static final PolicySpec PAY = PolicySpec.of("cash");
    }

    /** A builder holding every value of this lab, to change some and build a new one. */
    public ScenarioBuilder.LabBuilder toBuilder() {
        return new ScenarioBuilder.LabBuilder(this);
    }
}
