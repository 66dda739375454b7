package org.talentsim.experiment;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.talentsim.internal.Num;
import org.talentsim.internal.Names;

/**
 * One run reduced to a row of named numbers: the scenario's name, the seed and the value of each
 * metric (docs/METRICS.md lists the standard ones). Immutable and {@link Serializable} with the
 * default Java serializer (an executor may ship rows between processes).
 *
 * <p><b>Order.</b> Metrics are kept sorted by name ({@link String#compareTo}, i.e. by UTF-16 code
 * unit: {@code "Meta.hires" < "OpenAI.hires" < "market.unemployment_end"}); {@link #names()},
 * {@link #values()}, {@link #csvHeader()} and {@link #csvRow()} all use that order. Runs of the
 * same scenario (any seed) have the same names, so their rows line up.
 *
 * <p><b>Paths.</b> A run of an experiment also records each lab's headcount at the end of every
 * period ({@link #periods()}, {@link #path(String)} by name {@code LAB.headcount}), from which
 * the report draws the spread of replications; a row made otherwise has none.
 *
 * <p><b>Equality</b> is bit for bit: the same scenario name, seed, names, values and paths, where
 * values compare as {@link Double#doubleToLongBits} (NaN equals NaN; {@code 0.0} and {@code -0.0}
 * differ). A value that is undefined for a run (the mean salary of a lab with no one left) is NaN,
 * written as an empty CSV cell.
 */
public final class Outcome implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The scenario's name. */
    private final String scenario;
    /** The run's master seed. */
    private final long seed;
    /** Sorted, distinct, valid names. */
    private final String[] names;
    /** The value of each metric, in the order of {@code names} (NaN when undefined for the run). */
    private final double[] values;
    /** The periods of the paths (null or empty: none); the paths' names, sorted; a path per name. */
    private final String[] periods;
    /** The names of the paths ({@code LAB.headcount}), sorted and distinct; null or empty when there are none. */
    private final String[] pathNames;
    /** A path per name of {@code pathNames}, a value per period; null or empty when there are none. */
    private final double[][] paths;

    private Outcome(String scenario, long seed, String[] names, double[] values) {
        this(scenario, seed, names, values, null, null, null);
    }

    private Outcome(String scenario, long seed, String[] names, double[] values, String[] periods, String[] pathNames,
            double[][] paths) {
        this.scenario = scenario;
        this.seed = seed;
        this.names = names;
        this.values = values;
        this.periods = periods;
        this.pathNames = pathNames;
        this.paths = paths;
        check();
    }

    /**
     * The row of a run of the scenario named {@code scenario} with seed {@code seed}.
     *
     * @throws IllegalArgumentException when a name breaks the naming rule of labs and scenarios
     *     ({@link Names#problem}: no comma, double quote or control character, not blank)
     * @throws NullPointerException for a null name or value
     */
    public static Outcome of(String scenario, long seed, Map<String, Double> values) {
        TreeMap<String, Double> sorted = new TreeMap<>(Objects.requireNonNull(values, "values"));
        String[] n = new String[sorted.size()];
        double[] v = new double[sorted.size()];
        int k = 0;
        for (Map.Entry<String, Double> e : sorted.entrySet()) {
            n[k] = e.getKey();
            v[k] = Objects.requireNonNull(e.getValue(), () -> "value of " + e.getKey());
            k++;
        }
        return new Outcome(scenario, seed, n, v);
    }

    private void check() {
        String p = Names.problem(scenario);
        if (p != null) {
            throw new IllegalArgumentException("scenario name " + p);
        }
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " names but " + values.length + " values");
        }
        for (int k = 0; k < names.length; k++) {
            String q = Names.problem(names[k]);
            if (q != null) {
                throw new IllegalArgumentException("metric name " + Names.quote(names[k]) + " " + q);
            }
            if (k > 0 && names[k - 1].compareTo(names[k]) >= 0) {
                throw new IllegalArgumentException("metric names not sorted and distinct at " + Names.quote(names[k]));
            }
        }
        if (periods == null && pathNames == null && paths == null) {
            return;
        }
        if (periods == null || pathNames == null || paths == null || pathNames.length != paths.length) {
            throw new IllegalArgumentException("incomplete paths");
        }
        for (int k = 0; k < pathNames.length; k++) {
            String q = Names.problem(pathNames[k]);
            if (q != null) {
                throw new IllegalArgumentException("path name " + Names.quote(pathNames[k]) + " " + q);
            }
            if (k > 0 && pathNames[k - 1].compareTo(pathNames[k]) >= 0) {
                throw new IllegalArgumentException("path names not sorted and distinct at " + Names.quote(pathNames[k]));
            }
            if (paths[k].length != periods.length) {
                throw new IllegalArgumentException("path " + Names.quote(pathNames[k]) + " has " + paths[k].length
                        + " values for " + periods.length + " periods");
            }
        }
        for (String period : periods) {
            Objects.requireNonNull(period, "period");
        }
    }

    /**
     * Reads a serialized row and checks it as the constructor does.
     *
     * @param in the stream to read from
     * @throws IOException when the stream cannot be read
     * @throws ClassNotFoundException when a class of the stream is not found
     * @throws InvalidObjectException when the row read is incomplete or breaks a rule of its names or paths
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (scenario == null || names == null || values == null) {
            throw new InvalidObjectException("incomplete outcome");
        }
        try {
            check();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidObjectException(e.getMessage());
        }
    }

    /** The scenario's name. */
    public String scenario() {
        return scenario;
    }

    /** The run's seed. */
    public long seed() {
        return seed;
    }

    /** Number of metrics. */
    public int size() {
        return names.length;
    }

    /** The metric names in order (sorted), read-only. */
    public List<String> names() {
        return Collections.unmodifiableList(Arrays.asList(names));
    }

    /** The values in the order of {@link #names()}, read-only. */
    public List<Double> valueList() {
        return new AbstractList<>() {
            @Override
            public Double get(int k) {
                return values[k];
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    /** The values by name, sorted by name: a new, unmodifiable map. */
    public SortedMap<String, Double> values() {
        TreeMap<String, Double> m = new TreeMap<>();
        for (int k = 0; k < names.length; k++) {
            m.put(names[k], values[k]);
        }
        return Collections.unmodifiableSortedMap(m);
    }

    /** Whether the row has a metric of that name. */
    public boolean has(String name) {
        return Arrays.binarySearch(names, Objects.requireNonNull(name, "name")) >= 0;
    }

    /**
     * The value of the metric {@code name}.
     *
     * @throws IllegalArgumentException when there is none, naming the closest names
     */
    public double value(String name) {
        int k = Arrays.binarySearch(names, Objects.requireNonNull(name, "name"));
        if (k < 0) {
            throw new IllegalArgumentException("no metric " + Names.quote(name) + " in the outcome of '"
                    + Names.escape(scenario) + "'" + near(name));
        }
        return values[k];
    }

    private String near(String name) {
        int dot = name.lastIndexOf('.');
        String suffix = dot < 0 ? name : name.substring(dot);
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (String n : names) {
            if (n.endsWith(suffix) && shown < 8) {
                b.append(shown++ == 0 ? "; known: " : ", ").append(Names.escape(n));
            }
        }
        if (shown > 0) {
            return b.toString();
        }
        // the kind of metric misspelt (in a user metric, found only at the first run's end, with
        // no suggestion: an economist's review)
        String close = org.talentsim.internal.Suggestions.closest(name, Arrays.asList(names));
        return close != null ? " (did you mean " + Names.quote(close) + "?)" : "; " + names.length + " metrics, e.g. "
                + (names.length == 0 ? "none" : Names.escape(names[0]));
    }

    /** A copy with one more metric. */
    Outcome with(String name, double value) {
        if (has(name)) {
            throw new IllegalArgumentException("metric " + Names.quote(name) + " is defined twice");
        }
        int k = -Arrays.binarySearch(names, name) - 1;
        String[] n = new String[names.length + 1];
        double[] v = new double[values.length + 1];
        System.arraycopy(names, 0, n, 0, k);
        System.arraycopy(values, 0, v, 0, k);
        n[k] = name;
        v[k] = value;
        System.arraycopy(names, k, n, k + 1, names.length - k);
        System.arraycopy(values, k, v, k + 1, values.length - k);
        return new Outcome(scenario, seed, n, v, periods, pathNames, paths);
    }

    /** The periods the paths cover, in order ({@code "2025-01"} …, as in {@code labs.csv}); empty when the run recorded none. */
    public List<String> periods() {
        return periods == null ? List.of() : Collections.unmodifiableList(Arrays.asList(periods));
    }

    /** The names of the recorded paths ({@code LAB.headcount}), sorted; empty when none. */
    public List<String> pathNames() {
        return pathNames == null ? List.of() : Collections.unmodifiableList(Arrays.asList(pathNames));
    }

    /**
     * The path {@code name}: its value at the end of each of {@link #periods()} (a copy).
     *
     * @throws IllegalArgumentException when there is none
     */
    public double[] path(String name) {
        int k = pathNames == null ? -1 : Arrays.binarySearch(pathNames, Objects.requireNonNull(name, "name"));
        if (k < 0) {
            throw new IllegalArgumentException("no path " + Names.quote(name) + " in the outcome of '"
                    + Names.escape(scenario) + "'");
        }
        return paths[k].clone();
    }

    /** A copy with these paths (replacing any): {@code byName}, each one value per period. */
    Outcome withPaths(List<String> periodList, SortedMap<String, double[]> byName) {
        String[] p = periodList.toArray(new String[0]);
        String[] n = byName.keySet().toArray(new String[0]);
        double[][] v = new double[n.length][];
        for (int k = 0; k < n.length; k++) {
            v[k] = byName.get(n[k]).clone();
        }
        return new Outcome(scenario, seed, names, values, p, n, v);
    }

    /** {@code scenario,seed,} and the metric names in order, comma-separated (names need no quoting). */
    public String csvHeader() {
        StringBuilder b = new StringBuilder("scenario,seed");
        for (String n : names) {
            b.append(',').append(n);
        }
        return b.toString();
    }

    /**
     * The scenario name, the seed and the values in the order of {@link #csvHeader()}: plain
     * decimal numbers as in the result files ({@link org.talentsim.io.ResultWriter#number}: at most 10 significant digits,
     * no exponent, integers without a decimal point, NaN as an empty cell).
     */
    public String csvRow() {
        StringBuilder b = new StringBuilder(scenario).append(',').append(seed);
        for (double v : values) {
            b.append(',').append(Num.format(v));
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Outcome x && seed == x.seed && scenario.equals(x.scenario)
                && Arrays.equals(names, x.names) && Arrays.equals(values, x.values)
                && periods().equals(x.periods()) && pathNames().equals(x.pathNames()) && samePaths(x);
    }

    private boolean samePaths(Outcome x) {
        int n = pathNames == null ? 0 : paths.length;
        for (int k = 0; k < n; k++) {
            if (!Arrays.equals(paths[k], x.paths[k])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scenario, seed, Arrays.hashCode(names), Arrays.hashCode(values), periods(), pathNames());
    }

    /** {@code Outcome[scenario=S, seed=N, name=value, …]} with values as in {@link #csvRow()} (NaN written out). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Outcome[scenario=").append(scenario).append(", seed=").append(seed);
        for (int k = 0; k < names.length; k++) {
            b.append(", ").append(names[k]).append('=').append(Double.isNaN(values[k]) ? "NaN" : Num.format(values[k]));
        }
        return b.append(']').toString();
    }
}
