package org.talentsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.talentsim.experiment.Executor;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.LocalExecutor;

/**
 * A test executor, {@code --executor slow-start}, that takes a minute to start as a cluster's
 * might (Spark's takes seconds), saying when it has begun in the file the system property
 * {@code slowstart.marker} names; then runs locally.
 */
public final class SlowStartProvider implements ExecutorProvider {
    @Override
    public String name() {
        return "slow-start";
    }

    @Override
    public Executor open(Experiment experiment, String master, int threads, PrintWriter err) {
        String marker = System.getProperty("slowstart.marker");
        try {
            if (marker != null) {
                Files.writeString(Path.of(marker), "starting\n");
            }
            Thread.sleep(60_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new LocalExecutor(threads);
    }
}
