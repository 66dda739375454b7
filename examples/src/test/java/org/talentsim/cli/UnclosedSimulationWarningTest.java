package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.talentsim.engine.Simulation;
import org.talentsim.io.ScenarioFiles;
import org.talentsim.scenario.Scenario;

/**
 * What a service that forgets to close its simulations is told (core's own test, which has no
 * logging back end, checks that the worker threads stop): one warning for each simulation with
 * worker threads left unclosed, naming its scenario; none for one closed or run on one thread.
 */
class UnclosedSimulationWarningTest {
    private static Scenario scenario(String name) {
        return ScenarioFiles.parse("""
                version: 1
                name: %s
                start: 2025-01
                months: 3
                seed: 5
                labs:
                  - name: Lab
                    teams:
                      - {name: Core, focus: research, headcount: 30}
                pool:
                  size: 20
                """.formatted(name), name + ".yaml");
    }

    @Test
    void eachSimulationLeftUnclosedIsNamedInAWarning() throws InterruptedException {
        Logger log = (Logger) LoggerFactory.getLogger(Simulation.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        log.addAppender(seen);
        try {
            List<WeakReference<Simulation>> dropped = new ArrayList<>();
            for (String name : List.of("forgotten-a", "forgotten-b")) {
                Simulation s = Simulation.builder(scenario(name)).threads(2).build();
                s.run(1);
                dropped.add(new WeakReference<>(s));
            }
            try (Simulation closed = Simulation.builder(scenario("closed")).threads(2).build()) {
                closed.run();
            }
            Simulation.builder(scenario("one-thread")).threads(1).build().run();   // no workers: nothing to warn of
            long end = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < end && (dropped.stream().anyMatch(r -> r.get() != null) || warnings(seen).size() < 2)) {
                System.gc();
                Thread.sleep(20);
            }
            Thread.sleep(200);   // time for a wrong third warning to show
            List<String> warned = warnings(seen);
            assertEquals(2, warned.size(), warned.toString());
            assertTrue(warned.stream().anyMatch(w -> w.contains("'forgotten-a'")) && warned.stream().anyMatch(w -> w.contains("'forgotten-b'")),
                    warned.toString());
            assertTrue(warned.stream().allMatch(w -> w.contains("was not closed")), warned.toString());
        } finally {
            log.detachAppender(seen);
        }
    }

    private static List<String> warnings(ListAppender<ILoggingEvent> seen) {
        synchronized (seen) {   // the appender appends under its own lock (AppenderBase.doAppend)
            return seen.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
        }
    }
}
