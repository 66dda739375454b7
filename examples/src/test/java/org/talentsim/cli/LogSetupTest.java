package org.talentsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/** The command line's logging set up in code: level, format, and a user's own file still honoured. */
class LogSetupTest {
    /** The live encoder, whose counts of the runs' warnings later tests of this JVM read: configured() replaces it. */
    private final LogSetup.Line live = LogSetup.current;

    @AfterEach
    void clear() {
        System.clearProperty(LogSetup.LEVEL);
        System.clearProperty("logback.configurationFile");
        // put the live one back: the counts a command prints at the end came from a context of a test's
        // own, and were empty in every test after this one (ResumedCountsTest found it)
        LogSetup.current = live;
    }

    private static LoggerContext configured() {
        LoggerContext c = new LoggerContext();
        c.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());   // as SLF4J's provider gives the real one
        LogSetup s = new LogSetup();
        s.setContext(c);
        assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, s.configure(c));
        return c;
    }

    @Test
    void warningsAndErrorsToStandardErrorByDefault() {
        LoggerContext c = configured();
        ch.qos.logback.classic.Logger root = c.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        assertTrue(root.getAppender("STDERR") instanceof ch.qos.logback.core.ConsoleAppender<?> a && a.isStarted()
                && a.getTarget().equals("System.err"));
        assertEquals(Level.ERROR, c.getLogger("org.apache.hadoop").getLevel());
        assertTrue(c.getLogger("org.talentsim.kernel.EventDesk").isWarnEnabled());
        assertTrue(!c.getLogger("org.talentsim.kernel.EventDesk").isInfoEnabled());
    }

    @Test
    void thePropertySetsTheLevel() {
        System.setProperty(LogSetup.LEVEL, "debug");
        assertEquals(Level.DEBUG, configured().getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
        System.setProperty(LogSetup.LEVEL, "no-such-level");
        assertEquals(Level.WARN, configured().getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
    }

    @Test
    void aFileOfTheUsersOwnIsLeftToLogback() {
        System.setProperty("logback.configurationFile", "/tmp/mine.xml");
        LoggerContext c = new LoggerContext();
        LogSetup s = new LogSetup();
        s.setContext(c);
        assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, s.configure(c));
        assertNull(c.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"));
    }

    @Test
    void linesNameTheLevelAndTheLoggersSimpleName() {
        LoggerContext c = configured();
        LogSetup.Line line = new LogSetup.Line();
        line.setContext(c);
        LoggingEvent e = new LoggingEvent("x", c.getLogger("org.talentsim.kernel.EventDesk"), Level.WARN,
                "tick {}: founding of '{}' skipped", null, new Object[] {3, "Lab"});
        assertEquals("WARN EventDesk: tick 3: founding of 'Lab' skipped" + System.lineSeparator(),
                new String(line.encode(e), StandardCharsets.UTF_8));
        LoggingEvent t = new LoggingEvent("x", c.getLogger("top"), Level.ERROR, "failed", new IllegalStateException("why"),
                null);
        String s = new String(line.encode(t), StandardCharsets.UTF_8);
        assertTrue(s.startsWith("ERROR top: failed" + System.lineSeparator() + "java.lang.IllegalStateException: why"), s);
    }

    /**
     * A warning while a progress line is on the terminal starts on a line of its own (it ran on after
     * "ETA 3s": a strategist's review); the progress is then no longer on the line written to.
     */
    @Test
    void aWarningDuringAProgressLineStartsOnANewLine() {
        LoggerContext c = configured();
        LogSetup.Line line = new LogSetup.Line();
        line.setContext(c);
        LoggingEvent e = new LoggingEvent("x", c.getLogger("org.talentsim.kernel.EventDesk"), Level.WARN, "skipped", null, null);
        boolean was = Progress.onScreen;
        try {
            Progress.onScreen = true;
            assertEquals(System.lineSeparator() + "WARN EventDesk: skipped" + System.lineSeparator(),
                    new String(line.encode(e), StandardCharsets.UTF_8));
            assertTrue(!Progress.onScreen, "the line written to holds no progress");
            assertEquals("WARN EventDesk: skipped" + System.lineSeparator(), new String(line.encode(e), StandardCharsets.UTF_8),
                    "without a progress line, as before");
        } finally {
            Progress.onScreen = was;
        }
    }

    /**
     * talentsim.jar used as a library beside a logback.xml of the user's own: that file
     * configures Logback, not the command line's set-up (which won over it: an API user's review).
     */
    @Test
    void aLogbackXmlOnTheClassPathIsTheUsers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        ClassLoader none = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null);
        assertEquals(System.getProperty("logback.configurationFile") != null, LogSetup.usersOwn(none));
        java.nio.file.Files.writeString(dir.resolve("logback-test.xml"), "<configuration/>\n");
        ClassLoader tests = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null);
        assertTrue(LogSetup.usersOwn(tests), "a logback-test.xml, which Logback reads first");
        java.nio.file.Files.delete(dir.resolve("logback-test.xml"));
        java.nio.file.Files.writeString(dir.resolve("logback.xml"), "<configuration/>\n");
        ClassLoader theirs = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null);
        assertTrue(LogSetup.usersOwn(theirs));
    }
}
