package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.talentsim.engine.Simulation;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.metrics.History;
import org.talentsim.metrics.Metrics;
import org.talentsim.model.MoveReason;
import org.talentsim.scenario.Scenario;

/**
 * An event the file asks for that finds no one to act on — a dismissal of a star an earlier raid
 * took away, an acqui-hire of a named researcher the seller no longer employs, a job fair for
 * someone employed — is skipped with a warning, which the command line shows, as a skipped
 * founding is. They were logged at info, which the command line does not show: the results had
 * the star never dismissed, and nothing said so (found by a scenario author's review).
 */
class SkippedEventWarningTest {
    static final String HEAD = "version: 1\nname: skipped\nstart: 2025-01\nmonths: 5\nseed: 3\n"
            + "market: {offersEmployed: 0/year, separation: 0/year}\n"
            + "labs:\n"
            + "  - name: Alpha\n    teams:\n      - {name: Research, focus: research, headcount: 20}\n"
            + "  - name: Upstart\n    teams:\n      - name: Core\n        focus: research\n        headcount: 5\n"
            + "        stars:\n          - {name: Ada Star, skill: 6, salary: 5M, visibility: 0.9}\n"
            + "          - {name: Bo Lead, skill: 5, salary: 3M, visibility: 0.8}\n"
            + "pool: {size: 30}\n"
            + "events:\n"
            + "  - {date: 2025-02, type: raid, lab: Alpha, team: Research, fromLab: Upstart, count: 2, by: visibility}\n"
            + "  - {date: 2025-03, type: dismissal, lab: Upstart, researchers: Ada Star}\n"
            + "  - {date: 2025-03, type: jobFair, researcher: Bo Lead}\n";

    @Test
    void skippedEventsAreWarnedAbout() {
        Scenario s = ScenarioFiles.parse(HEAD, "skipped.yaml");
        List<String> warned = new ArrayList<>();
        History h = run(s, warned);
        assertEquals(2, h.moves().stream().filter(m -> m.reason() == MoveReason.POACHED && m.tick() == 2).count(),
                "the raid took both stars");
        assertTrue(h.moves().stream().noneMatch(m -> m.reason() == MoveReason.LAID_OFF), "no one dismissed");
        assertTrue(warned.stream().anyMatch(w -> w.equals("2025-03: dismissal of 'Ada Star' by 'Upstart' skipped: employed by"
                + " 'Alpha' now")), warned.toString());
        assertTrue(warned.stream().anyMatch(w -> w.startsWith("2025-03: job fair for Bo Lead skipped: Bo Lead is EMPLOYED")), warned.toString());
        // and the run keeps them, with their month, in the order the tick met them (the job fair in
        // the events phase, the dismissal in the layoffs phase): summary.json's events_skipped
        List<String> kept = List.of("2025-03: job fair for Bo Lead skipped: Bo Lead is EMPLOYED, not between jobs",
                "2025-03: dismissal of 'Ada Star' by 'Upstart' skipped: employed by 'Alpha' now");
        assertEquals(kept, h.summary().skippedEvents().stream().map(Object::toString).toList());
        // events by date: the raid (1), the dismissal (2), the job fair (3)
        assertEquals(List.of(3, 2), h.summary().skippedEvents().stream().map(k -> k.event()).toList());
        assertEquals(kept, warned, "each line logged is one kept");
        assertEquals(2.0, org.talentsim.experiment.Outcomes.run(s, org.talentsim.policy.PolicyRegistry.defaults(), List.of())
                .value(org.talentsim.experiment.StandardMetrics.EVENTS_SKIPPED), 0);
    }

    @Test
    void aRunThatPlaysEveryEventKeepsNone() {
        // without the raid, the dismissal finds both at Upstart, and the job fair (a month later) finds Bo on notice
        Scenario s = ScenarioFiles.parse(HEAD.replace("  - {date: 2025-02, type: raid", "#  - {date: 2025-02, type: raid")
                .replace("researchers: Ada Star}", "researchers: [Ada Star, Bo Lead]}")
                .replace("{date: 2025-03, type: jobFair", "{date: 2025-04, type: jobFair"), "played.yaml");
        List<String> warned = new ArrayList<>();
        History h = run(s, warned);
        assertEquals(List.of(), h.summary().skippedEvents());
        assertEquals(List.of(), warned);
        assertEquals(2, h.moves().stream().filter(m -> m.reason() == MoveReason.LAID_OFF).count(), "both dismissed");
    }

    @Test
    void anAcquiHireOfSomeoneTheSellerNoLongerEmploysIsWarnedAbout() {
        // Bo works for Alpha after the raid; the acqui-hire buys him from Upstart, which no longer employs him
        String text = HEAD + "  - {date: 2025-04, type: acquiHire, lab: Alpha, team: Research, fromLab: Upstart, researchers:"
                + " [Bo Lead], price: 1M}\n";
        Scenario s = ScenarioFiles.parse(text, "acq.yaml");
        List<String> warned = new ArrayList<>();
        History h = run(s, warned);
        assertTrue(warned.stream().anyMatch(w -> w.equals("2025-04: acqui-hire of 'Bo Lead' by 'Alpha' skipped: not employed by"
                + " 'Upstart' now")), warned.toString());
        // nobody left to buy: the price is paid all the same (MODEL 7.1), and said
        assertTrue(warned.stream().anyMatch(w -> w.equals("2025-04: the acqui-hire by 'Alpha' from 'Upstart' buys no one (none of"
                + " the people it names works there now); its price of 1000000 USD is paid all the same")), warned.toString());
        assertEquals(1e6, h.labs().stream().mapToDouble(l -> l.acquisitions()).sum(), 0, "paid");
    }

    private static History run(Scenario s, List<String> warned) {
        List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger("org.talentsim.kernel.EventDesk"),
                (Logger) LoggerFactory.getLogger("org.talentsim.kernel.LayoffDesk"));
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        loggers.forEach(l -> l.addAppender(seen));
        History h = new History();
        try (Simulation sim = Simulation.builder(s).observer(new Metrics(h)).build()) {
            sim.run();
        } finally {
            loggers.forEach(l -> l.detachAppender(seen));
        }
        seen.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).forEach(warned::add);
        return h;
    }
}
