package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.talentsim.engine.Simulation;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.Metrics;

/**
 * A lab whose budget is below the payroll its staff start with lays people off in the first
 * month, though no event asks for it: the run says so, with the payroll, the budget and how many
 * (a budget a little below a payroll drawn from the pay scale laid off 17% of a lab without a
 * word: a strategist's review). A cut that an event asks for, and a budget the payroll fits, say nothing.
 */
class BudgetAtStartWarningTest {
    private static final String SCENARIO = """
            version: 1
            name: tight
            start: 2025-01
            months: 3
            seed: SEED
            market:
              payScale: {base: 100k}
            labs:
              - name: Tight
                budget: BUDGET
                teams:
                  - {name: R, focus: research, headcount: 40}
              - name: Other
                teams:
                  - {name: O, focus: research, headcount: 40}
            pool:
              size: 20
            EVENTS
            """;
    private static final String SAID = "2025-01: the payroll of 'Tight' at the start is over its budget of $3.0M a year: it lays off"
            + " researchers in its first month to meet it (no event asks for this; the month's layoffs say how many: a run's"
            + " labs.csv; a budget at or above the starting payroll, or lower pay, avoids it)";

    /** Said over seeds, the same words in each run (an experiment says it once, and counts the runs), with layoffs behind it. */
    @Test
    void aBudgetUnderTheStartingPayrollIsSaidWithTheLayoffsItForces() {
        for (long seed = 1; seed <= 4; seed++) {
            Run r = run(seed, "3M", "");
            assertEquals(List.of(SAID), r.warned, "seed " + seed);
            LabRow first = r.history.labs().stream().filter(x -> x.lab().equals("Tight") && x.tick() == 1).findFirst().orElseThrow();
            assertTrue(first.layoffs() > 0, "seed " + seed);
        }
    }

    /**
     * A cut an event asks for, a budget the payroll fits, and a team an event moves into a lab that
     * fitted its budget at the start (the layoff is that event's doing) say nothing; a rise in the
     * first month that lifts the budget over the payroll leaves no layoff to speak of.
     */
    @Test
    void aCutAnEventAsksForOrABudgetThePayrollFitsSaysNothing() {
        Run asked = run(5, "30M", "events:\n  - {date: 2025-01, type: budgetChange, lab: Tight, factor: 0.1}");
        LabRow first = asked.history.labs().stream().filter(x -> x.lab().equals("Tight") && x.tick() == 1).findFirst().orElseThrow();
        assertTrue(first.layoffs() > 0, "the event's cut lays off");
        assertEquals(List.of(), asked.warned, "the event asked for it");
        Run fits = run(5, "30M", "");
        assertEquals(List.of(), fits.warned);
        Run moved = run(5, "6M", "events:\n  - {date: 2025-01, type: teamMove, lab: Other, team: O, toLab: Tight}");
        assertTrue(moved.history.labs().stream().anyMatch(x -> x.lab().equals("Tight") && x.tick() == 1 && x.layoffs() > 0),
                "the team moved in puts it over");
        assertEquals(List.of(), moved.warned, "the move's doing, not the start's (a review of the day's changes)");
        Run raised = run(5, "3M", "events:\n  - {date: 2025-01, type: budgetChange, lab: Tight, delta: 20M}");
        assertEquals(List.of(), raised.warned, "no layoff");
    }

    /**
     * The budget is said in dollars ("$3.0M": it read "3.0M", a reviewer) where the pay scale counts
     * dollars, and as a plain number where a scenario's pay is in its own units (a base of 300 or less).
     */
    @Test
    void theBudgetIsInDollarsOnlyWhereThePayScaleCountsThem() {
        assertTrue(run(1, "3M", "").warned.get(0).contains("over its budget of $3.0M a year"));
        Run own = run(SCENARIO.replace("base: 100k", "base: 100"), 1, "3000", "");
        assertEquals(1, own.warned.size(), own.warned.toString());
        assertTrue(own.warned.get(0).contains("over its budget of 3000 a year"), own.warned.get(0));
    }

    private record Run(List<String> warned, History history) {}

    private static Run run(long seed, String budget, String events) {
        return run(SCENARIO, seed, budget, events);
    }

    private static Run run(String scenario, long seed, String budget, String events) {
        String yaml = scenario.replace("SEED", Long.toString(seed)).replace("BUDGET", budget).replace("EVENTS", events);
        Logger desk = (Logger) LoggerFactory.getLogger("org.talentsim.kernel.LayoffDesk");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        desk.addAppender(seen);
        History h = new History();
        try (Simulation sim = Simulation.builder(ScenarioFiles.parse(yaml, "tight.yaml")).observer(new Metrics(h)).build()) {
            sim.run();
        } finally {
            desk.detachAppender(seen);
        }
        return new Run(seen.list.stream().filter(w -> w.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList(), h);
    }
}
