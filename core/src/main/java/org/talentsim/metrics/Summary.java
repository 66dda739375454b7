package org.talentsim.metrics;

import java.util.List;
import java.util.Map;
import org.talentsim.model.Status;

/**
 * The final figures of a run ({@code summary.json} and {@code flows.csv}).
 *
 * @param ticks ticks run
 * @param labs per lab, in lab order
 * @param market market-wide figures
 * @param flows moves between labs (and the pool) over the run
 * @param named the researchers named in the scenario ({@code StarSpec}s) at the end, by index
 * @param skippedEvents the parts of the scenario's events the engine skipped in the run, in order
 *     ({@code WorldView.skippedEvents}: a dismissal of someone who had left, …); empty when the run
 *     played every event as written
 */
public record Summary(int ticks, List<LabSummary> labs, MarketSummary market, List<Flow> flows,
        List<NamedResearcher> named, List<org.talentsim.model.SkippedEvent> skippedEvents) {
    /** Checks and copies the lists. */
    public Summary {
        labs = List.copyOf(labs);
        flows = List.copyOf(flows);
        named = List.copyOf(named);
        skippedEvents = List.copyOf(skippedEvents);
    }

    /**
     * Per lab over the run. {@code headcountStart} is 0 for a lab founded during the run;
     * {@code acquiredIn}/{@code acquiredOut} count {@code ACQUIRED} rows into and out of it;
     * {@code spent} (USD) includes the prices of its acqui-hires; {@code capabilityEfficiency} is
     * the efficiency e its output added to its capability at (capability per unit of weighted
     * output per month, docs/MODEL.md 7.2: the market's, or with {@code capability.efficiency: lab}
     * its own, fixed for the run; NaN, written null, when it never produced). {@code transfersIn},
     * {@code transfersOut} count its {@code TRANSFERRED} rows from or to another lab (teams moved),
     * {@code foundersIn}, {@code foundersOut} its {@code FOUNDED} rows, so that headcountEnd =
     * headcountStart + hires + poachedIn + acquiredIn + transfersIn + foundersIn − poachedOut −
     * acquiredOut − transfersOut − foundersOut − quits − layoffs − exits.
     */
    public record LabSummary(String lab, int foundedTick, int headcountStart, int headcountEnd, int hires,
            int poachedIn, int poachedOut, int countered, int quits, int layoffs, int exits,
            double payrollEnd, double meanSalaryEnd, double capabilityStart, double capabilityEnd,
            double budgetEnd, double spent, int acquiredIn, int acquiredOut, double capabilityEfficiency,
            int transfersIn, int transfersOut, int foundersIn, int foundersOut) {
    }

    /** Market-wide at the end, and moves by reason over the run (a read-only copy, in the given order). */
    public record MarketSummary(int researchers, int employed, int notice, int seeking, int exited,
            double unemployment, double meanSalary, Map<String, Integer> movesByReason) {
        /** Copies the map (keeping its order: {@code summary.json} lists the reasons in it). */
        public MarketSummary {
            movesByReason = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(movesByReason));
        }
    }

    /**
     * A researcher named in the scenario, at the end of the run.
     *
     * @param name the name
     * @param index the population index (the {@code researcher} column of the CSV files)
     * @param lab the lab employing the researcher, or paying their notice; "" for none
     * @param team the team in that lab; "" for none
     * @param status EMPLOYED, NOTICE, SEEKING or EXITED
     * @param salary current pay (last pay when not employed), USD/year
     * @param title the title an acqui-hire gave him as the leader it brought in ({@code acquiHire}
     *     {@code title}), while he works for the lab that bought him; null otherwise
     */
    public record NamedResearcher(String name, int index, String lab, String team, Status status, double salary,
            String title) {
    }

    /** Researchers who moved from one lab to another; "" is the pool. */
    public record Flow(String fromLab, String toLab, int count) {
        /** The CSV header. */
        public static final String HEADER = "from_lab,to_lab,count";
    }
}
