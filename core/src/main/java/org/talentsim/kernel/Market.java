package org.talentsim.kernel;

import java.util.ArrayList;
import java.util.List;
import org.talentsim.kernel.Lab;
import org.talentsim.kernel.Population;
import org.talentsim.kernel.Team;
import org.talentsim.model.TickUnit;
import org.talentsim.kernel.World;
import org.talentsim.policy.AcceptancePolicy;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.policy.ProductionPolicy;
import org.talentsim.policy.QuitPolicy;
import org.talentsim.rng.Streams;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.Stake;

/**
 * The market of one run: the world built from a scenario, its policies, and one method per
 * built-in phase of the tick (DESIGN §3.3). The engine calls the phases in order; each is
 * deterministic given (seed, tick) whatever {@link ChunkRunner} spreads the chunks.
 */
public final class Market {
    /** Researchers per chunk: fixed, independent of the thread count (DESIGN §4). */
    public static final int CHUNK_SIZE = 4096;

    final Scenario scenario;
    /** The name the engine's log lines carry ({@link EngineLog}): the scenario's name and seed. */
    private final String logName;
    final World world;
    final Population pop;
    final Streams streams;
    final PolicyRegistry registry;
    final LabPolicies labPolicies = new LabPolicies();
    final AcceptancePolicy acceptance;
    /** The morale phase's pass over a chunk: the built-in rules' own loop, or one call per researcher. */
    final MoralePass morale;
    final QuitPolicy quits;
    final ProductionPolicy production;
    final MarketSpec spec;
    final double monthsPerTick;
    final double separation;
    final double offersEmployed;
    final double offersSeeking;
    final double retirement;
    final double poolExit;
    /** Share of a team's planned size it can hire in a month (MarketSpec.hiringCapacity). */
    final double hiringCapacity;
    /** Stages of the research lag of every lab (CapabilitySpec.researchLagShape). */
    final int researchStages;
    /** The re-hire cool-off in ticks: a lab makes no offer to someone it laid off fewer ticks ago. */
    final int coolOffTicks;
    final Mover mover;
    final Census census;
    final Buffer[] buffers;
    final List<Orders.Layoff> pendingLayoffs = new ArrayList<>();
    final List<Orders.Raid> pendingRaids = new ArrayList<>();
    final List<Orders.JobFair> pendingFairs = new ArrayList<>();
    final List<Orders.Dismissal> pendingDismissals = new ArrayList<>();
    /**
     * Per team: whether a layoff queued this tick cuts it ({@link #markCuts}): it hires no one and
     * its lab counters no outside offer to its members this tick, people it is about to let go.
     */
    private boolean[] cutNow = new boolean[0];
    /** The researchers a dismissal queued this tick names (the first {@link #dismissedCount}): not countered. */
    private int[] dismissedNow = new int[0];
    private int dismissedCount;
    private final Search search;
    private final OfferDesk offers;
    private final LayoffDesk layoffs;
    private final EventDesk events;
    final Production productionPhase;
    private final Payroll payroll;
    /** Spreads the census over workers; the engine sets its own (results do not depend on it). */
    private ChunkRunner runner = ChunkRunner.SEQUENTIAL;

    /** Whether the census still describes the state (nothing changed membership or pay since it ran). */
    boolean censusFresh;

    /**
     * Builds the starting world of {@code scenario} and its policies.
     *
     * @throws org.talentsim.scenario.InvalidFieldException when the scenario does not pass
     *     {@link Scenario#validate} against {@code registry} (a policy name or parameter unknown or
     *     invalid, a field a policy needs missing); a scenario that passes never fails here
     */
    public Market(Scenario scenario, PolicyRegistry registry) {
        scenario.validate(registry);
        this.logName = logName(scenario);
        this.scenario = scenario;
        this.registry = registry;
        this.spec = scenario.market();
        this.streams = Streams.of(scenario.generator(), scenario.seed());
        TickUnit unit = scenario.tickUnit();
        this.monthsPerTick = 12.0 / unit.ticksPerYear();
        this.separation = spec.separation().perTick(unit);
        this.offersEmployed = spec.offersEmployed().perTick(unit);
        this.offersSeeking = spec.offersSeeking().perTick(unit);
        this.retirement = spec.retirement().perTick(unit);
        this.poolExit = spec.poolExit().perTick(unit);
        this.hiringCapacity = spec.hiringCapacity().perTick(TickUnit.MONTH);
        // Scenario validates the per-tick sums (its constructor) and the policies (validate, above)
        assert separation + retirement + offersEmployed <= 1 + 1e-12 && offersSeeking + poolExit <= 1 + 1e-12;
        this.researchStages = spec.capability().researchLagShape();
        this.coolOffTicks = (int) Math.round(spec.rehireCoolOffMonths() * unit.ticksPerMonth());
        this.acceptance = create(PolicyRegistry.ACCEPTANCE, scenario.acceptance());
        this.quits = create(PolicyRegistry.QUITS, scenario.quits());
        this.production = create(PolicyRegistry.PRODUCTION, scenario.production());
        this.world = WorldFactory.build(scenario, streams, researchStages);
        this.pop = world.population();
        addPolicies();
        int graceTicks = (int) Math.ceil(spec.visaGraceDays() / 365.0 * unit.ticksPerYear() - 1e-9);
        this.mover = new Mover(world, graceTicks, coolOffTicks, labPolicies);
        java.util.Arrays.fill(pop.inStatusArray(), (short) 1);
        poolClocksOff();
        this.census = new Census(world);
        int chunks = (pop.size() + CHUNK_SIZE - 1) / CHUNK_SIZE;
        this.buffers = new Buffer[chunks];
        for (int c = 0; c < chunks; c++) {
            buffers[c] = new Buffer();
        }
        this.morale = MoralePass.of(create(PolicyRegistry.MORALE, scenario.morale()), pop.view(), chunks);
        // the labs' median pay is read by the morale rule's signals and by the quit hazard's pay gap only
        census.computeMedians(morale.readsSignals() || !(quits instanceof org.talentsim.policy.NoQuits));
        this.search = new Search(this);
        this.offers = new OfferDesk(this);
        this.layoffs = new LayoffDesk(this);
        this.events = new EventDesk(this);
        this.productionPhase = new Production(this);
        this.payroll = new Payroll(this);
        grantStarStakes();
        startPackages();
        runCensus();
        // the starting staff whose morale the scenario leaves open start at the rule's steady state
        morale.settle(moraleSignals(), pop.size());
        runCensus();
        startVacancies();
        startClocks(graceTicks);
        layoffs.noteStart();
    }

    /*
     * The constructor's loops are methods of their own: a market of 10,000 labs or 100,000
     * researchers makes a loop hot enough for C2, which then compiled the whole constructor with
     * everything it inlines, on the stack (OSR) and again as a method (~0.6 s of compilation in
     * `validate`); now only the loop is compiled.
     */

    /** Each lab's and team's policies, in the file's order. */
    private void addPolicies() {
        for (int li = 0; li < scenario.labs().size(); li++) {
            var l = scenario.labs().get(li);
            labPolicies.add(registry, l, scenario.tickUnit());
            for (var ts : l.teams()) {
                labPolicies.addTeam(world.teamIndex(li, ts.name()), ts, registry, scenario.tickUnit());
            }
        }
    }

    /**
     * The starting pool's visa holders are graduates and academics whose status does not hang on
     * a lab: their grace clock starts only when a job in the market ends (MODEL §5), so the whole
     * pool does not leave the country in the first grace period.
     */
    private void poolClocksOff() {
        for (int i = 0; i < pop.size(); i++) {
            if (pop.visa(i) && pop.status(i) == org.talentsim.model.Status.SEEKING) {
                pop.setClock(i, Population.NO_CLOCK);
            }
        }
    }

    /**
     * The chance that employed researcher {@code i} leaves for the pool in a tick at the starting
     * rates: the separation rate plus his quit hazard at his morale and pay gap (as the search
     * draws them, 7.4).
     */
    private double leavingChance(int i) {
        double d = census.lnMedians()[world.teamLabArray()[pop.team(i)]] - pop.lnSalaryArray()[i];
        return separation + Search.hazard(quits, pop.moraleArray()[i], 0.5 * (d + Math.abs(d))) * monthsPerTick;
    }

    /**
     * Opens the positions a stationary market holds at the start of a tick (MODEL §5): in the
     * steady state a team begins each tick with the openings its leavers of the tick before left.
     * For each unnamed member of the starting staff a draw from the stream (seed; 0, START_CLOCKS,
     * 1), in index order, says whether a researcher in his place would have left in the tick
     * before (one tick's separation plus his quit hazard at the starting morale and pay gap); each
     * such leaver adds one position to his team's (finite) target. Nobody moves: the staff are
     * those of the file, and the team starts with that many openings. With headcount h, target T
     * and L such leavers, the planned size becomes {@code max(T, min(h, T) + L)}: a team at its
     * target opens the L places; a team growing toward its target already has their places among
     * its openings (its plan stays T: it rose by L, which raised its recruiting quota and the size
     * it grew to beyond the file's target: found by an economist's review); a team above its target
     * opens only what the leavers leave below it (T + L when that is above h), so a team at or
     * under a freeze opens nothing.
     */
    private void startVacancies() {
        java.util.random.RandomGenerator g = streams.stream(0, StreamKeys.START_CLOCKS, 1);
        int[] open = new int[world.teamCount()];
        for (int i = 0; i < pop.size(); i++) {
            if (pop.statusArray()[i] != org.talentsim.model.Status.EMPLOYED_CODE || pop.name(i) != null) {
                continue;
            }
            if (g.nextDouble() < leavingChance(i)) {
                open[pop.team(i)]++;
            }
        }
        int[] staff = census.counts();
        for (int t = 0; t < open.length; t++) {
            Team team = world.team(t);
            // a team above its target has no opening when someone leaves until it is back at its
            // target: its leavers open positions only beyond that (a freeze, target 0, opens none);
            // a team below its target counts its leavers' places among the openings it has
            if (open[t] > 0 && team.target() != Team.UNLIMITED) {
                long planned = Math.max(team.target(), Math.min(staff[t], (long) team.target()) + open[t]);
                if (planned > team.target() && planned > staff[t]) {
                    team.setTarget((int) Math.min(Team.UNLIMITED - 1L, planned));
                }
            }
        }
    }

    /**
     * Puts on a grace clock as many of the starting pool's visa holders as a stationary market
     * would hold recent job losers (MODEL §5): with J the visa holders expected to lose a job in
     * a tick at the starting rates (separation plus the quit hazard of each employed visa holder)
     * and h the seekers' offer rate per tick, {@code round(J·(1 − h)^(g − c))} of them have c
     * ticks left, for c = g (the grace period) down to 1, chosen at random among the pool's visa
     * holders. The rest are not on a clock.
     */
    private void startClocks(int graceTicks) {
        if (graceTicks <= 0) {
            return;
        }
        double inflow = 0;
        int seekers = 0;
        for (int i = 0; i < pop.size(); i++) {
            if (!pop.visa(i)) {
                continue;
            }
            byte st = pop.statusArray()[i];
            if (st == org.talentsim.model.Status.EMPLOYED_CODE) {
                inflow += Math.min(1, leavingChance(i));
            } else if (st == org.talentsim.model.Status.SEEKING_CODE && pop.clockArray()[i] == Population.NO_CLOCK) {
                seekers++;
            }
        }
        // c ticks left means grace − c ticks already spent seeking: a share (1 − h)^(grace − c)
        // of those who lost a job that long ago is still seeking, h = a seeker's offer rate
        int[] left = new int[graceTicks + 1];
        int clocked = 0;
        for (int c = graceTicks; c >= 1 && clocked < seekers; c--) {
            left[c] = (int) Math.min(seekers - clocked, Math.round(inflow * Math.pow(1 - offersSeeking, graceTicks - c)));
            clocked += left[c];
        }
        if (clocked == 0) {
            return;
        }
        int[] who = new int[seekers];
        int k = 0;
        for (int i = 0; i < pop.size(); i++) {
            if (pop.visa(i) && pop.statusArray()[i] == org.talentsim.model.Status.SEEKING_CODE
                    && pop.clockArray()[i] == Population.NO_CLOCK) {
                who[k++] = i;
            }
        }
        java.util.random.RandomGenerator g = streams.stream(0, StreamKeys.START_CLOCKS, 0);
        int j = 0;
        for (int c = graceTicks; c >= 1; c--) {
            for (int n = 0; n < left[c]; n++, j++) {
                int r = j + g.nextInt(seekers - j);
                int t = who[r];
                who[r] = who[j];
                who[j] = t;
                pop.setClock(t, c);
            }
        }
    }

    /**
     * The starting staff of a lab that grants equity hold what its terms would have left them
     * unvested at their tenure (docs/MODEL.md §7.9): a grant made at hire, or under annual
     * refreshers at the last work anniversary, less the dates vested since. Nobody starts in a
     * claw-back period.
     */
    private void startPackages() {
        if (!labPolicies.packages) {
            return;
        }
        int perYear = scenario.tickUnit().ticksPerYear();
        int[] teamLab = world.teamLabArray();
        for (int i = 0; i < pop.size(); i++) {
            if (pop.statusArray()[i] != org.talentsim.model.Status.EMPLOYED_CODE) {
                continue;
            }
            PayTerms t = labPolicies.terms(pop.team(i), teamLab[pop.team(i)]);
            if (t.equity == 0) {
                continue;
            }
            int ten = pop.tenure(i);
            int from = t.refresh == org.talentsim.policy.PayPolicy.Refresh.ANNUAL && ten >= perYear ? ten / perYear * perYear : 0;
            int left = t.periods - t.vestedBetween(from, ten);
            if (left > 0) {
                pop.setGrant(i, t.grant(pop.salary(i)) * left / t.periods, left);
                int lab = teamLab[pop.team(i)];
                mover.regrant(i, 0, 0, t, lab, t, lab);
            }
        }
    }

    /** Stars under contract hold their stakes from the first tick (docs/MODEL.md §7.5). */
    private void grantStarStakes() {
        for (var l : scenario.labs()) {
            for (var t : l.teams()) {
                for (var star : t.stars()) {
                    if (star.stake().any()) {
                        grantStake(pop.indexOf(star.name()), star.stake(), 1);
                    }
                }
            }
        }
    }

    /**
     * Gives employed researcher {@code i} a stake in his employer, granted in tick {@code tick}:
     * {@code share · max(0, v − w)} a year (v his employer's valuation of him for his team, w his
     * pay), forfeitable until {@code tick + vesting}.
     */
    void grantStake(int i, Stake stake, int tick) {
        if (!stake.any() || pop.statusArray()[i] != org.talentsim.model.Status.EMPLOYED_CODE) {
            return;
        }
        Team t = world.team(pop.team(i));
        double surplus = Math.max(0, valuation(world.lab(t.lab()), t, i) - pop.salary(i));
        int vesting = (int) Math.round(stake.vestingMonths() * scenario.tickUnit().ticksPerMonth());
        if (surplus > 0 && vesting > 0) {
            pop.grantStake(i, stake.share() * surplus, tick + vesting);
        }
    }

    private <T> T create(PolicyRegistry.Kind<T> kind, org.talentsim.scenario.PolicySpec s) {
        return registry.create(kind, s);
    }

    /** The runner of the census and of the layoffs' clock pass. */
    ChunkRunner runner() {
        return runner;
    }

    /**
     * Sets the runner of the census and of the layoffs' clock pass (the other parallel phases
     * take theirs as an argument).
     */
    public void useRunner(ChunkRunner r) {
        runner = java.util.Objects.requireNonNull(r, "runner");
    }

    /** The tick's offer-sampling table, once the search has prepared it. */
    OfferTable offerTable() {
        return search.table();
    }

    /** The state. */
    public World world() {
        return world;
    }

    /** The random streams of this run (algorithm and seed). */
    public Streams streams() {
        return streams;
    }

    /**
     * Records the offers of each tick in {@code world().offers()} ({@code true}) or not (the
     * default; then the offers phase allocates and writes nothing for them). Results do not
     * depend on it.
     */
    public void recordOffers(boolean record) {
        world.offers().record(record);
    }

    /** Number of chunks the population is split into. */
    public int chunks() {
        return buffers.length;
    }

    /** Length of a tick in months. */
    public double monthsPerTick() {
        return monthsPerTick;
    }

    /**
     * Recomputes the census (team sums, lab payrolls, peer pay) and resets team headcounts to the
     * counted members; call after editing the state by hand.
     */
    public void recount() {
        runCensus();
        int[] counts = census.counts();
        for (int ti = 0; ti < world.teamCount(); ti++) {
            Team t = world.team(ti);
            t.setHeadcount(counts[t.id()]);
        }
    }

    /**
     * A frozen copy of the whole mutable state (population, labs, teams, clock, queued events),
     * to restore later: for benchmarks that time one tick on the same state again and again,
     * and for what-if branches.
     */
    public static final class Snapshot {
        private final org.talentsim.kernel.Population population;
        private final List<Lab> labs = new ArrayList<>();
        private final List<Team> teams = new ArrayList<>();
        private final int tick;
        private final List<Orders.Layoff> layoffs;
        private final List<Orders.Raid> raids;
        private final List<Orders.JobFair> fairs;
        private final List<Orders.Dismissal> dismissals;
        /** How many skipped parts of events the world had noted ({@code WorldView.skippedEvents}). */
        private final int skipped;
        /** Each lab's offer, retention and layoff policy: a policyChange event replaces them (the instances hold no state). */
        private final List<org.talentsim.policy.OfferPolicy> offer;
        private final List<org.talentsim.policy.RetentionPolicy> retention;
        private final List<org.talentsim.policy.LayoffPolicy> layoff;

        private Snapshot(Market m) {
            population = m.pop.copy();
            for (int li = 0; li < m.world.labCount(); li++) {
                Lab l = m.world.lab(li);
                labs.add(l.copy());
            }
            for (int ti = 0; ti < m.world.teamCount(); ti++) {
                Team t = m.world.team(ti);
                teams.add(t.copy());
            }
            tick = m.world.tick();
            layoffs = List.copyOf(m.pendingLayoffs);
            raids = List.copyOf(m.pendingRaids);
            fairs = List.copyOf(m.pendingFairs);
            dismissals = List.copyOf(m.pendingDismissals);
            skipped = m.world.skippedEvents().size();
            offer = new ArrayList<>(m.labPolicies.offer);
            retention = new ArrayList<>(m.labPolicies.retention);
            layoff = new ArrayList<>(m.labPolicies.layoff);
        }

        /** The tick the snapshot was taken after. */
        public int tick() {
            return tick;
        }
    }

    /** Takes a snapshot of the current state. */
    public Snapshot snapshot() {
        return new Snapshot(this);
    }

    /**
     * Restores a snapshot taken from this market. Cheap: copies arrays, allocates nothing per
     * researcher.
     *
     * @throws IllegalStateException if a lab was founded since the snapshot
     */
    public void restore(Snapshot s) {
        if (s.labs.size() != world.labCount() || s.teams.size() != world.teamCount()) {
            throw new IllegalStateException("cannot restore a snapshot taken before a lab or team was added");
        }
        pop.copyFrom(s.population);
        for (int k = 0; k < s.labs.size(); k++) {
            world.lab(k).copyStateFrom(s.labs.get(k));
        }
        for (int k = 0; k < s.teams.size(); k++) {
            world.team(k).copyStateFrom(s.teams.get(k));
        }
        world.resyncTeams();
        world.setTick(s.tick);
        world.moves().clear();
        world.offers().clear();
        refill(pendingLayoffs, s.layoffs);
        refill(pendingRaids, s.raids);
        refill(pendingFairs, s.fairs);
        refill(pendingDismissals, s.dismissals);
        world.keepSkipped(s.skipped);
        refill(labPolicies.offer, s.offer);
        refill(labPolicies.retention, s.retention);
        refill(labPolicies.layoff, s.layoff);
        runCensus();
    }

    /** {@code to} becomes a copy of {@code from}, element by element (addAll would copy through an array). */
    private static <T> void refill(List<T> to, List<T> from) {
        to.clear();
        for (int k = 0; k < from.size(); k++) {
            to.add(from.get(k));
        }
    }

    /** Phase 1: applies the scheduled events of {@code tick}. */
    public void events(int tick) {
        // efficiency: lab: each lab's from the state the scenario describes, before any event
        productionPhase.calibrateBeforeEvents();
        events.apply(tick);
    }

    /** Phase 2: team output, the knowledge pipeline, capability, and labs' strategic reaction. */
    public void production(int tick) {
        productionPhase.run(tick);
    }

    /** The tick's morale signals, prepared for the morale pass (sequential, O(labs + teams)). */
    private MoraleContext moraleSignals() {
        productionPhase.prepareMorale(morale.readsSignals());
        MoraleContext ctx = productionPhase.moraleContext();
        morale.prepare(ctx, world.teamCount());
        return ctx;
    }

    /** Phase 3: morale of the employed, in parallel chunks. */
    public void morale(int tick, ChunkRunner runner) {
        passContext = moraleSignals();
        runner.run(buffers.length, moraleTask);
    }

    // The current parallel phase's inputs, read by its tasks: fields, so that the tasks are
    // allocated once (a capturing lambda per call escapes to the worker threads: 32 bytes a tick)
    private MoraleContext passContext;
    private int passTick;
    private MoralePass.PeerRelative passFused;
    private final java.util.function.IntConsumer moraleTask = this::moraleChunk;
    private final java.util.function.IntConsumer fusedTask = this::fusedChunk;
    private final java.util.function.IntConsumer moraleAndSearchTask = this::moraleAndSearchChunk;

    private void moraleChunk(int c) {
        morale.update(passContext, from(c), to(c));
    }

    private void fusedChunk(int c) {
        search.chunk(passTick, c, from(c), to(c), passFused);
    }

    private void moraleAndSearchChunk(int c) {
        morale.update(passContext, from(c), to(c));
        search.chunk(passTick, c, from(c), to(c));
    }

    /** The first researcher of chunk {@code c}. */
    private static int from(int c) {
        return c * CHUNK_SIZE;
    }

    /** The end of chunk {@code c}. */
    private int to(int c) {
        return Math.min(pop.size(), (c + 1) * CHUNK_SIZE);
    }

    /**
     * Phases 3 and 4 fused: for each chunk, the morale update then the search draws, in one
     * pass while the chunk's data is in cache. Gives exactly the results of {@link #morale}
     * followed by {@link #search} (each researcher's draw reads only its own morale); the engine
     * uses it when no user phase sits between the two.
     */
    public void moraleAndSearch(int tick, ChunkRunner runner) {
        passContext = moraleSignals();
        search.prepare();
        passTick = tick;
        if (morale instanceof MoralePass.PeerRelative fused) {
            // the built-in rule inside the search's loop: one pass, one pay gap per researcher
            passFused = fused;
            runner.run(buffers.length, fusedTask);
            return;
        }
        runner.run(buffers.length, moraleAndSearchTask);
    }

    /** Phase 4: the one draw per researcher, in parallel chunks. */
    public void search(int tick, ChunkRunner runner) {
        search.run(tick, runner);
    }

    /** Phase 5: offers, counter-offers, acceptance and moves, in the tick's drawn order (a uniform permutation of the researchers with a draw). */
    public void offers(int tick) {
        offers.run(tick);
    }

    /** Phase 6: layoffs ordered by events or forced by budgets, notices running out, visa clocks. */
    public void layoffs(int tick) {
        layoffs.run(tick);
    }

    /** Phase 7: pay for the tick, raises at anniversaries, tenure. */
    public void payroll(int tick, ChunkRunner runner) {
        payroll.run(tick, runner);
    }

    /**
     * Phase 7 and the census of phase 8 fused: the labs pay, then one pass over the population
     * advances each researcher's clocks and raise and adds them to the census; if raises took a
     * lab over its budget, they are scaled back (from the census's payroll in cents) and the
     * census takes the cuts as differences. Gives exactly the results of {@link #payroll}
     * followed by {@link #census}; the engine uses it when no user phase sits between the two.
     */
    public void payrollAndCensus(int tick, ChunkRunner runner) {
        payroll.prepare();
        census.run(runner, payroll);   // settles the raises too (a lab over its budget cuts them back)
        payroll.settlePackages();
        censusFresh = true;
    }

    /** Phase 8 (first half): the census of the end-of-tick state, for metrics. */
    public void census() {
        runCensus();
    }

    void runCensus() {
        census.run(runner);
        censusFresh = true;
    }

    /**
     * Marks the census stale, so the production phase recounts before using it. Call after
     * changing the state outside the built-in phases (the engine does so after user phases).
     */
    public void invalidateCensus() {
        censusFresh = false;
    }

    /** Whether lab {@code lab} laid researcher {@code i} off less than the re-hire cool-off before {@code tick}. */
    boolean coolingOff(int i, int lab, int tick) {
        return world.lab(lab).laidOffWithin(i, tick, coolOffTicks);
    }

    /**
     * The valuation of researcher {@code i} by a lab for a team: {@code productivity · max(1,
     * payLevel) · w*(s)}, times {@code offSpecialty} outside the team's focus. A team that pays
     * above the market (an elite unit) values its people at least that much more.
     */
    public double valuation(Lab lab, Team team, int i) {
        return valuation(lab, team, i, world.payScale().wage(pop.skillArray()[i]));
    }

    /** {@link #valuation(Lab, Team, int)} given the researcher's market pay {@code w*(s)} (saves a power). */
    double valuation(Lab lab, Team team, int i, double marketPay) {
        double v = lab.productivity() * Math.max(1, team.payLevel()) * marketPay;
        return pop.specialtyArray()[i] == team.focus().ordinal() ? v : spec.offSpecialty() * v;
    }

    /**
     * Marks what the layoffs and dismissals the events phase queued this tick will cut (before the
     * search builds its offer table): the teams a layoff names (all the lab's active unprotected
     * teams when it names none) and the researchers a dismissal names. A lab does not hire into a
     * team, or counter an outside offer to someone, it is letting go in the same tick (it did:
     * Meta hired 10–21 into FAIR, Products and Infra and countered a few, then laid them off, in
     * the month of its layoff).
     */
    void markCuts() {
        int teams = world.teamCount();
        if (cutNow.length < teams) {
            cutNow = new boolean[Math.max(teams, 2 * cutNow.length)];
        }
        java.util.Arrays.fill(cutNow, 0, teams, false);
        dismissedCount = 0;
        for (int k = 0; k < pendingLayoffs.size(); k++) {
            Orders.Layoff l = pendingLayoffs.get(k);
            int lab = world.labIndex(l.lab());
            if (lab < 0) {
                continue;
            }
            Lab x = world.lab(lab);
            for (int ti = 0; ti < x.teamCount(); ti++) {
                Team t = world.team(x.team(ti));
                if (l.cuts(t)) {
                    cutNow[t.id()] = true;
                }
            }
        }
        for (int k = 0; k < pendingDismissals.size(); k++) {
            int lab = world.labIndex(pendingDismissals.get(k).lab());
            for (String name : pendingDismissals.get(k).researchers()) {
                int i = pop.indexOf(name);
                // only someone the dismissing lab employs now (anyone else it leaves alone)
                if (i >= 0 && lab >= 0 && pop.status(i) == org.talentsim.model.Status.EMPLOYED
                        && world.teamLabArray()[pop.team(i)] == lab) {
                    if (dismissedCount == dismissedNow.length) {
                        dismissedNow = java.util.Arrays.copyOf(dismissedNow, Math.max(4, 2 * dismissedNow.length));
                    }
                    dismissedNow[dismissedCount++] = i;
                }
            }
        }
    }

    /** Whether team {@code t} is cut by a layoff queued this tick ({@link #markCuts}). */
    boolean cutNow(int t) {
        return t >= 0 && t < cutNow.length && cutNow[t];
    }

    /** Whether researcher {@code i} is about to be let go this tick: in a team cut now, or named by a dismissal. */
    boolean lettingGo(int i) {
        if (cutNow(pop.team(i))) {
            return true;
        }
        for (int k = 0; k < dismissedCount; k++) {
            if (dismissedNow[k] == i) {
                return true;
            }
        }
        return false;
    }

    /** The name the engine's log lines carry under {@link EngineLog#KEY}: {@code NAME, seed S}; one string per market. */
    public String logName() {
        return logName;
    }

    /** A simulation of {@code scenario}'s name in the log's context: its scenario's name and seed ({@code meta-2025, seed 42}). */
    public static String logName(Scenario scenario) {
        // String.concat, not +: on the way through every run, where a concatenation's first call in a
        // fresh JVM spins method-handle classes with the JDK's ASM (~8 for this shape; BENCHMARKS.md)
        return scenario.name().concat(", seed ").concat(Long.toString(scenario.seed()));
    }
}
