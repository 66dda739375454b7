/**
 * talentsim: an agent-based simulation of a market for scarce talent.
 *
 * <p>Exported: the front door ({@code org.talentsim}), random streams, read-only views of the
 * model, scenarios and their validation, policies and their registry, the engine (simulations,
 * user phases, observers), metrics rows, file formats and result writers, run outcomes and experiments,
 * calibration and sensitivity analysis, and the closed-form theory with its validation. Not exported: {@code org.talentsim.kernel}, the
 * mutable state and the mechanics of a tick (the benchmarks and the library's own tests reach it
 * from the class path), and {@code org.talentsim.internal}, helpers the packages share and the
 * command line uses (atomic files, the result files' numbers, an experiment's journal, the rule for names and the "did you mean" suggestions).
 */
module org.talentsim {
    requires org.slf4j;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires transitive commons.math3;   // rng.Samplers.commonsMath returns its RandomGenerator

    exports org.talentsim;
    exports org.talentsim.rng;
    exports org.talentsim.model;
    exports org.talentsim.scenario;
    exports org.talentsim.policy;
    exports org.talentsim.engine;
    exports org.talentsim.metrics;
    exports org.talentsim.io;
    exports org.talentsim.experiment;
    exports org.talentsim.calibration;
    exports org.talentsim.theory;
}
