package org.talentsim.model;

import java.time.YearMonth;
import java.util.List;

/**
 * Read-only view of the whole state of a market: the population, labs and teams, the pay
 * scale and the clock. Observers and user phases get one; it is live (it shows the state as
 * the run goes on), so copy what you want to keep.
 *
 * <p>The views read the engine's own state, not copies (a copy per observer and tick would cost
 * as much as the tick), and are objects of their own that have nothing to change it with: a
 * cast to the engine's classes fails. Change the state only through a user phase's {@code
 * Editor}; a change made any other way (the kernel's internals are reachable on the class path,
 * through {@code kernel.Internals}, for the project's own tests and benchmarks) bypasses every
 * check, the move log and the balance of the counts, and is not supported.
 */
public interface WorldView {
    /** The researchers. */
    PopulationView population();

    /** The market pay scale {@code w*(s)}. */
    PayScale payScale();

    /** Month or week. */
    TickUnit tickUnit();

    /** Calendar month of tick 1. */
    YearMonth start();

    /** The last tick completed (0 before the first). */
    int tick();

    /** The calendar label of tick {@code t}: {@code YYYY-MM}, or {@code YYYY-MM-DD} with weekly ticks. */
    String date(int t);

    /** Labs in index order (labs founded during the run come last). */
    List<? extends LabView> labs();

    /** Teams in index order. */
    List<? extends TeamView> teams();

    /** Number of labs. */
    int labCount();

    /** Number of teams. */
    int teamCount();

    /** The lab with index {@code id}. */
    LabView lab(int id);

    /** The team with index {@code id}. */
    TeamView team(int id);

    /** Index of the lab with that name, or -1. */
    int labIndex(String name);

    /**
     * The salaries of every lab's employed, summed as the labs' rows sum them: lab by lab in
     * index order, each lab's from its teams' census sums ({@link TeamView#sumSalary()}, each
     * salary to the money unit). So the market's mean salary, this over the employed, is the
     * only lab's mean to the bit in a market of one.
     */
    default double employedSalaries() {
        double sum = 0;
        for (int l = 0; l < labCount(); l++) {
            LabView lab = lab(l);
            double labSum = 0;
            for (int k = 0; k < lab.teamCount(); k++) {
                labSum += team(lab.team(k)).sumSalary();
            }
            sum += labSum;
        }
        return sum;
    }

    /** Index of the team named {@code team} in lab {@code lab}, or -1. */
    int teamIndex(int lab, String team);

    /** The lab researcher {@code i} works for (or is on notice from), or -1. */
    int labOf(int i);

    /**
     * The parts of the scenario's events the engine skipped so far in this run, in the order they
     * came: a dismissal or an acqui-hire naming someone no longer at that lab, a founding whose
     * founder has left the market (and the later events naming the lab it would have founded), a
     * job fair for someone not between jobs, an event picking the top member of a team with no one
     * employed. Each names its month, its event's number and what the engine logs at WARN
     * ({@code 2025-10: dismissal of 'Yuandong Tian' by 'Meta' skipped: employed by 'xAI' now}).
     * Whether they happen depends on the draws: a run that has any did not play the story as its
     * file wrote it ({@code summary.json} {@code events_skipped}; the metric
     * {@code market.events_skipped} counts them). Read-only and live; empty by default.
     */
    default List<SkippedEvent> skippedEvents() {
        return List.of();
    }

    /** Researchers working in lab {@code id} now: the sum of its teams' headcounts. */
    default int headcount(int id) {
        LabView l = lab(id);
        int n = 0;
        for (int k = 0; k < l.teamCount(); k++) {
            n += team(l.team(k)).headcount();
        }
        return n;
    }
}
