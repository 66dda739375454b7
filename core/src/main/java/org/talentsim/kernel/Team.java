package org.talentsim.kernel;

import org.talentsim.model.Focus;
import org.talentsim.model.TeamView;

import java.util.Objects;

/**
 * A team (division) of a lab. Mutable state behind {@link TeamView}; mutated by the engine's
 * phases and by events.
 */
public final class Team implements TeamView {
    /** This object read-only: what observers, user phases and policies are given (a cast of it gives nothing to change). */
    private final org.talentsim.model.TeamView view = new Views.TeamV(this);

    /** This object read-only, the same view each time: what the engine hands out of the kernel. */
    public org.talentsim.model.TeamView view() {
        return view;
    }

    /** Target value meaning "hire without limit": {@link TeamView#UNLIMITED}. */
    public static final int UNLIMITED = TeamView.UNLIMITED;

    private final int id;
    private final String name;
    private int lab;
    private final Focus focus;
    private int target;
    private double payLevel;
    private double leaderFit;
    private double computeShare;
    /**
     * The compute the team claims, in equal parts of the compute of the lab it was built in (its
     * share times that lab's parts): it takes the claim with it when it moves, and hands it on when
     * it merges (MODEL 7.2).
     */
    private double computeClaim;
    private final boolean protectedTeam;
    private double minSkill;
    private boolean active = true;
    private int headcount;
    private int quota = UNLIMITED;
    /** Whether the team fills its openings at once (a target set by an event), not at the recruiting pace. */
    private boolean sprint;
    /** The fraction of a hire its recruiting capacity has accrued and not yet given as quota, in [0, 1) (MODEL §7.4). */
    private double quotaCarry;
    private double output;
    private double sumSalary;
    private double sumMorale;
    private double sumSkill;
    private double sumSkillMorale;

    public Team(int id, String name, int lab, Focus focus, int target, double payLevel,
            double leaderFit, double computeShare, boolean protectedTeam) {
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.lab = lab;
        this.focus = Objects.requireNonNull(focus, "focus");
        this.target = target;
        this.payLevel = payLevel;
        this.leaderFit = leaderFit;
        this.computeShare = computeShare;
        this.protectedTeam = protectedTeam;
    }

    @Override public int id() { return id; }
    @Override public String name() { return name; }
    @Override public int lab() { return lab; }
    @Override public Focus focus() { return focus; }
    @Override public int target() { return target; }
    @Override public double payLevel() { return payLevel; }
    @Override public double leaderFit() { return leaderFit; }
    @Override public double computeShare() { return computeShare; }
    @Override public boolean isProtected() { return protectedTeam; }
    @Override public boolean active() { return active; }
    @Override public int headcount() { return headcount; }
    @Override public double output() { return output; }
    @Override public double sumSalary() { return sumSalary; }
    @Override public double sumMorale() { return sumMorale; }
    @Override public double sumSkill() { return sumSkill; }

    /** Hiring bar: no offers to researchers of lower skill (0 for none). */
    public double minSkill() { return minSkill; }

    public void setMinSkill(double v) { minSkill = v; }

    /** Census: sum of skill × morale over members (effort-weighted skill). */
    public double sumSkillMorale() { return sumSkillMorale; }

    @Override
    public int openings() {
        if (!active) {
            return 0;
        }
        if (target == UNLIMITED) {
            return UNLIMITED;
        }
        return Math.max(0, target - headcount);
    }

    /** Copies every mutable field of {@code o} (the same team) into this team. */
    public void copyStateFrom(Team o) {
        if (o.id != id) {
            throw new IllegalArgumentException("cannot copy team " + o.id + " into " + id);
        }
        lab = o.lab;
        target = o.target;
        payLevel = o.payLevel;
        leaderFit = o.leaderFit;
        computeShare = o.computeShare;
        computeClaim = o.computeClaim;
        minSkill = o.minSkill;
        active = o.active;
        headcount = o.headcount;
        quota = o.quota;
        sprint = o.sprint;
        quotaCarry = o.quotaCarry;
        output = o.output;
        sumSalary = o.sumSalary;
        sumMorale = o.sumMorale;
        sumSkill = o.sumSkill;
        sumSkillMorale = o.sumSkillMorale;
    }

    /** A detached copy of this team's state. */
    public Team copy() {
        Team c = new Team(id, name, lab, focus, target, payLevel, leaderFit, computeShare, protectedTeam);
        c.copyStateFrom(this);
        return c;
    }

    /** Hires still allowed this tick: the openings counted when the tick's search began. */
    public int quota() { return quota; }

    public void setQuota(int q) { quota = q; }

    /** Whether the team hires without the recruiting pace until its target is reached (MODEL §7.5). */
    public boolean sprint() { return sprint; }

    public void setSprint(boolean v) { sprint = v; }

    /** The fraction of a hire the recruiting capacity has accrued and not yet given (see {@link Search}). */
    double quotaCarry() { return quotaCarry; }

    void setQuotaCarry(double v) { quotaCarry = v; }

    public void setLab(int lab) { this.lab = lab; }
    public void setTarget(int target) { this.target = target; }
    public void setPayLevel(double payLevel) { this.payLevel = payLevel; }
    public void setLeaderFit(double leaderFit) { this.leaderFit = leaderFit; }
    public void setComputeShare(double computeShare) { this.computeShare = computeShare; }
    /** The compute the team claims, in equal parts of its first lab's compute (MODEL 7.2). */
    public double computeClaim() { return computeClaim; }
    public void setComputeClaim(double claim) { this.computeClaim = claim; }
    public void deactivate() { this.active = false; this.target = 0; }
    public void setOutput(double output) { this.output = output; }
    public void addHeadcount(int delta) { this.headcount += delta; }
    public void setHeadcount(int headcount) { this.headcount = headcount; }

    /** Replaces the census's sum of salaries (a raise cut back to the lab's budget). */
    public void setSumSalary(double sumSalary) {
        this.sumSalary = sumSalary;
    }

    /** Stores the census sums of the metrics phase. */
    public void setCensus(double sumSalary, double sumMorale, double sumSkill, double sumSkillMorale) {
        this.sumSalary = sumSalary;
        this.sumMorale = sumMorale;
        this.sumSkill = sumSkill;
        this.sumSkillMorale = sumSkillMorale;
    }

    @Override
    public String toString() {
        return "Team[" + id + " " + name + " lab=" + lab + " hc=" + headcount + "]";
    }
}
