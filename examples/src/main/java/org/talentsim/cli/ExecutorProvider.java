package org.talentsim.cli;

import java.io.PrintWriter;
import java.util.ServiceLoader;
import org.talentsim.experiment.Executor;
import org.talentsim.experiment.Experiment;

/**
 * An executor the experiment commands can run on with {@code --executor NAME}, found on the class
 * path with {@link ServiceLoader}: the command line itself knows only {@code local}; the
 * {@code spark} module provides {@code spark} (docs/SPARK.md), and a user may add another.
 */
public interface ExecutorProvider {
    /** The name given to {@code --executor}. */
    String name();

    /**
     * An executor for {@code experiment}.
     *
     * @param master where to run, as the provider understands it ({@code --master}), or null for its default
     * @param threads {@code --threads}: runs in parallel on this machine
     * @param err where to say, in one line, that another executor was chosen instead (for instance
     *     when the experiment is too small to repay a cluster's start-up)
     */
    Executor open(Experiment experiment, String master, int threads, PrintWriter err);

    /** The provider named {@code name} on the class path, or null. */
    static ExecutorProvider find(String name) {
        for (ExecutorProvider p : ServiceLoader.load(ExecutorProvider.class)) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
