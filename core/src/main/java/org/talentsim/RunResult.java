package org.talentsim;

import java.util.List;
import java.util.Objects;
import org.talentsim.metrics.LabRow;
import org.talentsim.metrics.MarketRow;
import org.talentsim.metrics.MoveRow;
import org.talentsim.metrics.OfferRow;
import org.talentsim.metrics.Summary;
import org.talentsim.metrics.TeamRow;
import org.talentsim.scenario.Scenario;

/**
 * What one run produced: the final figures and every row of the result files, in memory. The
 * lists are the rows of {@code labs.csv}, {@code teams.csv}, {@code moves.csv} and {@code
 * offers.csv} (plus one market-wide row per tick), in the order they are written; for the same
 * scenario and seed they are identical for any thread count.
 *
 * @param scenario the scenario that ran (its seed is the run's seed)
 * @param summary final figures per lab and for the market, and the flows between labs
 * @param labs one row per (tick, lab)
 * @param teams one row per (tick, lab, team)
 * @param market one row per tick for the whole market
 * @param moves one row per move of a researcher
 * @param offers one row per offer made, when the run recorded offers ({@code
 *     Talentsim.withOffers}; by default for scenarios under 100,000 researchers), else empty
 */
public record RunResult(Scenario scenario, Summary summary, List<LabRow> labs, List<TeamRow> teams,
        List<MarketRow> market, List<MoveRow> moves, List<OfferRow> offers) {
    /**
     * Checks and copies the lists (the result cannot be changed afterwards).
     *
     * @param scenario the scenario as run
     * @param summary the final figures
     * @param labs one row per tick and lab
     * @param teams one row per tick and team
     * @param market one row per tick
     * @param moves one row per move
     * @param offers one row per offer made, or empty
     */
    public RunResult {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(summary, "summary");
        labs = List.copyOf(labs);
        teams = List.copyOf(teams);
        market = List.copyOf(market);
        moves = List.copyOf(moves);
        offers = List.copyOf(offers);
    }

    /**
     * What the result holds, in one line: the scenario, its seed and the number of rows of each
     * kind (a record's own text printed every row, half a megabyte for the flagship).
     */
    @Override
    public String toString() {
        return "RunResult[scenario '" + scenario.name() + "', seed " + scenario.seed() + ": " + labs.size() + " lab rows, "
                + teams.size() + " team rows, " + market.size() + " market rows, " + moves.size() + " moves, " + offers.size()
                + " offers]";
    }

    /** {@return the run's seed} */
    public long seed() {
        return scenario.seed();
    }

    /**
     * The final figures of the lab named {@code name}.
     *
     * @param name a lab's name, as the scenario writes it
     * @return its line of {@code summary.json}
     * @throws IllegalArgumentException when no lab of that name took part in the run
     */
    public Summary.LabSummary lab(String name) {
        for (Summary.LabSummary l : summary.labs()) {
            if (l.lab().equals(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no lab named '" + name + "' in run of '" + scenario.name() + "'; labs: "
                + summary.labs().stream().map(Summary.LabSummary::lab).toList());
    }

    /**
     * The rows of {@code labs.csv} of the lab named {@code name}, one per tick.
     *
     * @param name a lab's name
     * @return its rows, in tick order
     * @throws IllegalArgumentException when no lab of that name took part in the run
     */
    public List<LabRow> labRows(String name) {
        lab(name);
        return labs.stream().filter(r -> r.lab().equals(name)).toList();
    }
}
