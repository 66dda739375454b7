package org.talentsim.scenario;

import org.talentsim.internal.Names;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.talentsim.model.Limits;
import org.talentsim.model.PayScale;
import org.talentsim.model.TickUnit;
import org.talentsim.rng.Streams;

/**
 * An immutable, validated description of one run. Build one in code with {@link #builder(String)}
 * (or read one from a file with the {@code io} package), change a copy with {@link #toBuilder()}
 * or a {@code with…} method, and run it with {@code Talentsim} or {@code Simulation}.
 *
 * <p>Building validates every value the scenario holds itself (ranges, names, references of the
 * events). A policy is kept as a {@link PolicySpec}, a name and parameters: whether the name
 * exists and its parameters are right is checked against the policy registry of the run (which
 * may hold your own policies), when a {@code Simulation} is built from the scenario, before its
 * first tick ({@code InvalidFieldException} naming the field). A scenario file is checked against
 * the registry when it is read.
 *
 * <pre>{@code
 * Scenario noCounter = meta.toBuilder()
 *     .editLab("Meta", lab -> lab.retention("none").editTeam("TBD Lab", t -> t.payLevel(3)))
 *     .build();
 * }</pre>
 *
 * <p>Its parts: {@code name} (short; the default output folder), {@code description},
 * {@code start} (calendar month of tick 1), {@code months} (length of the run), {@code
 * tickUnit} (month or week), {@code seed} (master seed), {@code generator} (random algorithm),
 * {@code market}, {@code labs} (at the start), {@code pool} (researchers outside every team at
 * the start), the market-wide policies {@code acceptance}, {@code morale}, {@code quits},
 * {@code production}, and {@code events} (the timeline, in tick order, stable for equal ticks).
 */
public final class Scenario {
    private final String name;
    private final String description;
    private final YearMonth start;
    private final int months;
    private final TickUnit tickUnit;
    private final long seed;
    private final String generator;
    private final MarketSpec market;
    private final List<LabSpec> labs;
    private final PoolSpec pool;
    private final PolicySpec acceptance;
    private final PolicySpec morale;
    private final PolicySpec quits;
    private final PolicySpec production;
    private final List<EventSpec> events;
    /** Per event of {@link #events}: whether it is timed by its tick rather than its month ({@link #timedByTick}). */
    private final boolean[] atTick;
    private final Origin origin;

    /**
     * Where a scenario read from a file came from, as a run's {@code manifest.json} records it
     * ({@code scenario_file}, {@code scenario_sha256}, {@code overrides}).
     *
     * @param file the file's name as given to the reader
     * @param sha256 hex SHA-256 of the file's bytes
     * @param overrides the overrides applied to the file's scenario since, in order, as written
     */
    public record Origin(String file, String sha256, List<String> overrides) {
        /** Checks and copies. */
        public Origin {
            java.util.Objects.requireNonNull(file, "file");
            java.util.Objects.requireNonNull(sha256, "sha256");
            overrides = List.copyOf(overrides);
        }

        /** This origin with {@code more} overrides applied after its own. */
        public Origin then(List<String> more) {
            List<String> all = new ArrayList<>(overrides);
            all.addAll(more);
            return new Origin(file, sha256, all);
        }
    }

    /** Validates everything at once; only {@link ScenarioBuilder} calls it. */
    Scenario(String name, String description, YearMonth start, int months, TickUnit tickUnit,
            long seed, String generator, MarketSpec market, List<LabSpec> labs, PoolSpec pool,
            PolicySpec acceptance, PolicySpec morale, PolicySpec quits, PolicySpec production,
            List<EventSpec> events, List<Boolean> eventsAtTick) {
        Check.name("name", name);
        description = description == null ? "" : description;
        if (start == null) {
            throw new IllegalArgumentException("start month is required");
        }
        Check.positive("months", months);
        if (months > MAX_MONTHS) {
            throw new InvalidFieldException("months", null, "must be at most " + MAX_MONTHS
                    + " (100 years), was " + months);
        }
        if (start.getYear() < MIN_YEAR || start.plusMonths(months - 1).getYear() > MAX_YEAR) {   // the last month counts, not the one after (9999-07 plus 6 months ends in 9999-12: an adversarial review)
            throw new InvalidFieldException("start", null, "the run must lie within the years " + MIN_YEAR + " to " + MAX_YEAR
                    + ", was " + start + " plus " + months + " months");
        }
        tickUnit = tickUnit == null ? TickUnit.MONTH : tickUnit;
        generator = generator == null ? Streams.DEFAULT_ALGORITHM : generator;
        try {
            Streams.requireAlgorithm(generator);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("generator: " + e.getMessage(), e);
        }
        market = market == null ? MarketSpec.DEFAULT : market;
        labs = Check.list("labs", labs);
        pool = pool == null ? PoolSpec.NONE : pool;
        acceptance = acceptance == null ? PolicySpec.of("utility") : acceptance;
        morale = morale == null ? PolicySpec.of("peer-relative") : morale;
        quits = quits == null ? PolicySpec.of("morale") : quits;
        production = production == null ? PolicySpec.of("effort") : production;
        List<EventSpec> given = Check.list("events", events);
        if (labs.isEmpty()) {
            throw new IllegalArgumentException("labs: a scenario needs at least one lab");
        }
        validateReferences(labs, pool, given);
        validateIds(given);
        validateRates(market, tickUnit);
        validatePopulation(labs, pool);
        validateMoney(market, labs, pool, given);
        // sorted by tick, stable, each event keeping its timing
        Integer[] order = new Integer[given.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, y) -> Integer.compare(given.get(x).tick(), given.get(y).tick()));
        List<EventSpec> sorted = new ArrayList<>(given.size());
        boolean[] byTick = new boolean[given.size()];
        for (int k = 0; k < order.length; k++) {
            sorted.add(given.get(order[k]));
            byTick[k] = eventsAtTick != null && order[k] < eventsAtTick.size() && Boolean.TRUE.equals(eventsAtTick.get(order[k]));
        }
        this.name = name;
        this.description = description;
        this.start = start;
        this.months = months;
        this.tickUnit = tickUnit;
        this.seed = seed;
        this.generator = generator;
        this.market = market;
        this.labs = labs;
        this.pool = pool;
        this.acceptance = acceptance;
        this.morale = morale;
        this.quits = quits;
        this.production = production;
        this.events = List.copyOf(sorted);
        this.atTick = byTick;
        this.origin = null;
    }

    /** {@code s} with another origin: nothing to validate again. */
    private Scenario(Scenario s, Origin origin) {
        this.name = s.name;
        this.description = s.description;
        this.start = s.start;
        this.months = s.months;
        this.tickUnit = s.tickUnit;
        this.seed = s.seed;
        this.generator = s.generator;
        this.market = s.market;
        this.labs = s.labs;
        this.pool = s.pool;
        this.acceptance = s.acceptance;
        this.morale = s.morale;
        this.quits = s.quits;
        this.production = s.production;
        this.events = s.events;
        this.atTick = s.atTick;
        this.origin = origin;
    }

    /** Short name (used for the default output folder). */
    public String name() { return name; }

    /** Free text ("" when none). */
    public String description() { return description; }

    /** Calendar month of tick 1. */
    public YearMonth start() { return start; }

    /** Length of the run in months. */
    public int months() { return months; }

    /** Month (default) or week. */
    public TickUnit tickUnit() { return tickUnit; }

    /** Master seed. */
    public long seed() { return seed; }

    /** Name of the random generator algorithm. */
    public String generator() { return generator; }

    /** Market-wide parameters. */
    public MarketSpec market() { return market; }

    /** Labs at the start (unmodifiable). */
    public List<LabSpec> labs() { return labs; }

    /** Researchers outside every team at the start. */
    public PoolSpec pool() { return pool; }

    /** How researchers choose between offers (policy). */
    public PolicySpec acceptance() { return acceptance; }

    /** Morale rule (policy). */
    public PolicySpec morale() { return morale; }

    /** Quit hazard rule (policy). */
    public PolicySpec quits() { return quits; }

    /** Team output rule (policy). */
    public PolicySpec production() { return production; }

    /** The timeline, in tick order (stable for equal ticks; unmodifiable). */
    public List<EventSpec> events() { return events; }

    /**
     * Whether event {@code k} of {@link #events()} is timed by its tick rather than by its month:
     * given in a file as {@code tick: N}, or in code by {@link ScenarioBuilder#eventAtTick}. An
     * override of {@code start} or {@code tick} (the unit) keeps such an event's tick, as editing
     * the file would; an event given by its {@code date:} (or by {@link ScenarioBuilder#event})
     * keeps its month instead, its tick counted again from the new start in the new unit.
     *
     * @throws IndexOutOfBoundsException when there is no event {@code k}
     */
    public boolean timedByTick(int k) {
        java.util.Objects.checkIndex(k, atTick.length);
        return atTick[k];
    }

    private List<Boolean> atTickList() {
        List<Boolean> out = new ArrayList<>(atTick.length);
        for (boolean b : atTick) {
            out.add(b);
        }
        return out;
    }

    /**
     * The file this scenario was read from, its hash and the overrides applied since (a run's
     * manifest records them); empty for a scenario built in code or changed through
     * {@link #toBuilder()}. {@link #withSeed} and {@link #withMonths} keep it, as the command
     * line's {@code --seed} and {@code --months} do (the manifest records the seed and months
     * run). Not part of {@link #equals}: two scenarios with the same content are equal wherever
     * they came from.
     */
    public java.util.Optional<Origin> origin() {
        return java.util.Optional.ofNullable(origin);
    }

    /**
     * This scenario with {@code origin} (null: none). The file reader and overrides set it; a
     * front end that reads scenarios from somewhere else may set its own.
     */
    public Scenario withOrigin(Origin origin) {
        return origin == this.origin ? this : new Scenario(this, origin);
    }

    /**
     * A builder holding every value of this scenario, to change some and build a new one. Values
     * are taken as they are: the events keep their ticks if the tick unit or the start changes
     * (see {@link ScenarioBuilder#tickUnit}; overrides, {@code Talentsim.override}, keep the
     * dates of the events given by date instead, {@link #timedByTick}).
     */
    public ScenarioBuilder toBuilder() {
        ScenarioBuilder b = new ScenarioBuilder(name).description(description).start(start).months(months)
                .tickUnit(tickUnit).seed(seed).generator(generator).market(market).pool(pool)
                .acceptance(acceptance).morale(morale).quits(quits).production(production);
        for (LabSpec l : labs) {
            b.lab(l);
        }
        for (int k = 0; k < events.size(); k++) {
            if (atTick[k]) {
                b.eventAtTick(events.get(k));
            } else {
                b.event(events.get(k));
            }
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Scenario s && months == s.months && seed == s.seed && name.equals(s.name)
                && description.equals(s.description) && start.equals(s.start) && tickUnit == s.tickUnit
                && generator.equals(s.generator) && market.equals(s.market) && labs.equals(s.labs)
                && pool.equals(s.pool) && acceptance.equals(s.acceptance) && morale.equals(s.morale)
                && quits.equals(s.quits) && production.equals(s.production) && events.equals(s.events);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, description, start, months, tickUnit, seed, generator, market, labs, pool,
                acceptance, morale, quits, production, events);
    }

    @Override
    public String toString() {
        return "Scenario[name=" + name + ", description=" + description + ", start=" + start + ", months=" + months
                + ", tickUnit=" + tickUnit + ", seed=" + seed + ", generator=" + generator + ", market=" + market
                + ", labs=" + labs + ", pool=" + pool + ", acceptance=" + acceptance + ", morale=" + morale
                + ", quits=" + quits + ", production=" + production + ", events=" + events + "]";
    }

    /** The longest run, in months (100 years): bounds the tick count and the size of the result files. */
    public static final int MAX_MONTHS = 1200;

    /** The first and last calendar years a run may cover (dates are written {@code YYYY-MM}). */
    public static final int MIN_YEAR = 1900, MAX_YEAR = 9999;

    /**
     * The most researchers a scenario may hold at the start (pool and teams, stars included): the
     * population lives in arrays indexed by {@code int}.
     */
    public static final long MAX_POPULATION = org.talentsim.model.Limits.MAX_POPULATION;

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
                check(catalog, slot, null, -1, null);
            }
        }
        for (int i = 0; i < labs.size(); i++) {
            checkLab(catalog, labs.get(i), i, null);
        }
        List<Roster.Founded> founded = validateReferences(labs, pool, events).founded();
        for (Roster.Founded f : founded) {
            checkLab(catalog, f.lab(), -1, f.path());
        }
        for (int k = 0; k < events.size(); k++) {
            if (events.get(k) instanceof EventSpec.PolicyChange p) {
                checkChange(catalog, p, k, founded);
            }
        }
        return this;
    }

    /** The policies a policyChange (at {@code events[k]}) gives its lab, checked with that lab ({@code posted} needs its postedWage). */
    private void checkChange(PolicyCatalog catalog, EventSpec.PolicyChange p, int k, List<Roster.Founded> founded) {
        LabSpec lab = null;
        for (LabSpec l : labs) {
            lab = l.name().equals(p.lab()) ? l : lab;
        }
        for (Roster.Founded f : founded) {
            lab = f.lab().name().equals(p.lab()) ? f.lab() : lab;
        }
        for (java.util.Map.Entry<PolicyCatalog.Slot, PolicySpec> c : p.changes().entrySet()) {
            try {
                catalog.check(c.getKey(), c.getValue(), lab);
            } catch (InvalidFieldException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("events[" + k + "]." + c.getKey().field(), "lab '" + p.lab() + "'", e.getMessage(), e);
            }
        }
    }

    /** The policies of the lab at {@code labs[index]}, or of a founded lab at {@code path} (index -1). */
    private void checkLab(PolicyCatalog catalog, LabSpec l, int index, String path) {
        for (PolicyCatalog.Slot slot : PolicyCatalog.Slot.values()) {
            if (slot.perLab()) {
                check(catalog, slot, l, index, path);
            }
        }
        for (int t = 0; t < l.teams().size(); t++) {
            TeamSpec team = l.teams().get(t);
            if (team.pay() != null) {
                try {
                    catalog.check(PolicyCatalog.Slot.PAY, team.pay(), l);
                } catch (InvalidFieldException e) {
                    throw e;
                } catch (IllegalArgumentException e) {
                    String labPath = index >= 0 ? "labs[" + index + "]" : path;
                    throw new InvalidFieldException(labPath + ".teams[" + t + "].pay", "lab '" + l.name() + "' team '"
                            + team.name() + "'", e.getMessage(), e);
                }
            }
        }
    }

    /** Checks one policy; the field path and label are built only for a message (a scenario may have thousands of labs). */
    private void check(PolicyCatalog catalog, PolicyCatalog.Slot slot, LabSpec lab, int index, String path) {
        PolicySpec spec = slot.of(this, lab);
        try {
            catalog.check(slot, spec, lab);
        } catch (InvalidFieldException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String labPath = index >= 0 ? "labs[" + index + "]" : path;
            String field = lab == null ? "policies." + slot.field() : labPath + "." + slot.field();
            throw new InvalidFieldException(field, lab == null ? null : "lab '" + lab.name() + "'", e.getMessage(), e);
        }
    }

    /**
     * The researchers at the start: every team's headcount and named researchers, and the pool's
     * size and named researchers (labs founded by events start empty). At most
     * {@link #MAX_POPULATION}.
     */
    public long population() {
        long n = (long) pool.size() + pool.stars().size();
        for (LabSpec l : labs) {
            for (TeamSpec t : l.teams()) {
                n += (long) t.headcount() + t.stars().size();
            }
        }
        return n;
    }

    /**
     * Values this scenario accepts that look like a slip, each in a sentence: an event dated after
     * the run's last tick (it never happens), a layoff of more people than its teams start with or
     * of none, a budget under a tenth of what its staff are paid (a money unit left out: 2.1 for
     * 2.1B), a named salary under a hundredth of the market's pay at its skill, a pay level, sign-on,
     * premium or raise that reads as a percent written for a multiple (80 for 80%), a value that
     * changes nothing (a posted wage without the posted policy, a cohort of a team that starts
     * empty, offersSeeking beside a matching function), a spree undone by a layoff of its team in
     * the same tick. Notes, not errors: each can be meant. The command line prints them ({@code
     * check}, {@code run}, the experiment commands); {@code Talentsim.run} and {@code replicate} log
     * them at WARN, once per call.
     */
    public List<String> notes() {
        return ScenarioNotes.of(this);
    }

    /** The number of teams at the start, over all labs. */
    public int teamCount() {
        int n = 0;
        for (LabSpec l : labs) {
            n += l.teams().size();
        }
        return n;
    }

    /** The number of ticks the run lasts: {@code months} converted to the tick unit. */
    public int ticks() {
        // at most MAX_MONTHS × 52/12 ticks: far from overflowing an int
        return Math.toIntExact(Math.round(months * tickUnit.ticksPerMonth()));
    }

    /** A builder with defaults: start 2025-01, 24 months, monthly, seed 1, {@link MarketSpec#DEFAULT}. */
    public static ScenarioBuilder builder(String name) {
        return new ScenarioBuilder(name);
    }

    /** A copy with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, start, months, tickUnit, newSeed, generator, market, labs,
                pool, acceptance, morale, quits, production, events, atTickList()).withOrigin(origin);
    }

    /** A copy with another length. */
    public Scenario withMonths(int newMonths) {
        return new Scenario(name, description, start, newMonths, tickUnit, seed, generator, market, labs,
                pool, acceptance, morale, quits, production, events, atTickList()).withOrigin(origin);
    }

    /** Event ids are unique; an error names the later event by its index in {@code given}. */
    private static void validateIds(List<EventSpec> given) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int k = 0; k < given.size(); k++) {
            String id = given.get(k).id();
            if (id == null) {
                continue;
            }
            Check.name("events[" + k + "].id", id);
            // as the built-in events' records and files check it: a custom event's id of digits
            // only was taken, and its scenario written out could not be read back (an API review)
            if (Names.digitsOnly(id)) {
                throw new InvalidFieldException("events[" + k + "].id", null, Names.quote(id) + ": " + Names.DIGITS_ID);
            }
            Integer first = seen.putIfAbsent(id, k);
            if (first != null) {
                throw new InvalidFieldException("events[" + k + "].id", null, "an event with id '" + id
                        + "' is already defined at events[" + first + "]");
            }
        }
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
            roster.begin("events[" + k + "]", label, e.tick());
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
        // with a matching function, offersSeeking is not used (the function gives the seekers'
        // offers, capped at 1 − pool exit): it was checked and blamed all the same (found by a
        // scenario author's review)
        double[] ps = {m.matching() != null ? 0 : m.offersSeeking().perTick(unit), m.poolExit().perTick(unit)};
        if (m.matching() != null && ps[1] > 1 + 1e-12) {
            throw new InvalidFieldException("market.poolExit", null, "per-tick pool exit must be <= 1, was " + num(ps[1])
                    + " a " + per + " (lower the rate" + (unit == TickUnit.MONTH ? " or use tick: week" : "") + ")");
        }
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
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros();
        // 6 significant digits, plain from 0.0001 up to a million, else in E notation (8.33333E+298, 1E-11)
        return v == 0 || d.abs().compareTo(java.math.BigDecimal.valueOf(1_000_000)) < 0
                && d.abs().compareTo(java.math.BigDecimal.valueOf(1, 4)) >= 0 ? d.toPlainString() : d.toString();
    }

    /**
     * The highest pay the scenario names: the value of unemployment, posted wages, named
     * researchers' salaries (in teams, in the pool, in labs founded by events), founders'
     * salaries, and the highest salary each cohort's distribution reaches in practice (a
     * constant; a uniform's upper end; mean + 6 sd; median · e^(6σ); a Pareto's 1 − 10⁻⁹ quantile). The unit in which a run adds up money must hold it ({@link PayScale#moneyDigits}),
     * and pay the run draws or computes stops at that unit's cap (docs/MODEL.md §7.2).
     */
    public double highestNamedPay() {
        return namedPay(market, labs, pool, events).pay;
    }

    /** A pay the scenario names and the path of its field. */
    private record NamedPay(double pay, String field) {
        NamedPay max(double p, String f) {
            return p > pay ? new NamedPay(p, f) : this;   // NaN (no posted wage, no founder's salary) is no pay
        }
    }

    private static NamedPay namedPay(MarketSpec m, List<LabSpec> labs, PoolSpec pool, List<EventSpec> events) {
        NamedPay top = new NamedPay(m.unemploymentValue(), "market.unemploymentValue");
        top = top.max(m.payScale().floor(), "market.payScale.floor");
        for (int i = 0; i < labs.size(); i++) {
            top = namedPay(top, labs.get(i), "labs[" + i + "]");
        }
        for (int k = 0; k < pool.stars().size(); k++) {
            top = top.max(pool.stars().get(k).salary(), "pool.stars[" + k + "].salary");
        }
        top = top.max(highest(pool.cohort().salary()), "pool.cohort.salary" + reach(pool.cohort().salary()));
        for (int k = 0; k < events.size(); k++) {
            if (events.get(k) instanceof EventSpec.Found f) {
                top = top.max(f.founderSalary(), "events[" + k + "].founderSalary");
                top = namedPay(top, f.lab(), "events[" + k + "].lab");
            }
        }
        return top;
    }

    private static NamedPay namedPay(NamedPay top, LabSpec l, String path) {
        top = top.max(l.postedWage(), path + ".postedWage");
        for (int j = 0; j < l.teams().size(); j++) {
            Dist salary = l.teams().get(j).members().salary();
            top = top.max(highest(salary), path + ".teams[" + j + "].members.salary" + reach(salary));
            List<StarSpec> stars = l.teams().get(j).stars();
            for (int k = 0; k < stars.size(); k++) {
                top = top.max(stars.get(k).salary(), path + ".teams[" + j + "].stars[" + k + "].salary");
            }
        }
        return top;
    }

    /** How a distribution's highest salary is named in a message: by itself for a constant. */
    private static String reach(Dist salary) {
        return salary == null || salary.kind() == Dist.Kind.CONSTANT ? "" : ", the top its distribution reaches";
    }

    /**
     * The highest salary a cohort's distribution reaches in practice: a constant's value, a
     * uniform's upper end, a normal's mean + 6 sd, a log-normal's median · e^(6σ), a Pareto's
     * 1 − 10⁻⁹ quantile, a beta's 1 — at most the files' highest pay (NaN for none: market pay).
     * The money unit's cap holds it, so drawn salaries are not cut to the cap.
     */
    private static double highest(Dist salary) {
        if (salary == null) {
            return Double.NaN;
        }
        double top = switch (salary.kind()) {
            case CONSTANT -> salary.a();
            case UNIFORM -> salary.b();
            case NORMAL -> salary.a() + 6 * salary.b();
            case LOGNORMAL -> salary.a() * Math.exp(6 * salary.b());
            case PARETO -> salary.a() * Math.pow(1e-9, -1 / salary.b());
            case BETA -> 1;
        };
        return Math.min(top, Limits.MAX_SALARY);   // NaN-free: a Pareto's overflow is +Infinity, then the limit
    }

    /**
     * Money is added up in a unit fine enough for the pay scale's base but coarse enough to hold
     * the highest pay the scenario names; a base so small beside that pay (or below what the finest
     * unit can count) that a salary of the base would count fewer than
     * {@link PayScale#MIN_UNITS_AT_BASE} units would see pay near the base rounded away in
     * payrolls and mean salaries: refused, naming the base and the pay that sets the unit.
     */
    private static void validateMoney(MarketSpec m, List<LabSpec> labs, PoolSpec pool, List<EventSpec> events) {
        double base = m.payScale().base();
        NamedPay top = namedPay(m, labs, pool, events);
        int j = PayScale.moneyDigits(base, top.pay);
        double perDollar = 100 * Math.pow(10, j);
        if (base * perDollar < PayScale.MIN_UNITS_AT_BASE) {
            String why = j == PayScale.MAX_MONEY_DIGITS
                    ? "the finest unit money is counted in is " + Check.amount(1 / perDollar)
                    : "money is counted in units of " + Check.amount(1 / perDollar) + ", the finest whose pay cap ("
                        + Check.amount(Limits.MAX_SALARY / Math.pow(10, j)) + ") holds the highest pay the scenario names ("
                        + Check.amount(top.pay) + ", " + top.field + ")";
            throw new InvalidFieldException("market.payScale.base", null, "too small to count: " + why
                    + ", so a pay of the base (" + Check.amount(base) + ") would be only " + Check.amount(base * perDollar)
                    + " units and pay near it would be lost to rounding; the base must be at least "
                    + Check.amount(PayScale.MIN_UNITS_AT_BASE / perDollar)
                    + (j == PayScale.MAX_MONEY_DIGITS ? "" : " (or that pay lower)"));
        }
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
