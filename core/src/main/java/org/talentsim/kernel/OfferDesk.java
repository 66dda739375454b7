package org.talentsim.kernel;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.talentsim.kernel.Lab;
import org.talentsim.model.MoveReason;
import org.talentsim.model.OfferOutcome;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;
import org.talentsim.policy.OfferPolicy;
import org.talentsim.policy.RetentionPolicy;

/**
 * Phase 5: resolves the tick's draws one at a time, applying moves as it goes, so that open
 * positions and budgets fill in an order fixed by the seed and the tick, never a thread's. The
 * departures (quits, retirements, pool exits) go first, in index order: they compete for
 * nothing. The offers follow in a uniformly random permutation of the researchers who drew one
 * this tick (a few percent of the population), drawn from the tick's own stream {@code (tick,
 * ORDER)} by a Fisher–Yates shuffle over the chunks' offer entries; the researchers without an
 * offer take no part, so the shuffle costs a few percent of what permuting the whole population
 * would. Every order of the tick's offers is equally likely: neither a lab's place in the file
 * (which sets its people's indices), nor an index, nor how densely a group's draws lie among the
 * indices gives a systematic first claim on openings or budget room. (A rotation of the index order, used
 * before, gave each draw the same chance of any place, but put the first claim on a scarce
 * opening with the draw that followed the widest gap of indices without draws: a lab's sparse
 * draws came first far more often than a pool's dense ones.)
 *
 * <p>An offer is made only if the drawn team still has an opening and hiring quota (a team fills
 * in one tick at most the openings it had when the tick's search began: positions freed during
 * the tick are refilled the next), the researcher clears the
 * team's hiring bar (minimum skill), the offering lab is not the researcher's own, and the price
 * fits the lab's budget. Two ways to resolve it:
 * <ul>
 *   <li>Bertrand bidders ({@link OfferPolicy#bidsUpToValuation()}): a sequential auction
 *       (Postel-Vinay–Robin). If the poacher's valuation does not exceed the reference (the best
 *       bid already matched), nothing happens. Otherwise the higher willingness to pay wins
 *       (ties to the incumbent): a move at {@code price(rival = incumbent's max)}, or a counter at
 *       the incumbent's {@code price(rival = poacher's valuation)}; the reference becomes the
 *       loser's valuation.</li>
 *   <li>Take-it-or-leave-it offers: the incumbent may match (up to its retention cap, valuation
 *       and budget); the researcher's acceptance policy chooses.</li>
 * </ul>
 */
final class OfferDesk {
    private final Market m;
    private final Set<Integer> raided = new HashSet<>();
    /** Refilled for each offer: the policies read them during the call only (no allocation per offer). */
    private final OfferQuote priceQuote = new OfferQuote();
    private final CounterQuote counterQuote = new CounterQuote();
    private final AcceptChoice choice = new AcceptChoice();
    /** The stream of the tick's resolution order, re-pointed each tick. */
    private final ReusableStream orderStream;
    /** This tick's order: its entries as {@code chunk << 32 | position in the chunk's buffer}; reused. */
    private long[] order = new long[64];
    /** The tick being resolved (stakes vest by ticks). */
    private int tick;
    /** Whether any lab pays packages (equity, sign-ons, buy-outs); and the years a lump sum is spread over. */
    private boolean packages;
    private double lumpYears = 4;

    /** The engine's log lines of the offers phase (a raid that finds no one). */
    private final EngineLog log;

    OfferDesk(Market m) {
        this.m = m;
        this.log = new EngineLog(org.slf4j.LoggerFactory.getLogger(OfferDesk.class), m.logName());
        this.orderStream = ReusableStream.of(m.streams);
    }

    void run(int tick) {
        begin(tick);
        resolveDraws();
    }

    /** Starts the phase: the tick's raids go first (their targets take no other draw this tick), then its job fairs. */
    void begin(int tick) {
        this.tick = tick;
        this.packages = m.labPolicies.packages;
        this.lumpYears = m.spec.lumpSumYears();
        raided.clear();
        runRaids(tick);
    }

    /**
     * Resolves the chunks' draws (after {@link #begin}, once every chunk has drawn). First the
     * departures (quits, retirements, pool exits), chunk by chunk in index order: they claim
     * nothing another draw could want (a leaver frees his seat and his pay for the offers that
     * follow), so their order does not matter, and index order reads the population front to
     * back. Then the offers, in the tick's order: an inside-out Fisher–Yates shuffle of the offer
     * entries, taken chunk by chunk in index order, with the uniform integers of the stream (tick,
     * ORDER) (entry j goes to a place drawn in [0, j]), so every permutation of the offers is
     * equally likely and the same for any thread count.
     */
    void resolveDraws() {
        Buffer[] buffers = m.buffers;
        int offers = 0;
        // at a population whose state outgrows the caches, each draw's data is loaded for a
        // batch of draws at once before they are resolved (see touch); below that it only costs
        boolean ahead = (long) m.pop.size() * Population.bytesPerResearcher() >= touchBytes;
        int[] pending = this.pending;
        for (Buffer b : buffers) {
            byte[] kind = b.kind;
            int n = 0;
            for (int k = 0, size = b.size; k < size; k++) {
                if (kind[k] == Buffer.OFFER) {
                    offers++;
                } else if (!ahead) {
                    resolve(b, k);
                } else {
                    pending[n++] = k;
                    if (n == BATCH) {
                        departures(b, pending, n);
                        n = 0;
                    }
                }
            }
            departures(b, pending, n);
        }
        if (order.length < offers) {
            order = new long[Math.max(offers, 2 * order.length)];
        }
        long[] o = order;
        ReusableStream g = orderStream.reset(tick, StreamKeys.ORDER, 0);
        int j = 0;
        for (int c = 0; c < buffers.length; c++) {
            byte[] kind = buffers[c].kind;
            for (int k = 0, size = buffers[c].size; k < size; k++) {
                if (kind[k] != Buffer.OFFER) {
                    continue;
                }
                int r = g.nextInt(j + 1);
                o[j] = o[r];
                o[r] = (long) c << 32 | k;
                j++;
            }
        }
        for (int base = 0; base < offers; base += BATCH) {
            int end = Math.min(offers, base + BATCH);
            if (ahead) {
                touch(o, base, end);
            }
            for (int e = base; e < end; e++) {
                long entry = o[e];
                resolve(buffers[(int) (entry >>> 32)], (int) entry);
            }
        }
    }

    /** Draws whose researchers' data {@link #touch} loads together before they are resolved. */
    private static final int BATCH = 32;
    /**
     * The population state (bytes) from which draws are resolved in touched batches: 8 MiB, where
     * random loads on this project's machine go from ~20 ns (4 MB) to ~150 ns (16 MB). Measured
     * in one JVM, alternating, on the warmed flagship market with 1,000 labs (offers phase, ns
     * per researcher, medians): 10k 4.8 → 5.3 and 100k 9.1 → 9.8 (a loss: the data is in cache),
     * 300k 20.1 → 17.1, 1M 30.1 → 22.9 (BENCHMARKS.md, "seventh steps").
     */
    static final long TOUCH_BYTES = 8L << 20;
    /** {@link #TOUCH_BYTES}, lowered by tests to resolve small markets in touched batches too. */
    static volatile long touchBytes = TOUCH_BYTES;
    /** A chunk's departures waiting to be resolved (their entries in the chunk's buffer). */
    private final int[] pending = new int[BATCH];
    /** What {@link #touch} read, kept so that its loads are not optimised away. */
    private long touched;

    /** Resolves the departures at entries {@code pending[0..n)} of buffer {@code b}, in that order. */
    private void departures(Buffer b, int[] pending, int n) {
        if (n == 0) {
            return;
        }
        long sum = 0;
        for (int p = 0; p < n; p++) {
            sum += touch(b.who[pending[p]], -1);
        }
        touched += sum;
        for (int p = 0; p < n; p++) {
            resolve(b, pending[p]);
        }
    }

    /** Loads the data of the offers {@code [from, to)} of this tick's order (see {@link #touch(int, int)}). */
    private void touch(long[] o, int from, int to) {
        Buffer[] buffers = m.buffers;
        long sum = 0;
        for (int e = from; e < to; e++) {
            long entry = o[e];
            Buffer b = buffers[(int) (entry >>> 32)];
            sum += touch(b.who[(int) entry], b.team[(int) entry]);
        }
        touched += sum;
    }

    /**
     * Loads every array element the offer path and the moves read or write for researcher
     * {@code i}, his team's and lab's objects, and those of team {@code toTeam} (if not -1). At
     * a million researchers these are cache misses to memory (~200 ns each on this project's
     * machine); loaded for a batch of draws in a short loop that does nothing else, the processor
     * waits for many of them at once, where the offer path (hundreds of instructions a draw)
     * waits for them one or two at a time. Reads only: results are the same with or without it.
     */
    private long touch(int i, int toTeam) {
        Population pop = m.pop;
        World w = m.world;
        int t = pop.teamArray()[i];
        long sum = pop.statusArray()[i] + t + Float.floatToRawIntBits(pop.skillArray()[i]) + pop.specialtyArray()[i]
                + Double.doubleToRawLongBits(pop.salaryArray()[i]) + Float.floatToRawIntBits(pop.lnSalaryArray()[i])
                + Float.floatToRawIntBits(pop.moraleArray()[i]) + Float.floatToRawIntBits(pop.visibilityArray()[i])
                + Float.floatToRawIntBits(pop.referenceArray()[i]) + pop.tenureArray()[i] + pop.clockArray()[i]
                + pop.inStatusArray()[i];
        if (t >= 0) {
            sum += w.team(t).headcount() + Double.doubleToRawLongBits(w.lab(w.teamLabArray()[t]).payroll());
        }
        if (toTeam >= 0) {
            sum += w.team(toTeam).headcount() + Double.doubleToRawLongBits(w.lab(w.teamLabArray()[toTeam]).payroll());
        }
        return sum;
    }

    /** Resolves entry {@code k} of a chunk's draws. */
    private void resolve(Buffer b, int k) {
        int i = b.who[k];
        if (!raided.isEmpty() && raided.contains(i)) {
            return;
        }
        switch (b.kind[k]) {
            case Buffer.QUIT -> quit(i, b.uniform[k]);
            case Buffer.RETIRE -> m.mover.retire(i);
            case Buffer.POOL_EXIT -> m.mover.exitPool(i, MoveReason.EXITED);
            case Buffer.OFFER -> offer(i, b.team[k], b.uniform[k]);
            default -> throw new IllegalStateException("unknown draw " + b.kind[k] + " for #" + i);
        }
    }

    /**
     * A separation drawn for employed researcher {@code i}; {@code voluntary} is where the draw
     * fell in the voluntary part (uniform in [0,1)), or -1 for an exogenous separation. A holder of
     * a stake paid w quits voluntarily only with probability {@code w / (w + B)}, B the unvested
     * balance he would forfeit (the stake's annual value times the years left to vest), plus his
     * unvested equity and sign-on owed spread over the market's {@code lumpSumYears} (§7.9).
     */
    private void quit(int i, double voluntary) {
        if (voluntary >= 0) {
            double balance = m.pop.unvested(i, tick, m.scenario.tickUnit().ticksPerYear()) + forfeit(i) / lumpYears;
            if (balance > 0 && voluntary * (m.pop.salary(i) + balance) >= m.pop.salary(i)) {
                return;
            }
        }
        m.mover.quit(i);
    }

    private void runRaids(int tick) {
        for (int r = 0; r < m.pendingRaids.size(); r++) {
            var raid = m.pendingRaids.get(r);
            World w = m.world;
            int lab = w.labIndex(raid.lab());
            int team = w.teamIndex(lab, raid.team());
            int from = w.labIndex(raid.fromLab());
            int fromTeam = raid.fromTeam() == null ? -1 : w.teamIndex(from, raid.fromTeam());
            int[] targets = Ranking.top(m.pop, w, from, fromTeam, raid.count(), raid.byVisibility());
            if (targets.length == 0 && raid.count() > 0) {
                // a raid of a lab (or team) with no one employed by then made no offer without a
                // word: kept in the run's skipped parts, as a layoff of no one is (a reviewer)
                log.skipped(w, tick, raid.event(), "raid of {} by '{}' skipped: no one employed at '{}' now", raid.count(),
                        raid.lab() + "/" + raid.team(), raid.fromLab() + (raid.fromTeam() == null ? "" : "/" + raid.fromTeam()));
            }
            Team t = w.team(team);
            // room for the raid's targets for its offers only: once they are resolved the target is
            // the old one raised by the raid's hires beyond the openings it had, so those hires stay
            // and an offer declined or countered leaves no opening (raised for good, a freeze of
            // target 0 was ended by a raid that hired no one, and the team's ordinary search filled
            // the openings: a scenario author's review)
            int before = t.target();
            int open = t.openings();
            int headcount = t.headcount();
            boolean raised = before != Team.UNLIMITED && open < targets.length;
            if (raised) {
                t.setTarget(t.headcount() + targets.length);
            }
            // the raid's offers are made whatever the team's hiring quota of the tick, and do not use
            // it: the quota is given back as it was once they are resolved. (It became
            // max(quota, openings) and stayed so: a team limited to 50 hires a month raiding one
            // person hired 699 from the pool that month; found by a labour economist's review)
            int quota = t.quota();
            t.setQuota(Team.UNLIMITED);
            RandomGenerator g = m.streams.stream(tick, StreamKeys.RAID, r);
            for (int i : targets) {
                raided.add(i);
                offer(i, team, g.nextDouble());
            }
            t.setQuota(quota);
            if (raised) {
                t.setTarget(before + Math.max(0, t.headcount() - headcount - Math.max(0, open)));
            }
        }
        m.pendingRaids.clear();
        runFairs(tick);
    }

    /**
     * The tick's job fairs, after its raids: for fair f, {@code offers} teams are drawn from the
     * offer-sampling table with the uniforms of the stream (tick, JOB_FAIR, f) (two per draw: the
     * team and the pricing), skipping the researcher's own lab, labs cooling off from laying him
     * off and teams whose hiring bar he does not clear. Each is priced as the offer to a seeker
     * would be (7.5); he takes the best that meets his reservation pay and fits the lab's budget
     * room (ties to the earlier draw), and the hiring team makes room for him if it has no opening
     * or quota left. His own search draw of the tick is discarded, as a raid's target's is.
     */
    private void runFairs(int tick) {
        OfferTable table = m.offerTable();
        for (int f = 0; f < m.pendingFairs.size(); f++) {
            var fair = m.pendingFairs.get(f);
            int i = fair.researcher();
            byte st = m.pop.statusArray()[i];
            if ((st != Status.SEEKING_CODE && st != Status.NOTICE_CODE) || table.size() == 0 || raided.contains(i)) {
                continue;
            }
            RandomGenerator g = m.streams.stream(tick, StreamKeys.JOB_FAIR, f);
            int best = -1;
            double bestPay = Double.NEGATIVE_INFINITY;
            double bestUniform = 0;
            // each lab that made an offer, in the order first drawn: its best (team, price)
            java.util.LinkedHashMap<Integer, double[]> made = new java.util.LinkedHashMap<>();
            for (int k = 0; k < fair.offers(); k++) {
                int t = table.pick(g.nextDouble());
                double u = g.nextDouble();
                double o = seekerPrice(i, t, u, tick);
                if (o > Double.NEGATIVE_INFINITY) {
                    made.merge(m.world.team(t).lab(), new double[] {t, o}, (was, now) -> now[1] > was[1] ? now : was);
                }
                if (o > bestPay) {
                    best = t;
                    bestPay = o;
                    bestUniform = u;
                }
            }
            raided.add(i);
            if (best < 0 || !(bestPay > Double.NEGATIVE_INFINITY)) {
                continue;
            }
            Team t = m.world.team(best);
            if (t.target() != Team.UNLIMITED && t.openings() < 1) {
                t.setTarget(t.headcount() + 1);
            }
            t.setQuota(Math.max(t.quota(), 1));
            offer(i, best, bestUniform);
            // the other labs' offers (each lab's best), turned down for the best: offers made, so rows of
            // offers.csv (only the one taken was, and no file showed that several labs invited
            // him, STORY S11: a student's review)
            for (java.util.Map.Entry<Integer, double[]> e : made.entrySet()) {
                if (e.getKey() != t.lab()) {
                    record(i, null, m.world.team((int) e.getValue()[0]), e.getValue()[1], Double.NaN, OfferOutcome.DECLINED);
                }
            }
        }
        m.pendingFairs.clear();
    }

    /**
     * What team {@code t} would pay seeker (or noticed) researcher {@code i} with the pricing
     * uniform {@code u}, as {@link #offer} prices it, if he would take it and the lab can afford it;
     * {@code -Infinity} if the team cannot or would not hire him.
     */
    private double seekerPrice(int i, int t, double u, int tick) {
        World w = m.world;
        Population pop = m.pop;
        Team team = w.team(t);
        Lab poacher = w.lab(team.lab());
        if (pop.skillArray()[i] < team.minSkill() || m.coolingOff(i, poacher.id(), tick)
                || (pop.statusArray()[i] == Status.NOTICE_CODE && w.team(pop.team(i)).lab() == poacher.id())) {
            return Double.NEGATIVE_INFINITY;
        }
        double marketPay = w.payScale().wage(pop.skillArray()[i]);
        double vP = m.valuation(poacher, team, i, marketPay);
        double room = poacher.budget() - poacher.payroll();
        double cur = pop.salary(i);
        OfferPolicy policy = m.labPolicies.offer.get(poacher.id());
        double b = m.spec.unemploymentValue();
        double rival = policy.bidsUpToValuation() ? b : Math.max(b, m.spec.reservationShare() * cur);
        // at most the lab's pay cap, as offer() prices it
        double o = Math.min(Math.min(vP, policy.price(priceQuote.set(i, pop, poacher, team, vP, cur, rival, marketPay, false, u))),
                m.labPolicies.payCap(poacher.id()));
        return o > 0 && o <= room && o >= rival ? o : Double.NEGATIVE_INFINITY;
    }

    /** What researcher {@code i} forfeits by leaving his employer now, USD: unvested equity and a sign-on owed back. */
    private double forfeit(int i) {
        return packages ? m.pop.unvestedArray()[i] + m.pop.owedArray()[i] : 0;
    }

    /** Resolves one offer to researcher {@code i} from team {@code toTeam}. */
    void offer(int i, int toTeam, double uniform) {
        World w = m.world;
        Population pop = m.pop;
        Team team = w.team(toTeam);
        if (team.openings() <= 0 || team.quota() <= 0 || pop.skillArray()[i] < team.minSkill()) {
            return;
        }
        Lab poacher = w.lab(team.lab());
        byte st = pop.statusArray()[i];
        boolean employed = st == Status.EMPLOYED_CODE;
        if (st == Status.EXITED_CODE) {
            return;
        }
        Team home = employed ? w.team(pop.team(i)) : null;
        Lab incumbent = employed ? w.lab(home.lab()) : null;
        if (incumbent == poacher || m.coolingOff(i, poacher.id(), tick)) {
            return;
        }
        double marketPay = w.payScale().wage(pop.skillArray()[i]);
        double vP = m.valuation(poacher, team, i, marketPay);
        double room = poacher.budget() - poacher.payroll();
        double cur = pop.salary(i);
        OfferPolicy policy = m.labPolicies.offer.get(poacher.id());
        if (policy.bidsUpToValuation()) {
            auction(i, team, poacher, home, incumbent, vP, room, cur, marketPay, uniform, policy);
            return;
        }
        double b = m.spec.unemploymentValue();
        // packages (§7.9): the researcher weighs one-off sums spread over lumpSumYears; the
        // poacher's lab buys out its share of what he forfeits (unvested equity, sign-on owed)
        PayTerms terms = packages ? m.labPolicies.terms(toTeam, poacher.id()) : null;
        double lost = employed ? forfeit(i) : 0;
        double buyOut = terms == null ? 0 : terms.buyOut * lost;
        double rival = employed ? cur + (lost - buyOut) / lumpYears : Math.max(b, m.spec.reservationShare() * cur);
        double o = policy.price(priceQuote.set(i, pop, poacher, team, vP, cur, rival, marketPay, employed, uniform));
        // the pay is at most the world's highest pay (join caps it): the sign-on and the worth the
        // researcher weighs are of the pay he would get (a sign-on was a share of the uncapped offer);
        // and at most the lab's own pay cap, which the built-in policies apply themselves (a custom
        // policy's offers went above its payCap while its counters and raises were held to it: an
        // economist's review)
        o = Math.min(Math.min(Math.min(o, vP), m.world.money().cap), m.labPolicies.payCap(poacher.id()));
        if (!(o > 0) || o > room) {
            return;
        }
        double signOn = terms == null ? 0 : terms.signOn * o;
        double offered = terms == null ? o : o + (signOn + buyOut) / lumpYears;   // the offer's worth a year
        if (!employed) {
            choice.set(i, pop, offered, rival, poacher.prestige(), Double.NaN, false);
            boolean hired = m.acceptance.accept(choice);
            record(i, null, team, o, Double.NaN, hired ? OfferOutcome.HIRED : OfferOutcome.DECLINED);
            if (hired) {
                m.mover.join(i, toTeam, o, MoveReason.HIRED, signOn, 0);
                filled(team);
                pop.setReference(i, rival);
            }
            return;
        }
        // the incumbent counters with the least pay that keeps the researcher, in the researcher's
        // own terms (prestige, morale, cost of moving, and an unvested stake, equity or sign-on he
        // would forfeit), if its retention cap reaches it
        double hold = pop.stake(i, tick) + lost / lumpYears;   // forfeited by leaving: staying is worth stay + hold
        double stay = cur;
        boolean countered = false;
        double retaining = m.acceptance.retainingPay(
                choice.set(i, pop, offered, cur + hold, poacher.prestige(), incumbent.prestige(), true).stake(hold));
        if (!(retaining >= 0)) {
            // NaN compared false everywhere below and switched off every counter-offer, silently
            // (an economist's review); a pay below 0 is no pay
            throw badRetainingPay(retaining, offered, cur + hold);
        }
        double keep = retaining - hold;
        if (keep > cur && !m.lettingGo(i)) {   // (no counter to someone the lab lets go this tick)
            double vI = m.valuation(incumbent, home, i, marketPay);
            RetentionPolicy ret = m.labPolicies.retention.get(incumbent.id());
            double cap = ret.counter(counterQuote.set(i, pop, incumbent, vI, cur, o, keep));
            if (!Double.isNaN(cap)) {
                // within its valuation, its budget's room and the most it pays anyone (its offers' cap)
                cap = Math.min(Math.min(Math.min(cap, vI), cur + Math.max(0, incumbent.budget() - incumbent.payroll())),
                        m.labPolicies.payCap(incumbent.id()));
                if (cap >= keep) {
                    stay = keep;
                    countered = true;
                }
            }
        }
        choice.set(i, pop, offered, stay + hold, poacher.prestige(), incumbent.prestige(), true).stake(hold);
        boolean moves = m.acceptance.accept(choice);
        record(i, incumbent, team, o, countered ? stay : Double.NaN,
                moves ? OfferOutcome.ACCEPTED : countered ? OfferOutcome.COUNTERED : OfferOutcome.DECLINED);
        if (moves) {
            m.mover.join(i, toTeam, o, MoveReason.POACHED, signOn, buyOut);
            filled(team);
            pop.setReference(i, stay);
        } else if (countered) {
            m.mover.counter(i, stay);
            pop.setReference(i, Math.max(pop.reference(i), o));
        }
    }

    /** The acceptance policy's retaining pay {@code r} is no pay: named, with what it was asked. */
    private IllegalStateException badRetainingPay(double r, double offered, double stay) {
        return new IllegalStateException("acceptance policy " + PolicyName.of(m.acceptance) + " returned " + r
                + " from retainingPay for an offer of " + offered + " against a stay pay of " + stay
                + ": the least pay that keeps the researcher must be a number >= 0 (+Infinity: no pay keeps him)");
    }

    /**
     * The recording hook of {@code offers.csv}: one row per offer made (a no-op unless the
     * offer log is on). {@code incumbent} is null for a researcher not employed.
     */
    private void record(int i, Lab incumbent, Team team, double offer, double counter, OfferOutcome outcome) {
        OfferLog log = m.world.offers();
        if (log.on()) {
            log.add(i, incumbent == null ? -1 : incumbent.id(), incumbent == null ? -1 : m.pop.team(i), team.lab(),
                    team.id(), offer, counter, outcome);
        }
    }

    /** One of the tick's hiring quota is used. */
    private static void filled(Team team) {
        if (team.quota() != Team.UNLIMITED) {
            team.setQuota(team.quota() - 1);
        }
    }

    private void auction(int i, Team team, Lab poacher, Team home, Lab incumbent, double vP, double room,
            double cur, double marketPay, double uniform, OfferPolicy policy) {
        Population pop = m.pop;
        // the most the poacher bids: its valuation, within its pay cap (+Infinity without one)
        double top = Math.min(vP, m.labPolicies.payCap(poacher.id()));
        if (incumbent == null) {
            double b = m.spec.unemploymentValue();
            if (!(top > b)) {
                return;
            }
            double wage = Math.min(Math.min(top, policy.price(priceQuote.set(i, pop, poacher, team, vP, cur, b, marketPay, false,
                    uniform))), m.world.money().cap);
            if (wage > room || !(wage >= 0)) {
                return;
            }
            record(i, null, team, wage, Double.NaN, OfferOutcome.HIRED);
            PayTerms hireTerms = packages ? m.labPolicies.terms(team.id(), poacher.id()) : null;
            m.mover.join(i, team.id(), wage, MoveReason.HIRED, hireTerms == null ? 0 : hireTerms.signOn * wage, 0);
            filled(team);
            pop.setReference(i, b);
            return;
        }
        double q = pop.reference(i);
        if (!(top > q)) {
            return;
        }
        double vI = m.valuation(incumbent, home, i, marketPay);
        RetentionPolicy ret = m.labPolicies.retention.get(incumbent.id());
        // (no counter to someone the lab lets go this tick)
        double cap = m.lettingGo(i) ? Double.NaN : ret.counter(counterQuote.set(i, pop, incumbent, vI, cur, top, top));
        double incMax = Double.isNaN(cap) ? cur
                : Math.max(cur, Math.min(Math.min(Math.min(cap, vI), cur + Math.max(0, incumbent.budget() - incumbent.payroll())),
                        m.labPolicies.payCap(incumbent.id())));
        // the poacher must also make up for an unvested stake, and for the equity and sign-on the
        // researcher forfeits that its package does not buy out (§7.9)
        PayTerms terms = packages ? m.labPolicies.terms(team.id(), poacher.id()) : null;
        double lost = forfeit(i);
        double buyOut = terms == null ? 0 : terms.buyOut * lost;
        double keep = incMax + pop.stake(i, tick) + (lost - buyOut) / lumpYears;
        if (top > keep) {
            double wage = Math.min(Math.min(top, policy.price(priceQuote.set(i, pop, poacher, team, vP, cur, keep, marketPay, true,
                    uniform))), m.world.money().cap);
            if (wage > room || !(wage >= 0)) {
                return;
            }
            record(i, incumbent, team, wage, incMax > cur ? incMax : Double.NaN, OfferOutcome.ACCEPTED);
            m.mover.join(i, team.id(), wage, MoveReason.POACHED, terms == null ? 0 : terms.signOn * wage, buyOut);
            filled(team);
            pop.setReference(i, incMax);
            return;
        }
        OfferPolicy own = m.labPolicies.offer.get(incumbent.id());
        double counter = own.bidsUpToValuation()
                ? own.price(priceQuote.set(i, pop, incumbent, home, vI, cur, top, marketPay, true, uniform))
                : top;
        counter = Math.min(Math.min(counter, vI), incMax);
        record(i, incumbent, team, top, counter > cur ? counter : Double.NaN,
                counter > cur ? OfferOutcome.COUNTERED : OfferOutcome.DECLINED);
        pop.setReference(i, top);
        if (counter > cur) {
            m.mover.counter(i, counter);
        }
    }
}
