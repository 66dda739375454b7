package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                  - {name: R, focus: research, headcount: 40}
            pool:
              size: 20
            EVENTS
            """;
    private static final Pattern SAID = Pattern.compile(
            "2025-01: the payroll of 'Tight' at the start, ([0-9.]+)M a year, is over its budget of ([0-9.]+)M: it lays off (\\d+)"
                    + " researchers to meet it \\(no event asked for this; .*");

    @Test
    void aBudgetUnderTheStartingPayrollIsSaidWithTheLayoffsItForces() {
        for (long seed = 1; seed <= 4; seed++) {
            Run r = run(seed, "3M", "");
            assertEquals(1, r.warned.size(), "seed " + seed + ": " + r.warned);
            Matcher m = SAID.matcher(r.warned.get(0));
            assertTrue(m.matches(), r.warned.get(0));
            LabRow first = r.history.labs().stream().filter(x -> x.lab().equals("Tight") && x.tick() == 1).findFirst().orElseThrow();
            assertEquals(first.layoffs(), Integer.parseInt(m.group(3)), "seed " + seed + ": the count said is the month's layoffs");
            assertTrue(first.layoffs() > 0);
            assertEquals("3.0", m.group(2));
            assertTrue(Double.parseDouble(m.group(1)) > 3.0, m.group(1));
        }
    }

    @Test
    void aCutAnEventAsksForOrABudgetThePayrollFitsSaysNothing() {
        Run asked = run(5, "30M", "events:\n  - {date: 2025-01, type: budgetChange, lab: Tight, factor: 0.1}");
        LabRow first = asked.history.labs().stream().filter(x -> x.lab().equals("Tight") && x.tick() == 1).findFirst().orElseThrow();
        assertTrue(first.layoffs() > 0, "the event's cut lays off");
        assertEquals(List.of(), asked.warned, "the event asked for it");
        Run fits = run(5, "30M", "");
        assertEquals(List.of(), fits.warned);
    }

    private record Run(List<String> warned, History history) {}

    private static Run run(long seed, String budget, String events) {
        String yaml = SCENARIO.replace("SEED", Long.toString(seed)).replace("BUDGET", budget).replace("EVENTS", events);
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
