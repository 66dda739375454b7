package org.talentsim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.talentsim.model.WorldView;

/**
 * A sink that keeps every row in memory: handy in tests and notebooks, not for huge runs. It
 * keeps offers only if made with {@code new History(true)}. It holds one run: make a new one for
 * each run (a second run's start throws {@link IllegalStateException}, where the rows of both
 * were mixed in one list).
 */
public final class History implements MetricsSink {
    private final boolean offersWanted;
    private final List<OfferRow> offers = new ArrayList<>();
    private final List<MoveRow> moves = new ArrayList<>();
    private final List<LabRow> labs = new ArrayList<>();
    private final List<TeamRow> teams = new ArrayList<>();
    private final List<MarketRow> market = new ArrayList<>();
    private Summary summary;
    private boolean started;

    /** A history of moves, labs, teams and the market (no offers). */
    public History() {
        this(false);
    }

    /** A history that also keeps every offer ({@code offers = true}). */
    public History(boolean offers) {
        this.offersWanted = offers;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when this already holds (or is taking) the rows of a run
     */
    @Override
    public void start(WorldView world) {
        if (started) {
            throw new IllegalStateException("this History already holds the rows of a run: make a new History for each run (the"
                    + " rows of both would be mixed in one list)");
        }
        started = true;
    }

    @Override public boolean wantsOffers() { return offersWanted; }
    @Override public void offer(OfferRow r) { offers.add(r); }
    @Override public void move(MoveRow r) { moves.add(r); }
    @Override public void lab(LabRow r) { labs.add(r); }
    @Override public void team(TeamRow r) { teams.add(r); }
    @Override public void market(MarketRow r) { market.add(r); }
    @Override public void end(WorldView world, Summary s) { summary = s; }

    /** The offers (empty unless made with {@code new History(true)}). */
    public List<OfferRow> offers() { return Collections.unmodifiableList(offers); }
    /** The moves, in the order they happened (read-only). */
    public List<MoveRow> moves() { return Collections.unmodifiableList(moves); }
    /** One row per tick and lab (read-only). */
    public List<LabRow> labs() { return Collections.unmodifiableList(labs); }
    /** One row per tick and team (read-only). */
    public List<TeamRow> teams() { return Collections.unmodifiableList(teams); }
    /** One row per tick for the whole market (read-only). */
    public List<MarketRow> market() { return Collections.unmodifiableList(market); }

    /** The summary once the run ended, else null. */
    public Summary summary() { return summary; }
}
