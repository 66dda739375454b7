package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.talentsim.experiment.Experiment;
import org.talentsim.experiment.ExperimentRunner;
import org.talentsim.experiment.LocalExecutor;

/**
 * An experiment of one arm built in code: its comparison is empty, and the library says why at
 * INFO, as the command line does (it said nothing: an economist's review); two arms say nothing.
 */
class OneArmLoggedTest {
    @Test
    void oneArmIsSaidTwoAreNot() {
        Logger runner = (Logger) LoggerFactory.getLogger(ExperimentRunner.class);
        Level before = runner.getLevel();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        runner.addAppender(seen);
        runner.setLevel(Level.INFO);
        try (LocalExecutor ex = new LocalExecutor(1)) {
            Experiment.Builder b = Experiment.builder().scenario(Path.of("scenarios/retention.yaml")).override("months=2")
                    .replications(2);
            ExperimentRunner.Result one = ExperimentRunner.run(b.arm("nocounter", List.of("labs[Keeper].retention=none")).build(), ex,
                    (done, total) -> { });
            assertTrue(one.comparison().isEmpty());
            assertEquals(1, seen.list.size(), seen.list.toString());
            assertEquals(Level.INFO, seen.list.get(0).getLevel());
            assertTrue(seen.list.get(0).getFormattedMessage().startsWith("the experiment of scenario 'retention' has one arm,"
                    + " 'nocounter': nothing to compare it with, so its comparison is empty; add a baseline arm"),
                    seen.list.get(0).getFormattedMessage());
            seen.list.clear();
            ExperimentRunner.Result two = ExperimentRunner.run(b.arm("baseline", List.of()).build(), ex, (done, total) -> { });
            assertTrue(!two.comparison().isEmpty());
            assertTrue(seen.list.isEmpty(), seen.list.toString());
        } finally {
            runner.detachAppender(seen);
            runner.setLevel(before);
        }
    }
}
