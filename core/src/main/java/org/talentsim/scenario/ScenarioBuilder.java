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
 * validates everything at once.
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

    public ScenarioBuilder description(String v) { description = v; return this; }
    public ScenarioBuilder start(YearMonth v) { start = v; return this; }
    public ScenarioBuilder months(int v) { months = v; return this; }
    /**
     * The tick unit ({@code MONTH} by default). The events' ticks are ticks of this unit and are
     * not converted when it changes: an event at tick 4 of a monthly scenario (its fourth month)
     * happens in the fourth week of the same scenario made weekly. To change the unit and keep the
     * events' dates, use {@code Talentsim.override(scenario, "tick=week")}, which converts them as
     * a scenario file's {@code date:} fields are read (those added by {@link #eventAtTick} keep
     * their ticks, as a file's {@code tick:} fields do).
     */
    public ScenarioBuilder tickUnit(TickUnit v) { tickUnit = v; return this; }
    public ScenarioBuilder seed(long v) { seed = v; return this; }
    public ScenarioBuilder generator(String v) { generator = v; return this; }
    public ScenarioBuilder market(MarketSpec v) { market = v; return this; }
    public ScenarioBuilder acceptance(PolicySpec v) { acceptance = v; return this; }
    public ScenarioBuilder morale(PolicySpec v) { morale = v; return this; }
    public ScenarioBuilder quits(PolicySpec v) { quits = v; return this; }
    public ScenarioBuilder production(PolicySpec v) { production = v; return this; }
    public ScenarioBuilder pool(PoolSpec v) { pool = v; return this; }

    /** A pool of {@code size} seekers drawn from {@link CohortSpec#DEFAULT}. */
    public ScenarioBuilder pool(int size) {
        return pool(size, CohortSpec.DEFAULT);
    }

    /** A pool of {@code size} seekers drawn from {@code cohort}. */
    public ScenarioBuilder pool(int size, CohortSpec cohort) {
        pool = new PoolSpec(size, cohort, pool.stars());
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
     * has no month to keep (a file writes it {@code tick: N}): it is timed by its tick.
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

    /** Validates and builds. */
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

        public LabBuilder prestige(double v) { prestige = v; return this; }
        public LabBuilder budget(double v) { budget = v; return this; }
        public LabBuilder capability(double v) { capability = v; return this; }
        public LabBuilder productivity(double v) { productivity = v; return this; }
        public LabBuilder postedWage(double v) { postedWage = v; return this; }
        public LabBuilder offer(PolicySpec v) { offer = v; return this; }
        public LabBuilder retention(PolicySpec v) { retention = v; return this; }
        public LabBuilder layoff(PolicySpec v) { layoff = v; return this; }
        public LabBuilder strategy(PolicySpec v) { strategy = v; return this; }
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
         * Builds the lab; teams without a compute share get equal parts of what the others' leave
         * ({@link #restOfCompute}): {@code 1/teams} when none gives one. A team added to a lab whose
         * teams' shares already add up to 1 (say, one read from a file and edited) gets 0 unless
         * given one.
         */
        public LabSpec build() {
            double given = 0;
            int unset = 0;
            for (TeamBuilder t : teams) {
                if (Double.isNaN(t.computeShare)) {
                    unset++;
                } else {
                    given += t.computeShare;
                }
            }
            double rest = restOfCompute(given, unset);
            List<TeamSpec> specs = new ArrayList<>();
            for (TeamBuilder t : teams) {
                specs.add(t.build(rest));
            }
            return new LabSpec(name, prestige, budget, capability, productivity, postedWage, offer,
                    retention, layoff, strategy, pay, specs);
        }
    }

    /**
     * The compute share of each of {@code unset} teams that give none, in a lab whose other teams'
     * shares add up to {@code given}: equal parts of the rest, {@code (1 − given)/unset}, or 0 when
     * nothing is left (shares adding up to more than 1 are refused by {@link LabSpec}).
     */
    public static double restOfCompute(double given, int unset) {
        if (unset == 0) {
            return Double.NaN;
        }
        double rest = 1 - given;
        return rest > LabSpec.SHARE_SLACK ? rest / unset : 0;
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

        public TeamBuilder target(int v) { target = v; return this; }
        public TeamBuilder unlimited() { target = TeamView.UNLIMITED; return this; }
        public TeamBuilder payLevel(double v) { payLevel = v; return this; }
        public TeamBuilder leaderFit(double v) { leaderFit = v; return this; }
        public TeamBuilder computeShare(double v) { computeShare = v; return this; }
        public TeamBuilder protect() { protectedTeam = true; return this; }
        public TeamBuilder minSkill(double v) { minSkill = v; return this; }
        /** The team's own pay policy (null: its lab's). */
        public TeamBuilder pay(PolicySpec v) { pay = v; return this; }
        /** The team's own pay policy by name, with parameters as name, value pairs. */
        public TeamBuilder pay(String policy, Object... params) { return pay(PolicySpec.of(policy, params)); }
        public TeamBuilder members(CohortSpec v) { members = v; return this; }
        public TeamBuilder star(StarSpec s) { stars.add(s); return this; }

        /** Builds the team; an unset compute share becomes 1 (the team has all of its lab's compute). */
        public TeamSpec build() {
            return build(1.0);
        }

        TeamSpec build(double defaultShare) {
            return new TeamSpec(name, focus, headcount, target, payLevel, leaderFit,
                    Double.isNaN(computeShare) ? defaultShare : computeShare, protectedTeam, members, stars, minSkill, pay);
        }
    }
}
