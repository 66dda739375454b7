package org.talentsim.metrics;

/**
 * Market-wide aggregates at the end of a tick.
 *
 * @param employed researchers working
 * @param notice on notice
 * @param seeking in the pool
 * @param exited gone from the market
 * @param unemployment (notice + seeking) / (employed + notice + seeking)
 * @param moves rows in the move log this tick
 * @param meanSalary mean pay of the employed (NaN if none)
 */
public record MarketRow(int tick, String date, int employed, int notice, int seeking, int exited,
        double unemployment, int moves, double meanSalary) {}
