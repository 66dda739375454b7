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
import org.talentsim.Talentsim;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;

/**
 * The notes the command line prints are the library's too: {@link Scenario#notes()}, and the
 * front door logs them at WARN once per call (a library caller heard nothing of an event dated
 * after the end or a layoff of more than a lab has: found by an API review).
 */
class LibraryNotesTest {
    @Test
    void theFrontDoorLogsTheNotesOncePerCall() {
        Scenario s = ScenarioFiles.read(CliTest.TINY).withMonths(4);
        List<String> notes = s.notes();
        assertEquals(List.of("the layoff event of 2025-10 (tick 10) falls after the run's last tick (4): it will not happen"), notes);
        Logger front = (Logger) LoggerFactory.getLogger(Talentsim.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        front.addAppender(seen);
        try {
            Talentsim.defaults().replicate(s, 3);
            Talentsim.defaults().run(s);
        } finally {
            front.detachAppender(seen);
        }
        List<String> warned = seen.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(List.of("scenario 'tiny': note: " + notes.get(0), "scenario 'tiny': note: " + notes.get(0)), warned,
                "once for the three replications, once for the run");
        assertTrue(ScenarioFiles.read(CliTest.TINY).notes().isEmpty(), "the file as it is: no note");
    }
}
