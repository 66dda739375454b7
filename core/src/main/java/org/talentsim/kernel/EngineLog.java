package org.talentsim.kernel;

import org.slf4j.Logger;
import org.slf4j.MDC;
import org.slf4j.event.Level;

/**
 * The engine's own log lines (an event skipped, a budget capped), each said with its
 * simulation's name in SLF4J's mapped diagnostic context under {@link #KEY}, so that the lines
 * of simulations run at once can be told apart.
 *
 * <p>The name is put around each line rather than around each tick: a put and a remove per tick
 * cost Logback's MDC a map entry (32 bytes) per tick, and these lines are rare. A thread already
 * named by this simulation ({@code Simulation.run}) is left as it is.
 */
public final class EngineLog {
    /** The context key; {@code Simulation.LOG_SCENARIO} is this. */
    public static final String KEY = "talentsim.scenario";

    private final Logger log;
    private final String name;

    /**
     * An amount for a log line as the result files write it: 1010000000000000000 rather than
     * 1.01E18 (an adversarial review), 1000000000000000 for the largest budget; infinities and
     * NaN as Java writes them.
     */
    static String plain(double v) {
        return Double.isFinite(v) ? org.talentsim.internal.Num.format(v) : String.valueOf(v);
    }

    EngineLog(Logger log, String name) {
        this.log = log;
        this.name = name;
    }

    /**
     * Puts {@code name} under {@link #KEY} on this thread.
     *
     * @return what was there before, for {@link #restore}; {@code name} itself when the thread was
     *     named with this very string already (then there is nothing to undo)
     */
    public static String name(String name) {
        String before = MDC.get(KEY);
        if (before != name) {   // identity: the same string is the same simulation's name, already set
            MDC.put(KEY, name);
        }
        return before;
    }

    /**
     * For a step taken by hand: puts {@code name} under {@link #KEY} only when the thread holds
     * another simulation's name there (a simulation stepped from an observer of another's {@code
     * run()}, whose lines would otherwise carry that one's name); an unnamed thread is left unnamed
     * (a put per tick costs Logback a map entry) and so is one holding {@code name}.
     *
     * @return the name to put back with {@link #restoreOther}, or {@code null} when nothing was changed
     */
    public static String nameOverOther(String name) {
        String before = MDC.get(KEY);
        if (before == null || before == name) {
            return null;
        }
        MDC.put(KEY, name);
        return before;
    }

    /** Undoes {@link #nameOverOther}: {@code before} is what it returned. */
    public static void restoreOther(String before) {
        if (before != null) {
            MDC.put(KEY, before);
        }
    }

    /** Undoes {@link #name}: {@code before} is what it returned. */
    public static void restore(String name, String before) {
        if (before == name) {
            return;
        }
        if (before == null) {
            MDC.remove(KEY);
        } else {
            MDC.put(KEY, before);
        }
    }

    void warn(String format, Object... args) {
        if (log.isWarnEnabled()) {
            say(Level.WARN, format, args);
        }
    }

    /** A warning about tick {@code tick}, said as {@code DATE: TEXT} (the tick's calendar label, as the results name it). */
    void warnAt(World world, int tick, String format, Object... args) {
        if (log.isWarnEnabled()) {
            Object[] all = new Object[args.length + 1];
            all[0] = world.date(tick);
            System.arraycopy(args, 0, all, 1, args.length);
            say(Level.WARN, "{}: " + format, all);
        }
    }

    /**
     * A part of scheduled event {@code event} (its number, 1 for the scenario's first) skipped at
     * {@code tick} (a dismissal of someone who has left, …):
     * logged at WARN as {@code DATE: TEXT} (the tick's calendar label) and kept by {@code world} for the run's summary
     * ({@code WorldView.skippedEvents}) whatever the log's level.
     */
    void skipped(World world, int tick, int event, String format, Object... args) {
        String text = org.slf4j.helpers.MessageFormatter.arrayFormat(format, args).getMessage();
        world.addSkipped(tick, event, text);
        if (log.isWarnEnabled()) {
            say(Level.WARN, "{}: {}", new Object[] {world.date(tick), text});
        }
    }

    void info(String format, Object... args) {
        if (log.isInfoEnabled()) {
            say(Level.INFO, format, args);
        }
    }

    void debug(String format, Object... args) {
        if (log.isDebugEnabled()) {
            say(Level.DEBUG, format, args);
        }
    }

    private void say(Level level, String format, Object[] args) {
        String before = name(name);
        try {
            switch (level) {
                case WARN -> log.warn(format, args);
                case INFO -> log.info(format, args);
                default -> log.debug(format, args);
            }
        } finally {
            restore(name, before);
        }
    }
}
