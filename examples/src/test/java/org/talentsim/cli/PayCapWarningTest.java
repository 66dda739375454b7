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
import org.talentsim.metrics.History;
import org.talentsim.metrics.Metrics;
import org.talentsim.metrics.MoveRow;
import org.talentsim.model.Focus;
import org.talentsim.model.MoveReason;
import org.talentsim.model.PayScale;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.MarketSpec;
import org.talentsim.scenario.PolicySpec;
import org.talentsim.scenario.Rate;
import org.talentsim.scenario.Scenario;
import org.talentsim.scenario.StarSpec;

/**
 * Pay the run computes stops at the pay cap (docs/MODEL.md §7.2); an acqui-hire whose raise
 * passes it says so in a warning (the command line shows warnings), not only in the files.
 */
class PayCapWarningTest {
    @Test
    void anAcquiHireRaisedPastThePayCapIsWarnedAbout() {
        MarketSpec quiet = MarketSpec.DEFAULT.withSeparation(Rate.ZERO).withOffersEmployed(Rate.ZERO)
                .withOffersSeeking(Rate.ZERO).withRetirement(Rate.ZERO).withPoolExit(Rate.ZERO).withAnnualRaise(0)
                .withPayAdjust(0).withUnemploymentValue(0.5).withPayScale(new PayScale(1, 1));
        // a pay scale of 1: the cap is 10^6; the star's 50,000 raised by 100x would be 5,050,000
        Scenario s = Scenario.builder("cap").seed(3).months(3).market(quiet).quits(PolicySpec.of("none"))
                .lab("Buyer", l -> l.team("AI", Focus.RESEARCH, 3, t -> { }))
                .lab("Seller", l -> l.team("Core", Focus.RESEARCH, 2, t -> t.star(new StarSpec("Lead", 5, 5e4, 0.8, false))))
                .event(new EventSpec.AcquiHire(1, "Buyer", "AI", "Seller", "Core", List.of(), 1e6, 100, null, null, false,
                        null, null))
                .build();
        Logger desk = (Logger) LoggerFactory.getLogger("org.talentsim.kernel.EventDesk");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        desk.addAppender(seen);
        History h = new History();
        try (Simulation sim = Simulation.builder(s).observer(new Metrics(h)).build()) {
            sim.run();
        } finally {
            desk.detachAppender(seen);
        }
        MoveRow lead = h.moves().stream().filter(m -> m.reason() == MoveReason.ACQUIRED && m.newSalary() > 1e5)
                .findFirst().orElseThrow();
        assertEquals(1e6, lead.newSalary(), "stopped at the cap");
        List<String> warned = seen.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .toList();
        assertEquals(1, warned.size(), warned.toString());
        // named by the month, as the results name it (it said "tick 1", which no file names)
        assertTrue(warned.get(0).matches("\\d{4}-\\d{2}: the acqui-hire by .*"), warned.get(0));
        assertTrue(warned.get(0).contains("the acqui-hire by 'Buyer' would raise the pay of 1 of the 3 it takes above the pay cap;"
                + " they are paid 1000000, the cap"), warned.get(0));
    }
}
