package org.talentsim.theory;

import java.util.Arrays;
import org.talentsim.engine.Simulation;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.MovesView;
import org.talentsim.model.MoveReason;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.WorldView;

/**
 * Runs a theory configuration and collects what the checks of THEORY §6 need: the end-of-run
 * cross-section and flow counts over a measurement window (EE moves, counters, separations,
 * hires, and the employed and unemployed at the start of each tick in the window).
 */
final class Sample implements TickObserver {
    final int from;
    long employedTicks;
    long unemployedTicks;
    long poached;
    long countered;
    long quits;
    long hired;
    long cuts;
    private int employedBefore;
    private int unemployedBefore;
    double[] wages;
    int unemployed;
    int workers;
    WorldView world;
    double monthsPerTick = 1;
    /** Per worker: in some move of the run (hired, poached, countered, quit...); the others hold the start's state. */
    private boolean[] touched;
    /** The share of workers in no move over the whole run: the state the start drew for them, untouched. */
    double untouched;

    /** Counts flows from tick {@code from} on. */
    Sample(int from) {
        this.from = from;
    }

    static Sample run(TheoryMarket tm, int measureFrom) {
        Sample s = new Sample(measureFrom);
        try (Simulation sim = tm.builder().observer(s).build()) {
            s.monthsPerTick = 12.0 / tm.scenario().tickUnit().ticksPerYear();
            sim.run();
            s.world = sim.world();
        }
        return s;
    }

    @Override
    public void onStart(WorldView w) {
        touched = new boolean[w.population().size()];
        count(w);
    }

    @Override
    public void onTick(int tick, WorldView w, MovesView log) {
        for (int r = 0; r < log.size(); r++) {
            int i = log.researcher(r);
            if (i >= 0 && i < touched.length) {
                touched[i] = true;
            }
        }
        if (tick >= from) {
            employedTicks += employedBefore;
            unemployedTicks += unemployedBefore;
            for (int r = 0; r < log.size(); r++) {
                MoveReason why = log.reason(r);
                switch (why) {
                    case POACHED -> {
                        poached++;
                        if (log.newSalary(r) < log.oldSalary(r)) {
                            cuts++;
                        }
                    }
                    case COUNTERED -> countered++;
                    case QUIT -> quits++;
                    case HIRED -> hired++;
                    default -> { }
                }
            }
        }
        count(w);
    }

    @Override
    public void onEnd(WorldView w) {
        PopulationView p = w.population();
        double[] ws = new double[p.size()];
        int e = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.status(i) == Status.EMPLOYED) {
                ws[e++] = p.salary(i);
            }
        }
        wages = Arrays.copyOf(ws, e);
        Arrays.sort(wages);
        workers = p.size();
        unemployed = workers - e;
        int still = 0;
        for (boolean t : touched) {
            still += t ? 0 : 1;
        }
        untouched = touched.length == 0 ? 0 : (double) still / touched.length;
    }

    /**
     * The employed and the unemployed now. A team's headcount is its EMPLOYED members (an invariant
     * the {@code InvariantChecker} checks), so the employed are counted over the teams (a tenth of
     * the workers in the theory markets), not by each worker's status.
     */
    private void count(WorldView w) {
        int e = 0;
        for (int t = 0, n = w.teamCount(); t < n; t++) {
            e += w.team(t).headcount();
        }
        employedBefore = e;
        unemployedBefore = w.population().size() - e;
    }

    /** Share of employed earning at most w. */
    double cdf(double w) {
        int k = Arrays.binarySearch(wages, w);
        if (k < 0) {
            k = -k - 1;
        } else {
            while (k < wages.length && wages[k] <= w) {
                k++;
            }
        }
        return (double) k / wages.length;
    }

    double meanWage() {
        double s = 0;
        for (double w : wages) {
            s += w;
        }
        return s / wages.length;
    }

    /** Employed-months of exposure (ticks converted to months). */
    double employedMonths() {
        return employedTicks * monthsPerTick;
    }

    /** Unemployed-months of exposure: for per-month probabilities, counted in ticks of a month. */
    double unemployedMonths() {
        return unemployedTicks * monthsPerTick;
    }

    double unemployment() {
        return (double) unemployed / workers;
    }
}
