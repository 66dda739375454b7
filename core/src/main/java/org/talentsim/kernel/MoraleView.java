package org.talentsim.kernel;

import org.talentsim.model.PopulationView;
import org.talentsim.policy.MoralePolicy;

/** The read-only view a user's morale policy sees, pointed at one researcher after another (one per chunk). */
final class MoraleView implements MoralePolicy.Inputs {
    private final PopulationView people;
    private MoraleContext ctx;
    private int researcher;
    private int team;
    private int lab;

    MoraleView(PopulationView people) {
        this.people = people;
    }

    /** Points this view at employed researcher {@code i}. */
    void point(MoraleContext c, int i) {
        ctx = c;
        researcher = i;
        team = c.team()[i];
        lab = c.teamLab()[team];
    }

    @Override
    public int researcher() {
        return researcher;
    }

    @Override
    public PopulationView people() {
        return people;
    }

    @Override
    public double morale() {
        return ctx.morale()[researcher];
    }

    @Override
    public int team() {
        return team;
    }

    @Override
    public int lab() {
        return lab;
    }

    @Override
    public double salary() {
        return ctx.salary()[researcher];
    }

    @Override
    public double peerPay() {
        return ctx.peerPay()[lab];
    }

    @Override
    public double payGap() {
        return ctx.payGap(researcher, lab);
    }

    @Override
    public double layoffShock() {
        return ctx.layoffShock()[lab];
    }

    @Override
    public double gap() {
        return ctx.gap()[lab];
    }

    @Override
    public double disparity() {
        return ctx.disparity()[team];
    }

    @Override
    public double leaderFit() {
        return ctx.leaderFit()[team];
    }

    @Override
    public double monthsPerTick() {
        return ctx.monthsPerTick();
    }

    @Override
    public String toString() {
        return "MoraleInputs[researcher=" + researcher + ", team=" + team + ", lab=" + lab + "]";
    }
}
