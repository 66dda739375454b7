package org.talentsim.kernel;

/** Keys that name random streams: (seed, tick, phase key, chunk or lab). Fixed forever: changing one changes results. */
final class StreamKeys {
    private StreamKeys() {}

    static final long INIT = 1;
    static final long SEARCH = 4;
    static final long LAYOFF = 6;
    static final long RAID = 7;
    /** The order in which a tick's draws are resolved (its start and direction), one stream per tick. */
    static final long ORDER = 8;
    /** The starting pool's grace clocks (tick 0). */
    static final long START_CLOCKS = 11;
    /** The teams a job fair draws and their pricing uniforms (tick, JOB_FAIR, fair). */
    static final long JOB_FAIR = 12;
}
