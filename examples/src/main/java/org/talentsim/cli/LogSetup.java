package org.talentsim.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;

/**
 * The command line's logging, set up in code (found by Logback through {@code ServiceLoader}):
 * warnings and errors to stderr as {@code LEVEL Logger: message}, followed in an experiment or a
 * calibration by the run it came from ({@code (in the run of baseline, replication 2, seed 7; said once:
 * other runs that say it are counted at the end)}: a message the runs repeat is written once, and
 * {@link #repeated} counts the runs that said it); {@code -Dtalentsim.log=DEBUG}
 * (or INFO, ERROR, OFF) sets the level. Logback's XML configurator is not loaded, which saves a
 * few hundred classes at each start; {@code -Dlogback.configurationFile=FILE}, or a {@code
 * logback.xml} (or {@code logback-test.xml}) on the class path (the jar used as a library in a
 * program of the user's own), still configures Logback from a file of the user's own.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** The system property that sets the level. */
    static final String LEVEL = "talentsim.log";

    /** Logback creates it. */
    public LogSetup() {}

    /** The encoder of the command line's log (null until Logback is set up in code). */
    static volatile Line current;   // (package-private: a test that configures a context of its own puts it back)

    /**
     * The messages of runs written since the last call, each with how many runs
     * said it, in the order first said; and forgets them. The experiment commands end with them: a
     * warning "said once for all runs" left a reader unsure whether it concerned one run or all
     * (found by a student's review).
     */
    static java.util.List<java.util.Map.Entry<String, Integer>> repeated() {
        Line l = current;
        return l == null ? java.util.List.of() : l.drain();
    }

    /**
     * Before an experiment's or a calibration's runs: forgets the messages of runs counted so far
     * and, with {@code quiet} ({@code -q}), writes none of the runs' messages as they come, only
     * counts them for {@link #repeated} (a first one written at once, with its run's 19-digit seed,
     * read as a failure to a new user: a student's review). Not quiet, a message's first time is
     * written as it comes.
     */
    static void beginRuns(boolean quiet) {
        repeated();
        quietRuns = quiet;
    }

    /** After the runs of {@link #beginRuns}: messages of runs are written as they come again. */
    static void endRuns() {
        quietRuns = false;
    }

    /** Whether messages of runs are only counted ({@link #beginRuns}). */
    private static volatile boolean quietRuns;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        // a configuration of the user's own, named or on the class path (talentsim.jar used as a
        // library beside a logback.xml: this set-up won over it, an API user's review), is read by
        // Logback's own configurators; the jar has none of its own, so the command line is set up here
        if (usersOwn(LogSetup.class.getClassLoader())) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Line encoder = new Line();
        current = encoder;
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getProperty(LEVEL), Level.WARN));
        root.addAppender(stderr);
        // on the spark executor: Spark's start-up notes (loopback host name, no native Hadoop) are
        // not the user's concern
        context.getLogger("org.apache.spark.util.Utils").setLevel(Level.ERROR);
        context.getLogger("org.apache.hadoop").setLevel(Level.ERROR);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * Whether the user configures Logback: {@code -Dlogback.configurationFile}, or a {@code
     * logback-test.xml} or {@code logback.xml} {@code loader} finds (this project's own tests have
     * neither: they see the command line's set-up).
     */
    static boolean usersOwn(ClassLoader loader) {
        // (logback-test.xml too, which Logback reads first: a library user's tests: a re-check)
        return System.getProperty("logback.configurationFile") != null || loader != null
                && (loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null);
    }

    /** {@code LEVEL Logger: message}, the logger's simple name, the run if any, then the exception if any. */
    static final class Line extends EncoderBase<ILoggingEvent> {
        /** The most messages of runs remembered (beyond it, every message of a run is written). */
        static final int MAX_SEEN = 10_000;
        /** The messages of runs already written, with how many runs said them (encoders may be called from several threads). */
        private final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> seen = new java.util.concurrent.ConcurrentHashMap<>();
        /** The order in which they were first written. */
        private final java.util.Queue<String> order = new java.util.concurrent.ConcurrentLinkedQueue<>();

        /** See {@link LogSetup#repeated}. */
        java.util.List<java.util.Map.Entry<String, Integer>> drain() {
            java.util.List<java.util.Map.Entry<String, Integer>> out = new java.util.ArrayList<>();
            for (String m; (m = order.poll()) != null; ) {
                java.util.concurrent.atomic.AtomicInteger n = seen.remove(m);
                if (n != null) {
                    out.add(java.util.Map.entry(m, n.get()));
                }
            }
            seen.clear();
            return out;
        }

        @Override
        public byte[] headerBytes() {
            return null;
        }

        @Override
        public byte[] encode(ILoggingEvent e) {
            String name = e.getLoggerName();
            StringBuilder b = new StringBuilder(96).append(e.getLevel()).append(' ')
                    .append(name, name.lastIndexOf('.') + 1, name.length()).append(": ").append(e.getFormattedMessage());
            // in an experiment or a calibration, the run the message comes from
            String run = e.getMDCPropertyMap().get(org.talentsim.experiment.Experiment.LOG_RUN);
            if (run != null) {
                // once per message: the same warning from every run of a sweep was ~3,000 lines for
                // 24,000 runs (found by a strategist's review)
                String key = e.getLevel() + " " + name.substring(name.lastIndexOf('.') + 1) + ": " + e.getFormattedMessage();
                if (seen.size() < MAX_SEEN) {
                    java.util.concurrent.atomic.AtomicInteger n = seen.computeIfAbsent(key, k -> {
                        order.add(k);
                        return new java.util.concurrent.atomic.AtomicInteger();
                    });
                    if (n.incrementAndGet() > 1 || quietRuns) {
                        return new byte[0];
                    }
                }
                b.append(" (in the run of ").append(run).append("; said once: other runs that say it are counted at the end)");
            }
            b.append(System.lineSeparator());
            if (Progress.onScreen) {
                // a progress line ("runs 8/40 ... ETA 3s") is on the terminal, not ended: the message
                // starts on a line of its own (it ran on after the ETA: a strategist's review), and the
                // progress is drawn again below it
                b.insert(0, System.lineSeparator());
                Progress.onScreen = false;
            }
            IThrowableProxy t = e.getThrowableProxy();
            if (t != null) {
                b.append(ThrowableProxyUtil.asString(t)).append(System.lineSeparator());
            }
            return b.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] footerBytes() {
            return null;
        }
    }
}
