package org.talentsim.kernel;

import java.util.Arrays;
import org.talentsim.kernel.Lab;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;

/**
 * The census: per team the sums of salary, morale, skill and skill × morale of its EMPLOYED
 * members; per lab the payroll (EMPLOYED and NOTICE) and the median pay of its employed (the
 * peer reference w* of the morale rule).
 *
 * <p>It runs in parallel over contiguous stripes of the population, one per worker, and stays
 * bit-for-bit reproducible for any number of stripes: sums are accumulated in fixed point as
 * longs (money in the world's {@link Money} units — cents for pay in dollars —, morale and skill
 * in units of 2⁻²⁴), and integer addition does not care
 * about order. Medians (the lower median for an even count) come from a counting sort on lab
 * into a float scratch array (4 bytes per researcher) and a selection by counting over the
 * values' bits ({@link Select}), which depends only on the multiset of values in each lab, not
 * on their order.
 */
final class Census {
    /** Longs kept per team in a stripe: five sums and the team's layout (see {@link Stripe#teamSums}). */
    private static final int TEAM_SUMS = 6;
    /** Fixed-point scale of morale and skill sums. */
    static final double UNIT = 1 << 24;
    /** ln(w*) of a lab with nobody employed: far below any ln(pay), finite so gaps never turn NaN (while medians are computed). */
    static final double NO_PEER_LN = -1e300;

    private final World world;
    private final Population pop;
    private final float[] scratch;
    private Stripe[] stripes = new Stripe[0];
    private int[] count = new int[0];
    /** Per team: the salaries of its employed in the last run, in money units. */
    private long[] salaryUnits = new long[0];
    private double[] median = new double[0];
    /** Per lab: the payroll of the last run in money units (the lab's {@code payroll} is this / perDollar). */
    private long[] payrollUnits = new long[0];
    private double[] lnMedian = new double[0];
    private int[] labStart = new int[1];
    /**
     * Per team: its employed by its headcount, and the start of its region of the scratch array
     * (inside its lab's), for {@link #planFromHeadcounts}.
     */
    private int[] teamRoom = new int[0];
    private int[] teamStart = new int[0];
    /** Per lab: where the next team's region starts (scratch of {@link #planFromHeadcounts}). */
    private int[] labCursor = new int[1];
    /**
     * Whether a small lab's median is first checked against the tick before's, and a lab's
     * ln(median) kept while its median stays the same (off only in tests, to check that it
     * changes nothing).
     */
    boolean reuseLogs = true;
    /**
     * Whether raises cut back to a budget are put in place in the laid-out salaries ({@link
     * #patchCuts}) rather than laying every salary out again (off only in tests, to check that it
     * changes nothing).
     */
    boolean patchLayout = true;
    /** Runs whose cut raises were put in place by {@link #patchCuts} (for tests). */
    int patched;
    /** Each lab's median from the tick before's: the windows kept (see {@link LabMedians}). */
    private final LabMedians windows = new LabMedians();
    /** Whether the medians are computed (see {@link #computeMedians}). */
    private boolean medians = true;

    /** Accumulators of one stripe of the population. */
    private static final class Stripe {
        /**
         * Per team t, at {@code TEAM_SUMS·t + k}: the count of employed (k = 0), the sums of their
         * salaries in money units (1), morale (2), skill (3) and skill × morale (4) in fixed point,
         * and (5) where the direct layout writes the team's salaries: its room (the team's
         * headcount) in the high 32 bits, the place of this stripe's first salary in the low 32
         * (room 0: no layout, whatever the place). One array for all: one cache line and one bounds check per researcher,
         * and the loop holds fewer arrays (it kept the layout in two more, and spilled registers).
         */
        long[] teamSums = new long[0];
        /** Per lab: the pay of its researchers on NOTICE (the employed's is in the team sums). */
        long[] payroll = new long[0];
        /** Per lab: where this stripe scatters its next salary (when the direct layout fails). */
        int[] labFill = new int[0];
        /** Scratch of the medians. */
        final LabMedians.Scratch medianScratch = new LabMedians.Scratch();

        void reset(int teams, int labs) {
            if (teamSums.length < TEAM_SUMS * teams) {
                teamSums = new long[TEAM_SUMS * Math.max(teams, teamSums.length / TEAM_SUMS * 2)];
            } else {
                Arrays.fill(teamSums, 0, TEAM_SUMS * teams, 0);
            }
            if (payroll.length < labs) {
                int n = Math.max(labs, payroll.length * 2);
                payroll = new long[n];
                labFill = new int[n];
            } else {
                Arrays.fill(payroll, 0, labs, 0);
            }
        }
    }

    Census(World world) {
        this.world = world;
        this.pop = world.population();
        this.scratch = new float[pop.size()];
    }

    /**
     * Whether each run computes the labs' medians (on by default). A market none of whose rules
     * reads them (the fixed morale rule and no quits) turns them off: its runs then skip laying
     * the salaries out by lab and selecting, and leave every median NaN.
     */
    void computeMedians(boolean on) {
        medians = on;
    }

    /** Median pay of the employed of each lab (0 for an empty lab; NaN if medians are off), from the last run. */
    double[] medians() {
        return median;
    }

    /** Each lab's payroll in the last run, in money units (exact: the sum of each salary rounded to the unit). */
    long[] payrollUnits() {
        return payrollUnits;
    }

    /** ln of {@link #medians()} ({@link #NO_PEER_LN} for an empty lab). */
    double[] lnMedians() {
        return lnMedian;
    }

    /** The salaries of lab {@code lab}'s employed as the last run laid them out for its median (a copy, in no order). */
    float[] salariesOf(int lab) {
        return java.util.Arrays.copyOfRange(scratch, labStart[lab], labStart[lab + 1]);
    }

    /** Counted headcount of each team, from the last run. */
    int[] counts() {
        return count;
    }

    void run(ChunkRunner runner) {
        run(runner, null);
    }

    /**
     * A raise of employed researcher {@code i}, counted at {@code raised}, was cut back to {@code
     * pay} by {@link Payroll#settle}: his team's and lab's sums take the difference in money units.
     */
    void cut(int i, double raised, double pay) {
        int t = pop.teamArray()[i];
        Money money = world.money();
        long d = money.units(pay) - money.units(raised);
        salaryUnits[t] += d;
        int l = passTeamLab[t];
        payrollUnits[l] += d;
        world.team(t).setSumSalary(money.amount(salaryUnits[t]));
        world.lab(l).setPayroll(money.amount(payrollUnits[l]));
        if (cuts == cutLab.length) {
            int n = Math.max(16, 2 * cuts);
            cutLab = Arrays.copyOf(cutLab, n);
            cutFrom = Arrays.copyOf(cutFrom, n);
            cutTo = Arrays.copyOf(cutTo, n);
        }
        cutLab[cuts] = l;
        cutFrom[cuts] = (float) raised;
        cutTo[cuts++] = (float) pay;
    }

    /** The raises cut back by the payroll's settle in this run: lab, the pay laid out (as a float), the pay given. */
    private int[] cutLab = new int[0];
    private float[] cutFrom = new float[0];
    private float[] cutTo = new float[0];
    private int cuts;
    /** Per lab: its first cut in {@link #cutOrder} (the cuts grouped by lab, for {@link #patchCuts}). */
    private int[] cutStart = new int[1];
    private int[] cutOrder = new int[0];

    /**
     * After the payroll's settle cut raises back, puts the pay given in place of the raised pay in
     * the laid-out salaries: in each lab with cuts, one pass over its region replaces one
     * occurrence of each raised value by the pay given (equal floats are interchangeable: a
     * median depends only on the multiset of a lab's values). Gives the layout that laying the
     * salaries out again would give, but for the order inside the lab, at the cost of the labs
     * with cuts instead of a pass over the population. False (and the caller lays out again) if
     * some raised value is not where it should be.
     */
    private boolean patchCuts(int labs) {
        if (cutStart.length < labs + 1) {
            cutStart = new int[Math.max(labs + 1, 2 * cutStart.length)];
        }
        if (cutOrder.length < cuts) {
            cutOrder = new int[cutFrom.length];
        }
        Arrays.fill(cutStart, 0, labs + 1, 0);
        for (int k = 0; k < cuts; k++) {
            cutStart[cutLab[k] + 1]++;
        }
        for (int l = 0; l < labs; l++) {
            cutStart[l + 1] += cutStart[l];
        }
        int[] next = labCursor;   // scratch: where the next cut of each lab goes
        System.arraycopy(cutStart, 0, next, 0, labs);
        for (int k = 0; k < cuts; k++) {
            cutOrder[next[cutLab[k]]++] = k;
        }
        float[] a = scratch;
        for (int l = 0; l < labs; l++) {
            int first = cutStart[l];
            int left = cutStart[l + 1] - first;
            if (left == 0) {
                continue;
            }
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (int c = first; c < first + left; c++) {
                lo = Math.min(lo, cutFrom[cutOrder[c]]);
                hi = Math.max(hi, cutFrom[cutOrder[c]]);
            }
            for (int i = labStart[l], end = labStart[l + 1]; i < end && left > 0; i++) {
                float x = a[i];
                if (x >= lo && x <= hi) {
                    for (int c = first; c < first + left; c++) {
                        int k = cutOrder[c];
                        if (cutFrom[k] == x) {
                            a[i] = cutTo[k];
                            // each cut replaces one value: move the last of the lab's open cuts here
                            cutOrder[c] = cutOrder[first + --left];
                            break;
                        }
                    }
                }
            }
            if (left > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The census; with {@code payroll} non-null, each researcher's payroll step ({@link
     * Payroll#advance}) runs first, in the same pass, in stripe s of the payroll's {@link
     * Payroll#stripes} (its {@link Payroll#prepare} must have run), and the payroll's {@link
     * Payroll#settle} runs as soon as the labs' payrolls are summed. Gives the bits of the
     * payroll's own pass followed by the census: each step touches only its own researcher, and
     * the census reads the state after it; raises cut back to a budget change only the salary
     * sums (by the cut, in money units) and the medians (laid out again from the pay given).
     */
    void run(ChunkRunner runner, Payroll payroll) {
        int teams = world.teamCount();
        int labs = world.labCount();
        int n = pop.size();
        int k = Math.max(1, Math.min(runner.workers(), (n + Market.CHUNK_SIZE - 1) / Market.CHUNK_SIZE));
        if (stripes.length != k) {
            stripes = new Stripe[k];
            for (int s = 0; s < k; s++) {
                stripes[s] = new Stripe();
            }
        }
        if (labStart.length < labs + 1) {
            labStart = new int[Math.max(labs + 1, 2 * labStart.length)];
            labCursor = new int[labStart.length];
            median = new double[labStart.length];
            // NaN: no median yet, so the first run takes every lab's logarithm (see medians(int))
            java.util.Arrays.fill(median, Double.NaN);
            payrollUnits = new long[labStart.length];
            lnMedian = new double[labStart.length];
            windows.reset(labStart.length);
        }
        if (teamRoom.length < teams) {
            teamRoom = new int[Math.max(teams, 2 * teamRoom.length)];
            teamStart = new int[teamRoom.length];
        }
        boolean direct = medians && k <= 2 && planFromHeadcounts(teams, labs);
        passTeamLab = world.teamLabArray();
        passTeams = teams;
        passLabs = labs;
        passStripes = k;
        passPayroll = payroll;
        passDirect = direct;
        if (payroll != null) {
            payroll.stripes(k);
        }
        runner.run(k, sumTask);
        if (count.length < teams) {
            int size = Math.max(teams, count.length * 2);
            count = new int[size];
            salaryUnits = new long[size];
        }
        // one pass over the teams and one over the labs: the sums merged over the stripes go to
        // the teams and labs at once (a cut by the payroll's settle below updates both again); a
        // lab's payroll is its teams' salaries plus its researchers' on notice, in money units
        Stripe[] sts = stripes;
        int[] teamLab = passTeamLab;
        Money money = world.money();
        java.util.Arrays.fill(payrollUnits, 0, labs, 0);
        boolean filled = direct;
        for (int ti = 0; ti < teams; ti++) {
            int at = TEAM_SUMS * ti;
            long c = 0;
            long sal = 0;
            long mor = 0;
            long sk = 0;
            long skm = 0;
            for (Stripe st : sts) {
                long[] sums = st.teamSums;
                c += sums[at];
                sal += sums[at + 1];
                mor += sums[at + 2];
                sk += sums[at + 3];
                skm += sums[at + 4];
            }
            count[ti] = (int) c;
            salaryUnits[ti] = sal;
            payrollUnits[teamLab[ti]] += sal;
            filled &= c == teamRoom[ti];
            world.team(ti).setCensus(money.amount(sal), mor / UNIT, sk / UNIT, skm / UNIT);
        }
        for (int li = 0; li < labs; li++) {
            long pay = payrollUnits[li];
            for (Stripe st : sts) {
                pay += st.payroll[li];
            }
            payrollUnits[li] = pay;
            world.lab(li).setPayroll(money.amount(pay));
        }
        // raises that took a lab over its budget are cut back now, before anything reads the
        // census: the sums take the cuts (exact, in money units; see cut) and the medians' layout is
        // redone from the pay actually given, as a second census would count them
        cuts = 0;
        if (payroll != null && payroll.settle(payrollUnits, this) && filled) {
            filled = patchLayout && patchCuts(labs);
            patched += filled ? 1 : 0;
        }
        if (!medians) {
            java.util.Arrays.fill(median, 0, labs, Double.NaN);
            java.util.Arrays.fill(lnMedian, 0, labs, Double.NaN);
            return;
        }
        int start = 0;
        if (!filled) {
            // each stripe's employed per lab, from its team sums, then turned into where it starts writing
            for (Stripe st : sts) {
                java.util.Arrays.fill(st.labFill, 0, labs, 0);
                for (int ti = 0; ti < teams; ti++) {
                    st.labFill[teamLab[ti]] += (int) st.teamSums[TEAM_SUMS * ti];
                }
            }
            for (int li = 0; li < labs; li++) {
                labStart[li] = start;
                for (Stripe st : sts) {
                    int employed = st.labFill[li];
                    st.labFill[li] = start;
                    start += employed;
                }
            }
            labStart[labs] = start;
            runner.run(k, scatterTask);
        }
        runner.run(k, medianTask);
    }

    // The current run's inputs, read by its tasks (fields, so that the tasks are allocated once).
    private int[] passTeamLab;
    private int passTeams;
    private int passLabs;
    private int passStripes;
    private Payroll passPayroll;
    private boolean passDirect;
    private final java.util.function.IntConsumer sumTask = s -> sum(stripes[s], s, passTeamLab, passTeams, passLabs,
            from(s), from(s + 1), passPayroll, passDirect ? (s == 0 ? 1 : -1) : 0);
    private final java.util.function.IntConsumer scatterTask = s -> scatter(stripes[s], passTeamLab, from(s), from(s + 1));
    private final java.util.function.IntConsumer medianTask = this::medians;

    /** The first researcher of stripe s of the current run (the end of the population for s = stripes). */
    private int from(int s) {
        return (int) ((long) pop.size() * s / passStripes);
    }

    private void medians(int s) {
        float[] a = scratch;
        LabMedians.Scratch ms = stripes[s].medianScratch;
        for (int l = s; l < passLabs; l += passStripes) {
            double before = median[l];
            double v = windows.median(l, a, labStart[l], labStart[l + 1], before, reuseLogs, ms);
            // ln only when the median moved: most labs' medians stay put from one tick to the next
            // (a median is never NaN, so a NaN left by a run without medians always differs)
            if (!reuseLogs || Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(before)) {
                median[l] = v;
                lnMedian[l] = v > 0 ? Population.lnPay(v) : NO_PEER_LN;   // as a salary's (Population.lnPay)
            }
        }
    }

    /** Medians found in the window kept from the tick before (for tests). */
    int windowed() {
        return windows.windowed;
    }

    /**
     * Lays out the scratch array by lab, and inside each lab by team, from the team headcounts
     * (which {@link Mover} keeps equal to the counts of EMPLOYED members), so the sum pass can
     * write each salary into its team's region at once: stripe 0 fills a region from its start
     * upward, stripe 1 from its end downward, and they meet exactly when the headcounts are
     * right. Every write stays inside its region whatever the headcounts say; if any team's count
     * differs from them, {@link #run} notices and scatters again from the counts. A lab's region
     * holds the salaries of its employed either way, which is all its median depends on. False
     * when there is nothing to lay out.
     */
    private boolean planFromHeadcounts(int teams, int labs) {
        int[] room = teamRoom;
        int[] cursor = labCursor;
        java.util.Arrays.fill(cursor, 0, labs, 0);
        int[] teamLab = world.teamLabArray();
        for (int ti = 0; ti < teams; ti++) {
            room[ti] = Math.max(0, world.team(ti).headcount());
            cursor[teamLab[ti]] += room[ti];
        }
        long start = 0;
        for (int l = 0; l < labs; l++) {
            int n = cursor[l];
            labStart[l] = (int) start;
            cursor[l] = (int) start;
            start += n;
        }
        if (start > scratch.length) {
            return false;
        }
        labStart[labs] = (int) start;
        for (int ti = 0; ti < teams; ti++) {
            teamStart[ti] = cursor[teamLab[ti]];
            cursor[teamLab[ti]] += room[ti];
        }
        return true;
    }

    /**
     * One stripe's sums; with {@code raises} non-null, the payroll step first, block by block
     * ({@link Payroll#BLOCK} researchers: the step, then the sums read the state it left while
     * it is still in the cache). With {@code direction} ±1 (see {@link #planFromHeadcounts}) the
     * salaries of the employed also go straight into their team's region of the scratch array.
     */
    private void sum(Stripe st, int stripe, int[] teamLab, int teams, int labs, int from, int to, Payroll raises,
            int direction) {
        st.reset(teams, labs);
        long[] sums = st.teamSums;
        for (int t = 0; t < teams && direction != 0; t++) {
            int first = direction > 0 ? teamStart[t] : teamStart[t] + teamRoom[t] - 1;
            sums[TEAM_SUMS * t + 5] = (long) teamRoom[t] << 32 | (first & 0xFFFFFFFFL);
        }
        for (int a = from; a < to; a += Payroll.BLOCK) {
            int b = Math.min(to, a + Payroll.BLOCK);
            if (raises != null) {
                raises.advance(a, b, stripe);
            }
            sum(st, teamLab, a, b, direction);
        }
    }

    /**
     * Adds researchers {@code [from, to)} to the stripe's sums (and lays out their salaries when
     * {@code direction} ≠ 0). The employed count only in their team's sums (their lab's payroll
     * and count follow from its teams'); the few on notice add their pay to their lab's.
     */
    private void sum(Stripe st, int[] teamLab, int from, int to, int direction) {
        byte[] status = pop.statusArray();
        int[] team = pop.teamArray();
        double[] salary = pop.salaryArray();
        float[] morale = pop.moraleArray();
        float[] skill = pop.skillArray();
        long[] sums = st.teamSums;
        float[] out = scratch;
        double per = world.money().scale;
        for (int i = from; i < to; i++) {
            byte s = status[i];
            if (s == Status.EMPLOYED_CODE) {
                int t = team[i];
                double pay = salary[i];
                long w = Money.round(pay * per);
                double m = morale[i];
                double q = skill[i];
                int at = TEAM_SUMS * t;
                long c = sums[at];
                sums[at] = c + 1;
                sums[at + 1] += w;
                sums[at + 2] += (long) (m * UNIT);
                sums[at + 3] += (long) (q * UNIT);
                sums[at + 4] += (long) (q * m * UNIT);
                long lay = sums[at + 5];
                if (c < lay >>> 32) {   // room 0 without a layout
                    out[(int) lay + direction * (int) c] = (float) pay;
                }
            } else if (s == Status.NOTICE_CODE) {
                st.payroll[teamLab[team[i]]] += Money.round(salary[i] * per);
            }
        }
    }

    private void scatter(Stripe st, int[] teamLab, int from, int to) {
        byte[] status = pop.statusArray();
        int[] team = pop.teamArray();
        double[] salary = pop.salaryArray();
        int[] fill = st.labFill;
        for (int i = from; i < to; i++) {
            if (status[i] == Status.EMPLOYED_CODE) {
                scratch[fill[teamLab[team[i]]]++] = (float) salary[i];
            }
        }
    }
}
