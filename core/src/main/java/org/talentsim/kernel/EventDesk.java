package org.talentsim.kernel;

import java.util.List;
import org.talentsim.model.Limits;
import org.talentsim.model.MoveReason;
import org.talentsim.model.Status;
import org.talentsim.scenario.EventEffects;
import org.talentsim.scenario.EventSpec;
import org.talentsim.scenario.LabSpec;
import org.talentsim.scenario.LayoffTerms;
import org.talentsim.scenario.ResearcherRef;
import org.talentsim.scenario.Stake;
import org.talentsim.scenario.TeamSpec;

/**
 * Phase 1: applies the events scheduled for the tick, in timeline order: each event calls the
 * primitive {@link EventEffects} this desk implements on the state. Layoffs, dismissals and
 * raids are queued for their phases (layoffs, offers); everything else takes effect at once.
 */
final class EventDesk implements EventEffects {
    /** Says the simulation's name with each line ({@link EngineLog}). */
    private final EngineLog log;

    private final Market m;
    private int tick;
    /** The number of the event being applied (1 for the scenario's first), for the parts it skips. */
    private int event;
    /** Labs whose founding was skipped (the founder had left the market): later events naming them are skipped too. */
    private final java.util.Set<String> unfounded = new java.util.HashSet<>();

    /** Thrown by {@link #lab} for a lab whose founding was skipped; {@link #apply} skips the event. */
    private static final class Unfounded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String lab;

        Unfounded(String lab) {
            super(lab, null, false, false);
            this.lab = lab;
        }
    }

    EventDesk(Market m) {
        this.m = m;
        this.log = new EngineLog(org.slf4j.LoggerFactory.getLogger(EventDesk.class), m.logName());
    }

    void apply(int tick) {
        this.tick = tick;
        var events = m.scenario.events();
        int next = 0;
        while (next < events.size() && events.get(next).tick() < tick) {
            next++;
        }
        while (next < events.size() && events.get(next).tick() == tick) {
            event = next + 1;
            EventSpec e = events.get(next++);
            log.debug("tick {}: {}", tick, e);
            m.invalidateCensus();
            try {
                e.apply(this);
            } catch (Unfounded u) {
                // the file named a lab an earlier event founds; that founding was skipped in this
                // run (its founder had left the market, which depends on the draws)
                log.skipped(m.world, tick, event, "{} skipped: lab '{}' was never founded (its founding was skipped)", e.type().name(), u.lab);
            }
        }
    }

    @Override
    public int tick() {
        return tick;
    }

    @Override
    public void setPrestige(String lab, double prestige) {
        lab(lab).setPrestige(unit("prestige", prestige));
    }

    @Override
    public void setLeaderFit(String lab, String team, double leaderFit) {
        unit("leaderFit", leaderFit);
        Lab l = lab(lab);
        if (team == null) {
            l.setLeaderFit(leaderFit);
        } else {
            m.world.team(team(l, team)).setLeaderFit(leaderFit);
        }
    }

    @Override
    public void setPolicy(String lab, org.talentsim.scenario.PolicyCatalog.Slot slot, org.talentsim.scenario.PolicySpec policy) {
        java.util.Objects.requireNonNull(policy, "policy");
        int id = lab(lab).id();
        // a new instance from the registry the run uses (the scenario was validated against it):
        // read live by the offers and layoffs phases, so it holds from this tick on
        switch (slot) {
            case OFFER -> m.labPolicies.setOffer(id, m.registry.create(org.talentsim.policy.PolicyRegistry.OFFER, policy));
            case RETENTION -> m.labPolicies.retention.set(id, m.registry.create(org.talentsim.policy.PolicyRegistry.RETENTION, policy));
            case LAYOFF -> m.labPolicies.layoff.set(id, m.registry.create(org.talentsim.policy.PolicyRegistry.LAYOFF, policy));
            default -> throw new IllegalArgumentException("a lab's " + slot.field() + " policy is the lab's for the whole run: an event"
                    + " changes only its offer, retention or layoff policy");
        }
    }

    @Override
    public void scaleBudget(String lab, double factor, double delta) {
        finite("budget factor", factor);
        finite("budget delta", delta);
        Lab l = lab(lab);
        double scaled = factor == 0 ? 0 : l.budget() * factor;
        double b = Math.max(0, scaled + delta);
        // a finite budget stays within the domain a file accepts (no budget, infinity, stays none)
        if (Double.isFinite(b) && b > Limits.MAX_BUDGET || Double.isFinite(l.budget()) && !Double.isFinite(b)) {
            log.warnAt(m.world, tick, "the budget of '{}' would be {} after the change; capped at {} USD, the largest budget", lab,
                    EngineLog.plain(b), EngineLog.plain(Limits.MAX_BUDGET));
            b = Limits.MAX_BUDGET;
        }
        l.setBudget(b);
    }

    @Override
    public void scaleCapability(String lab, double factor, double delta) {
        finite("capability factor", factor);
        finite("capability delta", delta);
        Lab l = lab(lab);
        double scaled = factor == 0 ? 0 : l.capability() * factor;
        double c = Math.max(0, scaled + delta);
        if (!(c <= Limits.MAX_CAPABILITY)) {
            log.warnAt(m.world, tick, "the capability of '{}' would be {} after the jump; capped at {}, the largest capability",
                    lab, EngineLog.plain(c), EngineLog.plain(Limits.MAX_CAPABILITY));
            c = Limits.MAX_CAPABILITY;
        }
        l.setCapability(c);
    }

    @Override
    public void setTarget(String lab, String team, int target) {
        if (target < 0) {
            throw new IllegalArgumentException("target must be >= 0, was " + target);
        }
        Team t = m.world.team(team(lab(lab), team));
        t.setTarget(target);
        t.setSprint(true);   // a target set by an event is filled at once, not at the recruiting pace
    }

    @Override
    public void setPayLevel(String lab, String team, double payLevel) {
        if (!(payLevel > 0) || Double.isInfinite(payLevel)) {
            throw new IllegalArgumentException("payLevel must be > 0, was " + payLevel);
        }
        m.world.team(team(lab(lab), team)).setPayLevel(payLevel);
    }

    @Override
    public void setVisibility(ResearcherRef researcher, double visibility) {
        unit("visibility", visibility);
        int i = researcher(researcher);
        if (i >= 0) {
            m.pop.setVisibility(i, visibility);
        } else {
            log.skipped(m.world, tick, event, "visibility event skipped: {} has no employed member to pick", researcher);
        }
    }

    @Override
    public void moveTeam(String lab, String team, String toLab) {
        Lab from = lab(lab);
        Lab to = lab(toLab);
        int t = team(from, team);
        PayTerms before = m.labPolicies.terms(t, from.id());
        m.world.moveTeam(t, to.id());
        PayTerms after = m.labPolicies.terms(t, to.id());
        shareCompute(from, null);
        shareCompute(to, m.world.team(t));
        Population pop = m.pop;
        for (int i = 0; i < pop.size(); i++) {
            if (pop.team(i) != t) {
                continue;
            }
            byte st = pop.statusArray()[i];
            from.addPayroll(-pop.salary(i));
            to.addPayroll(pop.salary(i));
            // a title the old lab gave stays with its post (it came back when he returned: a re-check)
            from.dropTitle(i);
            double u = pop.unvestedArray()[i];
            if (u > 0) {   // the grants move with the team, now on its new lab's terms
                m.mover.regrant(i, u, pop.vestsLeftArray()[i], before, from.id(), after, to.id());
            }
            if (st == Status.EMPLOYED_CODE) {
                m.mover.logTransfer(i, from.id(), t);
            }
        }
    }

    /**
     * The compute of {@code lab}'s teams after a team joined or left it (MODEL 7.2): each active
     * team claims {@link Team#computeClaim()} parts; when the claims add up to more than what the
     * lab gives its teams, each gets the same fraction of its claim (the proportional rule), else
     * all of it. Shares are written only where they change: those of {@code touched}, and all when
     * the fraction does (so a lab's untouched teams keep their shares to the bit).
     */
    private void shareCompute(Lab lab, Team touched) {
        double claims = 0;
        for (int k = 0; k < lab.teamCount(); k++) {
            Team t = m.world.team(lab.team(k));
            claims += t.active() ? t.computeClaim() : 0;
        }
        double capacity = lab.computeCapacity();
        double f = claims > capacity * (1 + 1e-12) ? capacity / claims : 1;   // (sums in another order: not a shortfall)
        boolean changed = f != lab.computeFactor();
        lab.setComputeFactor(f);
        for (int k = 0; k < lab.teamCount(); k++) {
            Team t = m.world.team(lab.team(k));
            if (t.active() && (changed || t == touched)) {
                t.setComputeShare(t.computeClaim() * f / lab.computeParts());
            }
        }
    }

    @Override
    public void mergeTeam(String lab, String team, String into) {
        Lab l = lab(lab);
        int ta = team(l, team);
        int tb = team(l, into);
        Team a = m.world.team(ta);
        Team b = m.world.team(tb);
        Population pop = m.pop;
        int labId = a.lab();
        PayTerms before = m.labPolicies.terms(ta, labId);
        PayTerms after = m.labPolicies.terms(tb, labId);
        for (int i = 0; i < pop.size(); i++) {
            if (pop.team(i) != ta) {
                continue;
            }
            pop.setTeam(i, tb);
            double u = pop.unvestedArray()[i];
            if (u > 0 && before != after) {   // the grants now vest on the terms of the team merged into
                m.mover.regrant(i, u, pop.vestsLeftArray()[i], before, labId, after, labId);
            }
            if (pop.statusArray()[i] == Status.EMPLOYED_CODE) {
                a.addHeadcount(-1);
                b.addHeadcount(1);
                m.mover.logTransfer(i, labId, ta);
            }
        }
        if (b.target() != Team.UNLIMITED) {
            b.setTarget(a.target() == Team.UNLIMITED ? Team.UNLIMITED : b.target() + a.target());
        }
        // the compute goes with the people: the lab's split is otherwise as it was (MODEL 7.2)
        b.setComputeClaim(b.computeClaim() + a.computeClaim());
        a.setComputeClaim(0);
        a.setComputeShare(0);
        a.deactivate();
        shareCompute(l, b);
    }

    @Override
    public void foundLab(ResearcherRef founderRef, LabSpec spec, double founderSalary, Stake stake) {
        int founder;
        try {
            founder = researcher(founderRef);
        } catch (Unfounded u) {
            unfounded.add(spec.name());   // founded from a lab that never was: never founded either
            throw u;
        }
        if (founder < 0 || m.pop.status(founder) == Status.EXITED) {
            // (a team without anyone employed has no founder to pick: not "not in the market", found by a reviewer)
            log.skipped(m.world, tick, event, "founding of '{}' skipped: {}", spec.name(),
                    founder < 0 ? founderRef + " has no one employed to found it" : founderRef + " is not in the market");
            unfounded.add(spec.name());
            return;
        }
        World w = m.world;
        Lab lab = w.addLab(WorldFactory.newLab(w.labCount(), spec, m.researchStages, tick));
        m.labPolicies.add(m.registry, spec, m.scenario.tickUnit());
        int first = -1;
        for (TeamSpec ts : spec.teams()) {
            Team t = w.addTeam(WorldFactory.newTeam(w.teamCount(), lab, spec, ts));
            m.labPolicies.addTeam(t.id(), ts, m.registry, m.scenario.tickUnit());
            if (first < 0) {
                first = t.id();
            }
        }
        double pay = Double.isNaN(founderSalary) ? m.pop.salary(founder) : founderSalary;
        m.mover.join(founder, first, pay, MoveReason.FOUNDED);
        m.pop.setReference(founder, m.spec.unemploymentValue());
        m.grantStake(founder, stake, tick);
    }

    /**
     * The acqui-hire (MODEL 7.1): the people bought who are EMPLOYED by the seller move, in the
     * order listed (a whole team: index order), into the buyer's team at the deal's pay; targets
     * follow (the seller's teams drop, the buyer's team rises, by the number moved); a finite
     * budget of the buyer rises by the pay it takes on; the price is charged to its spend; the
     * leader gets the title; with {@code closeSeller} the seller's remaining staff are laid off
     * and its teams closed. A deal that buys no one is paid all the same, with a warning.
     */
    @Override
    public void acquire(EventSpec.AcquiHire d) {
        Lab buyer = lab(d.lab());
        Lab seller = lab(d.fromLab());
        int toTeam = team(buyer, d.team());
        Population pop = m.pop;
        int[] teamLab = m.world.teamLabArray();
        int[] who;
        int n = 0;
        if (d.wholeTeam()) {
            int ft = team(seller, d.fromTeam());
            who = new int[m.world.team(ft).headcount()];
            for (int i = 0; i < pop.size() && n < who.length; i++) {
                if (pop.team(i) == ft && pop.statusArray()[i] == Status.EMPLOYED_CODE) {
                    who[n++] = i;
                }
            }
        } else {
            who = new int[d.researchers().size()];
            for (String name : d.researchers()) {
                int i = pop.indexOf(name);
                if (i < 0 || pop.statusArray()[i] != Status.EMPLOYED_CODE || teamLab[pop.team(i)] != seller.id()) {
                    log.skipped(m.world, tick, event, "acqui-hire of '{}' by '{}' skipped: not employed by '{}' now", name, d.lab(),
                            d.fromLab());
                    continue;
                }
                who[n++] = i;
            }
        }
        if (n == 0) {
            // the price buys the deal, not only its people (MODEL 7.1: paid all the same), but a
            // deal that buys no one is said (it passed without a word: a scenario author's review)
            // (a team bought whole and found empty is a part of the event skipped; named people
            // not there were each noted as skipped above)
            String format = "the acqui-hire by '{}' from '{}' buys no one ({}); its price of {} USD is paid all the same";
            Object[] args = {d.lab(), d.fromLab(), d.wholeTeam() ? "team '" + d.fromTeam() + "' has no one employed"
                    : "none of the people it names works there now",
                    java.math.BigDecimal.valueOf(d.price()).stripTrailingZeros().toPlainString()};
            if (d.wholeTeam()) {
                log.skipped(m.world, tick, event, format, args);
            } else {
                log.warnAt(m.world, tick, format, args);
            }
        }
        for (int k = 0; k < n; k++) {   // the seller's teams do not hire the positions back
            Team from = m.world.team(pop.team(who[k]));
            if (from.target() != Team.UNLIMITED) {
                from.setTarget(Math.max(0, Math.min(from.target(), from.headcount()) - 1));
            }
        }
        Team to = m.world.team(toTeam);
        if (to.target() != Team.UNLIMITED) {
            to.setTarget((int) Math.min(Team.UNLIMITED - 1L, (long) to.target() + n));
        }
        double added = 0;
        double cap = m.world.money().cap;
        int capped = 0;
        for (int k = 0; k < n; k++) {
            int i = who[k];
            double old = pop.salary(i);
            double raised = Math.max(old, old * (1 + d.payRaise()));
            capped += raised > cap ? 1 : 0;
            m.mover.join(i, toTeam, Math.min(cap, raised), MoveReason.ACQUIRED);
            added += pop.salary(i);
        }
        if (capped > 0) {
            log.warnAt(m.world, tick, "the acqui-hire by '{}' would raise the pay of {} of the {} it takes above the pay cap;"
                    + " they are paid {}, the cap (docs/MODEL.md §7.2)", d.lab(), capped, n,
                    java.math.BigDecimal.valueOf(cap).stripTrailingZeros().toPlainString());
        }
        if (Double.isFinite(buyer.budget())) {
            // within the largest budget, as a budget change and a strategy are (it went past it
            // without a word, and a later budget change "lowered" it: an adversarial review)
            double b = buyer.budget() + added;
            if (b > Limits.MAX_BUDGET) {
                if (buyer.budget() < Limits.MAX_BUDGET) {
                    log.warnAt(m.world, tick, "the acqui-hire by '{}' would raise its budget to {}; capped at {} USD, the largest budget",
                            d.lab(), EngineLog.plain(b), EngineLog.plain(Limits.MAX_BUDGET));
                }
                b = Limits.MAX_BUDGET;
            }
            buyer.setBudget(b);
        }
        buyer.addAcquisition(d.price());
        if (d.leader() != null) {
            int i = pop.indexOf(d.leader());
            if (i >= 0 && pop.statusArray()[i] == Status.EMPLOYED_CODE && pop.team(i) == toTeam) {
                buyer.setTitle(i, d.title() == null ? "head of " + d.team() : d.title());
            }
        }
        if (d.closeSeller()) {
            close(seller, d.closeTerms());
        }
    }

    /**
     * Closes a lab: its EMPLOYED staff, in index order, are laid off on {@code terms} (severance
     * charged, {@code LAID_OFF} rows; people on notice keep being paid until it ends), then every
     * team of it is closed (inactive, target 0), so it hires nobody again.
     */
    private void close(Lab lab, LayoffTerms terms) {
        Population pop = m.pop;
        int[] teamLab = m.world.teamLabArray();
        int noticeTicks = (int) Math.round(terms.noticeMonths() * m.world.tickUnit().ticksPerMonth());
        double ticksPerYear = m.world.tickUnit().ticksPerYear();
        int laid = 0;
        int before = m.world.headcount(lab.id());
        for (int i = 0; i < pop.size(); i++) {
            int t = pop.team(i);
            if (t < 0 || teamLab[t] != lab.id() || pop.statusArray()[i] != Status.EMPLOYED_CODE) {
                continue;
            }
            double years = pop.tenure(i) / ticksPerYear;
            lab.addSeverance(pop.salary(i) * (terms.severanceWeeks() + terms.severanceWeeksPerYear() * years) / 52.0);
            m.mover.layOff(i, noticeTicks, tick);
            laid++;
        }
        if (laid > 0 && before > 0) {
            lab.setRecentLayoffs(1);
        }
        for (int k = 0; k < lab.teamCount(); k++) {
            m.world.team(lab.team(k)).deactivate();
        }
    }

    @Override
    public void queueLayoff(String lab, List<String> teams, int count, double share, LayoffTerms terms) {
        founded(lab);   // a lab whose founding was skipped: the event is skipped now (see apply)
        m.pendingLayoffs.add(new Orders.Layoff(lab, teams, count, share, terms, event));
    }

    @Override
    public void queueDismissal(String lab, List<String> researchers, LayoffTerms terms) {
        founded(lab);
        m.pendingDismissals.add(new Orders.Dismissal(lab, researchers, terms, event));
    }

    @Override
    public void queueJobFair(ResearcherRef researcher, int offers) {
        int i = researcher(researcher);
        if (i < 0) {
            log.skipped(m.world, tick, event, "job fair skipped: {} has no employed member to pick", researcher);
            return;
        }
        byte st = m.pop.statusArray()[i];
        if (st != org.talentsim.model.Status.SEEKING_CODE && st != org.talentsim.model.Status.NOTICE_CODE) {
            log.skipped(m.world, tick, event, "job fair for {} skipped: {} is {}, not between jobs", researcher, researcher, m.pop.status(i));
            return;
        }
        m.pendingFairs.add(new Orders.JobFair(i, offers));
    }

    @Override
    public void queueRaid(String lab, String team, String fromLab, String fromTeam, int count, boolean byVisibility) {
        founded(lab);
        founded(fromLab);
        m.pendingRaids.add(new Orders.Raid(lab, team, fromLab, fromTeam, count, byVisibility, event));
    }

    /**
     * A factor or delta a custom event passes must be a number: NaN or an infinity became the
     * largest budget or capability with a warning, or a NaN budget without one (found by an API
     * review); the event fails the tick, as a prestige outside [0,1] does.
     */
    private static double finite(String what, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, was " + v);
        }
        return v;
    }

    private static double unit(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0,1], was " + v);
        }
        return v;
    }

    /** Skips the event (see {@link #apply}) if it names a lab whose founding was skipped. */
    private void founded(String lab) {
        if (unfounded.contains(lab) && m.world.labIndex(lab) < 0) {
            throw new Unfounded(lab);
        }
    }

    private Lab lab(String name) {
        int id = m.world.labIndex(name);
        if (id < 0 && unfounded.contains(name)) {
            throw new Unfounded(name);
        }
        if (id < 0) {
            throw new IllegalStateException("event refers to unknown lab '" + name + "'");
        }
        return m.world.lab(id);
    }

    private int team(Lab lab, String name) {
        int id = m.world.teamIndex(lab.id(), name);
        if (id < 0) {
            throw new IllegalStateException("event refers to unknown team '" + name + "' of '" + lab.name() + "'");
        }
        return id;
    }

    private int researcher(ResearcherRef ref) {
        if (ref.name() != null) {
            int i = m.pop.indexOf(ref.name());
            if (i < 0) {
                throw new IllegalStateException("event refers to unknown researcher '" + ref.name() + "'");
            }
            return i;
        }
        Lab lab = lab(ref.lab());
        int team = ref.team() == null ? -1 : team(lab, ref.team());
        int[] top = Ranking.top(m.pop, m.world, lab.id(), team, 1, true);
        if (top.length == 0) {
            return -1;   // (the caller notes what it skips)
        }
        return top[0];
    }
}
