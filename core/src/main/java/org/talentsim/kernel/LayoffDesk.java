package org.talentsim.kernel;

import java.util.ArrayList;
import java.util.List;
import org.talentsim.kernel.Lab;
import org.talentsim.model.MoveReason;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;
import org.talentsim.policy.LayoffPolicy;
import org.talentsim.scenario.LayoffTerms;

/**
 * Phase 6: visa grace clocks of seekers, notices running out, the layoffs ordered by events, and
 * layoffs forced when a lab's working payroll exceeds its budget. Sequential, in index order.
 *
 * <p>Order within the phase: clocks first, then event layoffs, then budget layoffs. A clock does
 * not run in the tick its status began, so a notice of n ticks is paid for n ticks and a grace
 * clock of g ticks leaves g ticks of search.
 */
final class LayoffDesk {
    /** Says the simulation's name with each line ({@link EngineLog}). */
    private final EngineLog log;

    /** Share of the layoff shock left after one month. */
    static final double SHOCK_DECAY = 0.8;

    /** Notice and severance of layoffs forced by a budget overrun: the scenario's default terms. */
    static final LayoffTerms BUDGET_TERMS = LayoffTerms.DEFAULT;

    private final Market m;
    private double[] noticePay = new double[0];
    private ClockHits[] hits = new ClockHits[0];
    /** The clock pass's task, allocated once. */
    private final java.util.function.IntConsumer clockTask = this::clockChunk;

    LayoffDesk(Market m) {
        this.m = m;
        this.log = new EngineLog(org.slf4j.LoggerFactory.getLogger(LayoffDesk.class), m.logName());
    }

    void run(int tick) {
        World w = m.world;
        double decay = Math.pow(SHOCK_DECAY, m.monthsPerTick);
        for (int li = 0; li < w.labCount(); li++) {
            Lab l = w.lab(li);
            l.setRecentLayoffs(l.recentLayoffs() * decay);
        }
        clocks();
        for (int k = 0; k < m.pendingDismissals.size(); k++) {   // index loops: no iterator per tick
            dismiss(tick, m.pendingDismissals.get(k));
        }
        m.pendingDismissals.clear();
        for (int k = 0; k < m.pendingLayoffs.size(); k++) {
            eventLayoff(tick, m.pendingLayoffs.get(k));
        }
        m.pendingLayoffs.clear();
        budgetLayoffs(tick);
    }

    /**
     * Lays off, in each lab whose working payroll (without people already on notice) exceeds its
     * budget, employed members of its active unprotected teams, in the order of the lab's layoff
     * policy, until it fits. The members of all such labs are found in one pass over the
     * population (a lab's layoffs do not change another lab's payroll or members).
     */
    private void budgetLayoffs(int tick) {
        World w = m.world;
        int labs = w.labCount();
        boolean[] candidate = null;
        for (int li = 0; li < labs; li++) {
            Lab lab = w.lab(li);
            if (overBudget(lab)) {
                if (candidate == null) {
                    candidate = new boolean[w.teamCount()];
                }
                for (int ti = 0; ti < lab.teamCount(); ti++) {
                    Team team = w.team(lab.team(ti));
                    candidate[team.id()] = team.active() && !team.isProtected();
                }
            }
        }
        if (candidate == null) {
            return;
        }
        int[] byLab = membersByLab(candidate, labs);
        for (int li = 0; li < labs; li++) {
            int from = byLab[li];
            int to = byLab[li + 1];
            Lab lab = w.lab(li);
            if (overBudget(lab)) {
                budgetLayoff(tick, lab, java.util.Arrays.copyOfRange(byLab, labs + 1 + from, labs + 1 + to));
            }
        }
    }

    private boolean overBudget(Lab lab) {
        return Double.isFinite(lab.budget()) && lab.payroll() - noticePay[lab.id()] > lab.budget();
    }

    /**
     * EMPLOYED researchers of the candidate teams, grouped by lab and in index order within a lab:
     * the first {@code labs + 1} entries are offsets (lab l's members are at
     * {@code labs + 1 + [offset[l], offset[l + 1])}), the members follow.
     */
    private int[] membersByLab(boolean[] candidate, int labs) {
        Population pop = m.pop;
        int[] team = pop.teamArray();
        byte[] status = pop.statusArray();
        int[] teamLab = m.world.teamLabArray();
        int[] out = new int[labs + 1];
        int total = 0;
        for (int i = 0; i < pop.size(); i++) {
            int t = team[i];
            if (t >= 0 && candidate[t] && status[i] == Status.EMPLOYED_CODE) {
                out[teamLab[t]]++;
                total++;
            }
        }
        int start = 0;
        for (int l = 0; l <= labs; l++) {
            int c = out[l];
            out[l] = start;
            start += c;
        }
        int[] fill = java.util.Arrays.copyOf(out, labs);
        out = java.util.Arrays.copyOf(out, labs + 1 + total);
        for (int i = 0; i < pop.size(); i++) {
            int t = team[i];
            if (t >= 0 && candidate[t] && status[i] == Status.EMPLOYED_CODE) {
                out[labs + 1 + fill[teamLab[t]]++] = i;
            }
        }
        return out;
    }

    /**
     * Advances the visa and notice clocks. The pass over the population runs in parallel
     * chunks and only collects, per chunk and in index order, the researchers whose clock ran
     * out and those still on notice; their moves and the notice pay per lab are then applied in
     * chunk order, i.e. in researcher-index order, as a sequential pass would.
     */
    private void clocks() {
        Population pop = m.pop;
        int labs = m.world.labCount();
        if (noticePay.length < labs) {
            noticePay = new double[Math.max(labs, 2 * noticePay.length)];
        }
        java.util.Arrays.fill(noticePay, 0);
        int chunks = m.buffers.length;
        if (hits.length < chunks) {
            hits = java.util.Arrays.copyOf(hits, chunks);
            for (int c = 0; c < chunks; c++) {
                if (hits[c] == null) {
                    hits[c] = new ClockHits();
                }
            }
        }
        m.runner().run(chunks, clockTask);
        int[] teamLab = m.world.teamLabArray();
        for (int c = 0; c < chunks; c++) {
            ClockHits h = hits[c];
            for (int k = 0; k < h.size; k++) {
                int i = h.who[k];
                switch (h.kind[k]) {
                    case ClockHits.PAY -> noticePay[teamLab[pop.team(i)]] += pop.salary(i);
                    case ClockHits.VISA -> m.mover.exitPool(i, MoveReason.VISA_EXIT);
                    default -> m.mover.endNotice(i);
                }
            }
        }
    }

    private void clockChunk(int c) {
        clockChunk(hits[c], c * Market.CHUNK_SIZE, Math.min(m.pop.size(), (c + 1) * Market.CHUNK_SIZE));
    }

    private void clockChunk(ClockHits h, int from, int to) {
        h.size = 0;
        byte[] status = m.pop.statusArray();
        short[] clock = m.pop.clockArray();
        byte[] visa = m.pop.visaArray();
        short[] inStatus = m.pop.inStatusArray();
        for (int i = from; i < to; i++) {
            byte st = status[i];
            if (st == Status.SEEKING_CODE) {
                if (visa[i] != 0 && inStatus[i] != 0 && clock[i] != Population.NO_CLOCK && --clock[i] <= 0) {
                    h.add(i, ClockHits.VISA);
                }
            } else if (st == Status.NOTICE_CODE) {
                if (inStatus[i] != 0 && --clock[i] <= 0) {
                    h.add(i, ClockHits.END);
                } else {
                    h.add(i, ClockHits.PAY);
                }
            }
        }
    }

    /** One chunk's researchers whose clock ran out, or who stay on notice, in index order. */
    private static final class ClockHits {
        static final byte PAY = 0, VISA = 1, END = 2;
        // keeps size off a neighbouring chunk's cache line (another thread's)
        long p0, p1, p2, p3, p4, p5, p6, p7;
        int size;
        int[] who = new int[16];
        byte[] kind = new byte[16];

        void add(int i, byte k) {
            if (size == who.length) {
                who = java.util.Arrays.copyOf(who, 2 * size);
                kind = java.util.Arrays.copyOf(kind, 2 * size);
            }
            who[size] = i;
            kind[size] = k;
            size++;
        }
    }

    private void eventLayoff(int tick, Orders.Layoff order) {
        World w = m.world;
        int lab = w.labIndex(order.lab());
        List<Team> teams = new ArrayList<>();
        if (order.teams().isEmpty()) {
            for (int ti = 0; ti < w.lab(lab).teamCount(); ti++) {
                int t = w.lab(lab).team(ti);
                Team team = w.team(t);
                if (order.cuts(team)) {
                    teams.add(team);
                }
            }
        } else {
            for (String name : order.teams()) {
                teams.add(w.team(w.teamIndex(lab, name)));
            }
        }
        int pool = 0;
        for (Team t : teams) {
            pool += t.headcount();
        }
        int total = order.count() >= 0 ? Math.min(order.count(), pool) : (int) Math.round(order.share() * pool);
        if (total == 0 && (order.count() > 0 || order.share() > 0)) {
            // a share that rounds to no one (0.1% of 20), or teams already empty, did nothing
            // without a word, where a count of 0 is noted before the run: said in the run's
            // skipped parts (a reviewer)
            // ("of 3 of 'A/B'" and "its teams" of one team read badly: a re-check)
            log.skipped(m.world, tick, order.event(), "layoff of {} '{}' skipped: {}", order.count() >= 0 ? order.count() + " from"
                    : org.talentsim.internal.Num.format(100 * order.share()) + "% of",
                    order.lab() + (order.teams().isEmpty() ? "" : "/" + String.join(", ", order.teams())),
                    pool == 0 ? (order.teams().size() == 1 ? "no one left in its team" : "no one left in its teams")
                            : "that share of its " + pool + " researchers rounds to no one");
        }
        int[] quota = Quotas.proportional(teams, total);
        int noticeTicks = (int) Math.round(order.terms().noticeMonths() * m.world.tickUnit().ticksPerMonth());
        int before = headcount(w.lab(lab));
        int laid = 0;
        for (int k = 0; k < teams.size(); k++) {
            laid += layOffFromTeam(tick, teams.get(k), quota[k], noticeTicks, order.terms().severanceWeeks(),
                    order.terms().severanceWeeksPerYear());
        }
        addShock(w.lab(lab), laid, before);
    }

    private void dismiss(int tick, Orders.Dismissal d) {
        int noticeTicks = (int) Math.round(d.terms().noticeMonths() * m.world.tickUnit().ticksPerMonth());
        int labId = m.world.labIndex(d.lab());
        for (String name : d.researchers()) {
            int i = m.pop.indexOf(name);
            if (i < 0 || m.pop.status(i) != org.talentsim.model.Status.EMPLOYED
                    || m.world.teamLabArray()[m.pop.team(i)] != labId) {
                log.skipped(m.world, tick, d.event(), "dismissal of '{}' by '{}' skipped: {}", name, d.lab(), whereIs(i));
                continue;
            }
            Team team = m.world.team(m.pop.team(i));
            Lab lab = m.world.lab(team.lab());
            int before = headcount(lab);
            severance(lab, i, d.terms().severanceWeeks(), d.terms().severanceWeeksPerYear());
            if (noticeTicks > 0) {
                noticePay[lab.id()] += m.pop.salary(i);
            }
            if (team.target() != Team.UNLIMITED) {
                team.setTarget(Math.max(0, Math.min(team.target(), team.headcount()) - 1));
            }
            m.mover.layOff(i, noticeTicks, tick);
            addShock(lab, 1, before);
        }
    }

    /** Where researcher {@code i} is, for the note of a skipped dismissal. */
    private String whereIs(int i) {
        if (i < 0) {
            return "not in the market";
        }
        org.talentsim.model.Status st = m.pop.status(i);
        int team = m.pop.team(i);
        return switch (st) {
            case EMPLOYED -> "employed by '" + m.world.lab(m.world.teamLabArray()[team]).name() + "' now";
            case NOTICE -> "on notice from '" + m.world.lab(m.world.teamLabArray()[team]).name() + "'";
            case SEEKING -> "seeking a job";
            case EXITED -> "left the market";
        };
    }

    /**
     * The lab's layoff policy orders {@code members} (all of the array); its result must be a
     * reordering of them: the engine lays off by what it returns, and a researcher twice, or
     * someone else's, gave several rows for one person and headcounts that no longer add up.
     *
     * @throws IllegalStateException naming the policy, the lab and what is wrong
     */
    private void order(Lab lab, int[] members, org.talentsim.policy.LayoffPolicy.Context context) {
        org.talentsim.policy.LayoffPolicy policy = m.labPolicies.layoff.get(lab.id());
        int[] given = members.clone();
        policy.order(members, members.length, context);
        int[] got = members.clone();
        java.util.Arrays.sort(given);
        java.util.Arrays.sort(got);
        if (!java.util.Arrays.equals(given, got)) {
            String what = "";
            for (int k = 0; k < got.length; k++) {
                if (java.util.Arrays.binarySearch(given, got[k]) < 0) {
                    what = "researcher #" + got[k] + " is not one of them";
                    break;
                }
                if (k > 0 && got[k] == got[k - 1]) {
                    what = "researcher #" + got[k] + " is there twice";
                    break;
                }
            }
            throw new IllegalStateException("layoff policy " + PolicyName.of(policy) + " of lab '" + lab.name()
                    + "' did not reorder its " + given.length + " candidates (" + what
                    + "): it must return the same researchers, those to lay off first first");
        }
    }

    private void budgetLayoff(int tick, Lab lab, int[] members) {
        double working = lab.payroll() - noticePay[lab.id()];
        World w = m.world;
        int before = headcount(lab);
        int n = members.length;
        order(lab, members, context(tick, lab, -1));
        int laid = 0;
        for (int k = 0; k < n && working > lab.budget(); k++) {
            working -= m.pop.salary(members[k]);
            Team team = w.team(m.pop.team(members[k]));
            if (team.target() != Team.UNLIMITED) {
                team.setTarget(Math.max(0, Math.min(team.target(), team.headcount()) - 1));
            }
            severance(lab, members[k], BUDGET_TERMS.severanceWeeks(), BUDGET_TERMS.severanceWeeksPerYear());
            m.mover.layOff(members[k], (int) Math.round(BUDGET_TERMS.noticeMonths() * m.world.tickUnit().ticksPerMonth()), tick);
            laid++;
        }
        addShock(lab, laid, before);
        lab.addBudgetLayoffs(laid);
        int id = lab.id();
        if (tick == 1 && laid > 0 && id < overAtStart.length && overAtStart[id]) {
            // over its budget from the start: a budget a little below the payroll its staff start
            // with (drawn from the pay scale, so a file does not show it) laid off 17% of a lab in
            // its first month without a word (a strategist's review). The state before the first
            // month's events is what is said (a team an event moves in is that event's doing), and
            // in words every run of an experiment says alike, so that it is said once there; in dollars
            // where the pay scale counts them (a base above 300), as the scenario's notes say amounts
            log.warnAt(w, tick, "the payroll of '{}' at the start is over its budget of {} a year: it lays off researchers in its"
                    + " first month to meet it (no event asks for this; the month's layoffs say how many: a run's labs.csv; a budget at"
                    + " or above the starting payroll, or lower pay, avoids it)", lab.name(),
                    (m.world.payScale().base() > 300 ? "$" : "") + amount(startBudget[id]));
        }
    }

    /** Per lab of the start: whether its payroll, before any event, is over its budget; and that budget. */
    private boolean[] overAtStart = new boolean[0];
    private double[] startBudget = new double[0];

    /** Notes each lab's payroll against its budget as the market starts, before the first month's events (the market's constructor, after its census). */
    void noteStart() {
        World w = m.world;
        overAtStart = new boolean[w.labCount()];
        startBudget = new double[w.labCount()];
        for (int li = 0; li < w.labCount(); li++) {
            Lab lab = w.lab(li);
            startBudget[li] = lab.budget();
            overAtStart[li] = Double.isFinite(lab.budget()) && lab.payroll() > lab.budget();
        }
    }

    /**
     * An amount for a warning: 234.8M, 2.15B, 450k; below 10,000 to four significant digits
     * without trailing zeros (0, 5, 123.4: a budget of 0 read "$0.000", an economist's review).
     */
    static String amount(double v) {
        double a = Math.abs(v);
        if (a < 1e4) {
            return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
        }
        return a >= 1e9 ? String.format(java.util.Locale.ROOT, "%.2fB", v / 1e9)
                : a >= 1e6 ? String.format(java.util.Locale.ROOT, "%.1fM", v / 1e6)
                : String.format(java.util.Locale.ROOT, "%.0fk", v / 1e3);
    }

    private int layOffFromTeam(int tick, Team team, int quota, int noticeTicks, double weeks, double weeksPerYear) {
        if (quota <= 0) {
            return 0;
        }
        Lab lab = m.world.lab(team.lab());
        int[] members = members(team.id());
        order(lab, members, context(tick, lab, team.id()));
        int k = Math.min(quota, members.length);
        if (team.target() != Team.UNLIMITED) {
            team.setTarget(Math.max(0, Math.min(team.target(), team.headcount()) - k));
        }
        for (int j = 0; j < k; j++) {
            severance(lab, members[j], weeks, weeksPerYear);
            if (noticeTicks > 0) {
                noticePay[lab.id()] += m.pop.salary(members[j]);
            }
            m.mover.layOff(members[j], noticeTicks, tick);
        }
        return k;
    }

    /** The context of one layoff: its own stream per (tick, lab, team), -1 for a lab-wide budget layoff. */
    private LayoffPolicy.Context context(int tick, Lab lab, int team) {
        World w = m.world;
        return new LayoffPolicy.Context(m.pop.view(), i -> m.valuation(lab, w.team(m.pop.team(i)), i),
                m.streams.stream(tick, StreamKeys.LAYOFF, lab.id(), team), w.tickUnit().ticksPerYear());
    }

    private int headcount(Lab lab) {
        return m.world.headcount(lab.id());
    }

    private void severance(Lab lab, int i, double weeks, double weeksPerYear) {
        double years = m.pop.tenure(i) / (double) m.world.tickUnit().ticksPerYear();
        lab.addSeverance(m.pop.salary(i) * (weeks + weeksPerYear * years) / 52.0);
    }

    private static void addShock(Lab lab, int laid, int before) {
        if (laid > 0 && before > 0) {
            lab.setRecentLayoffs(Math.min(1, lab.recentLayoffs() + (double) laid / before));
        }
    }

    /** EMPLOYED members of one team, in index order. */
    private int[] members(int team) {
        boolean[] candidate = new boolean[m.world.teamCount()];
        candidate[team] = true;
        int labs = m.world.labCount();
        int lab = m.world.teamLabArray()[team];
        int[] byLab = membersByLab(candidate, labs);
        return java.util.Arrays.copyOfRange(byLab, labs + 1 + byLab[lab], labs + 1 + byLab[lab + 1]);
    }
}
