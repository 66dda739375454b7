package org.talentsim.io;

import java.nio.file.Path;
import org.talentsim.engine.Simulation;
import org.talentsim.metrics.Metrics;
import org.talentsim.metrics.Summary;
import org.talentsim.scenario.Scenario;

/** Runs a scenario to the end and writes its result files: the one-call path for library users. */
public final class Runs {
    private Runs() {}

    /**
     * Runs {@code scenario} with {@code threads} threads and writes the result files into {@code
     * out} ({@code offers.csv} for scenarios under 100,000 researchers), replacing them as a set (see {@link ResultWriter}). On failure nothing in
     * {@code out} changes.
     *
     * @return the run's summary
     * @throws IllegalArgumentException when {@code out} cannot be a result folder
     * @throws FolderBusyException when another run is writing {@code out} (checked before the run starts)
     */
    public static Summary runToFolder(Scenario scenario, Path out, int threads) {
        return runToFolder(Simulation.builder(scenario).threads(threads), RunInfo.of(scenario, threads), out);
    }

    /** Like {@link #runToFolder(Scenario, Path, int)} with a configured builder and run info. */
    public static Summary runToFolder(Simulation.Builder builder, RunInfo info, Path out) {
        return runToFolder(builder, info, out, OfferOutput.AUTO);
    }

    /**
     * Like {@link #runToFolder(Simulation.Builder, RunInfo, Path)}, writing {@code offers.csv} as
     * {@code offers} says for the scenario of {@code info}.
     */
    public static Summary runToFolder(Simulation.Builder builder, RunInfo info, Path out, OfferOutput offers) {
        try (ResultWriter writer = new ResultWriter(out, info, offers)) {
            Metrics metrics = new Metrics(writer);
            try (Simulation sim = builder.observer(metrics).build()) {
                sim.run();
            }
            return metrics.summary();
        }
    }
}
