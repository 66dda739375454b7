package org.talentsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.talentsim.model.MovesView;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.WorldView;
import org.talentsim.scenario.Scenario;

/**
 * Records each lab's headcount at the end of every period of a run, for the spread of
 * replications over time (the report's fan chart, {@code paths.csv}): the labs of {@link
 * StandardMetrics#labs} when there are at most {@link StandardMetrics#FLOW_LAB_LIMIT} of them,
 * at every tick when the run has at most {@link #MAX_PERIODS} ticks and at every k-th tick (and
 * the last) otherwise. A lab not yet founded has 0. Memory: labs × periods numbers.
 */
final class HeadcountPaths implements TickObserver {
    /** The most periods a path keeps. */
    static final int MAX_PERIODS = 240;
    /** The path name's suffix: {@code LAB.headcount}. */
    static final String SUFFIX = ".headcount";

    private final List<String> labs;
    private final int ticks;
    private final int step;
    private final List<String> periods = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();

    private HeadcountPaths(List<String> labs, int ticks) {
        this.labs = labs;
        this.ticks = ticks;
        this.step = Math.max(1, (ticks + MAX_PERIODS - 1) / MAX_PERIODS);
    }

    /** A recorder for a run of {@code scenario}, or null when it has more labs than paths are kept for. */
    static HeadcountPaths of(Scenario scenario) {
        List<String> labs = StandardMetrics.labs(scenario);
        return labs.size() <= StandardMetrics.FLOW_LAB_LIMIT ? new HeadcountPaths(labs, scenario.ticks()) : null;
    }

    /** Whether tick {@code t} ends a recorded period. */
    private boolean recorded(int t) {
        return t % step == 0 || t == ticks;
    }

    /**
     * The columns of {@code paths.csv} for runs of {@code scenario}: {@code LAB.headcount@PERIOD}
     * for each lab, then each period; empty when it has more labs than paths are kept for.
     */
    static List<String> columns(Scenario scenario) {
        HeadcountPaths p = of(scenario);
        if (p == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String lab : p.labs) {
            for (int t = 1; t <= p.ticks; t++) {
                if (p.recorded(t)) {
                    out.add(lab + SUFFIX + "@" + scenario.tickUnit().label(scenario.start(), t));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The values of {@code o}'s paths in the order of {@code columns}, or null when they are not those columns. */
    static double[] values(Outcome o, List<String> columns) {
        List<String> periods = o.periods();
        List<String> names = o.pathNames();
        if (periods.size() * names.size() != columns.size()) {
            return null;
        }
        double[] v = new double[columns.size()];
        int k = 0;
        // columns run lab by lab in the scenario's lab order, which need not be the names' sorted order
        for (int c = 0; c < columns.size(); c += periods.size()) {
            String col = columns.get(c);
            String name = col.substring(0, col.lastIndexOf('@'));
            if (!names.contains(name)) {
                return null;
            }
            double[] path = o.path(name);
            for (int t = 0; t < periods.size(); t++) {
                if (!columns.get(c + t).equals(name + "@" + periods.get(t))) {
                    return null;
                }
                v[k++] = path[t];
            }
        }
        return v;
    }

    @Override
    public void onTick(int tick, WorldView world, MovesView moves) {
        if (!recorded(tick)) {
            return;
        }
        double[] row = new double[labs.size()];
        for (int k = 0; k < row.length; k++) {
            int id = world.labIndex(labs.get(k));
            row[k] = id < 0 ? Double.NaN : world.headcount(id);   // not founded (yet): undefined, an empty cell
        }
        periods.add(world.date(tick));
        rows.add(row);
    }

    /** {@code o} with the paths recorded. */
    Outcome addTo(Outcome o) {
        TreeMap<String, double[]> byName = new TreeMap<>();
        for (int k = 0; k < labs.size(); k++) {
            double[] path = new double[rows.size()];
            for (int t = 0; t < path.length; t++) {
                path[t] = rows.get(t)[k];
            }
            byName.put(labs.get(k) + SUFFIX, path);
        }
        return o.withPaths(periods, byName);
    }
}
