package org.talentsim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentsim.model.TickUnit;
import org.talentsim.rng.Streams;

/**
 * An immutable, validated description of one run. Build one in code with {@link #builder(String)}
 * (or read one from a file with the {@code io} package) and hand it to {@code Simulation}.
 *
 * @param name short name (used for the default output folder)
 * @param description free text
 * @param start calendar month of tick 1
 * @param months length of the run in months
 * @param tickUnit month (default) or week
 * @param seed master seed
 * @param generator name of the random generator algorithm
 * @param market market-wide parameters
 * @param labs labs at the start
 * @param pool researchers outside every team at the start
 * @param acceptance how researchers choose between offers (policy)
 * @param morale morale rule (policy)
 * @param quits quit hazard rule (policy)
 * @param production team output rule (policy)
 * @param events the timeline, in tick order (stable for equal ticks)
 */
public record Scenario(String name, String description, YearMonth start, int months, TickUnit tickUnit,
        long seed, String generator, MarketSpec market, List<LabSpec> labs, PoolSpec pool,
        PolicySpec acceptance, PolicySpec morale, PolicySpec quits, PolicySpec production,
        List<EventSpec> events) {

    public Scenario {
        Check.name("name", name);
        description = description == null ? "" : description;
        if (start == null) {
            throw new IllegalArgumentException("start month is required");
        }
        Check.positive("months", months);
        tickUnit = tickUnit == null ? TickUnit.MONTH : tickUnit;
        generator = generator == null ? Streams.DEFAULT_ALGORITHM : generator;
        Streams.requireAlgorithm(generator);
        market = market == null ? MarketSpec.DEFAULT : market;
        labs = labs == null ? List.of() : List.copyOf(labs);
        pool = pool == null ? PoolSpec.NONE : pool;
        acceptance = acceptance == null ? PolicySpec.of("utility") : acceptance;
        morale = morale == null ? PolicySpec.of("peer-relative") : morale;
        quits = quits == null ? PolicySpec.of("morale") : quits;
        production = production == null ? PolicySpec.of("effort") : production;
        List<EventSpec> given = events == null ? List.of() : events;
        if (labs.isEmpty()) {
            throw new IllegalArgumentException("labs: a scenario needs at least one lab");
        }
        validateReferences(labs, pool, given);
        List<EventSpec> sorted = new ArrayList<>(given);
        sorted.sort((a, b) -> Integer.compare(a.tick(), b.tick()));
        events = List.copyOf(sorted);
    }

    /** The number of ticks the run lasts: {@code months} converted to the tick unit. */
    public int ticks() {
        return (int) Math.round(months * tickUnit.ticksPerMonth());
    }

    /** A builder with defaults: start 2025-01, 24 months, monthly, seed 1, {@link MarketSpec#DEFAULT}. */
    public static ScenarioBuilder builder(String name) {
        return new ScenarioBuilder(name);
    }

    /** A copy with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, start, months, tickUnit, newSeed, generator, market, labs,
                pool, acceptance, morale, quits, production, events);
    }

    /** A copy with another length. */
    public Scenario withMonths(int newMonths) {
        return new Scenario(name, description, start, newMonths, tickUnit, seed, generator, market, labs,
                pool, acceptance, morale, quits, production, events);
    }

    private static void validateReferences(List<LabSpec> labs, PoolSpec pool, List<EventSpec> given) {
        Map<String, Map<String, TeamSpec>> known = new HashMap<>();
        Set<String> names = new HashSet<>();
        Set<String> people = new HashSet<>();
        for (LabSpec l : labs) {
            if (!names.add(l.name())) {
                throw new IllegalArgumentException("labs: two labs named '" + l.name() + "'");
            }
            known.put(l.name(), teamsOf(l));
            for (TeamSpec t : l.teams()) {
                for (StarSpec s : t.stars()) {
                    addPerson(people, s.name());
                }
            }
        }
        for (StarSpec s : pool.stars()) {
            addPerson(people, s.name());
        }
        Integer[] order = new Integer[given.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(given.get(a).tick(), given.get(b).tick()));
        for (int k : order) {
            EventSpec e = given.get(k);
            String where = "events[" + k + "] (" + e.kind() + " at tick " + e.tick() + ")";
            if (e.tick() < 1) {
                throw new IllegalArgumentException(where + ": tick must be >= 1");
            }
            if (e instanceof EventSpec.Layoff l) {
                Map<String, TeamSpec> teams = lab(known, l.lab(), where);
                for (String t : l.teams()) {
                    TeamSpec ts = team(teams, l.lab(), t, where);
                    if (ts.protectedTeam()) {
                        throw new IllegalArgumentException(where + ": team '" + t + "' of '" + l.lab() + "' is protected and cannot be laid off");
                    }
                }
            } else if (e instanceof EventSpec.LeaderChange c) {
                Map<String, TeamSpec> teams = lab(known, c.lab(), where);
                if (c.team() != null) {
                    team(teams, c.lab(), c.team(), where);
                }
            } else if (e instanceof EventSpec.BudgetChange b) {
                lab(known, b.lab(), where);
            } else if (e instanceof EventSpec.CapabilityJump j) {
                lab(known, j.lab(), where);
            } else if (e instanceof EventSpec.HiringSpree h) {
                team(lab(known, h.lab(), where), h.lab(), h.team(), where);
            } else if (e instanceof EventSpec.VisibilityRise v) {
                ref(known, people, v.researcher(), where);
            } else if (e instanceof EventSpec.Dismissal d) {
                for (String r : d.researchers()) {
                    ref(known, people, ResearcherRef.named(r), where);
                }
            } else if (e instanceof EventSpec.TeamMove m) {
                team(lab(known, m.lab(), where), m.lab(), m.team(), where);
                Map<String, TeamSpec> to = lab(known, m.toLab(), where);
                if (to.containsKey(m.team())) {
                    throw new IllegalArgumentException(where + ": lab '" + m.toLab() + "' already has a team '" + m.team() + "'");
                }
                to.put(m.team(), known.get(m.lab()).remove(m.team()));
            } else if (e instanceof EventSpec.TeamMerge m) {
                Map<String, TeamSpec> teams = lab(known, m.lab(), where);
                team(teams, m.lab(), m.team(), where);
                team(teams, m.lab(), m.into(), where);
            } else if (e instanceof EventSpec.Found f) {
                ref(known, people, f.founder(), where);
                if (known.containsKey(f.lab().name())) {
                    throw new IllegalArgumentException(where + ": a lab named '" + f.lab().name() + "' already exists");
                }
                known.put(f.lab().name(), teamsOf(f.lab()));
            } else if (e instanceof EventSpec.Raid r) {
                team(lab(known, r.lab(), where), r.lab(), r.team(), where);
                Map<String, TeamSpec> from = lab(known, r.fromLab(), where);
                if (r.fromTeam() != null) {
                    team(from, r.fromLab(), r.fromTeam(), where);
                }
            }
        }
    }

    private static Map<String, TeamSpec> teamsOf(LabSpec l) {
        Map<String, TeamSpec> m = new HashMap<>();
        for (TeamSpec t : l.teams()) {
            m.put(t.name(), t);
        }
        return m;
    }

    private static Map<String, TeamSpec> lab(Map<String, Map<String, TeamSpec>> known, String lab, String where) {
        Map<String, TeamSpec> teams = known.get(lab);
        if (teams == null) {
            throw new IllegalArgumentException(where + ": unknown lab '" + lab + "'; known: " + new java.util.TreeSet<>(known.keySet()));
        }
        return teams;
    }

    private static TeamSpec team(Map<String, TeamSpec> teams, String lab, String team, String where) {
        TeamSpec t = teams.get(team);
        if (t == null) {
            throw new IllegalArgumentException(where + ": lab '" + lab + "' has no team '" + team + "'; its teams: " + new java.util.TreeSet<>(teams.keySet()));
        }
        return t;
    }

    private static void addPerson(Set<String> people, String name) {
        if (!people.add(name)) {
            throw new IllegalArgumentException("stars: two researchers named '" + name + "'");
        }
    }

    private static void ref(Map<String, Map<String, TeamSpec>> known, Set<String> people, ResearcherRef r, String where) {
        if (r.name() != null && !people.contains(r.name())) {
            throw new IllegalArgumentException(where + ": unknown researcher '" + r.name() + "'; named researchers: "
                    + new java.util.TreeSet<>(people));
        }
        if (r.name() == null) {
            Map<String, TeamSpec> teams = lab(known, r.lab(), where);
            if (r.team() != null) {
                team(teams, r.lab(), r.team(), where);
            }
        }
    }
}
