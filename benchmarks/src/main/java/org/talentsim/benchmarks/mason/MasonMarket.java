package org.talentsim.benchmarks.mason;

import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.World;
import sim.engine.RandomSequence;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The market kernel written the way MASON models are written: a {@link SimState} holding one
 * {@link Researcher} object per agent, lab and team objects, a {@link Board} stepped first in each
 * tick, and the researchers stepped in a {@link RandomSequence} (a new shuffle every step:
 * order-fair activation, {@link Order#SHUFFLED}, as talentsim, which resolves a tick's offers in
 * a uniform permutation) or a {@link Sequence} (index order: {@link Order#INDEX}), drawing from the
 * model's {@code MersenneTwisterFast}.
 *
 * <pre>{@code
 * MasonMarket m = MasonMarket.of(talentsimWorldAtTickZero, Kernel.DEFAULT, 42);
 * m.start();
 * for (int t = 0; t < 24; t++) m.tick();
 * }</pre>
 */
public final class MasonMarket extends SimState {
    private static final long serialVersionUID = 1L;

    /** The order the researchers are stepped in each tick. */
    public enum Order {
        /** {@code RandomSequence}: reshuffled every step, no agent has a systematic first claim. */
        SHUFFLED,
        /** {@code Sequence}: the same index order every step. */
        INDEX
    }

    final Order order;

    final Kernel kernel;
    final Researcher[] researchers;
    final Lab[] labs;
    final Team[] teams;
    final Board board = new Board();
    int quits;
    int poaches;
    int hires;
    int counters;

    private MasonMarket(long seed, Kernel kernel, Researcher[] researchers, Lab[] labs, Team[] teams, Order order) {
        super(seed);
        this.order = order;
        this.kernel = kernel;
        this.researchers = researchers;
        this.labs = labs;
        this.teams = teams;
    }

    /**
     * A MASON model with the same starting state as a talentsim world (at tick 0, before any step):
     * the same researchers, labs and teams, so both engines start from identical markets.
     */
    public static MasonMarket of(World world, Kernel kernel, long seed) {
        return of(world, kernel, seed, Order.SHUFFLED);
    }

    /** As {@link #of(World, Kernel, long)}, stepping the researchers in {@code order}. */
    public static MasonMarket of(World world, Kernel kernel, long seed, Order order) {
        Lab[] labs = new Lab[world.labs().size()];
        for (var l : world.labs()) {
            labs[l.id()] = new Lab(l.id(), l.prestige(), l.productivity());
        }
        Team[] teams = new Team[world.teams().size()];
        for (var t : world.teams()) {
            teams[t.id()] = new Team(t.id(), labs[t.lab()], t.focus().ordinal(), t.target(), t.payLevel());
        }
        Population pop = world.population();
        Researcher[] rs = new Researcher[pop.size()];
        for (int i = 0; i < rs.length; i++) {
            Team team = pop.status(i) == Status.EMPLOYED ? teams[pop.team(i)] : null;
            if (team != null) {
                team.headcount++;
            }
            rs[i] = new Researcher(pop.skill(i), pop.specialty(i).ordinal(), pop.visibility(i), pop.salary(i),
                    pop.morale(i), pop.reference(i), team);
        }
        return new MasonMarket(seed, kernel, rs, labs, teams, order);
    }

    @Override
    public void start() {
        super.start();
        schedule.scheduleRepeating(Schedule.EPOCH, 0, board, 1.0);
        Steppable[] agents = researchers.clone();
        schedule.scheduleRepeating(Schedule.EPOCH, 1, order == Order.SHUFFLED ? new RandomSequence(agents) : new Sequence(agents), 1.0);
    }

    /** Runs one tick (one step of the schedule). */
    public void tick() {
        schedule.step(this);
    }

    void resetCounters() {
        quits = 0;
        poaches = 0;
        hires = 0;
        counters = 0;
    }

    void quit(Researcher r) {
        r.team.headcount--;
        r.team = null;
        quits++;
    }

    void join(Researcher r, Team to, double pay, boolean poached) {
        if (r.team != null) {
            r.team.headcount--;
        }
        r.team = to;
        to.headcount++;
        to.quota--;
        r.setSalary(pay);
        if (poached) {
            poaches++;
        } else {
            hires++;
        }
    }

    /** Employed researchers of lab {@code lab} now. */
    public int headcount(int lab) {
        int n = 0;
        for (Team t : teams) {
            if (t.lab.id == lab) {
                n += t.headcount;
            }
        }
        return n;
    }

    /** Lab medians found in the window kept from the tick before, so far (the census's algorithm: for tests). */
    public int windowedMedians() {
        return board.windowed();
    }

    /** Quits to the pool in the last tick. */
    public int quits() {
        return quits;
    }

    /** Moves from one lab to another in the last tick. */
    public int poaches() {
        return poaches;
    }

    /** Hires from the pool in the last tick. */
    public int hires() {
        return hires;
    }

    /** Matched offers that kept a researcher in the last tick. */
    public int counters() {
        return counters;
    }

    /** Sum of pay of the employed (a checksum a benchmark can return). */
    public double payroll() {
        double s = 0;
        for (Researcher r : researchers) {
            if (r.team != null) {
                s += r.salary;
            }
        }
        return s;
    }

    /** A copy of the mutable state (pay and its log, morale, reference, employer, headcounts, the medians' windows), to restore later. */
    public Snapshot snapshot() {
        return new Snapshot(this);
    }

    /** Puts the state of {@code s} back into the agents (the schedule and generator go on). */
    public void restore(Snapshot s) {
        for (int i = 0; i < researchers.length; i++) {
            Researcher r = researchers[i];
            r.salary = s.salary[i];
            r.lnSalary = s.lnSalary[i];
            r.morale = s.morale[i];
            r.reference = s.reference[i];
            r.team = s.team[i] < 0 ? null : teams[s.team[i]];
        }
        for (int t = 0; t < teams.length; t++) {
            teams[t].headcount = s.headcount[t];
        }
        // and the medians' windows as of the snapshot: the tick after a restore finds its medians
        // across a real tick's change, as talentsim's census does (they stayed those of the state
        // just restored, every median found in its window: a review of the baselines)
        board.medianState(s.medians);
    }

    /** The mutable state of a {@link MasonMarket} at one moment. */
    public static final class Snapshot {
        private final double[] salary;
        private final float[] lnSalary;
        private final double[] morale;
        private final double[] reference;
        private final int[] team;
        private final int[] headcount;
        private final org.talentsim.kernel.Internals.LabMedianFinder medians;

        private Snapshot(MasonMarket m) {
            medians = m.board.medianState();
            int n = m.researchers.length;
            salary = new double[n];
            lnSalary = new float[n];
            morale = new double[n];
            reference = new double[n];
            team = new int[n];
            for (int i = 0; i < n; i++) {
                Researcher r = m.researchers[i];
                salary[i] = r.salary;
                lnSalary[i] = r.lnSalary;
                morale[i] = r.morale;
                reference[i] = r.reference;
                team[i] = r.team == null ? -1 : r.team.id;
            }
            headcount = new int[m.teams.length];
            for (int t = 0; t < headcount.length; t++) {
                headcount[t] = m.teams[t].headcount;
            }
        }
    }
}
