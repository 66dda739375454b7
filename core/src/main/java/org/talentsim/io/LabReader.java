package org.talentsim.io;

import org.talentsim.model.Limits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentsim.model.Focus;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.CohortSpec;
import org.talentsim.scenario.Dist;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.PoolSpec;
import org.talentsim.scenario.Stake;
import org.talentsim.scenario.StarSpec;
import org.talentsim.scenario.TeamSpec;

/** Reads labs, teams, cohorts, named researchers and the pool; remembers the researchers' names. */
final class LabReader {
    /** What the salary bound is, in messages. */
    static final String SALARY = "the highest annual pay, USD";

    static final List<String> LAB = List.of("name", "prestige", "budget", "capability", "productivity", "postedWage",
            "offer", "retention", "layoff", "strategy", "pay", "teams");
    static final List<String> TEAM = List.of("name", "focus", "headcount", "target", "payLevel", "leaderFit",
            "computeShare", "protected", "minSkill", "pay", "members", "stars");
    static final List<String> COHORT = List.of("skill", "salary", "salaryNoise", "visaShare", "visibility", "morale");
    static final List<String> STAR = List.of("name", "skill", "salary", "visibility", "visa", "stake", "vestingMonths");
    static final List<String> POOL = List.of("size", "cohort", "stars");

    private final Doc doc;
    /** Named researchers, by name, with the path where each is defined. */
    final Map<String, String> researchers = new LinkedHashMap<>();

    LabReader(Doc doc) {
        this.doc = doc;
    }

    List<LabSpec> labs(List<YNode> nodes, String path) {
        List<LabSpec> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String p = path + "[" + i + "]";
            LabSpec l = lab(nodes.get(i), p, false);
            String first = seen.putIfAbsent(l.name(), Fields.where(doc, nodes.get(i), p, "name"));
            if (first != null) {
                throw Fields.of(doc, nodes.get(i), p, LAB).fail("name", "a lab named '" + l.name() + "' is already defined at " + first);
            }
            out.add(l);
        }
        return out;
    }

    /** A lab; a {@code founded} one (of a found event) has empty teams: headcount 0, no stars. */
    LabSpec lab(YNode node, String path, boolean founded) {
        Fields f = Fields.of(doc, node, path, LAB);
        LabSpec d = Defaults.LAB;
        String name = f.label("name");
        if (LabSpec.RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw f.fail("name", "'" + name + "' is reserved: 'pool' stands for the job seekers in flows and reports, 'market' for"
                    + " the whole market in metrics; give the lab another name");
        }
        if (name.indexOf('>') >= 0) {
            throw f.fail("name", "contains '>', which separates the two labs of a flow metric (market.flow.FROM>TO);"
                    + " give the lab another name");
        }
        if (name.indexOf('/') >= 0) {
            throw f.fail("name", "contains '/', which separates a lab from its team in a team's metrics"
                    + " (LAB/TEAM.headcount_end); give the lab another name");
        }
        if (name.toLowerCase(java.util.Locale.ROOT).startsWith("market.")) {
            throw f.fail("name", "starts with 'market.', which begins the market's metrics (market.unemployment_end, …);"
                    + " give the lab another name");
        }
        double prestige = f.unit("prestige", d.prestige());
        double budget = f.moneyAtLeastZero("budget", d.budget(), true);
        double capability = f.atMost("capability", f.nonNegative("capability", d.capability()), Limits.MAX_CAPABILITY,
                "the largest capability index");
        if (Double.isFinite(budget)) {
            f.atMost("budget", budget, Limits.MAX_BUDGET, "USD a year; leave it out for no limit");
        }
        double productivity = f.atMost("productivity", f.positive("productivity", d.productivity()), Limits.MAX_MULTIPLIER,
                "a valuation multiplier");
        double posted = f.has("postedWage")
                ? f.atMost("postedWage", f.moneyAtLeastZero("postedWage", 0, false), Limits.MAX_SALARY, SALARY)
                : d.postedWage();
        PolicySpec offer = PolicyReader.read(f, "offer", PolicyRegistry.OFFER, null);
        PolicySpec retention = PolicyReader.read(f, "retention", PolicyRegistry.RETENTION, null);
        PolicySpec layoff = PolicyReader.read(f, "layoff", PolicyRegistry.LAYOFF, null);
        PolicySpec strategy = PolicyReader.read(f, "strategy", PolicyRegistry.STRATEGY, null);
        PolicySpec pay = PolicyReader.read(f, "pay", PolicyRegistry.PAY, null);
        List<YNode> teamNodes = f.list("teams");
        List<TeamSpec> teams = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < teamNodes.size(); i++) {
            String p = f.path("teams") + "[" + i + "]";
            TeamSpec t = team(teamNodes.get(i), p, founded);
            String first = seen.putIfAbsent(t.name(), Fields.where(doc, teamNodes.get(i), p, "name"));
            if (first != null) {
                throw Fields.of(doc, teamNodes.get(i), p, TEAM).fail("name",
                        "lab '" + name + "' already has a team named '" + t.name() + "', at " + first);
            }
            teams.add(t);
        }
        return f.build(() -> new LabSpec(name, prestige, budget, capability, productivity, posted, offer, retention,
                layoff, strategy, pay, teams));
    }

    private TeamSpec team(YNode node, String path, boolean founded) {
        Fields f = Fields.of(doc, node, path, TEAM);
        TeamSpec d = Defaults.TEAM;
        String name = f.label("name");
        f.require("focus");
        Focus focus = focus(f, "focus");
        if (!founded) {
            f.require("headcount");
        }
        int headcount = f.integer("headcount", 0, 0, false);
        if (founded && headcount != 0) {
            throw f.range("headcount", "must be 0 in a founded lab (it starts with its founder and hires toward its targets)");
        }
        if (founded && !f.list("stars").isEmpty()) {
            throw f.fail("stars", "expected no stars in a founded lab (it starts with its founder and hires toward its targets)");
        }
        int target = f.integer("target", headcount, 0, true);
        double payLevel = f.atMost("payLevel", f.positive("payLevel", d.payLevel()), Limits.MAX_MULTIPLIER,
                "pay relative to the market");
        double leaderFit = f.unit("leaderFit", d.leaderFit());
        // not given: NaN, and the lab gives the team equal parts of what its other teams leave
        double computeShare = f.has("computeShare") ? f.unit("computeShare", 0) : Double.NaN;
        boolean prot = f.bool("protected", d.protectedTeam());
        CohortSpec members = cohort(f, "members");
        List<StarSpec> stars = stars(f, true);
        double minSkill = f.nonNegative("minSkill", 0);
        PolicySpec pay = PolicyReader.read(f, "pay", PolicyRegistry.PAY, null);
        return f.build(() -> new TeamSpec(name, focus, headcount, target, payLevel, leaderFit, computeShare, prot,
                members, stars, minSkill, pay));
    }

    static Focus focus(Fields f, String key) {
        String v = f.string(key, "");
        if (!Defaults.FOCUS.contains(v)) {
            throw f.fail(key, "expected research, product or infra" + Suggest.didYouMean(v, Defaults.FOCUS)
                    + ", was " + f.get(key).describe());
        }
        return Focus.valueOf(v.toUpperCase(Locale.ROOT));
    }

    CohortSpec cohort(Fields parent, String key) {
        YNode n = parent.get(key);
        CohortSpec d = CohortSpec.DEFAULT;
        if (n == null) {
            return d;
        }
        Fields f = Fields.of(doc, n, parent.path(key), COHORT);
        Dist skill = f.dist("skill", d.skill(), false);
        Dist salary = f.dist("salary", d.salary(), true);
        double noise = f.atMost("salaryNoise", f.nonNegative("salaryNoise", d.salaryNoise()), Limits.MAX_SALARY_NOISE,
                "sigma of the log-normal pay noise");
        double visa = f.unit("visaShare", d.visaShare());
        Dist visibility = f.dist("visibility", d.visibility(), false);
        Dist morale = f.dist("morale", d.morale(), false);
        return f.build(() -> new CohortSpec(skill, salary, noise, visa, visibility, morale));
    }

    /** Named researchers; {@code employed} (in a team, not the pool) may hold a stake. */
    private List<StarSpec> stars(Fields parent, boolean employed) {
        List<YNode> nodes = parent.list("stars");
        List<StarSpec> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Fields f = Fields.of(doc, nodes.get(i), parent.path("stars") + "[" + i + "]", STAR);
            String name = f.label("name");
            f.require("skill");
            double skill = f.atMost("skill", f.positive("skill", 1), Limits.MAX_SKILL, "the highest skill");
            f.require("salary");
            double salary = f.atMost("salary", f.moneyAtLeastZero("salary", 0, false), Limits.MAX_SALARY, SALARY);
            double visibility = f.unit("visibility", Defaults.STAR_VISIBILITY);
            boolean visa = f.bool("visa", false);
            if (!employed && (f.has("stake") || f.has("vestingMonths"))) {
                throw f.fail(f.has("stake") ? "stake" : "vestingMonths",
                        "expected no stake for a researcher in the pool (a stake is equity in an employer)");
            }
            double share = f.unit("stake", Stake.NONE.share());
            if (f.has("vestingMonths") && share == Stake.NONE.share()) {
                // it would be accepted and change nothing
                throw f.fail("vestingMonths", "applies only with a stake (the months until the stake has vested); give stake: too");
            }
            int vesting = f.integer("vestingMonths", Stake.DEFAULT_VESTING_MONTHS, 0, false);
            if (vesting > Stake.MAX_VESTING_MONTHS) {
                throw f.range("vestingMonths", "must be at most " + Stake.MAX_VESTING_MONTHS + " (100 years)");
            }
            Stake stake = new Stake(share, vesting);
            String first = researchers.putIfAbsent(name, Fields.where(doc, nodes.get(i), f.path, "name"));
            if (first != null) {
                throw f.fail("name", "a researcher named '" + name + "' is already defined at " + first);
            }
            out.add(f.build(() -> new StarSpec(name, skill, salary, visibility, visa, stake)));
        }
        return out;
    }

    PoolSpec pool(Fields top) {
        YNode n = top.get("pool");
        if (n == null) {
            return PoolSpec.NONE;
        }
        Fields f = Fields.of(doc, n, "pool", POOL);
        int size = f.integer("size", 0, 0, false);
        CohortSpec cohort = cohort(f, "cohort");
        List<StarSpec> stars = stars(f, false);
        return f.build(() -> new PoolSpec(size, cohort, stars));
    }
}
