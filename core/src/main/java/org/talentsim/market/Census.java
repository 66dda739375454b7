package org.talentsim.market;

import java.util.Arrays;
import org.talentsim.model.Lab;
import org.talentsim.model.Population;
import org.talentsim.model.Status;
import org.talentsim.model.Team;
import org.talentsim.model.World;

/**
 * One pass over the population: per team the sums of salary, morale, skill and skill × morale of
 * its EMPLOYED members; per lab the payroll (EMPLOYED and NOTICE) and the median pay of its
 * employed (the peer reference w* of the morale rule). Sequential, in index order, so the sums
 * are the same bits on every run. Medians (the lower median for an even count) by counting sort
 * on lab and radix selection over pay rounded to float (4 bytes of scratch per researcher): O(N).
 */
final class Census {
    private final World world;
    private final Population pop;
    private double[] sumSalary = new double[0];
    private double[] sumMorale = new double[0];
    private double[] sumSkill = new double[0];
    private double[] sumSkillMorale = new double[0];
    private int[] count = new int[0];
    private double[] payroll = new double[0];
    private int[] labStart = new int[0];
    private double[] median = new double[0];
    private double[] lnMedian = new double[0];
    private float[] scratch;
    private final int[] hist = new int[256];

    Census(World world) {
        this.world = world;
        this.pop = world.population();
        this.scratch = new float[pop.size()];
    }

    /** Median pay of the employed of each lab (0 for an empty lab), from the last run. */
    double[] medians() {
        return median;
    }

    /** ln(w*) of a lab with nobody employed: far below any ln(pay), finite so gaps never turn NaN. */
    static final double NO_PEER_LN = -1e300;

    /** ln of {@link #medians()} ({@link #NO_PEER_LN} for an empty lab). */
    double[] lnMedians() {
        return lnMedian;
    }

    /** Counted headcount of each team, from the last run. */
    int[] counts() {
        return count;
    }

    void run() {
        int teams = world.teams().size();
        int labs = world.labs().size();
        if (count.length < teams) {
            int n = Math.max(teams, count.length * 2);
            sumSalary = new double[n];
            sumMorale = new double[n];
            sumSkill = new double[n];
            sumSkillMorale = new double[n];
            count = new int[n];
        } else {
            Arrays.fill(sumSalary, 0);
            Arrays.fill(sumMorale, 0);
            Arrays.fill(sumSkill, 0);
            Arrays.fill(sumSkillMorale, 0);
            Arrays.fill(count, 0);
        }
        if (payroll.length < labs) {
            payroll = new double[Math.max(labs, payroll.length * 2)];
            median = new double[payroll.length];
            lnMedian = new double[payroll.length];
            labStart = new int[payroll.length + 1];
        } else {
            Arrays.fill(payroll, 0);
        }
        Arrays.fill(labStart, 0);
        int[] teamLab = world.teamLabArray();
        byte[] status = pop.statusArray();
        int[] team = pop.teamArray();
        double[] salary = pop.salaryArray();
        float[] morale = pop.moraleArray();
        float[] skill = pop.skillArray();
        int n = pop.size();
        for (int i = 0; i < n; i++) {
            byte st = status[i];
            if (st == Status.EMPLOYED_CODE) {
                int t = team[i];
                double w = salary[i];
                count[t]++;
                sumSalary[t] += w;
                sumMorale[t] += morale[i];
                sumSkill[t] += skill[i];
                sumSkillMorale[t] += (double) skill[i] * morale[i];
                int l = teamLab[t];
                payroll[l] += w;
                labStart[l + 1]++;
            } else if (st == Status.NOTICE_CODE) {
                payroll[teamLab[team[i]]] += salary[i];
            }
        }
        for (Team t : world.teams()) {
            int id = t.id();
            t.setCensus(sumSalary[id], sumMorale[id], sumSkill[id], sumSkillMorale[id]);
        }
        for (Lab l : world.labs()) {
            l.setPayroll(payroll[l.id()]);
        }
        medians(labs, teamLab, status, team, salary, n);
    }

    private void medians(int labs, int[] teamLab, byte[] status, int[] team, double[] salary, int n) {
        for (int l = 0; l < labs; l++) {
            labStart[l + 1] += labStart[l];
        }
        int[] fill = Arrays.copyOf(labStart, labs);
        for (int i = 0; i < n; i++) {
            if (status[i] == Status.EMPLOYED_CODE) {
                scratch[fill[teamLab[team[i]]]++] = (float) salary[i];
            }
        }
        for (int l = 0; l < labs; l++) {
            int lo = labStart[l];
            int hi = labStart[l + 1];
            median[l] = hi == lo ? 0 : Select.lowerMedian(scratch, lo, hi, hist);
            lnMedian[l] = median[l] > 0 ? Math.log(median[l]) : NO_PEER_LN;
        }
    }
}
