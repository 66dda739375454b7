package org.talentsim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
        validateRates(market, tickUnit);
        validatePopulation(labs, pool);
        List<EventSpec> sorted = new ArrayList<>(given);
        sorted.sort((a, b) -> Integer.compare(a.tick(), b.tick()));
        events = List.copyOf(sorted);
    }

    /**
     * The most researchers a scenario may hold at the start (pool and teams, stars included): the
     * population lives in arrays indexed by {@code int}.
     */
    public static final long MAX_POPULATION = Integer.MAX_VALUE - 16;

    /**
     * Checks every policy the scenario names, those of labs that events found included, against {@code catalog} (the policy registry the scenario will run with):
     * known names, valid parameters, and the fields of its lab each policy needs. A scenario that
     * passes the record's own validation and this one builds and runs.
     *
     * @return this scenario
     * @throws InvalidFieldException naming the field ({@code policies.acceptance},
     *     {@code labs[1].offer}, {@code events[3].lab.offer}, where 3 is the index in
     *     {@link #events()}, sorted by tick) and, for a lab's policy, the lab
     */
    public Scenario validate(PolicyCatalog catalog) {
        java.util.Objects.requireNonNull(catalog, "catalog");
        for (PolicyCatalog.Slot slot : PolicyCatalog.Slot.values()) {
            if (!slot.perLab()) {
                check(catalog, slot, null, "policies." + slot.field(), null);
            }
        }
        for (int i = 0; i < labs.size(); i++) {
            LabSpec l = labs.get(i);
            checkLab(catalog, l, "labs[" + i + "]");
        }
        for (Roster.Founded f : validateReferences(labs, pool, events).founded()) {
            checkLab(catalog, f.lab(), f.path());
        }
        return this;
    }

    private void checkLab(PolicyCatalog catalog, LabSpec l, String path) {
        for (PolicyCatalog.Slot slot : PolicyCatalog.Slot.values()) {
            if (slot.perLab()) {
                check(catalog, slot, l, path + "." + slot.field(), "lab '" + l.name() + "'");
            }
        }
    }

    private void check(PolicyCatalog catalog, PolicyCatalog.Slot slot, LabSpec lab, String field, String label) {
        PolicySpec spec = slot.of(this, lab);
        try {
            catalog.check(slot, spec, lab);
        } catch (InvalidFieldException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, label, e.getMessage(), e);
        }
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

    /**
     * Walks the timeline in tick order (stable: the order given within a tick), checking each
     * event's references against what exists at its tick; an error names the event by its index
     * in {@code given}.
     */
    private static Roster validateReferences(List<LabSpec> labs, PoolSpec pool, List<EventSpec> given) {
        Roster roster = new Roster(labs, pool);
        Integer[] order = new Integer[given.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(given.get(a).tick(), given.get(b).tick()));
        for (int k : order) {
            EventSpec e = given.get(k);
            String label = e.kind() + " at tick " + e.tick();
            if (e.tick() < 1) {
                throw new IllegalArgumentException("events[" + k + "] (" + label + "): tick must be >= 1");
            }
            roster.begin("events[" + k + "]", label);
            e.checkReferences(roster);
        }
        return roster;
    }

    /**
     * The engine draws one uniform per researcher per tick for competing events, so the per-tick
     * probabilities of each status must sum to at most 1 (they depend on the tick unit). The
     * error names the largest rate of the sum: the one to lower.
     */
    private static void validateRates(MarketSpec m, TickUnit unit) {
        String per = unit == TickUnit.WEEK ? "week" : "month";
        String[] employed = {"offersEmployed", "separation", "retirement"};
        double[] pe = {m.offersEmployed().perTick(unit), m.separation().perTick(unit), m.retirement().perTick(unit)};
        if (pe[0] + pe[1] + pe[2] > 1 + 1e-12) {
            int big = largest(pe);
            throw new InvalidFieldException("market." + employed[big], null,
                    "per-tick separation + retirement + offers to the employed must be <= 1, was "
                    + num(pe[1]) + " + " + num(pe[2]) + " + " + num(pe[0]) + " = " + num(pe[0] + pe[1] + pe[2])
                    + " a " + per + " (lower the rates" + (unit == TickUnit.MONTH ? " or use tick: week" : "") + ")");
        }
        String[] seeking = {"offersSeeking", "poolExit"};
        double[] ps = {m.offersSeeking().perTick(unit), m.poolExit().perTick(unit)};
        if (ps[0] + ps[1] > 1 + 1e-12) {
            int big = largest(ps);
            throw new InvalidFieldException("market." + seeking[big], null,
                    "per-tick offers to seekers + pool exit must be <= 1, was " + num(ps[0]) + " + " + num(ps[1])
                    + " = " + num(ps[0] + ps[1]) + " a " + per + " (lower the rates"
                    + (unit == TickUnit.MONTH ? " or use tick: week" : "") + ")");
        }
    }

    private static int largest(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static String num(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** The population must fit in arrays; the error names the headcount (or pool size) that passes the limit. */
    private static void validatePopulation(List<LabSpec> labs, PoolSpec pool) {
        long n = 0;
        for (int i = 0; i < labs.size(); i++) {
            List<TeamSpec> teams = labs.get(i).teams();
            for (int j = 0; j < teams.size(); j++) {
                TeamSpec t = teams.get(j);
                n += (long) t.headcount() + t.stars().size();
                if (n > MAX_POPULATION) {
                    throw new InvalidFieldException("labs[" + i + "].teams[" + j + "].headcount",
                            "team '" + t.name() + "' of lab '" + labs.get(i).name() + "'", tooLarge(n));
                }
            }
        }
        n += (long) pool.size() + pool.stars().size();
        if (n > MAX_POPULATION) {
            throw new InvalidFieldException("pool.size", null, tooLarge(n));
        }
    }

    private static String tooLarge(long n) {
        return "the population reaches " + n + " researchers with this field, more than the limit of "
                + MAX_POPULATION;
    }
}
