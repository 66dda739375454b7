package org.talentsim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.talentsim.model.Focus;
import org.talentsim.model.TeamView;
import org.talentsim.model.TickUnit;

/**
 * Builds a {@link Scenario} in code. Every setter has a documented default; {@link #build()}
 * validates everything at once but the policies: a policy is looked up by name in the registry a
 * run is given ({@code Talentsim.withRegistry}, which may hold policies of one's own), so its
 * name and parameters are checked when it runs, or at once with {@code
 * build().validate(PolicyRegistry.defaults())} (or the registry it will run with), as the
 * command line's {@code check} does (a negative premium built and failed only at run: an
 * economist's review).
 *
 * <pre>{@code
 * Scenario s = Scenario.builder("war")
 *     .months(24).seed(7)
 *     .lab("Alpha", lab -> lab.budget(80e6).offer(PolicySpec.of("premium", "premium", 0.3))
 *         .team("Core", Focus.RESEARCH, 60, t -> t.target(120)))
 *     .lab("Beta", lab -> lab.team("Core", Focus.RESEARCH, 100, t -> {}))
 *     .pool(200, CohortSpec.DEFAULT)
 *     .build();
 * }</pre>
 */
public final class ScenarioBuilder {
    private final String name;
    private String description = "";
    private YearMonth start = YearMonth.of(2025, 1);
    private int months = 24;
    private TickUnit tickUnit = TickUnit.MONTH;
    private long seed = 1;
    private String generator;
    private MarketSpec market = MarketSpec.DEFAULT;
    private final List<LabSpec> labs = new ArrayList<>();
    private PoolSpec pool = PoolSpec.NONE;
    private PolicySpec acceptance;
    private PolicySpec morale;
    private PolicySpec quits;
    private PolicySpec production;
    private final List<EventSpec> events = new ArrayList<>();
    /** Per event: whether it is timed by its tick ({@link #eventAtTick}). */
    private final List<Boolean> atTick = new ArrayList<>();

    ScenarioBuilder(String name) {
        this.name = name;
    }

    /** A free-text description, shown in reports and the manifest (default empty). */
    public ScenarioBuilder description(String v) { description = v; return this; }
    /** The calendar month of the first tick (default 2025-01; the run lies within the years 1900–9999): dates in results and events count from it. */
    public ScenarioBuilder start(YearMonth v) { start = v; return this; }
    /** The run's length in months (default 24; at least 1, at most {@link Scenario#MAX_MONTHS}); a weekly run has the weeks of as many months. */
    public ScenarioBuilder months(int v) { months = v; return this; }
    /**
     * The tick unit ({@code MONTH} by default). The events' ticks are ticks of this unit and are
     * not converted when it changes: an event at tick 4 of a monthly scenario (its fourth month)
     * happens in the fourth week of the same scenario made weekly. To change the unit and keep the
     * events' dates, use {@code Talentsim.override(scenario, "tick=week")}, which converts them as
     * a scenario file's {@code date:} fields are read (those added by {@link #eventAtTick} keep
     * their ticks, as a file's {@code tick:} fields do). Null is the default.
     */
    public ScenarioBuilder tickUnit(TickUnit v) { tickUnit = v; return this; }
    /** The master seed (default 1): the same scenario and seed give the same results to the bit, on any thread count. */
    public ScenarioBuilder seed(long v) { seed = v; return this; }
    /** The random generator algorithm by name, one of {@link org.talentsim.rng.Algorithm}'s (null, the default: {@code L64X128MixRandom}). */
    public ScenarioBuilder generator(String v) { generator = v; return this; }
    /** The market's parameters: rates of separation and offers, the pay scale, visas and more (null, the default: {@link MarketSpec#DEFAULT}). */
    public ScenarioBuilder market(MarketSpec v) { market = v; return this; }
    /** The acceptance policy: how researchers choose between offers and their current job (null, the default: {@code utility}). */
    public ScenarioBuilder acceptance(PolicySpec v) { acceptance = v; return this; }
    /** The morale policy: how morale moves each tick (null, the default: {@code peer-relative}). */
    public ScenarioBuilder morale(PolicySpec v) { morale = v; return this; }
    /** The quit policy: each employed researcher's chance a tick to quit for the pool, from pay and morale (null, the default: {@code morale}). */
    public ScenarioBuilder quits(PolicySpec v) { quits = v; return this; }
    /** The production policy: a team's output from its people, compute and leader (null, the default: {@code effort}). */
    public ScenarioBuilder production(PolicySpec v) { production = v; return this; }
    /** The job seekers at the start (null, the default: {@link PoolSpec#NONE}, none). */
    public ScenarioBuilder pool(PoolSpec v) { pool = v; return this; }

    /** A pool of {@code size} seekers drawn from {@link CohortSpec#DEFAULT}. */
    public ScenarioBuilder pool(int size) {
        return pool(size, CohortSpec.DEFAULT);
    }

    /** A pool of {@code size} seekers drawn from {@code cohort}. */
    public ScenarioBuilder pool(int size, CohortSpec cohort) {
        pool = new PoolSpec(size, cohort, pool == null ? PoolSpec.NONE.stars() : pool.stars());
        return this;
    }

    /** Adds a lab configured by {@code body}. */
    public ScenarioBuilder lab(String labName, Consumer<LabBuilder> body) {
        LabBuilder b = new LabBuilder(labName);
        java.util.Objects.requireNonNull(body, "the body of lab '" + labName + "' (l -> { } for none)").accept(b);
        labs.add(b.build());
        return this;
    }

    /** Adds a lab already described. */
    public ScenarioBuilder lab(LabSpec lab) {
        labs.add(lab);
        return this;
    }

    /** Replaces the labs with {@code all} (in that order). */
    public ScenarioBuilder labs(List<LabSpec> all) {
        labs.clear();
        labs.addAll(all);
        return this;
    }

    /**
     * Changes the lab named {@code labName}: {@code body} gets a builder holding its current
     * values (teams included) and the result replaces it in place.
     *
     * @throws IllegalArgumentException when there is no lab of that name
     */
    public ScenarioBuilder editLab(String labName, Consumer<LabBuilder> body) {
        java.util.Objects.requireNonNull(body, "the body editing lab '" + labName + "'");
        for (int k = 0; k < labs.size(); k++) {
            if (labs.get(k).name().equals(labName)) {
                LabBuilder b = labs.get(k).toBuilder();
                body.accept(b);
                labs.set(k, b.build());
                return this;
            }
        }
        throw new IllegalArgumentException("no lab named '" + labName + "'; labs: "
                + labs.stream().map(LabSpec::name).toList());
    }

    /**
     * Adds an event to the timeline, timed by the month of its tick: an override of the start or
     * of the tick unit keeps that month (as a file's {@code date:} field), see {@link
     * Scenario#timedByTick}. In a weekly scenario an event at a week that is not its month's first
     * has no month to keep (a file writes it {@code tick: N}): it is timed by its tick. {@link
     * EventSpec#of} builds a built-in event by its fields' names, as a file names them.
     */
    public ScenarioBuilder event(EventSpec e) {
        events.add(e);
        atTick.add(false);
        return this;
    }

    /**
     * Adds an event to the timeline, timed by its tick: an override of the start or of the tick
     * unit keeps its tick (as a file's {@code tick:} field), see {@link Scenario#timedByTick}.
     */
    public ScenarioBuilder eventAtTick(EventSpec e) {
        events.add(e);
        atTick.add(true);
        return this;
    }

    /** Replaces the timeline with {@code all} (each timed by its month, as by {@link #event}). */
    public ScenarioBuilder events(List<EventSpec> all) {
        events.clear();
        atTick.clear();
        for (EventSpec e : all) {
            event(e);
        }
        return this;
    }

    /** Removes the events that {@code which} accepts (e.g. {@code e -> e instanceof EventSpec.Raid}). */
    public ScenarioBuilder removeEvents(java.util.function.Predicate<EventSpec> which) {
        for (int k = events.size() - 1; k >= 0; k--) {
            if (which.test(events.get(k))) {
                events.remove(k);
                atTick.remove(k);
            }
        }
        return this;
    }

    /**
     * Validates and builds: every field but the policies' names and parameters, which {@link
     * Scenario#validate} checks against a registry (see the class's comment).
     */
    public Scenario build() {
        return new Scenario(name, description, start, months, tickUnit, seed, generator, market, labs,
                pool, acceptance, morale, quits, production, events, atTick);
    }

    /** Builds a {@link LabSpec}. Defaults: prestige 0.5, no budget limit, capability 100, productivity 1.5. */
    public static final class LabBuilder {
        private final String name;
        private double prestige = 0.5;
        private double budget = Double.POSITIVE_INFINITY;
        private double capability = 100;
        private double productivity = 1.5;
        private double postedWage = Double.NaN;
        private PolicySpec offer;
        private PolicySpec retention;
        private PolicySpec layoff;
        private PolicySpec strategy;
        private PolicySpec pay;
        private final List<TeamBuilder> teams = new ArrayList<>();

        /** A lab named {@code name} with the defaults above and no team yet. */
        public LabBuilder(String name) {
            this.name = name;
        }

        /** A builder holding every value of {@code spec} (use {@link LabSpec#toBuilder()}). */
        LabBuilder(LabSpec spec) {
            this(spec.name());
            prestige = spec.prestige();
            budget = spec.budget();
            capability = spec.capability();
            productivity = spec.productivity();
            postedWage = spec.postedWage();
            offer = spec.offer();
            retention = spec.retention();
            layoff = spec.layoff();
            strategy = spec.strategy();
            pay = spec.pay();
            for (TeamSpec t : spec.teams()) {
                teams.add(t.toBuilder());
            }
        }

        /**
         * Changes the team named {@code teamName}: {@code body} gets a builder holding its current
         * values.
         *
         * @throws IllegalArgumentException when the lab has no team of that name
         */
        public LabBuilder editTeam(String teamName, Consumer<TeamBuilder> body) {
            java.util.Objects.requireNonNull(body, "the body editing team '" + teamName + "'");
            for (TeamBuilder t : teams) {
                if (t.name.equals(teamName)) {
                    body.accept(t);
                    return this;
                }
            }
            throw new IllegalArgumentException("lab '" + name + "' has no team '" + teamName + "'; its teams: "
                    + teams.stream().map(t -> t.name).toList());
        }

        /** How much researchers value working here, in [0,1] (default 0.5): the acceptance policy weighs it against pay. */
        public LabBuilder prestige(double v) { prestige = v; return this; }
        /**
         * The annual payroll budget, USD a year (default {@code Double.POSITIVE_INFINITY}: no limit;
         * otherwise at least 0 and at most {@link org.talentsim.model.Limits#MAX_BUDGET}): offers must fit
         * under it, and a working payroll above it forces layoffs.
         */
        public LabBuilder budget(double v) { budget = v; return this; }
        /** The capability index at the start, in [0, 10⁶] (default 100): one scale for every lab (docs/MODEL.md 7.2). */
        public LabBuilder capability(double v) { capability = v; return this; }
        /** How highly the lab values talent, in (0, 100] (default 1.5): it values skill s at {@code productivity · w*(s)}, the most it pays. */
        public LabBuilder productivity(double v) { productivity = v; return this; }
        /** The posted wage, USD a year, for the {@code posted} offer policy (default NaN: none; that policy needs one). */
        public LabBuilder postedWage(double v) { postedWage = v; return this; }
        /** How the lab prices its offers (null, the default: {@code premium}). */
        public LabBuilder offer(PolicySpec v) { offer = v; return this; }
        /** How the lab counters an outside offer to one of its people (null, the default: {@code none}, no counter). */
        public LabBuilder retention(PolicySpec v) { retention = v; return this; }
        /** Whom the lab lets go first in a layoff (null, the default: {@code lowest-output}). */
        public LabBuilder layoff(PolicySpec v) { layoff = v; return this; }
        /** How the lab reacts to its capability gap: its budget and offer premium (null, the default: {@code static}, no reaction). */
        public LabBuilder strategy(PolicySpec v) { strategy = v; return this; }
        /** The lab's pay packages: equity, vesting, sign-ons, buy-outs (null, the default: {@code cash}, salary only). */
        public LabBuilder pay(PolicySpec v) { pay = v; return this; }

        /** The offer policy by name, with parameters as name, value pairs: {@code offer("premium", "premium", 0.3)}. */
        public LabBuilder offer(String policy, Object... params) { return offer(PolicySpec.of(policy, params)); }

        /** The retention (counter-offer) policy by name, with parameters as name, value pairs. */
        public LabBuilder retention(String policy, Object... params) { return retention(PolicySpec.of(policy, params)); }

        /** The layoff selection policy by name, with parameters as name, value pairs. */
        public LabBuilder layoff(String policy, Object... params) { return layoff(PolicySpec.of(policy, params)); }

        /** The lab strategy by name, with parameters as name, value pairs. */
        public LabBuilder strategy(String policy, Object... params) { return strategy(PolicySpec.of(policy, params)); }

        /** The pay policy by name, with parameters as name, value pairs: {@code pay("equity-annual", "equity", 0.6)}. */
        public LabBuilder pay(String policy, Object... params) { return pay(PolicySpec.of(policy, params)); }

        /** Adds a team of {@code headcount} members (target = headcount unless changed). */
        public LabBuilder team(String teamName, Focus focus, int headcount, Consumer<TeamBuilder> body) {
            TeamBuilder b = new TeamBuilder(teamName, focus, headcount);
            java.util.Objects.requireNonNull(body, "the body of team '" + teamName + "' (t -> { } for none)").accept(b);
            teams.add(b);
            return this;
        }

        /**
         * Builds the lab; teams without a compute share get equal parts of what the others leave
         * ({@link LabSpec#computeShare(TeamSpec)}): {@code 1/teams} when none gives one. They keep
         * giving none, so a team added to an edited lab splits with them what the others leave.
         */
        public LabSpec build() {
            List<TeamSpec> specs = new ArrayList<>();
            for (TeamBuilder t : teams) {
                try {
                    specs.add(t.build());
                } catch (IllegalArgumentException e) {
                    // which lab's: "team 'Research'.headcount must be >= 0" of two labs that both have a Research (an API user's review)
                    throw new IllegalArgumentException("lab '" + name + "', " + e.getMessage(), e);
                }
            }
            return new LabSpec(name, prestige, budget, capability, productivity, postedWage, offer,
                    retention, layoff, strategy, pay, specs);
        }
    }

    /** Builds a {@link TeamSpec}. Defaults: target = headcount, pay level 1, leader fit 0.8, compute share the rest of the lab's (1/teams when no team gives one), not protected. */
    public static final class TeamBuilder {
        private final String name;
        private final Focus focus;
        private final int headcount;
        private int target;
        private double payLevel = 1;
        private double leaderFit = 0.8;
        private double computeShare = Double.NaN;
        private boolean protectedTeam;
        private double minSkill;
        private PolicySpec pay;
        private CohortSpec members = CohortSpec.DEFAULT;
        private final List<StarSpec> stars = new ArrayList<>();

        /** A team named {@code name} of {@code focus} that starts with {@code headcount} researchers (at least 0), with the defaults above. */
        public TeamBuilder(String name, Focus focus, int headcount) {
            this.name = name;
            this.focus = focus;
            this.headcount = headcount;
            this.target = headcount;
        }

        /** A builder holding every value of {@code spec} (use {@link TeamSpec#toBuilder()}). */
        TeamBuilder(TeamSpec spec) {
            this(spec.name(), spec.focus(), spec.headcount());
            target = spec.target();
            payLevel = spec.payLevel();
            leaderFit = spec.leaderFit();
            computeShare = spec.computeShare();
            protectedTeam = spec.protectedTeam();
            minSkill = spec.minSkill();
            pay = spec.pay();
            members = spec.members();
            stars.addAll(spec.stars());
        }

        /** The headcount the team hires toward, at least 0 (default its starting headcount): its openings are {@code target − headcount}. */
        public TeamBuilder target(int v) { target = v; return this; }
        /** No target: the team always has openings. */
        public TeamBuilder unlimited() { target = TeamView.UNLIMITED; return this; }
        /**
         * Pay relative to the market, above 0 (default 1): the going pay of the team's offers and the
         * target of its raises are {@code payLevel · w*(s)}; above 1 it also multiplies the team's valuations.
         */
        public TeamBuilder payLevel(double v) { payLevel = v; return this; }
        /** How well the team's leader suits its work, in [0,1] (default 0.8): it scales the team's output and its people's morale. */
        public TeamBuilder leaderFit(double v) { leaderFit = v; return this; }
        /**
         * The team's share of its lab's compute, in [0,1]; a lab's shares add up to at most 1. Unset
         * (NaN, the default), the team gets equal parts of what the lab's other teams leave
         * ({@link LabSpec#computeShare(TeamSpec)}); 0 takes no part in the lab's split (docs/MODEL.md 7.2).
         */
        public TeamBuilder computeShare(double v) { computeShare = v; return this; }
        /** Protects the team: no layoff event or budget layoff ever takes its people (a dismissal still can). */
        public TeamBuilder protect() { protectedTeam = true; return this; }
        /** The hiring bar, a skill at least 0 (default 0: none): the team makes no offer to anyone less skilled. */
        public TeamBuilder minSkill(double v) { minSkill = v; return this; }
        /** The team's own pay policy (null: its lab's). */
        public TeamBuilder pay(PolicySpec v) { pay = v; return this; }
        /** The team's own pay policy by name, with parameters as name, value pairs. */
        public TeamBuilder pay(String policy, Object... params) { return pay(PolicySpec.of(policy, params)); }
        /** How the team's starting researchers are drawn: skill, salary, visibility, visas (null, the default: {@link CohortSpec#DEFAULT}). */
        public TeamBuilder members(CohortSpec v) { members = v; return this; }
        /** Adds a named researcher to the team at the start (in addition to its headcount). */
        public TeamBuilder star(StarSpec s) { stars.add(s); return this; }

        /** Builds the team; an unset compute share stays unset (NaN): the lab it is in gives it a part of what its other teams leave. */
        public TeamSpec build() {
            return new TeamSpec(name, focus, headcount, target, payLevel, leaderFit, computeShare, protectedTeam, members, stars,
                    minSkill, pay);
        }
    }
}
