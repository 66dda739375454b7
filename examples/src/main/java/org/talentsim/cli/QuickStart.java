package org.talentsim.cli;

/**
 * The launcher's quick start: {@code ./talentsim} runs the short commands ({@code run},
 * {@code check}, {@code report}, {@code --version}, {@code --help}) in a JVM that compiles with C1
 * only ({@code -XX:TieredStopAtLevel=1}) and says so with {@code -Dtalentsim.jit=quick}. A run
 * of the flagship does a few hundred thousand researcher-ticks: C2's compilations cost more CPU
 * than they save, and the run takes ~25% less time without them. A long run needs C2 (C1's code
 * is 2–3× slower in the kernel), so when the scenario read is larger than {@link #MAX_WORK},
 * {@code run} exits at once with {@link #RELAUNCH}, having written nothing, and the launcher
 * runs the same command again in a JVM with both compilers. Results do not depend on the
 * compiler (Java's arithmetic is exact to the bit, and HotSpot gives every tier the same maths).
 * Without the property (a plain {@code java -jar}) nothing changes.
 */
final class QuickStart {
    /** The system property the launcher sets to {@code quick}. */
    static final String PROPERTY = "talentsim.jit";
    /** The exit code asking the launcher to run the command again with both compilers. */
    static final int RELAUNCH = 75;
    /**
     * Researchers × ticks above which a run is relaunched: at 7–8 million (pvr1, bm1: 2.5–3 s)
     * C1 alone is 3–11% slower, less than the 0.5–0.6 s a relaunch costs; far above, C2 pays.
     */
    static final long MAX_WORK = 10_000_000L;

    private QuickStart() {}

    /** Whether this JVM is the launcher's quick one. */
    static boolean active() {
        return "quick".equals(System.getProperty(PROPERTY));
    }

    /** Whether a run of {@code researchers} over {@code ticks} is too long for the quick JVM. */
    static boolean tooLong(long researchers, long ticks) {
        return researchers * ticks > MAX_WORK;
    }
}
