package org.talentsim.kernel;

import org.talentsim.kernel.Lab;
import org.talentsim.model.Status;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;
import org.talentsim.scenario.MatchingSpec;

/**
 * Phase 4, the one draw per researcher per tick (THEORY §0). An employed researcher's uniform x
 * falls in [0, retire) → leaves the market, [retire, +separation + quit hazard) → quits to the
 * pool, [.., + offer rate × visibility factor) → gets one outside offer, else nothing. A seeker
 * (or someone on notice) gets an offer with probability λ0 × visibility factor (or f(θ) in
 * matching mode), else may leave the market. Where x lands inside the offer interval picks the
 * offering team, in proportion to its open positions and its lab's attractiveness (no extra
 * draw); a second uniform prices an offer. Both are counter-based ({@link CounterDraw}):
 * researcher i's are draws 2i and 2i + 1 of the tick's SEARCH key. Results go to the chunk's
 * buffer: first who drew what, where in the offer interval for an offer; then, in a short pass
 * over the buffer, each offer's team and pricing draw.
 */
final class Search {
    private final Market m;
    private final OfferTable table = new OfferTable();
    private double seekRate;
    /** The least room a chunk's buffer keeps before a stretch of the search loop (else it grows). */
    private static final int ROOM = 64;
    private static final double[] NONE = new double[0];
    /** Per team: ln(w*) of its lab, the peer pay of the quit hazard (filled by {@link #prepare}). */
    private double[] lnPeer = new double[0];

    Search(Market m) {
        this.m = m;
    }

    /** The tick's offer-sampling table (built by {@link #prepare}). */
    OfferTable table() {
        return table;
    }

    void run(int tick, org.talentsim.kernel.ChunkRunner runner) {
        prepare();
        runTick = tick;
        runner.run(m.buffers.length, task);
    }

    /** The tick of the current {@link #run}, read by its task (allocated once: a capturing lambda per run would escape to the workers). */
    private int runTick;
    private final java.util.function.IntConsumer task = this::runChunk;

    private void runChunk(int c) {
        chunk(runTick, c, c * Market.CHUNK_SIZE, Math.min(m.pop.size(), (c + 1) * Market.CHUNK_SIZE));
    }

    /** Builds the tick's offer-sampling table and seekers' offer rate (sequential, O(teams)). */
    void prepare() {
        buildTable();
        seekRate = seekingRate();
        int teams = m.world.teamCount();
        if (lnPeer.length < teams) {
            lnPeer = new double[Math.max(teams, 2 * lnPeer.length)];
        }
        int[] teamLab = m.world.teamLabArray();
        double[] lnMedians = m.census.lnMedians();
        for (int t = 0; t < teams; t++) {
            lnPeer[t] = lnMedians[teamLab[t]];
        }
    }

    /** Offer-sampling table: cumulative weights over teams that can hire now. */
    private void buildTable() {
        World w = m.world;
        m.markCuts();
        table.clear();
        for (int ti = 0; ti < w.teamCount(); ti++) {
            Team t = w.team(ti);
            int open = t.openings();
            if (open <= 0) {
                t.setSprint(false);
            }
            // a recruiting capacity: at most capacity x the planned size a month (at least one),
            // unless an event set the target (a spree fills it at once). The month's quota is
            // given out tick by tick: each tick accrues its share (the whole of it in a monthly
            // run) and gives its whole part, carrying the fraction, so a weekly run hires at the
            // monthly pace (rounding up each week, and at least one a week, would not)
            int cap;
            if (open == Team.UNLIMITED || t.sprint() || open <= 0) {
                cap = open;
                t.setQuotaCarry(0);
            } else {
                double month = Math.max(1, Math.ceil(m.hiringCapacity * Math.max(t.headcount(), t.target())));
                if (m.monthsPerTick == 1.0) {
                    cap = (int) month;   // a monthly tick gives the whole month's quota: nothing carried
                } else {
                    double allowance = t.quotaCarry() + month * m.monthsPerTick;
                    cap = (int) Math.floor(allowance + 1e-9);
                    t.setQuotaCarry(Math.max(0, allowance - cap));
                }
            }
            t.setQuota(Math.max(0, Math.min(open, cap)));
            if (open <= 0) {
                continue;
            }
            if (m.cutNow(ti)) {
                t.setQuota(0);   // a team being cut this tick hires no one
                continue;
            }
            Lab lab = w.lab(t.lab());
            if (!(lab.payroll() < lab.budget())) {
                t.setQuota(0);
                continue;
            }
            // weighted by the positions it recruits for this tick (its quota), not by all its
            // openings: a growth plan beyond the recruiting capacity sends no more offers
            int q = t.quota();
            table.add(t.id(), (q == Team.UNLIMITED ? 1 : q) * (0.5 + lab.prestige()));
        }
        table.seal();
    }

    private double seekingRate() {
        MatchingSpec mp = m.spec.matching();
        if (mp == null) {
            return m.offersSeeking;
        }
        double theta = mp.tightness();
        if (Double.isNaN(theta)) {
            long seekers = 0;
            byte[] st = m.pop.statusArray();
            for (byte b : st) {
                if (b == Status.SEEKING_CODE || b == Status.NOTICE_CODE) {
                    seekers++;
                }
            }
            long vacancies = 0;
            for (int ti = 0; ti < m.world.teamCount(); ti++) {
                Team t = m.world.team(ti);
                int o = t.openings();
                vacancies += o == Team.UNLIMITED ? 0 : o;
            }
            theta = seekers == 0 ? 0 : (double) vacancies / seekers;
        }
        double f = mp.findingRate(theta);
        return Math.min(1.0, f * m.monthsPerTick);
    }

    void chunk(int tick, int c, int from, int to) {
        chunk(tick, c, from, to, null);
    }

    /**
     * The draws of chunk {@code c}, {@code [from, to)}; with {@code morale} non-null, each employed
     * researcher's morale is first updated by it, from the same pay gap as his quit hazard (the
     * results of the morale pass followed by the search, in one loop).
     */
    void chunk(int tick, int c, int from, int to, MoralePass.PeerRelative morale) {
        Buffer b = m.buffers[c];
        b.clear();
        long key = CounterDraw.key(m.streams.seed(), tick, StreamKeys.SEARCH);
        // everything the loop reads is a local: a field read in the loop would be read again in
        // every iteration, and the buffer is filled through locals and its size set after it
        byte[] status = m.pop.statusArray();
        int[] team = m.pop.teamArray();
        float[] moraleOf = m.pop.moraleArray();
        float[] vis = m.pop.visibilityArray();
        float[] lnSalary = m.pop.lnSalaryArray();
        double[] lnPeer = this.lnPeer;
        double g = m.spec.visibilityGain();
        double visScale = 1 / (1 + g / 2);
        boolean canOffer = table.size() > 0;
        double retire = m.retirement;
        double months = m.monthsPerTick;
        double separation = m.separation;
        double offersEmployed = m.offersEmployed;
        double poolExit = m.poolExit;
        double seekRate = this.seekRate;
        boolean updates = morale != null;
        // (empty rather than null without a morale update: the JIT's code may read their
        // lengths before it tests whether to update, and a null there is a trap)
        double[] common = updates ? morale.common() : NONE;
        double[] disparityTerm = updates ? morale.disparityTerms() : NONE;
        double moralePay = updates ? morale.pay() : 0;
        double k = updates ? morale.step() : 0;
        // the built-in hazards are read as coefficients; any other policy is called
        org.talentsim.policy.QuitPolicy quits = m.quits;
        boolean none = quits instanceof org.talentsim.policy.NoQuits;
        org.talentsim.policy.MoraleQuits mq = quits instanceof org.talentsim.policy.MoraleQuits q ? q : null;
        boolean builtIn = mq != null;
        double qBase = builtIn ? mq.base() : 0;
        double qPay = builtIn ? mq.pay() : 0;
        double qMorale = builtIn ? mq.morale() : 0;
        double qReference = builtIn ? mq.reference() : 0;
        int[] who = b.who;
        byte[] kind = b.kind;
        double[] u = b.uniform;
        int size = 0;
        int i = from;
        while (i < to) {
            // each researcher puts at most one entry: a stretch of as many researchers as there
            // is room left needs no check for room (and no call to grow) in its loop
            if (who.length - size < ROOM && who.length < to - from) {
                b.size = size;
                b.reserve(Math.min(to - from, Math.max(2 * who.length, 4 * ROOM)));
                who = b.who;
                kind = b.kind;
                u = b.uniform;
            }
            int end = Math.min(to, i + (who.length - size));
            for (; i < end; i++) {
                byte st = status[i];
                if (st == Status.EXITED_CODE) {
                    continue;
                }
                double x = CounterDraw.uniform(key, 2L * i);
                double vf = g == 0 ? 1.0 : (1 + g * vis[i]) * visScale;
                if (st == Status.EMPLOYED_CODE) {
                    int t = team[i];
                    double d = lnPeer[t] - lnSalary[i];
                    double gap = 0.5 * (d + Math.abs(d));
                    float mo = moraleOf[i];
                    if (updates) {
                        mo = MoralePass.PeerRelative.next(mo, common[t], disparityTerm[t], moralePay, k, gap);
                        moraleOf[i] = mo;
                    }
                    // (none: no hazard at all, whatever the gap, which is NaN when no median is kept)
                    double h = builtIn ? org.talentsim.policy.MoraleQuits.hazard(qBase, qPay, qMorale, qReference, mo, gap)
                            : none ? 0 : hazard(quits, mo, gap);
                    double sep = separation + h * months;
                    double off = canOffer ? offersEmployed * vf : 0;
                    if (retire + sep > 1) {
                        sep = 1 - retire;
                    }
                    if (retire + sep + off > 1) {
                        off = 1 - retire - sep;
                    }
                    if (x < retire) {
                        who[size] = i;
                        kind[size] = Buffer.RETIRE;
                        u[size++] = 0;
                    } else if (x < retire + sep) {
                        // where in the voluntary part of the separation interval x fell (-1: an exogenous separation)
                        double vol = sep - separation;
                        who[size] = i;
                        kind[size] = Buffer.QUIT;
                        u[size++] = vol > 0 && x >= retire + separation ? (x - retire - separation) / vol : -1;
                    } else if (x < retire + sep + off) {
                        who[size] = i;
                        kind[size] = Buffer.OFFER;
                        u[size++] = (x - retire - sep) / off;   // where in the offer interval: see below
                    }
                } else {
                    double exit = st == Status.SEEKING_CODE ? poolExit : 0;
                    double off = canOffer ? Math.min(1 - exit, seekRate * vf) : 0;
                    if (x < off) {
                        who[size] = i;
                        kind[size] = Buffer.OFFER;
                        u[size++] = x / off;
                    } else if (x < off + exit) {
                        who[size] = i;
                        kind[size] = Buffer.POOL_EXIT;
                        u[size++] = 0;
                    }
                }
            }
        }
        b.size = size;
        // the offers' teams and pricing draws, for the few who got one: kept out of the loop
        // above, whose registers the table's fields and a second draw would crowd
        OfferTable table = this.table;
        int[] offerTeam = b.team;
        for (int e = 0; e < size; e++) {
            if (kind[e] == Buffer.OFFER) {
                offerTeam[e] = table.pick(u[e]);
                u[e] = CounterDraw.uniform(key, 2L * who[e] + 1);
            } else {
                offerTeam[e] = -1;
            }
        }
    }

    /**
     * A quit policy's hazard for morale {@code morale} and pay gap {@code gap}, checked: NaN or
     * a negative value is a broken policy, which would silently switch off the exogenous
     * separation and move the offer interval of the one-draw search (7.4). Values above 1 are
     * allowed (the separation is capped at 1 less the retirement rate).
     *
     * @throws IllegalStateException naming the policy and its inputs
     */
    static double hazard(org.talentsim.policy.QuitPolicy quits, double morale, double gap) {
        double h = quits.hazard(morale, gap);
        if (h >= 0) {
            return h;
        }
        throw badHazard(quits, h, morale, gap);   // out of line: the search loop inlines only the check
    }

    private static IllegalStateException badHazard(org.talentsim.policy.QuitPolicy quits, double h, double morale, double gap) {
        return new IllegalStateException("quit policy " + PolicyName.of(quits) + " returned " + h + " for morale "
                + morale + " and pay gap " + gap + ": a quit hazard must be a probability per month, a number >= 0");
    }
}
