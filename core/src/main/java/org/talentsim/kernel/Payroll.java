package org.talentsim.kernel;

import org.talentsim.kernel.Lab;
import org.talentsim.model.PayScale;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;

/**
 * Phase 7: each lab pays one tick of its payroll (employed and on notice); then, per researcher,
 * clocks advance (ticks in status, tenure) and the employed get their raise at each work
 * anniversary: {@code w ← max(w·(1 + raise), w + adjust·(payLevel·w*(s) − w))}, never above the
 * lab's valuation and never a cut.
 *
 * <p>The per-researcher step ({@link #advance}) reads and writes only researcher i, so it can run
 * in any chunking: in parallel chunks of its own ({@link #run}), or inside the census's pass over
 * the population ({@link Census#run(ChunkRunner, Payroll)}), which saves a pass.
 */
final class Payroll {
    private final Market m;
    private final byte[] status;
    private final short[] inStatus;
    private final short[] tenure;
    private final double[] salary;
    private final float[] lnSalary;
    private final float[] skill;
    private final byte[] specialty;
    private final int[] team;
    private double[] payLevel = new double[0];
    private double[] productivity = new double[0];
    private byte[] focus = new byte[0];
    private int perYear;
    private double raise;
    private double adjust;
    private double off;
    private boolean raises;
    private PayScale scale;

    Payroll(Market m) {
        this.m = m;
        Population pop = m.pop;
        status = pop.statusArray();
        inStatus = pop.inStatusArray();
        tenure = pop.tenureArray();
        salary = pop.salaryArray();
        lnSalary = pop.lnSalaryArray();
        skill = pop.skillArray();
        specialty = pop.specialtyArray();
        team = pop.teamArray();
    }

    /** The whole phase: {@link #prepare}, then {@link #advance} for everyone in parallel chunks. */
    void run(int tick, ChunkRunner runner) {
        prepare();
        int n = m.pop.size();
        runner.run(m.buffers.length, c -> {
            int to = Math.min(n, (c + 1) * Market.CHUNK_SIZE);
            for (int i = c * Market.CHUNK_SIZE; i < to; i++) {
                advance(i);
            }
        });
    }

    /** The labs pay the tick's payroll; the per-team inputs of the raises are read (sequential, O(teams)). */
    void prepare() {
        World w = m.world;
        perYear = w.tickUnit().ticksPerYear();
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            lab.addSpent(lab.payroll() / perYear);
        }
        int teams = w.teamCount();
        if (payLevel.length < teams) {
            payLevel = new double[Math.max(teams, payLevel.length * 2)];
            productivity = new double[payLevel.length];
            focus = new byte[payLevel.length];
        }
        for (int ti = 0; ti < w.teamCount(); ti++) {
            Team t = w.team(ti);
            payLevel[t.id()] = t.payLevel();
            productivity[t.id()] = w.lab(t.lab()).productivity() * Math.max(1, t.payLevel());
            focus[t.id()] = (byte) t.focus().ordinal();
        }
        raise = m.spec.annualRaise();
        adjust = m.spec.payAdjust();
        off = m.spec.offSpecialty();
        raises = raise > 0 || adjust > 0;
        scale = w.payScale();
    }

    /** Researcher i's clocks and anniversary raise; call {@link #prepare} first in the tick. */
    void advance(int i) {
        byte st = status[i];
        if (st == Status.EXITED_CODE) {
            return;
        }
        if (inStatus[i] < Short.MAX_VALUE) {
            inStatus[i]++;
        }
        if (st != Status.EMPLOYED_CODE) {
            return;
        }
        int ten = tenure[i] < Short.MAX_VALUE ? ++tenure[i] : tenure[i];
        boolean anniversary = perYear == 12 ? ten % 12 == 0 : ten % perYear == 0;
        if (raises && anniversary) {
            raise(i);
        }
    }

    private void raise(int i) {
        int t = team[i];
        double market = scale.wage(skill[i]);
        double w = salary[i];
        double target = payLevel[t] * market;
        double next = Math.max(w * (1 + raise), w + adjust * (target - w));
        double cap = productivity[t] * market * (specialty[i] == focus[t] ? 1 : off);
        double pay = Math.min(Math.max(w, Math.min(next, cap)), org.talentsim.model.Limits.MAX_SALARY);
        if (pay != w) {
            salary[i] = pay;
            lnSalary[i] = Population.lnPay(pay);
        }
    }
}
