package org.talentsim.calibration;

import org.talentsim.internal.Words;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentsim.experiment.Executor;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentException;
import org.talentsim.experiment.Outcome;
import org.talentsim.internal.Journal;
import org.talentsim.internal.JournalException;

/**
 * The model's metrics at parameter vectors: R replications per vector on the same seeds
 * (common random numbers), run on an {@link Executor}, remembered by the exact vector, and
 * journalled one line per vector as it completes (the values written exactly, so that a resumed
 * calibration sees the same numbers as one never interrupted). Vectors are numbered in the order
 * they are first asked for, which a deterministic optimiser repeats on a resume.
 */
final class Evaluations implements AutoCloseable {
    /** Told after each new vector is evaluated (or found in the journal). */
    interface Listener {
        void evaluated(int count, boolean fromJournal);
    }

    private final Calibration c;
    private final Executor executor;
    private final Journal journal;
    private final Map<String, double[][]> known = new HashMap<>();
    private final Map<String, double[][]> resumed = new HashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final int replications;
    private boolean closed;
    private Listener listener = (n, j) -> {};
    private int runsDone;

    /**
     * @param journalFile the journal's file, or null for none
     * @param replications replications per vector
     * @param resume keep the vectors already in the journal
     */
    Evaluations(Calibration c, Executor executor, Path journalFile, int replications, boolean resume) {
        this.c = c;
        this.executor = executor;
        this.replications = replications;
        if (journalFile == null) {
            journal = null;
        } else {
            try {
                journal = Journal.open(journalFile, header(), resume, 1);
            } catch (JournalException e) {
                throw new ExperimentException(e.getMessage());
            }
            int p = c.parameters().size();
            int m = c.metrics().size();
            for (Map.Entry<Integer, String> l : journal.lines().entrySet()) {
                String[] cols = l.getValue().split(",", -1);
                String at = journalFile + " line " + journal.lineOf(l.getKey());
                double[] theta = new double[p];
                for (int j = 0; j < p; j++) {
                    theta[j] = number(cols, 1 + j, at);
                }
                double[][] v = new double[replications][m];
                for (int r = 0; r < replications; r++) {
                    for (int k = 0; k < m; k++) {
                        v[r][k] = number(cols, 1 + p + r * m + k, at);
                        String outside = org.talentsim.internal.MetricDomains.problem(c.metrics().get(k), v[r][k]);
                        if (outside != null) {
                            // an edited count of 2.5 or -5 moved every estimate without a word (a re-check)
                            throw new org.talentsim.experiment.ExperimentException(at + ", column " + (2 + p + r * m + k) + " ("
                                    + c.metrics().get(k) + "): " + cols[1 + p + r * m + k] + " is " + outside + ": not a row this"
                                    + " calibration writes (changed by hand?); delete that line to evaluate it again, or start afresh"
                                    + " with " + Words.force() + " (without " + Words.resume() + ")");
                        }
                    }
                }
                resumed.put(key(theta), v);
            }
        }
    }

    /**
     * Column {@code c} of a journal row read back, a number exactly as {@link #line} writes it: a
     * row changed by hand would otherwise fail with a stack trace, or be kept as it was changed.
     *
     * @throws ExperimentException naming the file, line and column (bad input: exit 2)
     */
    private static double number(String[] cols, int c, String at) {
        String v = cols[c];
        try {
            double x = Double.parseDouble(v);
            if (Double.toString(x).equals(v)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new org.talentsim.experiment.ExperimentException(at + ", column " + (c + 1) + ": '" + v + "' is not a number"
                + " as written: not a row this calibration writes (changed by hand?); delete that line to evaluate it again,"
                + " or start afresh with " + Words.force() + " (without " + Words.resume() + ")");
    }

    void listener(Listener l) {
        this.listener = l;
    }

    /** How many distinct vectors have been asked for. */
    int count() {
        return index.size();
    }

    /** Runs finished now (not found in the journal). */
    int runsDone() {
        return runsDone;
    }

    /** The evaluation number of {@code theta} (0-based), or -1 if it was never asked for. */
    int indexOf(double[] theta) {
        return index.getOrDefault(key(theta), -1);
    }

    private String header() {
        StringBuilder b = new StringBuilder("evaluation");
        for (Calibration.Parameter p : c.parameters()) {
            b.append(',').append(p.name());
        }
        for (int r = 0; r < replications; r++) {
            for (String m : c.metrics()) {
                b.append(",r").append(r).append(':').append(m);
            }
        }
        return b.toString();
    }

    static String key(double[] theta) {
        StringBuilder b = new StringBuilder();
        for (double t : theta) {
            b.append(Long.toHexString(Double.doubleToLongBits(t))).append(';');
        }
        return b.toString();
    }

    /** The metrics at one vector: [replication][metric] (metrics as {@link Calibration#metrics()}). */
    double[][] at(double[] theta) {
        return at(List.of(theta)).get(0);
    }

    /** The metrics at each vector, all run together on the executor. */
    List<double[][]> at(List<double[]> thetas) {
        List<String> keys = new ArrayList<>();
        List<double[]> todo = new ArrayList<>();
        List<String> todoKeys = new ArrayList<>();
        for (double[] t : thetas) {
            String k = key(t);
            keys.add(k);
            if (!index.containsKey(k)) {
                index.put(k, index.size());
                double[][] r = resumed.get(k);
                if (r != null) {
                    known.put(k, r);
                    listener.evaluated(index.size(), true);
                } else {
                    todo.add(t.clone());
                    todoKeys.add(k);
                }
            }
        }
        if (!todo.isEmpty()) {
            run(todo, todoKeys);
        }
        List<double[][]> out = new ArrayList<>();
        for (String k : keys) {
            out.add(known.get(k));
        }
        return out;
    }

    /**
     * The metrics at {@code theta} over {@code n} replications (seeds 0 to n − 1, the first R
     * those of every evaluation), neither remembered nor journalled: the sample that estimates
     * the moments' covariance.
     */
    double[][] sample(double[] theta, int n) {
        List<String> metrics = c.metrics();
        List<String> o = c.overridesAt(theta);
        List<Experiment.Run> runs = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            runs.add(new Experiment.Run(r, 0, "covariance sample at theta " + label(theta), r, seed(r), o, c.base()));
        }
        double[][] values = new double[n][metrics.size()];
        executor.forEach(runs, c.runFunction(), (int r, Outcome out) -> {
            for (int k = 0; k < metrics.size(); k++) {
                values[r][k] = out.value(metrics.get(k));
            }
            runsDone++;
        });
        return values;
    }

    /** A parameter vector as it names a run (in a warning, a failure): {@code [offers=1.6; separation=0.05]}. */
    private String label(double[] theta) {
        StringBuilder b = new StringBuilder("[");
        for (int j = 0; j < theta.length; j++) {
            b.append(j == 0 ? "" : "; ").append(c.parameters().get(j).name()).append('=').append(theta[j]);
        }
        return b.append(']').toString();
    }

    private void run(List<double[]> todo, List<String> keys) {
        List<String> metrics = c.metrics();
        List<Experiment.Run> runs = new ArrayList<>();
        for (int i = 0; i < todo.size(); i++) {
            List<String> o = c.overridesAt(todo.get(i));
            for (int r = 0; r < replications; r++) {
                runs.add(new Experiment.Run(i * replications + r, i, "theta " + label(todo.get(i)), r, seed(r), o, c.base()));
            }
        }
        double[][][] values = new double[todo.size()][replications][metrics.size()];
        int[] left = new int[todo.size()];
        java.util.Arrays.fill(left, replications);
        executor.forEach(runs, c.runFunction(), (int i, Outcome o) -> {
            int v = i / replications;
            int r = i % replications;
            for (int k = 0; k < metrics.size(); k++) {
                values[v][r][k] = o.value(metrics.get(k));
            }
            runsDone++;
            if (--left[v] == 0) {
                String key = keys.get(v);
                known.put(key, values[v]);
                if (journal != null) {
                    journal.append(index.get(key), line(index.get(key), todo.get(v), values[v]));
                }
                listener.evaluated(known.size(), false);
            }
        });
    }

    private long seed(int r) {
        return c.seed(r);
    }

    private static String line(int index, double[] theta, double[][] v) {
        StringBuilder b = new StringBuilder().append(index);
        for (double t : theta) {
            b.append(',').append(Double.toString(t));
        }
        for (double[] row : v) {
            for (double x : row) {
                b.append(',').append(Double.toString(x));
            }
        }
        return b.toString();
    }

    /** Writes the journal sorted by evaluation into {@code target}. */
    void finish(Path target) {
        if (journal != null) {
            close();
            journal.finish(target);
        }
    }

    @Override
    public void close() {
        if (journal != null && !closed) {
            closed = true;
            journal.close();
        }
    }
}
