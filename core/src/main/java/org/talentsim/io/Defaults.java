package org.talentsim.io;

import java.util.List;
import org.talentsim.model.Focus;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.LayoffTerms;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.ScenarioBuilder;
import org.talentsim.scenario.TeamSpec;

/**
 * The defaults a scenario file falls back on, taken from the builders and records themselves
 * (so the file format follows them), plus the few the format adds (docs/SCENARIO_FORMAT.md).
 */
final class Defaults {
    /** A lab with every default. */
    static final LabSpec LAB = new ScenarioBuilder.LabBuilder("lab").build();
    /** A team with every default (its target is its headcount). */
    static final TeamSpec TEAM = new ScenarioBuilder.TeamBuilder("team", Focus.RESEARCH, 0).build();
    /** A scenario with every default. */
    static final Scenario SCENARIO = Scenario.builder("scenario").lab(LAB).build();

    /** Layoff and dismissal events: {@link LayoffTerms#DEFAULT}. */
    static final int NOTICE_MONTHS = LayoffTerms.DEFAULT.noticeMonths();
    static final double SEVERANCE_WEEKS = LayoffTerms.DEFAULT.severanceWeeks();
    static final double SEVERANCE_WEEKS_PER_YEAR = LayoffTerms.DEFAULT.severanceWeeksPerYear();
    /** A named researcher's visibility when not given. */
    static final double STAR_VISIBILITY = 0.5;
    /** Budget and capability events: multiply by 1, add 0. */
    static final double FACTOR = 1;
    static final double DELTA = 0;

    static final List<String> FOCUS = List.of("research", "product", "infra");

    private Defaults() {}
}
