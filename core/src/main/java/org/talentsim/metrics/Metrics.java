package org.talentsim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.talentsim.engine.TickObserver;
import org.talentsim.model.LabView;
import org.talentsim.model.MovesView;
import org.talentsim.model.MoveReason;
import org.talentsim.model.OffersView;
import org.talentsim.model.PopulationView;
import org.talentsim.model.Status;
import org.talentsim.model.TeamView;
import org.talentsim.model.WorldView;

/**
 * The observer that turns each tick into rows ({@link MoveRow}, {@link LabRow}, {@link TeamRow},
 * {@link MarketRow}, and {@link OfferRow} when a sink wants offers) for its sinks, and keeps the
 * run totals, flows and the {@link Summary}. Add it to a simulation with {@code
 * Simulation.Builder#observer}, after adding its sinks (whether offers are recorded is decided
 * when the simulation is built).
 *
 * <p>A {@code Metrics} observes one run: its totals and summary are that run's. Make a new one,
 * with new sinks, for each run; a second run started with it (one after the other, or two at once)
 * throws {@link IllegalStateException} rather than add the two runs' figures together.
 */
public final class Metrics implements TickObserver {
    private final List<MetricsSink> sinks = new ArrayList<>();
    private int[] hires = new int[0], poachedIn = new int[0], poachedOut = new int[0], quits = new int[0],
            layoffs = new int[0], exits = new int[0], acquiredIn = new int[0], acquiredOut = new int[0],
            countered = new int[0], transfersIn = new int[0], transfersOut = new int[0], foundersIn = new int[0],
            foundersOut = new int[0];
    private int[] totHires = new int[0], totIn = new int[0], totOut = new int[0], totCountered = new int[0],
            totQuits = new int[0], totLayoffs = new int[0], totExits = new int[0], totAcqIn = new int[0],
            totAcqOut = new int[0], totTrIn = new int[0], totTrOut = new int[0], totFoIn = new int[0],
            totFoOut = new int[0];
    private int[] headStart = new int[0];
    private double[] capStart = new double[0];
    private final Map<Long, int[]> flows = new TreeMap<>();
    private final int[] byReason = new int[MoveReason.values().length];
    private int ticks;
    private Summary summary;
    /** The run this observes has started ({@link #onStart}): a second is refused. */
    private boolean started;

    /** Metrics feeding the given sinks. */
    public Metrics(MetricsSink... sinks) {
        this.sinks.addAll(Arrays.asList(sinks));
    }

    /** Adds a sink; returns this. */
    public Metrics sink(MetricsSink s) {
        sinks.add(s);
        return this;
    }

    /** The summary, once the run has ended (else null). */
    public Summary summary() {
        return summary;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when this has already observed a run (its totals would add
     *     up the two runs: a user's loop over seeds with one {@code Metrics} got a summary of 12
     *     ticks with the hires of 24)
     */
    @Override
    public void onStart(WorldView world) {
        if (started) {
            throw new IllegalStateException("this Metrics has already observed a run: make a new Metrics, with new sinks, for each"
                    + " run (its totals and summary would add up both runs)");
        }
        started = true;
        for (MetricsSink s : sinks) {
            s.start(world);
        }
        ensure(world.labCount());
        for (int li = 0; li < world.labCount(); li++) {
            LabView l = world.lab(li);
            headStart[l.id()] = world.headcount(l.id());
            capStart[l.id()] = l.capability();
        }
    }

    /** Whether some sink wants offers ({@link MetricsSink#wantsOffers()}). */
    @Override
    public boolean wantsOffers() {
        for (MetricsSink s : sinks) {
            if (s.wantsOffers()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void onOffers(int tick, WorldView world, OffersView offers) {
        String date = world.date(tick);
        PopulationView pop = world.population();
        for (int r = 0; r < offers.size(); r++) {
            int i = offers.researcher(r);
            OfferRow row = new OfferRow(tick, date, i, labName(world, offers.fromLab(r)), labName(world, offers.toLab(r)),
                    offers.offer(r), offers.counter(r), offers.outcome(r), nameOf(pop, i), teamName(world, offers.fromTeam(r)),
                    teamName(world, offers.toTeam(r)), pop.skill(i), pop.specialty(i), pop.visa(i));
            for (MetricsSink s : sinks) {
                if (s.wantsOffers()) {
                    s.offer(row);
                }
            }
        }
    }

    @Override
    public void onTick(int tick, WorldView world, MovesView log) {
        ticks = tick;
        int labs = world.labCount();
        ensure(labs);
        Arrays.fill(hires, 0);
        Arrays.fill(poachedIn, 0);
        Arrays.fill(poachedOut, 0);
        Arrays.fill(quits, 0);
        Arrays.fill(layoffs, 0);
        Arrays.fill(exits, 0);
        Arrays.fill(acquiredIn, 0);
        Arrays.fill(acquiredOut, 0);
        Arrays.fill(countered, 0);
        Arrays.fill(transfersIn, 0);
        Arrays.fill(transfersOut, 0);
        Arrays.fill(foundersIn, 0);
        Arrays.fill(foundersOut, 0);
        String date = world.date(tick);
        for (int r = 0; r < log.size(); r++) {
            count(log, r);
            MoveRow row = new MoveRow(tick, date, log.researcher(r), labName(world, log.fromLab(r)),
                    teamName(world, log.fromTeam(r)), labName(world, log.toLab(r)), teamName(world, log.toTeam(r)),
                    log.oldSalary(r), log.newSalary(r), log.reason(r), nameOf(world.population(), log.researcher(r)),
                    log.signOn(r), log.annualEquity(r), log.boughtOut(r), world.population().skill(log.researcher(r)),
                    world.population().specialty(log.researcher(r)), world.population().visa(log.researcher(r)));
            for (MetricsSink s : sinks) {
                s.move(row);
            }
        }
        for (int li = 0; li < world.labCount(); li++) {
            LabView l = world.lab(li);
            labRow(tick, date, world, l);
        }
        for (int li = 0; li < world.labCount(); li++) {
            LabView l = world.lab(li);
            for (int ti = 0; ti < l.teamCount(); ti++) {
                int t = l.team(ti);
                TeamView team = world.team(t);
                int n = team.headcount();
                TeamRow row = new TeamRow(tick, date, l.name(), team.name(), n, mean(team.sumSalary(), n),
                        mean(team.sumMorale(), n), mean(team.sumSkill(), n), team.output());
                for (MetricsSink s : sinks) {
                    s.team(row);
                }
            }
        }
        MarketRow m = marketRow(tick, date, world, log.size());
        for (MetricsSink s : sinks) {
            s.market(m);
        }
    }

    private void labRow(int tick, String date, WorldView world, LabView l) {
        int id = l.id();
        if (l.foundedTick() > tick) {
            return;
        }
        int n = 0;
        double sal = 0;
        double mor = 0;
        double sk = 0;
        for (int ti = 0; ti < l.teamCount(); ti++) {
            int t = l.team(ti);
            TeamView team = world.team(t);
            n += team.headcount();
            sal += team.sumSalary();
            mor += team.sumMorale();
            sk += team.sumSkill();
        }
        LabRow row = new LabRow(tick, date, l.name(), n, hires[id], poachedIn[id], poachedOut[id], quits[id],
                layoffs[id], exits[id], l.payroll(), mean(sal, n), mean(mor, n), mean(sk, n), l.capability(),
                l.severance(), l.budget(), l.equityVested(), l.signOns(), l.clawedBack(), l.unvested(),
                acquiredIn[id], acquiredOut[id], l.acquisitions(), l.offerPremium(), l.budgetLayoffs(), countered[id],
                transfersIn[id], transfersOut[id], foundersIn[id], foundersOut[id]);
        for (MetricsSink s : sinks) {
            s.lab(row);
        }
    }

    private MarketRow marketRow(int tick, String date, WorldView world, int moves) {
        PopulationView pop = world.population();
        int[] byStatus = new int[4];
        for (int i = 0; i < pop.size(); i++) {
            byStatus[pop.status(i).ordinal()]++;
        }
        // the employed's pay as the labs' rows sum it, lab by lab from the census's team sums (each
        // salary to the cent): summed from the raw salaries, the market's mean differed from the
        // only lab's in a market of one (573393.0703 against 573393.0706: an adversarial review)
        double sal = world.employedSalaries();
        int e = byStatus[Status.EMPLOYED_CODE];
        int active = e + byStatus[Status.NOTICE_CODE] + byStatus[Status.SEEKING_CODE];
        return new MarketRow(tick, date, e, byStatus[Status.NOTICE_CODE], byStatus[Status.SEEKING_CODE],
                byStatus[Status.EXITED_CODE], active == 0 ? Double.NaN : (double) (active - e) / active, moves,
                mean(sal, e));
    }

    private void count(MovesView log, int r) {
        MoveReason why = log.reason(r);
        byReason[why.ordinal()]++;
        int from = log.fromLab(r);
        int to = log.toLab(r);
        if (from != to) {
            flows.computeIfAbsent(((long) (from + 1) << 32) | (to + 1), k -> new int[1])[0]++;
        }
        switch (why) {
            case HIRED -> { hires[to]++; totHires[to]++; }
            case POACHED -> { poachedIn[to]++; poachedOut[from]++; totIn[to]++; totOut[from]++; }
            case COUNTERED -> { countered[from]++; totCountered[from]++; }
            case TRANSFERRED -> {
                if (from != to) {   // a team moved to another lab (inside one, no one comes or goes)
                    transfersIn[to]++;
                    transfersOut[from]++;
                    totTrIn[to]++;
                    totTrOut[from]++;
                }
            }
            case FOUNDED -> {
                foundersIn[to]++;
                totFoIn[to]++;
                if (from >= 0) {   // (a founder between jobs leaves no lab)
                    foundersOut[from]++;
                    totFoOut[from]++;
                }
            }
            case ACQUIRED -> { acquiredIn[to]++; acquiredOut[from]++; totAcqIn[to]++; totAcqOut[from]++; }
            case QUIT -> { quits[from]++; totQuits[from]++; }
            case LAID_OFF -> { layoffs[from]++; totLayoffs[from]++; }
            case EXITED, VISA_EXIT -> {
                if (from >= 0) {
                    exits[from]++;
                    totExits[from]++;
                }
            }
            default -> { }
        }
    }

    @Override
    public void onEnd(WorldView world) {
        List<Summary.LabSummary> labs = new ArrayList<>();
        ensure(world.labCount());
        for (int li = 0; li < world.labCount(); li++) {
            LabView l = world.lab(li);
            int id = l.id();
            int n = 0;
            double sal = 0;
            for (int ti = 0; ti < l.teamCount(); ti++) {
                int t = l.team(ti);
                n += world.team(t).headcount();
                sal += world.team(t).sumSalary();
            }
            labs.add(new Summary.LabSummary(l.name(), l.foundedTick(), headStart[id], n, totHires[id], totIn[id],
                    totOut[id], totCountered[id], totQuits[id], totLayoffs[id], totExits[id], l.payroll(),
                    mean(sal, n), l.foundedTick() > 0 ? 0 : capStart[id], l.capability(), l.budget(), l.spent(),
                    totAcqIn[id], totAcqOut[id], l.capabilityEfficiency(), totTrIn[id], totTrOut[id], totFoIn[id],
                    totFoOut[id]));
        }
        MarketRow last = marketRow(ticks, world.date(Math.max(1, ticks)), world, 0);
        Map<String, Integer> reasons = new LinkedHashMap<>();
        for (MoveReason r : MoveReason.values()) {
            reasons.put(r.name(), byReason[r.ordinal()]);
        }
        var market = new Summary.MarketSummary(world.population().size(), last.employed(), last.notice(),
                last.seeking(), last.exited(), last.unemployment(), last.meanSalary(), reasons);
        List<Summary.Flow> flowList = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : flows.entrySet()) {
            int from = (int) (e.getKey() >>> 32) - 1;
            int to = (int) (e.getKey() & 0xffffffffL) - 1;
            flowList.add(new Summary.Flow(labName(world, from), labName(world, to), e.getValue()[0]));
        }
        summary = new Summary(ticks, List.copyOf(labs), market, List.copyOf(flowList), named(world), world.skippedEvents());
        for (MetricsSink s : sinks) {
            s.end(world, summary);
        }
    }


    /** The named researchers at the end, by index. */
    private static List<Summary.NamedResearcher> named(WorldView world) {
        PopulationView pop = world.population();
        List<Summary.NamedResearcher> out = new ArrayList<>();
        for (int i : pop.namedIndices()) {
            int team = pop.team(i);
            int lab = team < 0 ? -1 : world.team(team).lab();
            String title = lab >= 0 && pop.status(i) == Status.EMPLOYED ? world.lab(lab).title(i) : null;
            out.add(new Summary.NamedResearcher(pop.name(i), i, labName(world, lab), teamName(world, team), pop.status(i),
                    pop.salary(i), title));
        }
        return out;
    }

    private static String nameOf(PopulationView pop, int i) {
        String n = pop.name(i);
        return n == null ? "" : n;
    }

    private static double mean(double sum, int n) {
        return n == 0 ? Double.NaN : sum / n;
    }

    private static String labName(WorldView w, int lab) {
        return lab < 0 ? "" : w.lab(lab).name();
    }

    private static String teamName(WorldView w, int team) {
        return team < 0 ? "" : w.team(team).name();
    }

    private void ensure(int labs) {
        if (hires.length >= labs) {
            return;
        }
        int n = Math.max(labs, hires.length * 2);
        hires = Arrays.copyOf(hires, n);
        poachedIn = Arrays.copyOf(poachedIn, n);
        poachedOut = Arrays.copyOf(poachedOut, n);
        quits = Arrays.copyOf(quits, n);
        layoffs = Arrays.copyOf(layoffs, n);
        exits = Arrays.copyOf(exits, n);
        acquiredIn = Arrays.copyOf(acquiredIn, n);
        acquiredOut = Arrays.copyOf(acquiredOut, n);
        countered = Arrays.copyOf(countered, n);
        transfersIn = Arrays.copyOf(transfersIn, n);
        transfersOut = Arrays.copyOf(transfersOut, n);
        foundersIn = Arrays.copyOf(foundersIn, n);
        foundersOut = Arrays.copyOf(foundersOut, n);
        totTrIn = Arrays.copyOf(totTrIn, n);
        totTrOut = Arrays.copyOf(totTrOut, n);
        totFoIn = Arrays.copyOf(totFoIn, n);
        totFoOut = Arrays.copyOf(totFoOut, n);
        totAcqIn = Arrays.copyOf(totAcqIn, n);
        totAcqOut = Arrays.copyOf(totAcqOut, n);
        totHires = Arrays.copyOf(totHires, n);
        totIn = Arrays.copyOf(totIn, n);
        totOut = Arrays.copyOf(totOut, n);
        totCountered = Arrays.copyOf(totCountered, n);
        totQuits = Arrays.copyOf(totQuits, n);
        totLayoffs = Arrays.copyOf(totLayoffs, n);
        totExits = Arrays.copyOf(totExits, n);
        headStart = Arrays.copyOf(headStart, n);
        capStart = Arrays.copyOf(capStart, n);
    }
}
