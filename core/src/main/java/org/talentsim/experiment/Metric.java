package org.talentsim.experiment;

import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.MovesView;
import org.talentsim.model.WorldView;
import org.talentsim.internal.Names;

/**
 * A user metric: a named number computed from one run, added to its {@link Outcome} next to the
 * standard metrics (docs/METRICS.md).
 *
 * <p>Two forms:
 * <pre>{@code
 * // a function of the standard values (and of the user metrics listed before it)
 * Metric net = Metric.of("meta_net_poached", o -> o.value("Meta.poached_in") - o.value("Meta.poached_out"));
 *
 * // a function of the world at the end of the tick dated 2025-06 (NaN if the run ends before)
 * Metric june = Metric.at("meta_headcount_2025_06", "2025-06", w -> w.headcount(w.labIndex("Meta")));
 *
 * // a function of the world at the end of the run, however long
 * Metric last = Metric.atEnd("meta_teams_end", w -> w.lab(w.labIndex("Meta")).teamCount());
 *
 * // any observer of the ticks: a fresh Probe per run
 * Metric peak = Metric.observing("meta_peak_headcount", () -> new Metric.Probe() {
 *     int max;
 *     public void onTick(int t, WorldView w, MovesView m) { max = Math.max(max, w.headcount(w.labIndex("Meta"))); }
 *     public double value(Outcome standard) { return max; }
 * });
 *
 * Outcome o = Outcomes.run(scenario, PolicyRegistry.defaults(), List.of(net, june, peak));
 * }</pre>
 *
 * <p>A metric's name follows the rule of lab names ({@link Names#problem}: no comma, double quote
 * or control character), does not begin with {@code =}, {@code +}, {@code -} or {@code @} (it
 * heads a column of {@code runs.csv}, which a spreadsheet would run as a formula), is not what
 * pandas or R read back as other than text (a missing-value marker such as {@code NA}, a number,
 * a logical, {@code T} or {@code F}: the rule of an arm's name) and must differ from every standard name and from the other user
 * metrics. The values are computed after the run's last tick, in the order the metrics are
 * listed; each sees an outcome holding the standard values and the metrics listed before it. A
 * probe keeps what it needs in its own fields: keep a few numbers, not the rows, so memory stays
 * flat however long the run. For the outcome to be deterministic, a metric must be a function of
 * the run only (no clock, no shared mutable state).
 */
public interface Metric {
    /** The name of the metric in the outcome (a column of {@code runs.csv}). */
    String name();

    /**
     * A fresh probe for one run: it observes the run's ticks (attached after the standard
     * metrics' observer) and gives the value at the end. Called once per run, so a probe may
     * keep state in its fields.
     */
    Probe probe();

    /**
     * One run's computation of a metric: a {@link TickObserver} of the run and its value at the
     * end. The observer methods do nothing unless overridden.
     */
    interface Probe extends TickObserver {
        @Override
        default void onTick(int tick, WorldView world, MovesView moves) {}

        /**
         * The value, called once after {@link #onEnd}.
         *
         * @param outcome the standard values and the user metrics listed before this one
         */
        double value(Outcome outcome);
    }

    /** A metric computed from the standard values (and earlier user metrics) of the outcome. */
    static Metric of(String name, ToDoubleFunction<Outcome> f) {
        checkName(name);
        Objects.requireNonNull(f, "function");
        Probe p = f::applyAsDouble;
        return new Metric() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Probe probe() {
                return p;
            }

            @Override
            public String toString() {
                return "Metric[" + name + "]";
            }
        };
    }

    /** A metric whose value comes from a probe observing the ticks; {@code probes} gives a fresh probe per run. */
    static Metric observing(String name, java.util.function.Supplier<? extends Probe> probes) {
        checkName(name);
        Objects.requireNonNull(probes, "probes");
        return new Metric() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Probe probe() {
                return Objects.requireNonNull(probes.get(), () -> "the probe of metric " + name);
            }

            @Override
            public String toString() {
                return "Metric[" + name + "]";
            }
        };
    }

    /**
     * A metric that reads the world at the end of the tick whose date ({@link WorldView#date}) is
     * {@code date} ({@code YYYY-MM}, or {@code YYYY-MM-DD} with weekly ticks); NaN if the run has
     * no such tick (it ends before, or starts after, that date).
     *
     * @throws IllegalArgumentException if {@code date} is neither {@code YYYY-MM} nor {@code
     *     YYYY-MM-DD}; and when a run starts, if it is not a date of that run's ticks (a day with
     *     monthly ticks, a month or a day no week starts on with weekly ticks), which would
     *     otherwise leave the metric NaN in every run
     */
    static Metric at(String name, String date, ToDoubleFunction<WorldView> f) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(f, "function");
        if (!date.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            throw new IllegalArgumentException("metric " + Names.quote(String.valueOf(name)) + ": date " + Names.quote(date)
                    + " is neither YYYY-MM (monthly ticks) nor YYYY-MM-DD (weekly ticks)");
        }
        return observing(name, () -> new Probe() {
            private double v = Double.NaN;

            @Override
            public void onStart(WorldView world) {
                String problem = dateProblem(date, world.tickUnit(), world.start());
                if (problem != null) {
                    throw new IllegalArgumentException("metric " + Names.quote(name) + ": " + problem);
                }
            }

            @Override
            public void onTick(int tick, WorldView world, MovesView moves) {
                if (world.date(tick).equals(date)) {
                    v = apply(name, f, world);
                }
            }

            @Override
            public double value(Outcome outcome) {
                return v;
            }
        });
    }

    /**
     * A metric computed from the world at the end of the run, after its last tick, whatever its
     * length (a metric {@link #at} the scenario's last month became NaN in every run of a cell or
     * an override that shortens it: an economist's review).
     */
    static Metric atEnd(String name, ToDoubleFunction<WorldView> f) {
        Objects.requireNonNull(f, "function");
        return observing(name, () -> new Probe() {
            private double v = Double.NaN;

            @Override
            public void onEnd(WorldView world) {
                v = apply(name, f, world);
            }

            @Override
            public double value(Outcome outcome) {
                return v;
            }
        });
    }

    /**
     * {@code f} of {@code world}; an index of -1 it used (a {@code labIndex} or {@code teamIndex} of
     * a name that is no lab's or team's) is said as such, with the labs' names (it was "Index -1 out
     * of bounds for length 2", naming nothing: an economist's review).
     */
    private static double apply(String name, ToDoubleFunction<WorldView> f, WorldView world) {
        try {
            return f.applyAsDouble(world);
        } catch (IndexOutOfBoundsException e) {
            if (!String.valueOf(e.getMessage()).contains("-1")) {
                throw e;
            }
            List<String> labs = new java.util.ArrayList<>();
            for (int l = 0; l < world.labCount(); l++) {
                labs.add(world.lab(l).name());
            }
            throw new IllegalArgumentException("metric " + Names.quote(name) + ": " + e.getMessage() + ": labIndex and teamIndex"
                    + " give -1 for a name that is no lab's or team's (the labs: " + String.join(", ", labs) + ")", e);
        }
    }

    /** Why {@code date} can never be the date of a tick of a run with this tick unit and start, or null if it can. */
    private static String dateProblem(String date, org.talentsim.model.TickUnit unit, java.time.YearMonth start) {
        if (unit == org.talentsim.model.TickUnit.MONTH) {
            try {
                java.time.YearMonth.parse(date);
                return null;
            } catch (java.time.format.DateTimeParseException e) {
                return "date " + Names.quote(date) + " is not a month YYYY-MM, and this scenario's ticks are months (its first is "
                        + unit.label(start, 1) + ")";
            }
        }
        java.time.LocalDate d;
        try {
            d = java.time.LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            return "date " + Names.quote(date) + " is not a day YYYY-MM-DD, and this scenario's ticks are weeks, each dated by"
                    + " its first day (the first " + unit.label(start, 1) + ")";
        }
        long off = Math.floorMod(d.toEpochDay() - start.atDay(1).toEpochDay(), 7L);
        if (off != 0) {
            return "no week of this scenario starts on " + date + ": its weeks are dated by their first day, "
                    + unit.label(start, 1) + ", " + unit.label(start, 2) + " and every 7 days (the nearest: "
                    + d.minusDays(off) + " and " + d.plusDays(7 - off) + ")";
        }
        return null;
    }

    private static void checkName(String name) {
        String p = Names.problem(name);
        // a column of runs.csv and a cell of summary.csv's metric column: a header a spreadsheet
        // would run as a formula, or a name pandas and R read back as a missing value, a number
        // or a logical (a metric named NA lost its name in summary.csv: an economist's review),
        // is refused as an arm's name is
        p = p != null ? p : Names.armProblem(name);
        if (p != null) {
            throw new IllegalArgumentException("metric name " + Names.quote(name) + " " + p);
        }
    }
}
