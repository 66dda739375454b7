package org.talentsim.kernel;

import org.talentsim.model.LabView;

import java.util.List;
import java.util.Objects;

/** A lab: mutable state behind {@link LabView}, mutated by the engine's phases and events. */
public final class Lab implements LabView {
    /** This object read-only: what observers, user phases and policies are given (a cast of it gives nothing to change). */
    private final org.talentsim.model.LabView view = new Views.LabV(this);

    /** This object read-only, the same view each time: what the engine hands out of the kernel. */
    public org.talentsim.model.LabView view() {
        return view;
    }

    private final int id;
    private final String name;
    private double prestige;
    private double budget;
    private double capability;
    /** e, capability per unit of weighted output per month; NaN before the first production phase. */
    private double efficiency = Double.NaN;
    private double knowledge;
    private final double startCapability;
    private final double startBudget;
    private boolean pipelineFilled;
    /** Research output in each stage of the research lag (stage 0 receives new output). */
    private final double[] pipeline;
    private double productivity;
    private double postedWage;
    private double offerPremium;
    private double leaderFit = 1.0;
    private final int foundedTick;
    /**
     * The equal parts the lab's compute is counted in: its teams with a compute share above 0
     * when it was built, at least 1. Fixed for the lab's life (MODEL 7.2).
     */
    private int computeParts = 1;
    /** The compute the lab gives its teams, in parts: the sum of its teams' claims when it was built. Fixed. */
    private double computeCapacity = 1;
    /** The fraction of its claim each team of the lab gets: 1, or capacity / claims when they exceed it. */
    private double computeFactor = 1;
    private int[] teamIds = new int[4];
    private int teamCount;
    private final List<Integer> teamsView = new java.util.AbstractList<>() {
        @Override public Integer get(int k) { return team(k); }
        @Override public int size() { return teamCount; }
    };
    private double payroll;
    private double spent;
    private double severance;
    /** Those the budget laid off this tick (the layoffs' count of the budget, apart from the events'). */
    private int budgetLaidOff;
    private double equityVested;
    private double signOns;
    private double clawedBack;
    /** Σ over the lab's EMPLOYED of their unvested equity, and of their annual equity streams, each in the world's money units (kept by the moves and the payroll). */
    private long unvestedUnits;
    private long equityRateUnits;
    /** The unit of those sums (the world's; cents unless the world counts in finer units). */
    private Money money = Money.CENTS;
    private double acquisitions;
    /** Titles given by acqui-hires to the leaders they brought in, by researcher (few: events only). */
    private final java.util.TreeMap<Integer, String> titles = new java.util.TreeMap<>();
    private double recentLayoffs;
    /** Researchers this lab laid off and when: its side of the re-hire cool-off. */
    private final LaidOffSet laidOff = new LaidOffSet();

    /**
     * @param researchStages stages of the research lag (length of the pipeline), >= 1
     */
    public Lab(int id, String name, double prestige, double budget, double capability,
            double productivity, double postedWage, double offerPremium, int researchStages,
            int foundedTick) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.prestige = prestige;
        this.budget = budget;
        this.capability = capability;
        this.startCapability = capability;
        this.startBudget = budget;
        this.productivity = productivity;
        this.postedWage = postedWage;
        this.offerPremium = offerPremium;
        this.pipeline = new double[Math.max(1, researchStages)];
        this.foundedTick = foundedTick;
    }

    @Override public int id() { return id; }
    @Override public String name() { return name; }
    @Override public double prestige() { return prestige; }
    @Override public double budget() { return budget; }
    @Override public double capability() { return capability; }
    @Override public double capabilityEfficiency() { return efficiency; }
    @Override public double knowledge() { return knowledge; }
    @Override public double productivity() { return productivity; }
    @Override public double postedWage() { return postedWage; }
    @Override public double offerPremium() { return offerPremium; }
    @Override public double leaderFit() { return leaderFit; }
    @Override public int foundedTick() { return foundedTick; }
    @Override public List<Integer> teams() { return teamsView; }
    @Override public int teamCount() { return teamCount; }
    @Override public int team(int k) {
        Objects.checkIndex(k, teamCount);
        return teamIds[k];
    }
    @Override public double payroll() { return payroll; }
    @Override public double spent() { return spent; }
    @Override public double severance() { return severance; }
    @Override public int budgetLayoffs() { return budgetLaidOff; }

    /** Counts {@code n} laid off this tick because the payroll was over the budget. */
    void addBudgetLayoffs(int n) { budgetLaidOff += n; }
    @Override public double equityVested() { return equityVested; }
    @Override public double signOns() { return signOns; }
    @Override public double clawedBack() { return clawedBack; }
    @Override public double unvested() { return money.amount(unvestedUnits); }
    @Override public double acquisitions() { return acquisitions; }
    @Override public double recentLayoffs() { return recentLayoffs; }

    /** Capability when the lab was created (before any event). */
    public double startCapability() {
        return startCapability;
    }

    /** Budget when the lab was created (before any event or strategy); the base of the strategy's budget cap. */
    public double startBudget() {
        return startBudget;
    }

    /**
     * Fills every stage of the research lag with its steady-state content for a research output
     * of {@code output} a tick, as if the lab had produced that much for ever; only once.
     *
     * @param perStage the content each stage keeps at that steady state, {@code output·(1 − h)/h}
     *     (see {@link #pushResearch})
     * @return true if the pipeline was filled now
     */
    public boolean fillPipeline(double perStage) {
        if (pipelineFilled) {
            return false;
        }
        java.util.Arrays.fill(pipeline, perStage);
        pipelineFilled = true;
        return true;
    }

    /** Number of stages of the research lag. */
    public int researchStages() {
        return pipeline.length;
    }

    /**
     * Moves research output one tick through the stages of the lag: this tick's {@code output}
     * enters the first stage, each stage passes the share {@code h} of its content (after
     * its inflow) to the next, and the share {@code h} of the last stage's content matures now.
     * A unit of output thus matures after {@code j} ticks with the probability of a negative
     * binomial: mean {@code n·(1 − h)/h} ticks, for {@code n} stages; {@code h = 1} matures it at once.
     *
     * @param output this tick's research output
     * @param h the share of a stage's content passed on per tick, in (0,1]
     * @return the research output that matures in this tick
     */
    public double pushResearch(double output, double h) {
        double in = output;
        for (int k = 0; k < pipeline.length; k++) {
            double stock = pipeline[k] + in;
            in = h * stock;
            pipeline[k] = stock - in;
        }
        return in;
    }

    /** Copies every mutable field of {@code o} (a lab with the same id and pipeline length) into this lab. */
    public void copyStateFrom(Lab o) {
        if (o.id != id || o.pipeline.length != pipeline.length) {
            throw new IllegalArgumentException("cannot copy lab " + o.name + " into " + name);
        }
        prestige = o.prestige;
        budget = o.budget;
        capability = o.capability;
        efficiency = o.efficiency;
        knowledge = o.knowledge;
        pipelineFilled = o.pipelineFilled;
        System.arraycopy(o.pipeline, 0, pipeline, 0, pipeline.length);
        productivity = o.productivity;
        postedWage = o.postedWage;
        offerPremium = o.offerPremium;
        leaderFit = o.leaderFit;
        computeParts = o.computeParts;
        computeCapacity = o.computeCapacity;
        computeFactor = o.computeFactor;
        if (teamIds.length < o.teamCount) {
            teamIds = new int[o.teamIds.length];
        }
        System.arraycopy(o.teamIds, 0, teamIds, 0, o.teamCount);
        teamCount = o.teamCount;
        payroll = o.payroll;
        spent = o.spent;
        severance = o.severance;
        budgetLaidOff = o.budgetLaidOff;
        equityVested = o.equityVested;
        signOns = o.signOns;
        clawedBack = o.clawedBack;
        unvestedUnits = o.unvestedUnits;
        equityRateUnits = o.equityRateUnits;
        money = o.money;
        acquisitions = o.acquisitions;
        titles.clear();
        titles.putAll(o.titles);
        recentLayoffs = o.recentLayoffs;
        laidOff.copyFrom(o.laidOff);
    }

    /** A detached copy of this lab's state. */
    public Lab copy() {
        Lab c = new Lab(id, name, prestige, startBudget, startCapability, productivity, postedWage, offerPremium,
                pipeline.length, foundedTick);
        c.copyStateFrom(this);
        return c;
    }

    public void addTeam(int team) {
        if (teamCount == teamIds.length) {
            teamIds = java.util.Arrays.copyOf(teamIds, 2 * teamCount);
        }
        teamIds[teamCount++] = team;
    }

    public void removeTeam(int team) {
        for (int k = 0; k < teamCount; k++) {
            if (teamIds[k] == team) {
                System.arraycopy(teamIds, k + 1, teamIds, k, teamCount - k - 1);
                teamCount--;
                return;
            }
        }
    }

    /** The equal parts the lab's compute is counted in (a team's relative compute is its share times this). */
    public int computeParts() { return computeParts; }

    /** The compute the lab gives its teams, in parts: the sum of their claims when it was built. */
    public double computeCapacity() { return computeCapacity; }

    /** The fraction of its claim each of the lab's teams gets now (1 unless their claims exceed the capacity). */
    public double computeFactor() { return computeFactor; }

    public void setComputeFactor(double f) { computeFactor = f; }

    /**
     * Sets the lab's compute, once, when it is built: its equal parts (at least 1) and what it gives
     * its teams (in parts, at least 0).
     */
    public void setCompute(int parts, double capacity) {
        if (parts < 1 || !(capacity >= 0)) {
            throw new IllegalArgumentException("compute parts must be >= 1 and capacity >= 0, were " + parts + ", " + capacity);
        }
        computeParts = parts;
        computeCapacity = capacity;
    }

    public void setPrestige(double v) { prestige = v; }
    public void setBudget(double v) { budget = v; }
    public void setCapability(double v) { capability = v; }
    /** Sets e, capability per unit of weighted output per month (the production phase, each tick). */
    void setEfficiency(double v) { efficiency = v; }
    public void setKnowledge(double v) { knowledge = v; }
    public void setProductivity(double v) { productivity = v; }
    public void setPostedWage(double v) { postedWage = v; }
    public void setOfferPremium(double v) { offerPremium = v; }
    public void setLeaderFit(double v) { leaderFit = v; }
    public void setPayroll(double v) { payroll = v; }
    /**
     * Adds to the payroll, never below 0: the census sets it from whole cents, so a leaver's exact
     * pay can take a lab that empties a fraction of a cent below 0 (then charged as negative spend).
     */
    public void addPayroll(double delta) { payroll = Math.max(0, payroll + delta); }
    public void addSpent(double usd) { spent += usd; }

    /** Charges severance: adds it to {@link #spent()} and to the tick's {@link #severance()}. */
    public void addSeverance(double usd) {
        spent += usd;
        severance += usd;
    }

    /** Pays equity that vested: adds it to {@link #spent()} and to the tick's {@link #equityVested()}. */
    public void addVested(double usd) {
        spent += usd;
        equityVested += usd;
    }

    /** Pays a sign-on or buy-out: adds it to {@link #spent()} and to the tick's {@link #signOns()}. */
    public void addSignOn(double usd) {
        spent += usd;
        signOns += usd;
    }

    /** A leaver repays his sign-on: subtracts it from {@link #spent()}, adds it to the tick's {@link #clawedBack()}. */
    public void addClawback(double usd) {
        spent -= usd;
        clawedBack += usd;
    }

    void setMoney(Money m) {
        money = m;
    }

    /** Adds to the lab's unvested equity and to its staff's annual equity stream, in the world's money units (docs/MODEL.md §7.9). */
    void addPackages(long unvestedUnitsDelta, long rateUnitsDelta) {
        unvestedUnits += unvestedUnitsDelta;
        equityRateUnits += rateUnitsDelta;
    }

    /** Σ of the annual equity streams of the lab's EMPLOYED, in cents: the equity part of its payroll (in the world's money units). */
    long equityRateUnits() {
        return equityRateUnits;
    }


    /** Charges an acqui-hire's price: adds it to {@link #spent()} and to the tick's {@link #acquisitions()}. */
    public void addAcquisition(double usd) {
        spent += usd;
        acquisitions += usd;
    }

    /** Researcher {@code i} holds {@code title} at this lab (the leader an acqui-hire brought in). */
    public void setTitle(int i, String title) {
        titles.put(i, title);
    }

    /**
     * Researcher {@code i} leaves this lab: a title it gave him goes (a leader who quit and was hired
     * back into another team kept "Chief AI Officer": a student's review; MODEL 7.1 holds it while he
     * works there).
     */
    void dropTitle(int i) {
        if (!titles.isEmpty()) {
            titles.remove(i);
        }
    }

    /** The title of researcher {@code i} at this lab, if he works for it. */
    @Override
    public String title(int i) {
        return titles.get(i);
    }


    /**
     * Starts the next tick's {@link #severance()}, {@link #budgetLayoffs()}, {@link #equityVested()}, {@link #signOns()},
     * {@link #clawedBack()} and {@link #acquisitions()} from 0 (the engine, after the observers).
     */
    public void clearTick() {
        severance = 0;
        budgetLaidOff = 0;
        equityVested = 0;
        signOns = 0;
        clawedBack = 0;
        acquisitions = 0;
    }
    public void setRecentLayoffs(double v) { recentLayoffs = v; }

    /** Records that this lab laid researcher {@code i} off in {@code tick}, for a cool-off of {@code window} ticks (> 0). */
    void recordLayoff(int i, int tick, int window) {
        laidOff.add(i, tick, window);
    }

    /** Whether this lab laid researcher {@code i} off fewer than {@code window} ticks before {@code tick}. */
    public boolean laidOffWithin(int i, int tick, int window) {
        return window > 0 && laidOff.within(i, tick, window);
    }

    @Override
    public String toString() {
        return "Lab[" + id + " " + name + "]";
    }
}
