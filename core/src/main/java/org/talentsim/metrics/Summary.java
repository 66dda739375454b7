package org.talentsim.metrics;

import java.util.List;
import java.util.Map;

/**
 * The final figures of a run ({@code summary.json} and {@code flows.csv}).
 *
 * @param ticks ticks run
 * @param labs per lab, in lab order
 * @param market market-wide figures
 * @param flows moves between labs (and the pool) over the run
 */
public record Summary(int ticks, List<LabSummary> labs, MarketSummary market, List<Flow> flows) {
    /**
     * Per lab over the run. {@code headcountStart} is 0 for a lab founded during the run.
     */
    public record LabSummary(String lab, int foundedTick, int headcountStart, int headcountEnd, int hires,
            int poachedIn, int poachedOut, int countered, int quits, int layoffs, int exits,
            double payrollEnd, double meanSalaryEnd, double capabilityStart, double capabilityEnd,
            double budgetEnd, double spent) {}

    /** Market-wide at the end, and moves by reason over the run. */
    public record MarketSummary(int researchers, int employed, int notice, int seeking, int exited,
            double unemployment, double meanSalary, Map<String, Integer> movesByReason) {}

    /** Researchers who moved from one lab to another; "" is the pool. */
    public record Flow(String fromLab, String toLab, int count) {
        /** The CSV header. */
        public static final String HEADER = "from_lab,to_lab,count";
    }
}
