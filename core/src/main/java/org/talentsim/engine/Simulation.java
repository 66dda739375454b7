package org.talentsim.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentsim.kernel.ChunkRunner;
import org.talentsim.kernel.EngineLog;
import org.talentsim.kernel.Internals;
import org.talentsim.kernel.Market;
import org.talentsim.kernel.ParallelRunner;
import org.talentsim.kernel.Population;
import org.talentsim.kernel.World;
import org.talentsim.model.WorldView;
import org.talentsim.policy.PolicyRegistry;
import org.talentsim.scenario.Scenario;

/**
 * The front door: a run of a scenario, one tick at a time.
 *
 * <pre>{@code
 * try (Simulation sim = Simulation.builder(scenario).threads(2).observer(myObserver).build()) {
 *     sim.run();                       // all the scenario's ticks
 * }
 * }</pre>
 *
 * <p>Each tick runs the phases of {@link PhaseId} in order, with user phases before or after
 * any of them, then hands the tick to the observers. The same scenario and seed give the same
 * results, bit for bit, whatever the number of threads.
 *
 * <p>A simulation is stepped by one thread at a time: a {@link #step()} while another is running
 * throws {@link IllegalStateException}, as does any step after {@link #close()} or past the
 * scenario's last tick.
 */
public final class Simulation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);

    private final Scenario scenario;
    private final Market market;
    private final int threads;
    private final ChunkRunner runner;
    /** This simulation's name in the log's context ({@link #LOG_SCENARIO}). */
    private final String logName;
    /** Stops the runner's worker threads when this simulation is closed, or unreachable without having been (null: one thread). */
    private final Release release;
    private final Map<PhaseId, List<Phase>> before;
    private final Map<PhaseId, List<Phase>> after;
    /** Whether a user phase runs after METRICS: the census is then taken again before the observers. */
    private final boolean phasesAfterCensus;
    private final List<TickObserver> observers;
    /** Per observer (same order): whether it gets the tick's offers ({@link TickObserver#wantsOffers()}, asked once). */
    private final boolean[] offerObservers;
    private final TickContext context;
    private final Editor editor;
    private final AtomicBoolean stepping = new AtomicBoolean();
    /** The thread in {@link #step} (null between steps): a step or close from inside a step is named as such. */
    private volatile Thread stepper;
    private boolean started;
    private boolean finished;
    private volatile boolean closed;
    /** Where the tick being run is (for a failure's message): a phase, a user phase or the observers. */
    private String where = "";
    /** The tick being run, and whether the observers are being started (for a failure). */
    private int running;
    private boolean starting;
    /** The names of the places of user phases (built once: a tick allocates nothing). */
    private static final String[] USER_BEFORE = names("a user phase before ");
    private static final String[] USER_AFTER = names("a user phase after ");
    /** The failure that stopped a tick part way; the simulation refuses to go on after it. */
    private TickFailedException failed;

    static {
        Internals.install(s -> ((Simulation) s).market);
    }

    private Simulation(Builder b) {
        this.scenario = b.scenario;
        this.market = setUp(b.scenario, b.registry);
        this.logName = market.logName();
        this.threads = b.threads;
        this.before = copy(b.before);
        this.after = copy(b.after);
        this.phasesAfterCensus = after.containsKey(PhaseId.METRICS);
        this.observers = List.copyOf(b.observers);
        this.offerObservers = new boolean[observers.size()];
        boolean record = false;
        for (int k = 0; k < observers.size(); k++) {
            offerObservers[k] = observers.get(k).wantsOffers();
            record |= offerObservers[k];
        }
        market.recordOffers(record);
        this.editor = new Editor(market.world());
        this.context = new TickContext(market.world().view(), editor, market.streams());
        for (Consumer<Editor> init : b.initializers) {
            editor.open(true);
            try {
                init.accept(editor);
            } catch (RuntimeException e) {
                throw new TickFailedException(scenario.name(), 0, scenario.ticks(), "an initializer", e);
            } finally {
                editor.open(false);
            }
        }
        if (!b.initializers.isEmpty()) {
            market.recount();
        }
        // its workers carry this simulation's name for their whole life (policies run on them)
        this.runner = b.threads == 1 ? ChunkRunner.SEQUENTIAL : new ParallelRunner(b.threads, logName);
        market.useRunner(runner);
        this.release = runner instanceof ParallelRunner p ? Release.of(this, p, scenario.name()) : null;
    }

    /**
     * Stops a simulation's worker threads: when it is closed, or, as a safety net, once it is
     * unreachable without having been closed (its threads are parked daemons that would
     * otherwise stay for the life of the JVM: a service that builds many simulations and forgets
     * to close them would run out of threads). The action holds the runner, never the simulation.
     */
    private static final class Release implements Runnable {
        private final ParallelRunner runner;
        private final String scenario;
        private final int threads;
        private volatile boolean closed;
        private java.lang.ref.Cleaner.Cleanable cleanable;

        private Release(ParallelRunner runner, String scenario) {
            this.runner = runner;
            this.scenario = scenario;
            this.threads = runner.workers();
        }

        static Release of(Simulation owner, ParallelRunner runner, String scenario) {
            Release r = new Release(runner, scenario);
            r.cleanable = Cleaners.CLEANER.register(owner, r);
            return r;
        }

        /** By {@link Simulation#close()}. */
        void close() {
            closed = true;
            cleanable.clean();
        }

        @Override
        public void run() {
            runner.close();
            if (!closed) {
                LOG.warn("a simulation of scenario '{}' with {} threads was not closed: its worker threads are stopped now that"
                        + " it is unreachable (close it, or build it in try-with-resources)", scenario, threads);
            }
        }
    }

    /** The cleaner's thread is started only by the first simulation with worker threads. */
    private static final class Cleaners {
        static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create(r -> {
            Thread t = new Thread(r, "talentsim-cleaner");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The market of {@code scenario}: a scenario the registry refuses is said as such (an
     * {@link org.talentsim.scenario.InvalidFieldException}); anything else thrown while the
     * starting state is set up comes from a user's policy (the starting morale and quit hazards
     * ask the policies) and is wrapped with the scenario's name.
     */
    private static Market setUp(Scenario scenario, PolicyRegistry registry) {
        try {   // the market validates the scenario first
            return new Market(scenario, registry);
        } catch (org.talentsim.scenario.InvalidFieldException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new TickFailedException(scenario.name(), 0, scenario.ticks(), "the set-up of the market", e);
        }
    }

    /** A copy the builder cannot change afterwards: phases added to it later do not reach this simulation. */
    private static Map<PhaseId, List<Phase>> copy(Map<PhaseId, List<Phase>> m) {
        Map<PhaseId, List<Phase>> c = new EnumMap<>(PhaseId.class);
        m.forEach((id, phases) -> c.put(id, List.copyOf(phases)));
        return c;
    }

    /**
     * Heap bytes per researcher counted by {@link #memoryNeeded}: the population's arrays
     * ({@code Population.bytesPerResearcher()}, 50), the census scratch (4) and the rest that
     * grows with the researchers (search buffers, move log: 13); BENCHMARKS.md measured 57.6.
     */
    static final long BYTES_PER_RESEARCHER = Population.bytesPerResearcher() + 4 + 13;
    /** Heap bytes per lab (lab state, research pipeline, per-lab arrays and rows), generously. */
    static final long BYTES_PER_LAB = 16 * 1024;
    /** Heap bytes per team (team state, per-team arrays and rows), generously. */
    static final long BYTES_PER_TEAM = 2 * 1024;
    /**
     * Heap bytes per researcher who may be laid off in one tick (a lab with a budget, or one a
     * layoff, dismissal, closing acqui-hire or budget change names): the lab's table of laid-off
     * people (an open-addressing table of 4-8 slots each, and the one it replaces while growing)
     * and the tick's move log (61 bytes a move, and its copy while growing). A layoff of 900,000 of
     * a million needed ~215 MB where the estimate without it said 148 MB (found by a scenario
     * author's review: an OutOfMemoryError in a heap the check let through).
     */
    static final long BYTES_PER_LAYOFF = 128;
    /** Heap bytes of a run whatever its size (engine, policies, metrics), generously. */
    static final long BYTES_BASE = 64L * 1024 * 1024;

    /**
     * An estimate of the heap a run of {@code scenario} needs, in bytes: its researchers × 58 bytes
     * ({@code BYTES_PER_RESEARCHER}), its labs and teams, plus a quarter for the garbage
     * collector's headroom and 64 MB for the rest. Rows kept in memory by the caller (a
     * {@code History}) come on top.
     *
     * @param scenario the scenario
     * @return bytes of heap
     */
    public static long memoryNeeded(Scenario scenario) {
        return memoryNeeded(scenario, 1);
    }

    /**
     * {@link #memoryNeeded(Scenario)} for {@code atOnce} runs of {@code scenario} in one JVM at
     * the same time (an experiment's parallel runs): each run's state and headroom, and the 64 MB
     * of the rest once.
     *
     * @param scenario the scenario
     * @param atOnce runs at the same time, at least 1
     * @return bytes of heap
     */
    public static long memoryNeeded(Scenario scenario, int atOnce) {
        long state = scenario.population() * BYTES_PER_RESEARCHER + scenario.labs().size() * BYTES_PER_LAB
                + scenario.teamCount() * BYTES_PER_TEAM + mayLayOff(scenario) * BYTES_PER_LAYOFF;
        return Math.max(1, atOnce) * (state + state / 4) + BYTES_BASE;
    }

    /**
     * The researchers at the start of the labs that may lay people off: those with a budget (a
     * budget layoff) and those a layoff, dismissal, budget change or closing acqui-hire names.
     */
    static long mayLayOff(Scenario scenario) {
        java.util.Set<String> named = new java.util.HashSet<>();
        for (org.talentsim.scenario.EventSpec e : scenario.events()) {
            if (e instanceof org.talentsim.scenario.EventSpec.Layoff l) {
                named.add(l.lab());
            } else if (e instanceof org.talentsim.scenario.EventSpec.Dismissal d) {
                named.add(d.lab());
            } else if (e instanceof org.talentsim.scenario.EventSpec.BudgetChange b) {
                named.add(b.lab());
            } else if (e instanceof org.talentsim.scenario.EventSpec.AcquiHire a && a.closeSeller()) {
                named.add(a.fromLab());
            }
        }
        long n = 0;
        for (org.talentsim.scenario.LabSpec l : scenario.labs()) {
            if (l.budget() != Double.POSITIVE_INFINITY || named.contains(l.name())) {
                for (org.talentsim.scenario.TeamSpec t : l.teams()) {
                    n += (long) t.headcount() + t.stars().size();
                }
            }
        }
        return n;
    }

    /**
     * Refuses, before anything is allocated, a run that needs more memory ({@link #memoryNeeded})
     * than this JVM may use ({@link Runtime#maxMemory()}), instead of an {@link OutOfMemoryError}
     * after seconds of work. {@link Builder#build()} calls it.
     *
     * @param scenario the scenario
     * @throws IllegalArgumentException with both figures, e.g. {@code the run of 150000000
     *     researchers needs ~9.0 GB, the JVM may use 6.3 GB; raise -Xmx (e.g. JAVA_OPTS=-Xmx12g)
     *     or shrink the scenario}
     */
    public static void requireMemory(Scenario scenario) {
        requireMemory(scenario, Runtime.getRuntime().maxMemory());
    }

    static void requireMemory(Scenario scenario, long available) {
        Objects.requireNonNull(scenario, "scenario");
        long need = memoryNeeded(scenario);
        if (available != Long.MAX_VALUE && need > available) {
            double gib = 1024.0 * 1024 * 1024;
            long suggest = Math.max(1, (long) Math.ceil(need * 4.0 / 3 / gib));
            String[] m = org.talentsim.internal.Num.memory(need, available);
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the run of %d researchers needs ~%s %s, the JVM may use %s %s;"
                            + " raise -Xmx (e.g. JAVA_OPTS=-Xmx%dg) or shrink the scenario",
                    scenario.population(), m[0], m[2], m[1], m[2], suggest));
        }
    }

    /**
     * A builder for a run of {@code scenario}.
     *
     * @param scenario the scenario to run
     * @return the builder
     */
    public static Builder builder(Scenario scenario) {
        return new Builder(scenario);
    }

    /**
     * A single-threaded run of {@code scenario} with no observers.
     *
     * @param scenario the scenario to run
     * @return the simulation, built
     */
    public static Simulation of(Scenario scenario) {
        return builder(scenario).build();
    }

    /**
     * The scenario being run.
     *
     * @return the scenario
     */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * The state, read-only and live (change it in a user phase through {@link TickContext#edit()}).
     *
     * @return the world, a view
     */
    public WorldView world() {
        return market.world().view();
    }

    /**
     * Threads used for the parallel phases.
     *
     * @return the threads
     */
    public int threads() {
        return threads;
    }

    /**
     * The last tick completed (0 before the first).
     *
     * @return the tick, from 0
     */
    public int tick() {
        return market.world().tick();
    }

    /**
     * Whether every tick of the scenario has run.
     *
     * @return true when no tick is left
     */
    public boolean done() {
        return tick() >= scenario.ticks();
    }

    /**
     * Runs one tick.
     *
     * @throws TickFailedException when a policy, a user phase or an observer throws during the
     *     tick (the cause), naming the tick and the phase; the simulation then refuses to go on
     * @throws RuntimeException what an observer's {@link TickObserver#onStart} throws, as it is
     *     (at the first step, before any tick: a metric dated outside the run, say, is the
     *     caller's error); the simulation then refuses to go on as well
     * @throws IllegalStateException after the scenario's last tick, after {@link #finish()} or
     *     {@link #close()}, after a tick failed, while another thread is stepping this simulation, or
     *     when called during a step (by an observer, a phase or a policy of this simulation)
     */
    public void step() {
        if (closed) {
            throw new IllegalStateException("the simulation is closed");
        }
        if (finished) {
            throw new IllegalStateException("the simulation has finished");
        }
        refuseAfterFailure();
        if (done()) {
            throw new IllegalStateException("all " + scenario.ticks() + " ticks of scenario '" + scenario.name() + "' have run");
        }
        if (!stepping.compareAndSet(false, true)) {
            // the same thread: an observer, phase or policy stepping the simulation it is part of
            // (it was told of "another thread" when there was none: an economist's review)
            throw new IllegalStateException(stepper == Thread.currentThread()
                    ? "step() called during a step of this simulation (by one of its observers, phases or policies): a tick"
                            + " cannot start inside another"
                    : "step() called while another thread is stepping this simulation");
        }
        stepper = Thread.currentThread();
        // stepped inside another simulation's run() (from its observer): named for the step
        String other = EngineLog.nameOverOther(logName);
        try {
            stepUnchecked();
        } catch (RuntimeException e) {
            failed = new TickFailedException(scenario.name(), starting ? 0 : running, scenario.ticks(), where, e);
            // an observer refusing at the start (a metric's date no tick has) is the caller's
            // error, before anything ran: its own exception; the simulation still will not go on
            throw starting ? e : failed;
        } catch (Error e) {
            // an Error (an assertion, a stack overflow, out of memory) goes on as it is, but the
            // tick is as broken: the simulation refuses to go on all the same
            failed = new TickFailedException(scenario.name(), running, scenario.ticks(), where, e);
            throw e;
        } finally {
            EngineLog.restoreOther(other);
            stepper = null;
            stepping.set(false);
        }
    }

    private static String[] names(String prefix) {
        PhaseId[] ids = PhaseId.values();
        String[] out = new String[ids.length];
        for (PhaseId id : ids) {
            out[id.ordinal()] = prefix.concat(id.toString());   // (no invokedynamic: a fresh JVM's first concatenation of a shape spins classes)
        }
        return out;
    }

    /** After a tick failed part way its state is half of two ticks: nothing more is computed from it. */
    private void refuseAfterFailure() {
        if (failed != null) {
            // (tick 0: an observer's start refused, before any tick ran)
            throw new IllegalStateException((failed.tick() == 0 ? "the start of scenario '" + scenario.name() + "' failed, in "
                    + failed.phase() : "tick " + failed.tick() + " of scenario '" + scenario.name() + "' failed part way") + " ("
                    + failed.getCause() + "): build a new simulation to run again", failed);
        }
    }

    private void stepUnchecked() {
        World w = market.world();
        int t = w.tick() + 1;
        running = t;
        if (!started) {
            startObservers();
        }
        context.setTick(t);
        // the phases are called directly, between their user phases, rather than as lambdas
        // capturing t: a tick allocates nothing whatever the JIT decides to inline
        runBefore(PhaseId.EVENTS);
        where = "phase EVENTS";
        market.events(t);
        runAfter(PhaseId.EVENTS);
        runBefore(PhaseId.PRODUCTION);
        where = "phase PRODUCTION";
        market.production(t);
        runAfter(PhaseId.PRODUCTION);
        runBefore(PhaseId.MORALE);
        if (userPhasesBetween(PhaseId.MORALE, PhaseId.SEARCH)) {
            where = "phase MORALE";
            market.morale(t, runner);
            runAfter(PhaseId.MORALE);
            runBefore(PhaseId.SEARCH);
            where = "phase SEARCH";
            market.search(t, runner);
        } else {
            where = "phase MORALE or SEARCH";
            market.moraleAndSearch(t, runner);
        }
        runAfter(PhaseId.SEARCH);
        runBefore(PhaseId.OFFERS);
        where = "phase OFFERS";
        market.offers(t);
        runAfter(PhaseId.OFFERS);
        runBefore(PhaseId.LAYOFFS);
        where = "phase LAYOFFS";
        market.layoffs(t);
        runAfter(PhaseId.LAYOFFS);
        runBefore(PhaseId.PAYROLL);
        if (userPhasesBetween(PhaseId.PAYROLL, PhaseId.METRICS)) {
            where = "phase PAYROLL";
            market.payroll(t, runner);
            runAfter(PhaseId.PAYROLL);
            runBefore(PhaseId.METRICS);
            where = "phase METRICS";
            market.census();
        } else {
            where = "phase PAYROLL or METRICS";
            market.payrollAndCensus(t, runner);
        }
        runAfter(PhaseId.METRICS);
        if (phasesAfterCensus) {
            // a user phase after the census may have changed what it counted: the observers
            // are promised the end-of-tick state with a fresh census
            where = "phase METRICS";
            market.census();
        }
        w.setTick(t);
        where = "an observer";
        for (int k = 0; k < observers.size(); k++) {
            if (offerObservers[k]) {
                observers.get(k).onOffers(t, w.view(), w.offers().view());
            }
            observers.get(k).onTick(t, w.view(), w.moves().view());
        }
        w.clearTick();
    }

    /** Whether a user phase sits after {@code first} or before {@code next} (so the two cannot be fused). */
    private boolean userPhasesBetween(PhaseId first, PhaseId next) {
        return after.containsKey(first) || before.containsKey(next);
    }

    private void runBefore(PhaseId id) {
        runUser(before.get(id), USER_BEFORE[id.ordinal()]);
    }

    private void runAfter(PhaseId id) {
        runUser(after.get(id), USER_AFTER[id.ordinal()]);
    }

    /** The user phases {@code phases} (null: none), with the editor open to their changes while they run. */
    private void runUser(List<Phase> phases, String name) {
        if (phases != null) {
            where = name;
            editor.open(true);
            try {
                for (Phase p : phases) {
                    p.run(context);
                }
            } finally {
                editor.open(false);
            }
            market.invalidateCensus();
        }
    }

    /**
     * Stops a run whose thread was interrupted (a service cancelling a request, an executor's
     * {@code cancel(true)}): a run went on to its end, its results written, and its thread
     * busy after the caller had given up on it (found by a review for long-lived services).
     */
    private void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("scenario '" + scenario.name() + "' interrupted after tick "
                    + tick() + " of " + scenario.ticks());
        }
    }

    /**
     * Runs up to {@code ticks} more ticks, stopping at the scenario's last tick.
     *
     * @param ticks the most ticks to run, at least 0
     * @return the number of ticks run
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     *     (checked before each tick, as {@link #run()} does)
     * @throws IllegalStateException when the simulation has finished ({@link #run()} or {@link
     *     #finish()} returned: it ran nothing, without a word) or is closed
     */
    public int run(int ticks) {
        if (closed) {
            throw new IllegalStateException("the simulation is closed");
        }
        if (finished) {
            throw new IllegalStateException("the simulation has finished: build another Simulation to run again");
        }
        String before = nameThread();
        try {
            return runNamed(ticks);
        } finally {
            unnameThread(before);
        }
    }

    private int runNamed(int ticks) {
        if (ticks < 0) {
            throw new IllegalArgumentException("ticks must be >= 0, was " + ticks);
        }
        int n = Math.min(ticks, scenario.ticks() - tick());
        for (int k = 0; k < n; k++) {
            stopIfInterrupted();
            step();
        }
        return n;
    }

    /**
     * Runs the remaining ticks of the scenario, then tells the observers it has finished.
     *
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted:
     *     checked before each tick, so the run stops within one tick, between two ticks (the
     *     simulation as it was after the last, the observers not told it finished, so a result
     *     writer leaves its folder as it was), with the thread's interrupt status kept
     * @throws IllegalStateException when the simulation has finished (a second {@code run()}, or
     *     one after {@link #finish()}: it did nothing, and read as a second run with the same
     *     results; build another simulation for another run) or is closed
     */
    public void run() {
        if (closed) {
            throw new IllegalStateException("the simulation is closed");
        }
        if (finished) {
            throw new IllegalStateException("the simulation has finished: run() runs it once; build another Simulation (with"
                    + " another seed for another replication) to run again");
        }
        String before = nameThread();
        try {
            runNamed();
        } finally {
            unnameThread(before);
        }
    }

    private void runNamed() {
        long t0 = System.nanoTime();
        while (!done()) {
            stopIfInterrupted();
            step();
        }
        stopIfInterrupted();   // interrupted in the last tick: no results written (their channels would close)
        finishNamed();
        LOG.debug("{}: {} ticks in {} ms", scenario.name(), tick(), (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Tells the observers the run has ended (once). Before any tick, it first tells them the run
     * started ({@link TickObserver#onStart}): they see a run of no ticks, which ends as it started.
     *
     * @throws IllegalStateException after a tick failed part way (the observers are not told:
     *     a result writer then leaves its folder as it was)
     * @throws RuntimeException what an observer's {@code onEnd} throws; the observers after it
     *     are not told, and finish() refuses from then on
     * @throws IllegalStateException when called during a step, by one of the simulation's own
     *     observers, phases or policies (the tick then fails with it as its cause, and no
     *     observer is told the run ended)
     */
    public void finish() {
        if (stepper == Thread.currentThread()) {
            // an observer ending the run it observes: its result writer wrote a "complete" folder
            // of a run cut in the middle of a tick (a review of the step and close refusals)
            throw new IllegalStateException("finish() called during a step of this simulation (by one of its observers, phases or"
                    + " policies): finish it after the step, or stop by throwing from the observer");
        }
        String before = nameThread();
        try {
            finishNamed();
        } finally {
            unnameThread(before);
        }
    }

    /**
     * The key of SLF4J's mapped diagnostic context under which a simulation's name (its
     * scenario's name and seed: {@code meta-2025, seed 42}) is set with each line the engine
     * logs (an event skipped, a budget capped), so that the lines of several simulations run at
     * once can be told apart. {@link #run()}, {@link #run(int)} and {@link #finish} also set it on
     * the calling thread for the whole call, so that what observers and policies log then carries
     * it too; the simulation's worker threads ({@code threads} above 1) carry it for their whole
     * life, and the calling thread while {@link Builder#build()} sets the market up (whose steady
     * state calls the policies); {@link #step()} does not set it on the calling thread (with Logback that would cost a map entry per tick): a
     * caller stepping by hand who wants its observers' lines named puts it there itself. (A
     * simulation stepped by hand while another's {@code run()} has named the thread, from one of
     * its observers, is named for each step, so its lines do not carry the other's name.) With
     * Logback, {@code %X{talentsim.scenario}} in a pattern prints it. (In an experiment,
     * {@code Experiment.LOG_RUN} names the run too.)
     */
    public static final String LOG_SCENARIO = EngineLog.KEY;

    /** Puts this simulation's name under {@link #LOG_SCENARIO} for a call; returns what was there (this name itself: nothing to undo). */
    private String nameThread() {
        return EngineLog.name(logName);
    }

    private void unnameThread(String before) {
        EngineLog.restore(logName, before);
    }

    /** Tells the observers the run starts, with the starting state (once: at the first step, or at a finish before any). */
    private void startObservers() {
        started = true;
        where = "an observer's start";
        starting = true;
        editor.started();
        for (TickObserver o : observers) {
            o.onStart(market.world().view());
        }
        starting = false;
    }

    private void finishNamed() {
        refuseAfterFailure();
        if (!finished && !started) {
            // finished before any tick: a run of no ticks, whose observers see its start before its
            // end (told only the end, Metrics summed a lab of 50 as grown from 0: a review)
            try {
                startObservers();
            } catch (RuntimeException | Error e) {
                failed = new TickFailedException(scenario.name(), 0, scenario.ticks(), where, e);
                throw e;
            }
        }
        if (!finished) {
            finished = true;
            try {
                for (TickObserver o : observers) {
                    o.onEnd(market.world().view());
                }
            } catch (RuntimeException | Error e) {
                // the observers after it were not told: the run did not end well, and a second
                // finish() says so rather than doing nothing. Its own exception goes on (a result
                // writer's refusal of its folder is the caller's to read as it is)
                failed = new TickFailedException(scenario.name(), tick(), scenario.ticks(), "an observer at the end of the run", e);
                throw e;
            }
        }
    }

    /**
     * Stops the worker threads; the simulation cannot be stepped afterwards. (A simulation left
     * unclosed has them stopped once it is unreachable, with a warning in the log; close it.)
     *
     * @throws IllegalStateException when called during a step, by one of the simulation's own
     *     observers, phases or policies (the tick then fails with it as its cause)
     */
    @Override
    public void close() {
        if (stepper == Thread.currentThread()) {
            // an observer closing the simulation it observes: refused, so that the tick fails with
            // its tick and phase named (run() threw a bare "closed" after it: an economist's review)
            throw new IllegalStateException("close() called during a step of this simulation (by one of its observers, phases or"
                    + " policies): close it after the step, or stop by throwing from the observer");
        }
        closed = true;
        if (release != null) {
            release.close();
        }
        // reachable until its release is marked closed: else the cleaner could run first and warn that it was not closed
        java.lang.ref.Reference.reachabilityFence(this);
    }

    /** Configures a {@link Simulation}. */
    public static final class Builder {
        private final Scenario scenario;
        private int threads = 1;
        private PolicyRegistry registry = PolicyRegistry.defaults();
        private final Map<PhaseId, List<Phase>> before = new EnumMap<>(PhaseId.class);
        private final Map<PhaseId, List<Phase>> after = new EnumMap<>(PhaseId.class);
        private final List<TickObserver> observers = new ArrayList<>();
        private final List<Consumer<Editor>> initializers = new ArrayList<>();

        private Builder(Scenario scenario) {
            this.scenario = Objects.requireNonNull(scenario, "scenario");
        }

        /**
         * Worker threads for the parallel phases (default 1). Results do not depend on it.
         *
         * @param n threads, at least 1
         * @return this builder
         */
        public Builder threads(int n) {
            if (n < 1 || n > 1024) {
                throw new IllegalArgumentException("threads must be in [1, 1024], was " + n);
            }
            threads = n;
            return this;
        }

        /**
         * The registry policy names are looked up in (default: the built-ins).
         *
         * @param r the registry (a copy is kept)
         * @return this builder
         */
        public Builder registry(PolicyRegistry r) {
            registry = Objects.requireNonNull(r, "registry");
            return this;
        }

        /**
         * Runs {@code p} just before the built-in phase {@code id}.
         *
         * @param id the built-in phase
         * @param p your phase
         * @return this builder
         */
        public Builder before(PhaseId id, Phase p) {
            before.computeIfAbsent(Objects.requireNonNull(id, "phase id"), k -> new ArrayList<>()).add(Objects.requireNonNull(p, "phase"));
            return this;
        }

        /**
         * Runs {@code p} just after the built-in phase {@code id}.
         *
         * @param id the built-in phase
         * @param p your phase
         * @return this builder
         */
        public Builder after(PhaseId id, Phase p) {
            after.computeIfAbsent(Objects.requireNonNull(id, "phase id"), k -> new ArrayList<>()).add(Objects.requireNonNull(p, "phase"));
            return this;
        }

        /**
         * Adds an observer of finished ticks.
         *
         * @param o the observer
         * @return this builder
         */
        public Builder observer(TickObserver o) {
            observers.add(Objects.requireNonNull(o, "observer"));
            return this;
        }

        /**
         * Edits the starting state before the first tick (e.g. a stationary start); the census is redone after.
         *
         * @param init edits the starting state through an {@link Editor}
         * @return this builder
         */
        public Builder initializer(Consumer<Editor> init) {
            initializers.add(Objects.requireNonNull(init, "initializer"));
            return this;
        }

        /**
         * Validates the scenario against the registry ({@link Scenario#validate}), then builds the
         * world and the policies.
         *
         * @return the simulation, ready for its first tick
         * @throws org.talentsim.scenario.InvalidFieldException (an {@link IllegalArgumentException})
         *     naming the field and the lab, e.g. {@code labs[1].offer (lab 'Beta'): policy 'posted'
         *     needs the lab's postedWage}, for unknown policies, bad parameters or a field a policy
         *     needs missing; or, before anything is allocated, when the run needs more memory than
         *     the JVM may use ({@link #requireMemory(Scenario)})
         * @throws TickFailedException (tick 0) when a user's policy, asked for the starting state
         *     (the starting morale and quit hazards), or an {@link #initializer} throws; the cause
         *     is its exception
         */
        public Simulation build() {
            requireMemory(scenario, Runtime.getRuntime().maxMemory());
            // named while the market is set up: its steady state calls the policies, and what
            // they log then carried the caller's name (found by a reviewer)
            String name = Market.logName(scenario);
            String before = EngineLog.name(name);
            try {
                return new Simulation(this);
            } finally {
                EngineLog.restore(name, before);
            }
        }
    }

    /**
     * Two amounts of memory in GB (2³⁰ bytes) with one decimal, or as many more (up to three) as
     * it takes for {@code more > less} to show (0.26 and 0.25, not 0.3 and 0.3).
     */
}
