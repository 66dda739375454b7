package org.talentsim.kernel;

import org.talentsim.model.PayScale;
import org.talentsim.model.TickUnit;
import org.talentsim.model.WorldView;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The whole state of a market: the population, labs, teams, the pay scale, the clock and the
 * move and offer logs of the current tick. Built by the engine from a scenario; labs and teams may be added
 * during a run (a founder starts a lab), never removed.
 */
public final class World implements WorldView {
    /** This object read-only: what observers, user phases and policies are given (a cast of it gives nothing to change). */
    private final org.talentsim.model.WorldView view = new Views.World(this);

    /** This object read-only, the same view each time: what the engine hands out of the kernel. */
    public org.talentsim.model.WorldView view() {
        return view;
    }

    private final Population population;
    private final List<Lab> labs = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<Lab> labsView = Collections.unmodifiableList(labs);
    private final List<Team> teamsView = Collections.unmodifiableList(teams);
    private final PayScale payScale;
    private final TickUnit tickUnit;
    private final YearMonth start;
    private final MoveLog moves = new MoveLog();
    private final OfferLog offers = new OfferLog();
    private final java.util.Map<String, Integer> labByName = new java.util.HashMap<>();
    private int tick;
    private int[] teamLab = new int[16];
    /** The unit of the world's money sums (cents unless {@link WorldFactory} chose finer ones). */
    private Money money = Money.CENTS;

    public World(Population population, PayScale payScale, TickUnit tickUnit, YearMonth start) {
        this.population = Objects.requireNonNull(population, "population");
        this.payScale = Objects.requireNonNull(payScale, "payScale");
        this.tickUnit = Objects.requireNonNull(tickUnit, "tickUnit");
        this.start = Objects.requireNonNull(start, "start");
    }

    @Override public Population population() { return population; }
    @Override public PayScale payScale() { return payScale; }
    @Override public TickUnit tickUnit() { return tickUnit; }
    @Override public YearMonth start() { return start; }
    public MoveLog moves() { return moves; }

    /** The unit of the world's money sums, and the highest pay its researchers may reach. */
    Money money() { return money; }

    /**
     * Sets the unit of the world's money sums (before its first tick): its labs and population
     * take it, and pay stops at its cap from now on.
     */
    void setMoney(Money m) {
        money = Objects.requireNonNull(m, "money");
        population.setSalaryCap(m.cap);
        offers.setMoney(m);
        for (Lab l : labs) {
            l.setMoney(m);
        }
    }

    /** The offers of the current tick (recorded only when switched on). */
    public OfferLog offers() { return offers; }

    /**
     * Ends a tick once observers have seen it: clears the move and offer logs and every lab's
     * severance of the tick.
     */
    public void clearTick() {
        moves.clear();
        offers.clear();
        for (int k = 0; k < labs.size(); k++) {
            labs.get(k).clearTick();
        }
    }

    /** The last tick completed (0 before the first). */
    @Override public int tick() { return tick; }

    public void setTick(int tick) { this.tick = tick; }

    /** The calendar label of a tick. */
    @Override public String date(int t) {
        return tickUnit.label(start, t);
    }

    /** See {@link WorldView#skippedEvents}: the lines kept, in order. */
    private final List<org.talentsim.model.SkippedEvent> skipped = new ArrayList<>();
    private final List<org.talentsim.model.SkippedEvent> skippedView = Collections.unmodifiableList(skipped);

    /** Keeps a part of event {@code event} (1 for the scenario's first) skipped at {@code tick} ({@link WorldView#skippedEvents}). */
    void addSkipped(int tick, int event, String text) {
        skipped.add(new org.talentsim.model.SkippedEvent(tick, date(tick), event, text));
    }

    /** Forgets the skipped parts after the first {@code n} (a snapshot of the state then restored). */
    void keepSkipped(int n) {
        skipped.subList(Math.min(n, skipped.size()), skipped.size()).clear();
    }

    @Override public List<org.talentsim.model.SkippedEvent> skippedEvents() { return skippedView; }

    /** Re-reads the lab of every team into {@link #teamLabArray()} (after restoring a snapshot). */
    public void resyncTeams() {
        syncTeamLabs();
    }

    /** Labs in index order (read-only list). */
    @Override public List<Lab> labs() { return labsView; }

    /** Teams in index order (read-only list). */
    @Override public List<Team> teams() { return teamsView; }

    /** Number of labs: {@code labs().size()}. */
    @Override public int labCount() { return labs.size(); }

    /** Number of teams: {@code teams().size()}. */
    @Override public int teamCount() { return teams.size(); }

    @Override public Lab lab(int id) { return labs.get(id); }
    @Override public Team team(int id) { return teams.get(id); }

    /** Index of the lab with that name, or -1. */
    @Override public int labIndex(String name) {
        Integer id = labByName.get(name);
        return id == null ? -1 : id;
    }

    /** Index of the named team of a lab, or -1. */
    @Override public int teamIndex(int lab, String team) {
        for (int t : labs.get(lab).teams()) {
            if (teams.get(t).name().equals(team)) {
                return t;
            }
        }
        return -1;
    }

    /** Adds a lab whose id must be the next index. */
    public Lab addLab(Lab lab) {
        if (lab.id() != labs.size()) {
            throw new IllegalArgumentException("lab id must be " + labs.size() + ", was " + lab.id());
        }
        if (labIndex(lab.name()) >= 0) {
            throw new IllegalArgumentException("lab name '" + lab.name() + "' is already used");
        }
        labs.add(lab);
        lab.setMoney(money);
        labByName.put(lab.name(), lab.id());
        return lab;
    }

    /** Adds a team whose id must be the next index; registers it with its lab. */
    public Team addTeam(Team team) {
        if (team.id() != teams.size()) {
            throw new IllegalArgumentException("team id must be " + teams.size() + ", was " + team.id());
        }
        if (teamIndex(team.lab(), team.name()) >= 0) {
            throw new IllegalArgumentException("lab '" + labs.get(team.lab()).name()
                    + "' already has a team '" + team.name() + "'");
        }
        teams.add(team);
        labs.get(team.lab()).addTeam(team.id());
        if (teamLab.length < teams.size()) {
            teamLab = java.util.Arrays.copyOf(teamLab, Math.max(teams.size(), teamLab.length * 2));
        }
        teamLab[team.id()] = team.lab();
        return team;
    }

    /** Moves a team (with its members) to another lab. */
    public void moveTeam(int team, int toLab) {
        Team t = teams.get(team);
        labs.get(t.lab()).removeTeam(team);
        t.setLab(toLab);
        labs.get(toLab).addTeam(team);
        syncTeamLabs();
    }

    /** The lab of each team, as an array indexed by team (for hot loops; do not write). */
    public int[] teamLabArray() {
        return teamLab;
    }

    /** The lab of researcher {@code i}, or -1. */
    @Override public int labOf(int i) {
        int t = population.team(i);
        return t < 0 ? -1 : teamLab[t];
    }

    private void syncTeamLabs() {
        if (teamLab.length < teams.size()) {
            teamLab = new int[Math.max(teams.size(), teamLab.length * 2)];
        }
        for (Team t : teams) {
            teamLab[t.id()] = t.lab();
        }
    }
}
