package org.talentsim.scenarios;

import java.nio.file.Path;
import org.talentsim.engine.Simulation;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.InvariantChecker;
import org.talentsim.metrics.Metrics;
import org.talentsim.scenario.Scenario;

/** Runs an example scenario file with the invariants checked after every tick, keeping every row. */
final class Runs {
    private Runs() {}

    static final Path DIR = Path.of("scenarios");

    static History run(String file) {
        return run(ScenarioFiles.read(DIR.resolve(file)), 2);
    }

    /** The labs.csv rows of lab {@code name}, in tick order. */
    static java.util.List<org.talentsim.metrics.LabRow> lab(History h, String name) {
        return h.labs().stream().filter(l -> l.lab().equals(name)).toList();
    }

    static History run(Scenario s, int threads) {
        History h = new History();
        InvariantChecker inv = new InvariantChecker();
        try (Simulation sim = Simulation.builder(s).threads(threads).observer(inv).observer(new Metrics(h)).build()) {
            sim.run();
        }
        if (inv.ticksChecked() != s.ticks()) {
            throw new AssertionError("invariants checked on " + inv.ticksChecked() + " of " + s.ticks() + " ticks");
        }
        return h;
    }
}
