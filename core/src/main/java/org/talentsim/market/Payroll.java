package org.talentsim.market;

import org.talentsim.model.Lab;
import org.talentsim.model.PayScale;
import org.talentsim.model.Status;
import org.talentsim.model.Team;
import org.talentsim.model.World;

/**
 * Phase 7: each lab pays one tick of its payroll (employed and on notice); then, in parallel
 * chunks, clocks advance (ticks in status, tenure) and the employed get their raise at each work
 * anniversary: {@code w ← max(w·(1 + raise), w + adjust·(payLevel·w*(s) − w))}, never above the
 * lab's valuation and never a cut.
 */
final class Payroll {
    private final Market m;
    private double[] payLevel = new double[0];
    private double[] productivity = new double[0];
    private byte[] focus = new byte[0];

    Payroll(Market m) {
        this.m = m;
    }

    void run(int tick, ChunkRunner runner) {
        World w = m.world;
        int perYear = w.tickUnit().ticksPerYear();
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
        int n = m.pop.size();
        runner.run(m.buffers.length, c -> chunk(c * Market.CHUNK_SIZE, Math.min(n, (c + 1) * Market.CHUNK_SIZE), perYear));
    }

    private void chunk(int from, int to, int perYear) {
        byte[] status = m.pop.statusArray();
        short[] inStatus = m.pop.inStatusArray();
        short[] tenure = m.pop.tenureArray();
        double[] salary = m.pop.salaryArray();
        float[] lnSalary = m.pop.lnSalaryArray();
        float[] skill = m.pop.skillArray();
        byte[] specialty = m.pop.specialtyArray();
        int[] team = m.pop.teamArray();
        double raise = m.spec.annualRaise();
        double adjust = m.spec.payAdjust();
        double off = m.spec.offSpecialty();
        boolean raises = raise > 0 || adjust > 0;
        PayScale scale = m.world.payScale();
        for (int i = from; i < to; i++) {
            byte st = status[i];
            if (st == Status.EXITED_CODE) {
                continue;
            }
            if (inStatus[i] < Short.MAX_VALUE) {
                inStatus[i]++;
            }
            if (st != Status.EMPLOYED_CODE) {
                continue;
            }
            int ten = tenure[i] < Short.MAX_VALUE ? ++tenure[i] : tenure[i];
            boolean anniversary = perYear == 12 ? ten % 12 == 0 : ten % perYear == 0;
            if (raises && anniversary) {
                int t = team[i];
                double market = scale.wage(skill[i]);
                double w = salary[i];
                double target = payLevel[t] * market;
                double next = Math.max(w * (1 + raise), w + adjust * (target - w));
                double cap = productivity[t] * market * (specialty[i] == focus[t] ? 1 : off);
                double pay = Math.max(w, Math.min(next, cap));
                if (pay != w) {
                    salary[i] = pay;
                    lnSalary[i] = org.talentsim.model.Population.lnPay(pay);
                }
            }
        }
    }
}
