package org.talentsim.kernel;

import java.util.Arrays;
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
 * lab's valuation nor its pay cap (its offer policy's {@code payCap}), and never a cut.
 *
 * <p>Raises are budget-aware: the raises of a tick may use at most the room a lab's budget
 * leaves. If, with every raise of the tick given in full, the lab's payroll (counted as the
 * census counts it, each salary rounded to the unit) would exceed its budget, each raise of the
 * tick in the lab is cut to the same share {@code f} of itself, in whole money units ({@link
 * Money}: cents for pay in dollars) rounded down, with
 * {@code f} chosen so that the payroll ends at or below the budget (0, a pay freeze, if it was
 * already there). The raises are given in full during the pass over the population ({@link
 * #advance}), which notes, per stripe, each raise in a lab with a finite budget (who, the pay
 * before) and adds up per lab the units before and after; {@link #settle} then, from the lab's
 * payroll in money units after the pass, scales back the raises of the labs that went over. Integer
 * sums and per-researcher arithmetic: the result does not depend on the thread count.
 *
 * <p>The per-researcher step ({@link #advance}) reads and writes only researcher i, so it can run
 * in any split of the population: in stripes of its own ({@link #run}), or inside the census's
 * pass over the population ({@link Census#run(ChunkRunner, Payroll)}), which saves a pass and,
 * when raises are cut back, a second census: the census takes the cuts as differences.
 */
final class Payroll {
    /** The researchers a caller passes to {@link #advance} at a time: their state stays in the cache between its passes. */
    static final int BLOCK = 2048;
    private final Market m;
    private final byte[] status;
    private final short[] inStatus;
    private final short[] tenure;
    private final double[] salary;
    private final float[] lnSalary;
    private final float[] skill;
    private final byte[] specialty;
    private final int[] team;
    private final float[] morale;
    private final float[] unvested;
    private final byte[] vestsLeft;
    private final float[] owed;
    /** Per lab, with packages: its staff's annual equity stream when the tick's payroll was charged, in money units. */
    private long[] rateAtStart = new long[0];
    /** Whether any lab pays packages this tick (§7.9), and each team's terms (its own or its lab's). */
    private boolean packages;
    private PayTerms[] terms = new PayTerms[0];
    private double[] payLevel = new double[0];
    private double[] productivity = new double[0];
    /** Per team, its lab's pay cap ({@code OfferPolicy.payCap}: infinite without one): no raise above it. */
    private double[] payCap = new double[0];
    /** Per lab, its pay cap this tick; whether any lab has one (else a raise does not look). */
    private double[] labCap = new double[0];
    private boolean anyCap;
    private byte[] focus = new byte[0];
    /** Per lab: whether its raises are noted (a finite budget). */
    private boolean[] budgeted = new boolean[0];
    /** Per lab: the share of each of this tick's raises it can pay (1 in full). */
    private double[] share = new double[0];
    /** The world's money unit (read by {@link #prepare}). */
    private Money money = Money.CENTS;
    /** Per lab, when the payroll pass runs alone: its payroll in money units after the pass. */
    private long[] paidUnits = new long[0];
    private int[] teamLab;
    private int perYear;
    private double raise;
    private double adjust;
    /** Whether anyone holds a stake (then a holder's anniversary has no adjustment), and the tick paid. */
    private boolean stakes;
    private int tick;
    private double off;
    private boolean raises;
    private boolean anyBudget;
    private PayScale scale;
    /** The raises of the current pass, one per stripe. */
    private Raises[] stripes = new Raises[0];
    private int stripeCount;
    private final java.util.function.IntConsumer stripeTask = this::stripe;

    /** The raises one stripe gave in labs with a finite budget, and (when the payroll pass runs alone) the payroll it counted. */
    private static final class Raises {
        // keeps the fields off a neighbouring stripe's cache line (another thread's)
        long p0, p1, p2, p3, p4, p5, p6, p7;
        /** Per lab: the raised people's pay before and after, in money units. */
        long[] before = new long[0];
        long[] after = new long[0];
        /** Per lab: the payroll in money units, counted only by {@link Payroll#run}. */
        long[] paid = new long[0];
        /** Per lab, with packages: the pass's changes of the annual equity streams and of the unvested equity, and the equity vested, in money units. */
        long[] rateChange = new long[0];
        long[] vested = new long[0];
        long[] unvestedChange = new long[0];
        int[] who = new int[64];
        double[] was = new double[64];
        int size;
        /** The researchers of the current range of {@link Payroll#advance} with a package or raise due. */
        int[] due = new int[0];

        void reset(int labs) {
            if (before.length < labs) {
                int n = Math.max(labs, 2 * before.length);
                before = new long[n];
                after = new long[n];
                paid = new long[n];
                rateChange = new long[n];
                vested = new long[n];
                unvestedChange = new long[n];
            } else {
                Arrays.fill(before, 0, labs, 0);
                Arrays.fill(after, 0, labs, 0);
                Arrays.fill(paid, 0, labs, 0);
                Arrays.fill(rateChange, 0, labs, 0);
                Arrays.fill(vested, 0, labs, 0);
                Arrays.fill(unvestedChange, 0, labs, 0);
            }
            size = 0;
        }

        void add(int i, int lab, double old, double pay, Money money) {
            if (size == who.length) {
                who = Arrays.copyOf(who, 2 * size);
                was = Arrays.copyOf(was, 2 * size);
            }
            who[size] = i;
            was[size] = old;
            size++;
            before[lab] += money.units(old);
            after[lab] += money.units(pay);
        }
    }

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
        morale = pop.moraleArray();
        unvested = pop.unvestedArray();
        vestsLeft = pop.vestsLeftArray();
        owed = pop.owedArray();
    }

    /**
     * The whole phase: {@link #prepare}, {@link #advance} for everyone in stripes, {@link
     * #settle}; with a budgeted lab, the pass also counts the payrolls in money units, as the census
     * would (the fused phase takes them from the census itself).
     */
    void run(int tick, ChunkRunner runner) {
        prepare();
        int chunks = m.buffers.length;
        stripes(Math.max(1, Math.min(runner.workers(), chunks)));
        runner.run(stripeCount, stripeTask);
        if (raises && anyBudget) {
            int labs = m.world.labCount();
            Arrays.fill(paidUnits, 0, labs, 0);
            for (int s = 0; s < stripeCount; s++) {
                for (int li = 0; li < labs; li++) {
                    paidUnits[li] += stripes[s].paid[li];
                }
            }
            settle(paidUnits, null);
        }
        settlePackages();
    }

    private void stripe(int s) {
        int n = m.pop.size();
        int to = (int) ((long) n * (s + 1) / stripeCount);
        int from = (int) ((long) n * s / stripeCount);
        for (int a = from; a < to; a += BLOCK) {
            advance(a, Math.min(to, a + BLOCK), s);
        }
        if (raises && anyBudget) {
            long[] paid = stripes[s].paid;
            for (int i = from; i < to; i++) {
                byte st = status[i];
                if (st == Status.EMPLOYED_CODE || st == Status.NOTICE_CODE) {
                    paid[teamLab[team[i]]] += money.units(salary[i]);
                }
            }
        }
    }

    /** The labs pay the tick's payroll; the per-team and per-lab inputs of the raises are read (sequential, O(labs + teams)). */
    void prepare() {
        World w = m.world;
        perYear = w.tickUnit().ticksPerYear();
        money = w.money();
        int labs = w.labCount();
        if (budgeted.length < labs) {
            budgeted = new boolean[Math.max(labs, 2 * budgeted.length)];
            share = new double[budgeted.length];
            paidUnits = new long[budgeted.length];
        }
        anyBudget = false;
        anyCap = false;
        if (labCap.length < labs) {
            labCap = new double[Math.max(labs, 2 * labCap.length)];
        }
        for (int li = 0; li < labs; li++) {
            labCap[li] = m.labPolicies.payCap(li);
            anyCap |= labCap[li] != Double.POSITIVE_INFINITY;
            Lab lab = w.lab(li);
            lab.addSpent(lab.payroll() / perYear);
            budgeted[li] = Double.isFinite(lab.budget());
            anyBudget |= budgeted[li];
        }
        int teams = w.teamCount();
        if (payLevel.length < teams) {
            payLevel = new double[Math.max(teams, payLevel.length * 2)];
            productivity = new double[payLevel.length];
            payCap = new double[payLevel.length];
            focus = new byte[payLevel.length];
        }
        for (int ti = 0; ti < w.teamCount(); ti++) {
            Team t = w.team(ti);
            payLevel[t.id()] = t.payLevel();
            productivity[t.id()] = w.lab(t.lab()).productivity() * Math.max(1, t.payLevel());
            payCap[t.id()] = labCap[t.lab()];
            focus[t.id()] = (byte) t.focus().ordinal();
        }
        packages = m.labPolicies.packages;
        if (packages) {
            if (terms.length < w.teamCount()) {
                terms = new PayTerms[Math.max(w.teamCount(), 2 * terms.length)];
            }
            int[] tl = w.teamLabArray();
            for (int ti = 0; ti < w.teamCount(); ti++) {
                terms[ti] = m.labPolicies.terms(ti, tl[ti]);
            }
            if (rateAtStart.length < labs) {
                rateAtStart = new long[Math.max(labs, 2 * rateAtStart.length)];
            }
            for (int li = 0; li < labs; li++) {
                rateAtStart[li] = w.lab(li).equityRateUnits();
            }
        }
        raise = m.spec.annualRaise();
        adjust = m.spec.payAdjust();
        stakes = m.pop.hasStakes();
        tick = w.tick();
        off = m.spec.offSpecialty();
        raises = raise > 0 || adjust > 0;
        scale = w.payScale();
        teamLab = w.teamLabArray();
    }

    /** Sets up {@code k} stripes for the pass over the population; call after {@link #prepare}. */
    void stripes(int k) {
        if (stripes.length < k) {
            Raises[] more = Arrays.copyOf(stripes, k);
            for (int s = stripes.length; s < k; s++) {
                more[s] = new Raises();
            }
            stripes = more;
        }
        stripeCount = k;
        int labs = m.world.labCount();
        for (int s = 0; s < k; s++) {
            stripes[s].reset(labs);
        }
    }

    /**
     * The clocks of researchers {@code [from, to)} and, for the few whose package vests or who
     * reach a work anniversary, their package and raise, in stripe {@code s}; call {@link
     * #prepare} and {@link #stripes} first in the tick, {@link #settle} after the whole pass.
     * Each researcher's step reads and writes only his own state, so the clocks of the whole
     * range run first, in a loop of locals with no call, and the rare packages and raises after
     * it, in index order: the same bits as one step per researcher.
     */
    void advance(int from, int to, int s) {
        Raises r = stripes[s];
        if (r.due.length < to - from) {
            r.due = new int[to - from];
        }
        int[] due = r.due;
        byte[] status = this.status;
        short[] inStatus = this.inStatus;
        short[] tenure = this.tenure;
        float[] owed = this.owed;
        int[] team = this.team;
        PayTerms[] terms = this.terms;
        int perYear = this.perYear;
        boolean packages = this.packages;
        boolean anniversaries = packages || raises;
        int n = 0;
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
            boolean anniversary = perYear == 12 ? twelfth(ten) : ten % perYear == 0;
            if (anniversary && anniversaries || packages && (owed[i] != 0 || terms[team[i]].vestsAt(ten))) {
                due[n++] = i;
            }
        }
        for (int k = 0; k < n; k++) {
            due(due[k], s);
        }
    }

    /**
     * {@code n % 12 == 0} for {@code n >= 0} (a tenure), in four instructions where the JIT's
     * remainder takes a dozen: n is a multiple of 12 = 4 · 3 exactly when n times the inverse of 3
     * modulo 2³², rotated right by 2, is at most ⌊(2³² − 1) / 12⌋ (unsigned; Granlund and
     * Montgomery's test of divisibility by an invariant integer).
     */
    static boolean twelfth(int n) {
        return Integer.rotateRight(n * 0xAAAAAAAB, 2) + Integer.MIN_VALUE <= 0x15555555 + Integer.MIN_VALUE;
    }

    /** Researcher i's package and anniversary raise at his tenure (his clocks already advanced this tick). */
    private void due(int i, int s) {
        int ten = tenure[i];
        boolean anniversary = perYear == 12 ? twelfth(ten) : ten % perYear == 0;
        if (packages) {
            PayTerms t = terms[team[i]];
            if (anniversary || owed[i] != 0 || t.vestsAt(ten)) {   // else nothing changes this tick
                vest(i, s, ten, anniversary, t);
            }
        }
        if (raises && anniversary) {
            raise(i, s);
        }
    }

    /**
     * Researcher i's package at tenure {@code ten} (docs/MODEL.md §7.9): a claw-back period
     * that has run out; a vesting date; a refresher (at an anniversary, under annual refreshers or
     * at-risk ones with morale below their threshold) tops the unvested equity up to a whole grant
     * at the pay before the anniversary's raise; a grant that vested out without one ends the
     * equity part of the pay. Adds the equity vested, and the changes of his unvested equity and
     * of his annual equity stream, in money units, to stripe {@code s} (the labs keep the sums: only the
     * researchers at a vesting date or a refresher are touched).
     */
    private void vest(int i, int s, int ten, boolean anniversary, PayTerms t) {
        int t0 = team[i];
        if (owed[i] != 0 && ten >= t.clawback) {
            owed[i] = 0;
        }
        boolean date = t.vestsAt(ten);
        boolean refresh = anniversary && t.equity > 0 && (t.refresh == org.talentsim.policy.PayPolicy.Refresh.ANNUAL
                || (t.refresh == org.talentsim.policy.PayPolicy.Refresh.AT_RISK && morale[i] < t.riskMorale));
        if (!date && !refresh) {
            return;   // most ticks of most researchers: nothing changes
        }
        double u = unvested[i];
        int n = vestsLeft[i];
        if (n == 0 && !refresh) {
            return;
        }
        double u0 = u;
        long rate0 = t.rateUnits(u, n, money);
        double rate = t.rate(u, n);
        int lab = teamLab[t0];
        Raises r = stripes[s];
        if (date && n > 0) {
            int k = Math.min(n, t.due(ten));
            double amount = k == n ? u : u * k / n;
            u -= amount;
            n -= k;
            r.vested[lab] += money.units(amount);
        }
        double w = salary[i];
        if (refresh && t.grant(w) > u) {
            u = t.grant(w);
            n = t.periods;
        } else if (n == 0 && rate > 0 && t.refresh == org.talentsim.policy.PayPolicy.Refresh.AT_RISK
                && morale[i] < t.riskMorale) {
            // an at-risk lab renews a grant that vests out between anniversaries (one of less
            // than a year, a weekly run's 4-week dates, one a counter-offer renewed) for a
            // researcher at risk then: cut, the anniversary's refresher was granted on the cut
            // pay, and the pay lost its equity share for good
            u = t.grant(w);
            n = t.periods;
        } else if (n == 0 && rate > 0 && t.refresh != org.talentsim.policy.PayPolicy.Refresh.ANNUAL) {
            // the grant has vested out and is not renewed: the pay loses its equity part. Under
            // annual refreshers it is renewed at the next anniversary, at the whole pay: until
            // then the pay is all cash (a grant of less than a year, or a weekly run's 4-week
            // dates, vests out before it; cut here, each year's refresher granted on a pay cut by
            // the equity share, and the pay fell by that share every year)
            double pay = Math.max(0, w - rate);
            salary[i] = pay;
            lnSalary[i] = Population.lnPay(pay);
        }
        float stored = n == 0 ? 0 : (float) u;   // the labs' sums are of the stored values
        u = stored;
        unvested[i] = stored;
        vestsLeft[i] = (byte) n;
        r.unvestedChange[lab] += money.units(u) - money.units(u0);
        r.rateChange[lab] += t.rateUnits(u, n, money) - rate0;
    }

    /**
     * After the pass, with packages: each lab's spend counts the equity that vested instead of
     * the equity part of the tick's pay (charged in full by {@link #prepare}; that part is the
     * lab's sum of its staff's equity streams then), and the lab's sums take the pass's changes.
     * Sums in money units: the result does not depend on the thread count.
     */
    void settlePackages() {
        if (!packages) {
            return;
        }
        int labs = m.world.labCount();
        for (int li = 0; li < labs; li++) {
            long rate = 0;
            long vested = 0;
            long left = 0;
            for (int s = 0; s < stripeCount; s++) {
                rate += stripes[s].rateChange[li];
                vested += stripes[s].vested[li];
                left += stripes[s].unvestedChange[li];
            }
            Lab lab = m.world.lab(li);
            lab.addSpent(-money.amount(rateAtStart[li]) / perYear);
            lab.addVested(money.amount(vested));
            lab.addPackages(left, rate);
        }
    }

    private void raise(int i, int s) {
        int t = team[i];
        double market = scale.wage(skill[i]);
        double w = salary[i];
        double target = payLevel[t] * market;
        // a holder of an unvested stake (a founder, a star under contract) is paid his contract's
        // pay, his share of the surplus being the stake: the annual raise, no adjustment toward the
        // pay level (a founder's $2M became $14.5M at his first anniversary: a student's review)
        double toward = stakes && m.pop.stake(i, tick) > 0 ? w : w + adjust * (target - w);
        double next = Math.max(w * (1 + raise), toward);
        double cap = productivity[t] * market * (specialty[i] == focus[t] ? 1 : off);
        if (anyCap) {
            cap = Math.min(cap, payCap[t]);
        }
        double pay = Math.min(Math.max(w, Math.min(next, cap)), money.cap);
        if (pay != w) {
            salary[i] = pay;
            lnSalary[i] = Population.lnPay(pay);
            int lab = teamLab[t];
            if (budgeted[lab]) {
                stripes[s].add(i, lab, w, pay, money);
            }
        }
    }

    /**
     * After the pass: {@code paidUnits[lab]} is each lab's payroll in money units with this tick's
     * raises in full. In each budgeted lab over its budget, every raise of the tick becomes
     * {@code a + floor(f · (b − a))} units ({@code a}, {@code b}: the pay before and after in
     * units), with {@code f = (budget − other pay − Σa) / (Σb − Σa)} in [0,1], so that the
     * payroll ends at or below the budget; a raise cut to nothing leaves the old pay. Returns
     * whether any pay changed; each change is reported to {@code census} (if not null), whose
     * sums counted the raise in full.
     */
    boolean settle(long[] paidUnits, Census census) {
        if (!raises || !anyBudget) {
            return false;
        }
        int labs = m.world.labCount();
        boolean scaled = false;
        for (int li = 0; li < labs; li++) {
            share[li] = 1;
            if (!budgeted[li]) {
                continue;
            }
            long budget = money.budget(m.world.lab(li).budget());
            if (paidUnits[li] <= budget) {
                continue;
            }
            long a = 0;
            long b = 0;
            for (int s = 0; s < stripeCount; s++) {
                a += stripes[s].before[li];
                b += stripes[s].after[li];
            }
            long room = budget - (paidUnits[li] - b) - a;   // units the raises may add to the old pay
            // a hair below room / (b − a), so that rounding in doubles never lets the floors add up to more than room
            share[li] = b > a && room > 0 ? (double) room / (b - a) * (1 - 1e-12) : 0;
            scaled = true;
        }
        if (!scaled) {
            return false;
        }
        for (int s = 0; s < stripeCount; s++) {
            Raises r = stripes[s];
            for (int k = 0; k < r.size; k++) {
                int i = r.who[k];
                double f = share[teamLab[team[i]]];
                if (f < 1) {
                    double old = r.was[k];
                    long a = money.units(old);
                    long units = a + (long) Math.floor(f * (money.units(salary[i]) - a));
                    double pay = units > a ? money.amount(units) : old;
                    if (census != null) {
                        census.cut(i, salary[i], pay);
                    }
                    salary[i] = pay;
                    lnSalary[i] = Population.lnPay(pay);
                }
            }
        }
        return true;
    }
}
