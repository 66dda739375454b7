package org.talentsim.kernel;

import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.talentsim.kernel.Lab;
import org.talentsim.model.MoveReason;
import org.talentsim.kernel.Population;
import org.talentsim.model.Status;
import org.talentsim.kernel.Team;
import org.talentsim.kernel.World;
import org.talentsim.policy.OfferPolicy;
import org.talentsim.policy.RetentionPolicy;

/**
 * Phase 5: resolves the tick's draws in researcher-index order (chunk by chunk), applying moves
 * as it goes so that open positions and budgets fill in a fixed order, never a thread's.
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
    /** The tick being resolved. */
    private int tick;

    OfferDesk(Market m) {
        this.m = m;
    }

    void run(int tick) {
        begin(tick);
        for (Buffer b : m.buffers) {
            resolve(b);
        }
    }

    /** Starts the phase: the tick's raids go first (their targets take no other draw this tick). */
    void begin(int tick) {
        this.tick = tick;
        raided.clear();
        runRaids(tick);
    }

    /** Resolves one chunk's draws in index order; chunks must be resolved in chunk order, after {@link #begin}. */
    void resolve(Buffer b) {
        for (int k = 0; k < b.size; k++) {
            int i = b.who[k];
            if (!raided.isEmpty() && raided.contains(i)) {
                continue;
            }
            switch (b.kind[k]) {
                case Buffer.QUIT -> m.mover.quit(i);
                case Buffer.RETIRE -> m.mover.retire(i);
                case Buffer.POOL_EXIT -> m.mover.exitPool(i, MoveReason.EXITED);
                case Buffer.OFFER -> offer(i, b.team[k], b.uniform[k]);
                default -> throw new IllegalStateException("unknown draw " + b.kind[k] + " for #" + i);
            }
        }
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
            Team t = w.team(team);
            if (t.target() != Team.UNLIMITED && t.openings() < targets.length) {
                t.setTarget(t.headcount() + targets.length);
            }
            t.setQuota(Math.max(t.quota(), t.openings()));
            RandomGenerator g = m.streams.stream(tick, StreamKeys.RAID, r);
            for (int i : targets) {
                raided.add(i);
                offer(i, team, g.nextDouble());
            }
        }
        m.pendingRaids.clear();
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
        double rival = employed ? cur : Math.max(b, m.spec.reservationShare() * cur);
        double o = policy.price(priceQuote.set(i, pop, poacher, team, vP, cur, rival, marketPay, employed, uniform));
        o = Math.min(o, vP);
        if (!(o > 0) || o > room) {
            return;
        }
        if (!employed) {
            choice.set(i, pop, o, rival, poacher.prestige(), Double.NaN, false);
            if (m.acceptance.accept(choice)) {
                m.mover.join(i, toTeam, o, MoveReason.HIRED);
                filled(team);
                pop.setReference(i, rival);
            }
            return;
        }
        double stay = cur;
        boolean countered = false;
        if (o > cur) {
            double vI = m.valuation(incumbent, home, i, marketPay);
            RetentionPolicy ret = m.labPolicies.retention.get(incumbent.id());
            double cap = ret.counter(counterQuote.set(i, pop, incumbent, vI, cur, o));
            if (!Double.isNaN(cap)) {
                cap = Math.min(Math.min(cap, vI), cur + Math.max(0, incumbent.budget() - incumbent.payroll()));
                double c = Math.min(o, cap);
                if (c > cur) {
                    stay = c;
                    countered = true;
                }
            }
        }
        choice.set(i, pop, o, stay, poacher.prestige(), incumbent.prestige(), true);
        if (m.acceptance.accept(choice)) {
            m.mover.join(i, toTeam, o, MoveReason.POACHED);
            filled(team);
            pop.setReference(i, stay);
        } else if (countered) {
            m.mover.counter(i, stay);
            pop.setReference(i, Math.max(pop.reference(i), o));
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
        if (incumbent == null) {
            double b = m.spec.unemploymentValue();
            if (!(vP > b)) {
                return;
            }
            double wage = Math.min(vP, policy.price(priceQuote.set(i, pop, poacher, team, vP, cur, b, marketPay, false, uniform)));
            if (wage > room || !(wage >= 0)) {
                return;
            }
            m.mover.join(i, team.id(), wage, MoveReason.HIRED);
            filled(team);
            pop.setReference(i, b);
            return;
        }
        double q = pop.reference(i);
        if (!(vP > q)) {
            return;
        }
        double vI = m.valuation(incumbent, home, i, marketPay);
        RetentionPolicy ret = m.labPolicies.retention.get(incumbent.id());
        double cap = ret.counter(counterQuote.set(i, pop, incumbent, vI, cur, vP));
        double incMax = Double.isNaN(cap) ? cur
                : Math.max(cur, Math.min(Math.min(cap, vI), cur + Math.max(0, incumbent.budget() - incumbent.payroll())));
        if (vP > incMax) {
            double wage = Math.min(vP, policy.price(priceQuote.set(i, pop, poacher, team, vP, cur, incMax, marketPay, true, uniform)));
            if (wage > room || !(wage >= 0)) {
                return;
            }
            m.mover.join(i, team.id(), wage, MoveReason.POACHED);
            filled(team);
            pop.setReference(i, incMax);
            return;
        }
        OfferPolicy own = m.labPolicies.offer.get(incumbent.id());
        double counter = own.bidsUpToValuation()
                ? own.price(priceQuote.set(i, pop, incumbent, home, vI, cur, vP, marketPay, true, uniform))
                : vP;
        counter = Math.min(Math.min(counter, vI), incMax);
        pop.setReference(i, vP);
        if (counter > cur) {
            m.mover.counter(i, counter);
        }
    }
}
