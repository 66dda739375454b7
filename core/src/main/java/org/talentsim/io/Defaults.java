package org.talentsim.io;

import java.util.List;
import org.talentsim.model.Focus;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;
import org.talentsim.scenario.TeamSpec;

/**
 * The defaults a scenario file falls back on, taken from the builders and records themselves
 * (so the file format follows them), plus the few the format adds (docs/SCENARIO_FORMAT.md).
 * Each event type reads its own defaults (layoff terms from {@code LayoffTerms.DEFAULT}).
 */
final class Defaults {
    /** A lab with every default. */
    static final LabSpec LAB = new ScenarioBuilder.LabBuilder("lab").build();
    /** A team with every default (its target is its headcount). */
    static final TeamSpec TEAM = new ScenarioBuilder.TeamBuilder("team", Focus.RESEARCH, 0).build();
    /** A scenario with every default. */
    static final Scenario SCENARIO = Scenario.builder("scenario").lab(LAB).build();

    /** A named researcher's visibility when not given. */
    static final double STAR_VISIBILITY = 0.5;
    static final List<String> FOCUS = List.of("research", "product", "infra");

    private Defaults() {}
}
